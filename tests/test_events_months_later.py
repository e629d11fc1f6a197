"""A count of months later standing alone ("Two months later, ...", "Deux mois plus tard",
"Un mes después", "Hai tháng sau,") dates its sentence's happening that many months after the
month of the happening told before: a month alone (the count is rounded, no day is carried).
Sentences written for this test."""
import pytest

from newsdossier.evaluate import _with_date
from newsdossier.extract import extract

EN = "Peacekeepers attacked\nSeptember 20, 2024\nOn 3 March, gunmen attacked a United Nations convoy near Tessalit, killing two peacekeepers. "
FR = "Casques bleus attaqués\n20 septembre 2024\nLe 3 mars, des hommes armés ont attaqué un convoi de l'ONU près de Tessalit, tuant deux casques bleus. "
ES = "Atacan a cascos azules\n20 de septiembre de 2024\nEl 3 de marzo, hombres armados atacaron un convoy de la ONU cerca de Tessalit y mataron a dos cascos azules. "
VI = "Lính gìn giữ hòa bình bị tấn công\n20/09/2024\nNgày 3/3, các tay súng đã tấn công một đoàn xe của Liên hợp quốc gần Tessalit, khiến hai binh sĩ thiệt mạng. "

CASES = [
    (EN + "Two months later, the head of the mission visited Tessalit.", "2024-05"),
    (EN + "A month later, the head of the mission visited Tessalit.", "2024-04"),
    (FR + "Deux mois plus tard, le chef de la mission s'est rendu à Tessalit.", "2024-05"),
    (FR + "Un mois après, le chef de la mission s'est rendu à Tessalit.", "2024-04"),
    (ES + "Un mes después, el jefe de la misión visitó Tessalit.", "2024-04"),
    (ES + "Tres meses más tarde, el jefe de la misión visitó Tessalit.", "2024-06"),
    (VI + "Hai tháng sau, người đứng đầu phái bộ đã đến thăm Tessalit.", "2024-05"),
    ("Peacekeepers attacked\nMarch 20, 2025\nOn 3 November 2024, gunmen attacked a United Nations convoy near Tessalit. "
     "Three months later, the head of the mission visited Tessalit.", "2025-02"),
]


@pytest.mark.parametrize("text, month", CASES, ids=[c[0].splitlines()[-1][-60:] for c in CASES])
def test_months_later_dates_from_previous(text, month):
    dates = [ev.date for ev in extract(text, _with_date(None, "2025-03-20" if "2025" in text else "2024-09-20")).events]
    assert month in dates


def test_months_later_than_planned_dates_nothing():
    # "later than planned" compares with a plan: no count from the happening before
    text = EN + "The head of the mission visited Tessalit two months later than planned."
    dates = [ev.date for ev in extract(text, _with_date(None, "2024-09-20")).events]
    assert "2024-05" not in dates


@pytest.mark.parametrize("sentence", [
    "Phái bộ đã rút khỏi căn cứ vào ngày 2 tháng sau.",
    "Đoàn xe đã trở về Gao vào mùng 4 tháng sau.",
], ids=["ngay", "mung"])
def test_a_day_of_the_month_after_is_no_count_of_months(sentence):
    # "ngày 2 tháng sau": the 2nd of the month after, not two months after the happening before
    dates = [ev.date for ev in extract(VI + sentence, _with_date(None, "2024-09-20")).events]
    assert not {"2024-05", "2024-07"} & set(dates)
