"""A line above the lead of a name and an agency in brackets is a wire dateline only where
the name reads as a place: printed in capitals ("HARBOURTON (Reuters)") or a place the
gazetteer knows ("Madrid (EFE)"). A photographer's credit under the lead picture ("Ana
Lindqvist (AFP)", "Photo: Ana Lindqvist (AFP)") names no place. Every line is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_BODY = ("The harbour board agreed on Monday to dredge the channel by the old ferry pier, as the "
         "fishermen of the town had asked after the winter storms closed it twice.\n"
         "The work starts in June and should last three months, a spokesman for the board told the "
         "town council, which will pay half of the cost.")


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        pytest.param("Ana Lindqvist (AFP)", "", id="photographer-and-agency"),
        pytest.param("Photo: Ana Lindqvist (AFP)", "", id="photo-label-photographer-and-agency"),
        # (must not change) a place in capitals, a place the gazetteer knows
        pytest.param("HARBOURTON (Reuters) -", "Harbourton", id="place-in-capitals"),
        pytest.param("Madrid (Reuters) -", "Madrid", id="known-place"),
    ],
)
def test_a_line_above_the_lead_is_a_dateline_only_with_a_place(line, dateline):
    text = "\n".join(["Channel by the ferry pier to be dredged", line, _BODY]) + "\n"
    assert extract(text).fields["dateline"] == dateline
