"""Events: a happening dated by a count of days back from the article's date ("hace tres
días", "three days ago", "il y a trois jours", "ba ngày trước", "cách đây ba ngày") falls on
that day, as one counted in years or months falls in that year or month; "ba ngày trước khi
rời Gao" (three days before leaving) counts from another happening, not from the article.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Hace tres días, un convoy de la misión fue atacado cerca de Gao.", "es", id="es-hace"),
        pytest.param("Three days ago, a convoy of the mission was attacked near Gao.", "en", id="en-ago"),
        pytest.param("Il y a trois jours, un convoi de la mission a été attaqué près de Gao.", "fr", id="fr-il-y-a"),
        pytest.param("Ba ngày trước, đoàn xe của phái bộ bị tấn công gần Gao.", "vi", id="vi-truoc"),
        pytest.param("Cách đây ba ngày, đoàn xe của phái bộ bị tấn công gần Gao.", "vi", id="vi-cach-day"),
        pytest.param("La misión desplegó 200 soldados en Gao hace 3 días.", "es", id="es-digits-after"),
    ],
)
def test_a_count_of_days_back_dates_the_happening_on_that_day(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == ["2023-04-29"]


def test_days_before_another_happening_are_not_counted_from_the_article():
    events = body_events("Ba ngày trước khi rời Gao, đoàn xe của phái bộ bị tấn công.", "vi", ANCHOR)
    assert all(e.date != "2023-04-29" for e in events)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Hai ngày trước đó, đoàn xe của phái bộ đã rời khỏi Gao.", id="vi-truoc-do"),
        pytest.param("Đoàn xe của phái bộ rời Gao ba ngày trước ngày bầu cử.", id="vi-truoc-ngay"),
        pytest.param("Đoàn xe của phái bộ rời Gao hai ngày trước cuộc họp của hội đồng.", id="vi-truoc-cuoc"),
        pytest.param("Hai năm trước đó, phái bộ đã rút khỏi Gao.", id="vi-years-truoc-do"),
    ],
)
def test_a_count_before_a_named_happening_is_not_counted_from_the_article(sentence):
    from newsdossier.events import ago_date
    assert ago_date(sentence, ANCHOR, "vi") is None
