"""A weekday a happening was moved from ("postponed from Wednesday to Thursday") dates
nothing; two weekdays joined by "from ... to" after a verb of setting a day in another
clause ("The summit, planned in May, runs from Monday to Wednesday") are a span, and the
first still dates. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import moved_from_weekdays


@pytest.mark.parametrize(
    "sentence, language, first",
    [
        pytest.param("The vote was postponed from Wednesday to Thursday.", "en", "Wednesday", id="en-move"),
        pytest.param("Le vote a été reporté de mercredi à jeudi.", "fr", "mercredi", id="fr-move"),
        pytest.param("La votación fue aplazada del miércoles al jueves.", "es", "miércoles", id="es-move"),
    ],
)
def test_a_move_in_one_clause_is_read(sentence, language, first):
    start = sentence.index(first)
    assert moved_from_weekdays(sentence, language) == {(start, start + len(first))}


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The summit, planned since the spring, runs from Monday to Wednesday.", "en", id="en"),
        pytest.param("The talks were scheduled long ago. They run from Monday to Wednesday.", "en", id="en-sentence"),
        pytest.param("Le sommet, prévu depuis le printemps, se tiendra de lundi à mercredi.", "fr", id="fr"),
        pytest.param("La cumbre, prevista desde la primavera, se celebrará del lunes al miércoles.", "es", id="es"),
    ],
)
def test_a_setting_verb_in_another_clause_moves_nothing(sentence, language):
    assert moved_from_weekdays(sentence, language) == set()
