"""Events: the day after an impersonal verb of saying or learning, inverted as French agency
copy prints it ("..., a-t-on appris le 6 mars auprès de l'état-major", "apprend-on", "a-t-on
indiqué"), is the day the news was told, as after "a indiqué le 6 mars": no happening of that
day (vocabulary report_verbs). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import dates_between

ANCHOR = PartialDate(2024, 3, 8)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Le contingent rentrera au pays en avril, a-t-on appris le 6 mars auprès de l'état-major.", id="a-t-on-appris"),
        pytest.param("La relève du bataillon aura lieu en avril, a-t-on indiqué le 6 mars de source militaire.", id="a-t-on-indique"),
        pytest.param("Le contingent rentrera au pays en avril, apprend-on le 6 mars auprès du ministère.", id="apprend-on"),
        pytest.param("Le contingent rentrera au pays en avril, a-t-on précisé le 6 mars à l'état-major.", id="a-t-on-precise"),
    ],
)
def test_the_day_of_an_impersonal_telling_dates_no_happening(sentence):
    assert "2024-03-06" not in dates_between(sentence, "fr", ANCHOR)


def test_the_happening_told_keeps_its_own_month():
    sentence = "Le contingent rentrera au pays en avril, a-t-on appris le 6 mars auprès de l'état-major."
    assert "2024-04" in dates_between(sentence, "fr", ANCHOR)
