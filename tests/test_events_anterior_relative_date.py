"""Events: a printed date in a relative clause set after a comma, past the main event word,
whose verb is told in the past before the past ("The rebels attacked the town, which the army
had retaken on 4 June", "que l'armée avait reprise le 4 juin", "que el ejército había
recuperado el 4 de junio") is the clause's earlier happening, not the main word's. A clause in
the simple past, or a main word told in the past before the past itself, keeps the date.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2022, 8, 9)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The rebels attacked the town, which the army had retaken on 4 June.", "en", id="en"),
        pytest.param("Les rebelles ont attaqué la ville, que l'armée avait reprise le 4 juin.", "fr", id="fr"),
        pytest.param("Los rebeldes atacaron la ciudad, que el ejército había recuperado el 4 de junio.", "es", id="es"),
    ],
)
def test_the_anterior_clause_date_is_not_the_main_words(sentence, language):
    assert [(str(e.date), e.kind) for e in body_events(sentence, language, ANCHOR) if e.kind == "attack"] == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Rebels attacked the town, which lies near Gao, on 4 June.", "en", ["2022-06-04"], id="en-clause-closed"),
        pytest.param("Rebels attacked the convoy on 4 June.", "en", ["2022-06-04"], id="en-no-clause"),
    ],
)
def test_the_main_words_own_date_stays(sentence, language, expected):
    assert [str(e.date) for e in body_events(sentence, language, ANCHOR) if e.kind == "attack"] == expected
