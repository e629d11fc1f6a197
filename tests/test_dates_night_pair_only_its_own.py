"""Two weekdays of a sentence are one night's span only when they are that night's own pair: a
night told a few words before ("dans la nuit de lundi à mardi, a annoncé mardi la mission") does
not make the later weekday and the next one ("mardi ... mercredi") a night of their own; each
stays a span of its own. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import relative_spans


@pytest.mark.parametrize(
    "sentence, language, night, later, next_day",
    [
        pytest.param("Deux soldats ont été blessés dans la nuit de samedi à dimanche, a indiqué dimanche la mission, qui enquêtera lundi.",
                     "fr", "samedi à dimanche", "dimanche la", "lundi", id="fr"),
        pytest.param("Dos soldados resultaron heridos en la noche del sábado al domingo, informó el domingo la misión, que investigará el lunes.",
                     "es", "sábado al domingo", "domingo la", "lunes", id="es"),
    ],
)
def test_a_weekday_after_a_night_is_no_night_with_the_next(sentence, language, night, later, next_day):
    spans = relative_spans(sentence, language)
    night_start = sentence.index(night)
    later_start = sentence.index(later, night_start + len(night))
    next_start = sentence.rindex(next_day)
    assert (night_start, night_start + len(night)) in spans, spans
    # the later weekday ends before the next one starts, and the next one is a span of its own
    assert all(not (lo <= later_start and hi > next_start) for lo, hi in spans), [sentence[lo:hi] for lo, hi in spans]
    assert any(lo == next_start for lo, hi in spans), [sentence[lo:hi] for lo, hi in spans]
