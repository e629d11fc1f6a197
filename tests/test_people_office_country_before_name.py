"""People: a country whose name is also a given name ("Israel", "Kenya", "Chad", "Jordan"),
printed between a title and the whole name of the office's holder, as Vietnamese prints the
country of an office ("Thủ tướng Israel Benjamin Netanyahu"), is the country, not the
holder's first name: the person is the name after it, and a quote of that person is theirs.
A title before such a given name that one family name follows ("Defence Minister Israel
Katz", "Corporal Chad Morrison") keeps the name whole. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people_countries_speakers(text: str):
    found = extract(text, None)
    people = sorted(f.name for f in found.entities.values() if f.kind == "person")
    countries = sorted(f.name for f in found.entities.values() if f.kind == "country")
    return people, countries, [q.speaker for q in found.quotes]


@pytest.mark.parametrize(
    "text, person, country",
    [
        pytest.param("HÀ NỘI - Thủ tướng Israel Benjamin Netanyahu cho biết ông sẽ sang thăm Lebanon vào tháng tới.",
                     "Benjamin Netanyahu", "Israel", id="vi-prime-minister-israel"),
        pytest.param("HÀ NỘI - Tổng thống Kenya William Ruto cho biết nước này sẽ gửi thêm cảnh sát.",
                     "William Ruto", "Kenya", id="vi-president-kenya"),
        pytest.param("HÀ NỘI - Tổng thống Chad Mahamat Déby nói rằng quân đội sẽ rút khỏi biên giới.",
                     "Mahamat Déby", "Chad", id="vi-president-chad"),
    ],
)
def test_the_office_country_is_no_first_name(text, person, country):
    people, countries, speakers = _people_countries_speakers(text)
    assert people == [person]
    assert country in countries
    assert speakers == [person]


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("JERUSALEM - Defence Minister Israel Katz said the patrols would go on.", "Israel Katz", id="en-given-name-israel"),
        pytest.param("OTTAWA - Corporal Chad Morrison, a medic from Canada, was hurt on Monday.", "Chad Morrison", id="en-given-name-chad"),
    ],
)
def test_a_given_name_with_one_family_name_stays_whole(text, person):
    people, _countries, _speakers = _people_countries_speakers(text)
    assert people == [person]
