"""A four-digit number counting people after a word of approximation ("about 1900 men",
"près de 2000 soldats") is a count, not a year; a year before the same nouns stays a year."""
import pytest

from newsdossier.dates import find_dates


@pytest.mark.parametrize("text", [
    "About 1900 soldiers and police officers from the battalion received medals on Monday.",
    "Some 2000 troops took part in the parade.",
    "Près de 2000 soldats ont reçu la médaille de l'ONU.",
    "Environ 1500 casques bleus ont défilé devant le commandant.",
    "Unos 1800 efectivos recibieron la medalla de la ONU.",
    "Khoảng 2000 binh sĩ đã tham dự buổi lễ.",
])
def test_a_count_of_people_is_no_year(text):
    assert [m.text for m in find_dates(text) if m.kind == "year"] == []


@pytest.mark.parametrize("text, year", [
    ("In 2015 troops from the battalion were sent to the border.", 2015),
    ("En 2013 soldats et policiers ont été déployés.", 2013),
    ("The 2018 agreement was signed by about 30 groups.", 2018),
])
def test_a_year_before_the_same_nouns_stays(text, year):
    assert [m.value.year for m in find_dates(text) if m.kind == "year"] == [year]
