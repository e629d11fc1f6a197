"""A night told by its two weekdays ("dans la nuit de lundi à mardi") followed in the same
sentence by the later weekday again ("a annoncé mardi") is one night span and one weekday span:
reading where a sentence names relative days must not fail when the second weekday of a night is
also the first of the next pair. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import relative_spans


@pytest.mark.parametrize(
    "sentence, language, night, later",
    [
        pytest.param("Deux soldats ont été blessés dans la nuit de samedi à dimanche près de Kidal, a indiqué dimanche la mission.",
                     "fr", "samedi à dimanche", "dimanche la", id="fr"),
        pytest.param("Two soldiers were wounded on the night of Saturday to Sunday near Kidal, the mission said on Sunday.",
                     "en", "Saturday to Sunday", "Sunday.", id="en"),
        pytest.param("Dos soldados resultaron heridos en la noche del sábado al domingo cerca de Kidal, informó el domingo la misión.",
                     "es", "sábado al domingo", "domingo la", id="es"),
    ],
)
def test_a_night_then_its_later_weekday_again(sentence, language, night, later):
    spans = relative_spans(sentence, language)
    night_start = sentence.index(night)
    later_start = sentence.rindex(later)
    # the night is one span running from its first weekday to its second
    assert (night_start, night_start + len(night)) in spans, spans
    # the weekday printed again later is a span of its own
    assert any(lo == later_start for lo, hi in spans), spans
