"""Events: a date printed in a clause set off by commas and opened by a relative of place
("The depot, where three guards were killed in April, was attacked on Friday", "Le dépôt, où
...", "El depósito, donde ...") is the date of that clause's happening, not of the main
word's, which takes its own day. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2026, 9, 12)  # a Saturday: Friday the 11th


@pytest.mark.parametrize(
    "sentence, language, clause_day",
    [
        pytest.param("The depot, where three guards were killed in April, was attacked again on Friday.", "en", "2026-04", id="en-where"),
        pytest.param("The checkpoint, where a convoy was ambushed on 2 June, was attacked on Friday.", "en", "2026-06-02", id="en-where-day"),
        pytest.param("Le dépôt, où trois gardes ont été tués en avril, a de nouveau été attaqué vendredi.", "fr", "2026-04", id="fr-ou"),
        pytest.param("Le poste, où un convoi a été pris en embuscade le 2 juin, a été attaqué vendredi.", "fr", "2026-06-02", id="fr-ou-day"),
        pytest.param("El depósito, donde tres guardias murieron en abril, fue atacado de nuevo el viernes.", "es", "2026-04", id="es-donde"),
        pytest.param("El puesto, en el que un convoy sufrió una emboscada el 2 de junio, fue atacado el viernes.", "es", "2026-06-02", id="es-en-el-que"),
    ],
)
def test_the_place_clause_date_is_the_clause_s_not_the_main_word_s(sentence, language, clause_day):
    dates = [e.date for e in body_events(sentence, language, ANCHOR)]
    assert "2026-09-11" in dates and clause_day in dates
