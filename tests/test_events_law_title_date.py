"""Events: the day or year in the name of a law or a decree ("la loi n° 78-17 du 6 janvier 1978",
"the Defence Act of 1954", "la Ley 7/2021, de 20 de mayo", "Nghị định số 12/2022/NĐ-CP ngày
17/1/2022") is the text's name, no happening of that day; a law passed on a day the sentence
tells stays a happening. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2022, 3, 1)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Under the Defence Act of 1954, soldiers may serve abroad with the consent of parliament.", "en", id="en-act"),
        pytest.param("Law No. 12-4 of 6 January 2009 lets the troops serve abroad.", "en", id="en-law"),
        pytest.param("En application de la loi n° 95-12 du 6 janvier 1995, les soldats peuvent servir à l'étranger.", "fr", id="fr"),
        pytest.param("Selon la Ley 7/2021, de 20 de mayo, los militares pueden servir en el extranjero.", "es", id="es"),
        pytest.param("Theo Nghị định số 12/2020/NĐ-CP ngày 17/1/2020, quân nhân được phép làm nhiệm vụ ở nước ngoài.", "vi", id="vi"),
    ],
)
def test_the_date_in_a_law_s_name_dates_no_happening(sentence, language):
    assert body_events(sentence, language, ANCHOR) == []


@pytest.mark.parametrize(
    "sentence, language, day",
    [
        pytest.param("Parliament passed the law on 12 January.", "en", "2022-01-12", id="en"),
        pytest.param("Le Parlement a adopté la loi le 12 janvier.", "fr", "2022-01-12", id="fr"),
        pytest.param("Ngày 17/1/2022, Chính phủ ban hành nghị định về lực lượng gìn giữ hòa bình.", "vi", "2022-01-17", id="vi"),
    ],
)
def test_a_law_passed_on_a_day_stays_a_happening(sentence, language, day):
    assert day in [e.date for e in body_events(sentence, language, ANCHOR)]
