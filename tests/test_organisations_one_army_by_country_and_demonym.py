"""One country's army printed twice in one article, by the country's name and by its demonym,
capitalised as a name or not ("the Bangladesh Army" ... "Bangladeshi Army peacekeepers";
"the Nepali Army" ... "the Nepal Army"): one body, named by the demonym where one form
prints it (the corpus rule "<Demonym> Army"), else as first printed. Two countries'
armies stay two. A unit's acronym after the service ("Bangladesh Army of BANRDB") is no part
of its name. Every text is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def organisations(text: str) -> list[str]:
    return [f.name for f in extract(text).entities.values() if f.kind == "organisation"]


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Karim Hossain, a soldier of the Bangladesh Army, spoke to reporters. Bangladeshi Army "
                     "peacekeepers patrol the villages near Bunia.", "Bangladeshi Army", id="en-name-then-demonym"),
        pytest.param("The Nepali Army sent its 62nd contingent to Lebanon. The Nepal Army also built two ponds "
                     "near Blida.", "Nepali Army", id="en-demonym-then-name"),
        pytest.param("The Bangladesh Army sent a new battalion to Bunia. The Bangladeshi army said the troops "
                     "were ready.", "Bangladeshi Army", id="en-name-then-lowercase"),
    ],
)
def test_one_countrys_army_is_one_body(text, name):
    assert organisations(text) == [name]


def test_two_countries_armies_stay_two():
    names = organisations("The Pakistan Army and the Indian Army held talks in Bunia on Monday.")
    assert sorted(names) == ["Indian Army", "Pakistan Army"]


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Karim Hossain, a soldier of Bangladesh Army of BANRDB peacekeeping forces in Ituri, spoke.",
                     "Bangladesh Army", id="en-army-of-unit"),
        pytest.param("Ram Thapa, an officer of Nepal Army of NEPBATT troops in Lebanon, spoke.", "Nepal Army", id="en-army-of-battalion"),
    ],
)
def test_a_units_acronym_after_the_service_is_no_part_of_its_name(text, name):
    assert organisations(text) == [name]
