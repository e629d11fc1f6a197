"""Events: a Vietnamese count of days or weeks after another happening ("chỉ 3 ngày sau một
vụ tấn công khác", "2 tuần sau vụ đánh bom") dates that happening so many days before the
sentence's own, as "three days after another clash" does in English. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2026, 9, 12)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("Ngày 10/9, một binh sĩ thiệt mạng trong vụ phục kích, chỉ 3 ngày sau một vụ tấn công khác ở Gao.",
                     "2026-09-07", id="ngay"),
        pytest.param("Vụ phục kích ngày 10/9 xảy ra 2 tuần sau vụ đánh bom ở Gao.", "2026-08-27", id="tuan"),
        pytest.param("Ngày 10/9, đoàn xe bị phục kích, hai ngày sau vụ đánh bom ở Gao.", "2026-09-08", id="number-word"),
    ],
)
def test_a_happening_counted_days_before_the_sentences_own(sentence, expected):
    dates = [e.date for e in body_events(sentence, "vi", ANCHOR)]
    assert "2026-09-10" in dates and expected in dates
