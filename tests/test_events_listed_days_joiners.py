"""Events: days listed for one past happening are joined by any of the list's words of
vocabulary "date_list_conjunctions" ("as well as", "ainsi que", "así como", "u"), not only
"and": each listed day is past as the happening is. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

LATE = PartialDate(2024, 11, 14)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Looters raided the depot on March 29, April 7 as well as April 8.", "en", id="en-as-well-as"),
        pytest.param("Des pillards ont attaqué le dépôt le 29 mars, le 7 avril ainsi que le 8 avril.", "fr", id="fr-ainsi-que"),
        pytest.param("Unos saqueadores atacaron el depósito el 29 de marzo, el 7 de abril así como el 8 de abril.", "es", id="es-asi-como"),
        pytest.param("Unos saqueadores atacaron el depósito el 29 de marzo, el 7 de abril u 8 de abril.", "es", id="es-u"),
    ],
)
def test_days_listed_with_other_joiners_are_past(sentence, language):
    dates = sorted(e.date for e in body_events(sentence, language, LATE))
    assert dates[-1] == "2024-04-08" and not any(d.startswith("2025") for d in dates)
