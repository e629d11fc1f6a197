"""Events: a date of another clause does not date the main happening (the first day of a span
said in passing, "active depuis le 2 mars", after a comma; the time of a participle after its
noun, "la crisis iniciada en enero"); "esta madrugada" is the article's own day; a state that
"returns" ("le calme est revenu") is no one's return; and a happening to come that hangs on a
condition ("if the UN asks") is an offer, not an announced event. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2024, 4, 13)  # a Saturday: last Thursday is the 11th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Un soldat a été tué jeudi dans une embuscade près de Kaga, alors que la mission, "
                     "active depuis le 2 mars, renforçait ses patrouilles.", "fr", id="fr-span-after"),
        pytest.param("Alors que la force est déployée depuis moins d'un mois, sa création étant effective "
                     "depuis le 3 mars, un sergent a été blessé jeudi dans une attaque.", "fr", id="fr-span-before"),
        pytest.param("Un sargento murió el jueves en una emboscada, mientras la misión, activa desde el 2 de marzo, "
                     "reforzaba sus patrullas.", "es", id="es-span-after"),
    ],
)
def test_a_span_start_of_another_clause_dates_nothing(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == ["2024-04-11"]


def test_a_span_start_opening_the_sentence_still_dates_it():
    events = body_events("Depuis le 2 mars, la brigade conduit une opération près de Kaga.", "fr", ANCHOR)
    assert "2024-03-02" in [e.date for e in events]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Esta madrugada llegaron a Montevideo 150 soldados.", "es", "2024-04-13", id="es-madrugada"),
        pytest.param("Esta madrugada llegaron a Montevideo 150 soldados que, por la crisis iniciada en enero, "
                     "no habían podido volver.", "es", "2024-04-13", id="es-participle-of-another-clause"),
        pytest.param("Two hundred soldiers arrived in Accra this afternoon.", "en", "2024-04-13", id="en-this-afternoon"),
    ],
)
def test_the_days_own_part_dates_the_happening(sentence, language, expected):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == [expected]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Le calme est revenu jeudi dans la ville de Kaga.", "fr", id="fr-calme"),
        pytest.param("Calm returned to the town of Kaga on Thursday.", "en", id="en-calm"),
        pytest.param("La calma volvió el jueves a la ciudad de Kaga.", "es", id="es-calma"),
    ],
)
def test_a_state_coming_back_is_no_return(sentence, language):
    assert body_events(sentence, language, ANCHOR) == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Les soldats sont revenus jeudi à Kaga.", "fr", id="fr-soldats"),
        pytest.param("Les soldats de la paix sont revenus jeudi à Kaga.", "fr", id="fr-soldats-de-la-paix"),
        pytest.param("Las fuerzas de paz volvieron el jueves a Kaga.", "es", id="es-fuerzas-de-paz"),
    ],
)
def test_soldiers_coming_back_still_return(sentence, language):
    assert [e.kind for e in body_events(sentence, language, ANCHOR)] == ["return"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Kenya will send 300 more soldiers next year if the UN asks for them.", "en", id="en-if"),
        pytest.param("Le Tchad enverra 500 soldats l'an prochain si l'ONU le demande.", "fr", id="fr-si"),
        pytest.param("Dự kiến, đến cuối năm 2025, Việt Nam sẽ cử thêm 200 chiến sĩ nếu Liên Hợp Quốc có yêu cầu.",
                     "vi", id="vi-neu"),
    ],
)
def test_a_plan_on_a_condition_is_no_announced_event(sentence, language):
    assert body_events(sentence, language, ANCHOR) == []


def test_a_plan_even_if_stays_announced():
    events = body_events("Kenya will send 300 more soldiers next year even if the security worsens.", "en", ANCHOR)
    assert [(e.date, e.announced) for e in events] == [("2025", True)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("La base está rodeada por el M23 —conocido también como Movimiento 23 de Marzo—, lo que "
                     "impidió la salida de los soldados.", "es", id="es-em-dashes"),
        pytest.param("La base est encerclée par le M23 \u2013 appelé aussi Mouvement du 23 mars \u2013, ce qui a "
                     "empêché le départ des soldats.", "fr", id="fr-en-dashes"),
    ],
)
def test_a_dated_name_set_off_by_dashes_dates_nothing(sentence, language):
    assert "2024-03-23" not in [e.date for e in body_events(sentence, language, ANCHOR)]


def test_after_an_attack_calm_coming_back_is_no_second_happening():
    events = body_events("Après l'embuscade contre le convoi près de Kaga, le calme est revenu dans la ville.", "fr",
                         ANCHOR, lead=True)
    assert [e.kind for e in events] == ["attack"]
