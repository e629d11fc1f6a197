"""Events: a month printed without its year ("at the end of June", "fin juin", "a finales de
junio", "cuối tháng 6") in a sentence telling it is to come takes the year that puts it at or
after the article's date, less a few days (a page's date may be a little later than its
writing), and a span of months the year that puts its last month there; so the June just
ended stays the article's year in an article of early July, and a June far behind moves to
the next year. A month told in the past keeps the last such month. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import find_events

PLANNED_JUNE = {
    "en": "The battalion will deploy to the mission at the end of June.",
    "fr": "Le bataillon sera déployé au sein de la mission fin juin.",
    "es": "El batallón será desplegado en la misión a finales de junio.",
    "vi": "Tiểu đoàn sẽ triển khai tới phái bộ vào cuối tháng 6.",
}

# (a span "end of June and early July" is read as one in Vietnamese; the other languages
# read its first month alone)
PLANNED_SPAN = [
    "Dự kiến bảy sĩ quan sẽ lên đường làm nhiệm vụ vào cuối tháng 6 và đầu tháng 7.",
    "Các kỹ sư công binh sẽ được triển khai tới phái bộ vào cuối tháng 6 và đầu tháng 7.",
]


def _dates(sentence: str, anchor: PartialDate, language: str) -> list[str]:
    return [e.date for e in find_events([(sentence, [])], anchor, None, language)[0]]


@pytest.mark.parametrize("language", sorted(PLANNED_JUNE))
@pytest.mark.parametrize("anchor", [PartialDate(2019, 7, None), PartialDate(2019, 7, 2)], ids=["month", "day"])
def test_a_month_to_come_just_ended_keeps_the_article_year(language, anchor):
    assert _dates(PLANNED_JUNE[language], anchor, language) == ["2019-06"]


@pytest.mark.parametrize("sentence", PLANNED_SPAN)
@pytest.mark.parametrize("anchor", [PartialDate(2019, 7, None), PartialDate(2019, 7, 10)], ids=["month", "day"])
def test_a_span_to_come_reaching_the_article_month_keeps_its_year(sentence, anchor):
    assert _dates(sentence, anchor, "vi") == ["2019-06/2019-07"]


@pytest.mark.parametrize("language", sorted(PLANNED_JUNE))
def test_a_month_to_come_well_behind_the_article_is_next_year(language):
    assert _dates(PLANNED_JUNE[language], PartialDate(2019, 9, 20), language) == ["2020-06"]


@pytest.mark.parametrize("language", sorted(PLANNED_JUNE))
def test_a_month_to_come_after_the_article_is_its_year(language):
    assert _dates(PLANNED_JUNE[language], PartialDate(2019, 3, 14), language) == ["2019-06"]


@pytest.mark.parametrize("language,sentence", [
    ("en", "The battalion deployed to the mission at the end of June."),
    ("fr", "Le bataillon a été déployé au sein de la mission fin juin."),
    ("es", "El batallón fue desplegado en la misión a finales de junio."),
])
def test_a_month_told_in_the_past_is_the_last_one(language, sentence):
    assert _dates(sentence, PartialDate(2019, 3, 14), language) == ["2018-06"]
