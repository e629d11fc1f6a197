"""Events: a decision to send troops, told with its day ("The government decided on Monday to
send 200 more troops", "El presidente decidió el lunes enviar un nuevo contingente a Haití",
"a décidé lundi d'envoyer 300 soldats"), is a deployment of that day. The verbs count only with
troops named after them in their clause (vocabulary force_object_verbs): a letter or a report
sent is none ("decided on Monday to send a letter"), nor are troops named only as whom the
thing goes to ("to send food to the peacekeepers": force_object_recipient_prepositions), and so is a decision told with no day (an
intent). Before, the decision gave no event: no
word of the sentence named a happening.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2023, 3, 15)  # a Wednesday: Monday is the 13th, Tuesday the 14th


def found(sentence: str, language: str) -> list[tuple[str, str]]:
    return [(e.kind, str(e.date)) for e in body_events(sentence, language, ANCHOR)]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The cabinet decided on Monday to send 150 more soldiers to the northern sector.", "en",
                     [("deployment", "2023-03-13")], id="en-decided-on-monday-to-send"),
        pytest.param("Parliament agreed on Tuesday to send an engineering battalion to the mission.", "en",
                     [("deployment", "2023-03-14")], id="en-agreed-to-send"),
        pytest.param("Le gouvernement a décidé lundi d'envoyer 300 soldats en renfort dans l'est.", "fr",
                     [("deployment", "2023-03-13")], id="fr-a-decide-d-envoyer"),
        pytest.param("El Gobierno decidió el martes enviar un contingente de ingenieros al sur del país.", "es",
                     [("deployment", "2023-03-14")], id="es-decidio-enviar"),
        pytest.param("Ngày 13/3, Bộ Quốc phòng quyết định cử 40 binh sĩ sang phái bộ.", "vi",
                     [("deployment", "2023-03-13")], id="vi-quyet-dinh-cu"),
        pytest.param("Ngày 13/3, Bộ Quốc phòng quyết định điều động 200 binh sĩ sang Nam Sudan.", "vi",
                     [("deployment", "2023-03-13")], id="vi-quyet-dinh-dieu-dong"),
        # Spanish "a" before the troops sent is no recipient
        pytest.param("El Gobierno decidió el martes enviar a 200 soldados al sur del país.", "es",
                     [("deployment", "2023-03-14")], id="es-enviar-a-200-soldados"),
        pytest.param("Le gouvernement a décidé lundi d'envoyer 300 soldats au Mali.", "fr",
                     [("deployment", "2023-03-13")], id="fr-soldats-au-mali"),
    ],
)
def test_a_decision_to_send_troops_is_a_deployment_of_its_day(sentence, language, expected):
    assert found(sentence, language) == expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The council decided on Monday to send a letter to both parties.", "en", id="en-a-letter"),
        pytest.param("The board agreed on Tuesday to send its report to the donors.", "en", id="en-a-report"),
        pytest.param("Le comité a décidé lundi d'envoyer un courrier au ministre.", "fr", id="fr-un-courrier"),
        pytest.param("El comité decidió el martes enviar una carta al ministro.", "es", id="es-una-carta"),
        pytest.param("Ngày 13/3, Bộ Ngoại giao quyết định cử một đoàn công tác sang Lào.", "vi", id="vi-doan-cong-tac"),
        # troops named only as whom the thing is sent to: food or experts sent, no deployment
        pytest.param("The council decided on Monday to send food to the peacekeepers in the north.", "en",
                     id="en-food-to-the-peacekeepers"),
        pytest.param("The council decided on Monday to send a team of experts to the battalion.", "en",
                     id="en-experts-to-the-battalion"),
        pytest.param("Le gouvernement a décidé lundi d'envoyer des vivres aux soldats.", "fr", id="fr-vivres-aux-soldats"),
        pytest.param("El gobierno decidió el lunes enviar ayuda a los soldados del contingente.", "es",
                     id="es-ayuda-a-los-soldados"),
        # "quyết định điều tra": to investigate, no sending
        pytest.param("Ngày 13/3, Bộ Quốc phòng quyết định điều chỉnh quân số binh sĩ tại phái bộ.", "vi",
                     id="vi-dieu-chinh"),
        # a decision told with no day is an intent, no happening of the article's day
        pytest.param("The cabinet decided to send 150 more soldiers to the northern sector.", "en", id="en-no-day"),
    ],
)
def test_no_deployment_when_no_troops_are_sent(sentence, language):
    assert all(kind != "deployment" for kind, _ in found(sentence, language))
