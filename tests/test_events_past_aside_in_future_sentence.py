"""A happening told in the past inside an aside of a sentence whose main clause is in the
future ("The council, which met on 4 May, will vote tomorrow"): the aside's day without its
year is the last such day, not the next year's; the future verb after the aside's comma is
not the aside's tense. Sentences written for this test."""
import pytest

from newsdossier.evaluate import _with_date
from newsdossier.extract import extract

CASES = [
    ("en", "Council to vote\nMay 20, 2024\n", "The council, which met on 4 May in New York, will vote tomorrow on the mandate.", "2024-05-04"),
    ("en", "Mission update\nMay 20, 2024\n", "The engineers, who arrived on 9 May in Wau, will start work next month.", "2024-05-09"),
    ("fr", "Le Conseil votera\n20 mai 2024\n", "Le Conseil, qui s'est réuni le 4 mai à New York, votera demain sur le mandat.", "2024-05-04"),
    ("vi", "Hội đồng sẽ bỏ phiếu\n20/05/2024\n", "Hội đồng Bảo an, vốn đã họp ngày 4/5 tại New York, sẽ bỏ phiếu vào ngày mai.", "2024-05-04"),
]


@pytest.mark.parametrize("language, head, sentence, day", CASES, ids=[c[2][:40] for c in CASES])
def test_past_aside_keeps_its_year(language, head, sentence, day):
    dates = [ev.date for ev in extract(head + sentence, _with_date(None, "2024-05-20")).events]
    assert day in dates
    assert not any(d.startswith("2025") for d in dates)


def test_plain_future_day_still_ahead():
    # no aside: "will vote on 4 June" is the vote planned
    dates = [ev.date for ev in extract("Council\nMay 20, 2024\nThe council will vote on 4 June on the mandate.",
                                       _with_date(None, "2024-05-20")).events]
    assert dates == ["2024-06-04"]
