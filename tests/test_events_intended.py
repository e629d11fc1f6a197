"""Events: a happening the sentence tells as intended, planned or prepared ("is working with
Kenya to deploy", "decided to deploy", "prévoit de déployer", "va se rendre", "tiene previsto
visitar", "đang chuẩn bị lên đường") is announced, never a happening of the article's day:
without a date of its own it is an undated mention marked announced; with one, it is dated
ahead. Verbs of travel and withdrawal in the infinitive and past participle ("withdraw",
"retirer", "retirar", "travelled to") give their kind. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

ANCHOR = PartialDate(2023, 6, 9)  # a Friday


def lead_events(sentence: str, language: str):
    """(dated, undated) findings of an article whose lead is the sentence."""
    return find_events([(sentence, find_in_sentence(sentence, language))], ANCHOR, None, language)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The UN is working with Kenya to deploy a police unit to Haiti.", "en", id="en-working-with-to"),
        pytest.param("Kenya decided to deploy a police unit to Haiti.", "en", id="en-decided-to"),
        pytest.param("The peacekeeping chief is to visit Juba.", "en", id="en-is-to"),
        pytest.param("The minister is scheduled to travel to Bentiu.", "en", id="en-scheduled-to"),
        pytest.param("Le Tchad prévoit de déployer un bataillon au Mali.", "fr", id="fr-prevoit-de"),
        pytest.param("Le ministre va se rendre à Bangui pour rencontrer les casques bleus.", "fr", id="fr-va-se-rendre"),
        pytest.param("Le nouveau contingent doit arriver à Gao.", "fr", id="fr-doit-arriver"),
        pytest.param("Está previsto que el contingente llegue a Haití.", "es", id="es-esta-previsto"),
        pytest.param("El Gobierno decidió desplegar un batallón en Haití.", "es", id="es-decidio"),
        pytest.param("La ministra tiene previsto visitar a las tropas en Beirut.", "es", id="es-tiene-previsto"),
        pytest.param("Đội Công binh số 5 sẽ lên đường sang Abyei.", "vi", id="vi-se"),
        pytest.param("Bệnh viện dã chiến cấp 2 số 8 đang chuẩn bị lên đường sang Nam Sudan.", "vi", id="vi-chuan-bi"),
    ],
)
def test_an_intended_happening_without_a_day_is_announced_not_the_articles_day(sentence, language):
    dated, undated = lead_events(sentence, language)
    assert dated == []
    assert [e.announced for e in undated] == [True]


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("The UN is working with Kenya to deploy a police unit to Haiti on Monday.", "en", "2023-06-12", id="en-working-with-to"),
        pytest.param("Le ministre va se rendre lundi à Bangui.", "fr", "2023-06-12", id="fr-va-se-rendre"),
        pytest.param("Le Tchad prévoit de déployer lundi un bataillon au Mali.", "fr", "2023-06-12", id="fr-prevoit-de"),
        pytest.param("La ministra tiene previsto visitar Beirut el lunes.", "es", "2023-06-12", id="es-tiene-previsto"),
        pytest.param("Bệnh viện dã chiến cấp 2 số 8 đang chuẩn bị lên đường sang Nam Sudan vào thứ Hai.", "vi", "2023-06-12",
                     id="vi-chuan-bi"),
    ],
)
def test_an_intended_happening_with_a_day_is_dated_ahead_and_announced(sentence, language, date):
    dated, _undated = lead_events(sentence, language)
    assert [(e.date, e.announced) for e in dated] == [(date, True)]


@pytest.mark.parametrize(
    "sentence, language, kind, date",
    [
        pytest.param("The mission began to withdraw its last troops from Kidal on Monday.", "en", "withdrawal", "2023-06-05", id="en-withdraw"),
        pytest.param("The last troops were withdrawn from Kidal on Monday.", "en", "withdrawal", "2023-06-05", id="en-withdrawn"),
        pytest.param("Le Sénégal a commencé à retirer ses casques bleus du Mali lundi.", "fr", "withdrawal", "2023-06-05", id="fr-retirer"),
        pytest.param("Uruguay comenzó a retirar sus tropas de Haití el lunes.", "es", "withdrawal", "2023-06-05", id="es-retirar"),
        pytest.param("The force commander travelled to Goma on Monday to meet the troops.", "en", "visit", "2023-06-05", id="en-travelled-to"),
        pytest.param("The battalion was redeployed to Kidal on Monday.", "en", "deployment", "2023-06-05", id="en-redeployed"),
        pytest.param("Le contingent est retourné à sa base lundi.", "fr", "return", "2023-06-05", id="fr-retourne"),
    ],
)
def test_the_main_verb_gives_its_kind(sentence, language, kind, date):
    dated, _undated = lead_events(sentence, language)
    assert [(e.kind, e.date) for e in dated] == [(kind, date)]
