"""Events: missing peacekeepers found alive ("were found safe", "ont été retrouvés sains et
saufs", "fueron hallados con vida", "đã được tìm thấy an toàn") tell the end of their
disappearance on the day the sentence gives, a happening of the abduction-or-release kind.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2018, 5, 17)  # a Thursday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The two missing observers were found safe on Wednesday near the river.", "en", id="en"),
        pytest.param("Les deux observateurs disparus ont été retrouvés sains et saufs mercredi près du fleuve.", "fr", id="fr"),
        pytest.param("Los dos observadores desaparecidos fueron hallados con vida el miércoles cerca del río.", "es", id="es"),
        pytest.param("Hai quan sát viên mất tích đã được tìm thấy an toàn vào thứ Tư gần con sông.", "vi", id="vi"),
    ],
)
def test_the_missing_found_alive_is_a_happening_of_that_day(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("abduction", "2018-05-16")]
