"""Event titles say who did what: a verb or an event phrase after a relative clause takes the
subject standing before that clause, brackets and the commas of a list inside it
notwithstanding ("la brigade (FIB), qui réunit des contingents tanzanien, malawite et népalais,
conduit l'opération"); and the word placing a printed day in the past ("el pasado 3 de
febrero", "le 2 mars dernier") is left out with the day. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2024, 4, 13)


@pytest.mark.parametrize(
    "sentence, language, subject",
    [
        pytest.param("Depuis le 2 mars, la brigade d'intervention (FIB), qui réunit des contingents tanzanien, "
                     "malawite, kényan et népalais, conduit l'opération Tempête près de Beni.", "fr",
                     "brigade d'intervention", id="fr-relative-with-list"),
        pytest.param("On Thursday, the Nepali battalion, which counts 850 soldiers from Kathmandu, received UN medals.",
                     "en", "nepali battalion", id="en-relative-before-receiving"),
    ],
)
def test_a_title_takes_the_subject_before_a_relative_clause(sentence, language, subject):
    titles = [e.title for e in body_events(sentence, language, ANCHOR)]
    assert titles and titles[0].lower().startswith(subject)


@pytest.mark.parametrize(
    "sentence, language, left_out",
    [
        pytest.param("El pasado 3 de febrero falleció el soldado Juan Pérez en Goma.", "es", "pasado", id="es-pasado"),
        pytest.param("Quatre soldats tués le 2 mars dernier dans une embuscade près de Kaga ont été honorés.", "fr",
                     "dernier", id="fr-dernier"),
    ],
)
def test_a_past_marker_of_a_day_is_left_out_of_the_title(sentence, language, left_out):
    titles = [e.title for e in body_events(sentence, language, ANCHOR)]
    assert titles and all(left_out not in t.lower().split() for t in titles)


@pytest.mark.parametrize(
    "sentence, language, verb",
    [
        pytest.param("Two soldiers have been injured in an attack on their camp on Thursday.", "en",
                     "have been injured", id="en-perfect-passive"),
        pytest.param("A convoy of 40 trucks will be dispatched to Kaga next month.", "en", "will be dispatched",
                     id="en-future-passive"),
    ],
)
def test_a_titles_auxiliaries_are_kept_whole(sentence, language, verb):
    titles = [e.title for e in body_events(sentence, language, ANCHOR)]
    assert titles and verb in titles[0]
