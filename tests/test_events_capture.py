"""Events: taking a town by force ("was recaptured by the rebels on Monday", "overran a
compound last December", "ont repris la ville lundi", "tái chiếm") is a happening of the
conflict kind, dated by the day next to it. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2015, 6, 12)  # a Friday


def events_of(sentence: str, language: str) -> list[tuple[str, str]]:
    return sorted((e.kind, e.date) for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The river town was recaptured by the rebels on Monday.", "en", "2015-06-08", id="en-recaptured"),
        pytest.param("A militia overran the market town last month.", "en", "2015-05", id="en-overran"),
        pytest.param("Les rebelles ont repris la ville lundi.", "fr", "2015-06-08", id="fr-ont-repris"),
        pytest.param("Phiến quân đã tái chiếm thị trấn hôm thứ Hai.", "vi", "2015-06-08", id="vi-tai-chiem"),
    ],
)
def test_taking_a_town_is_a_conflict_event(sentence, language, expected):
    assert events_of(sentence, language) == [("conflict", expected)]
