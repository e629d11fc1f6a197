"""A credit joining two outlets by a slash credits the one whose copy it is (extract.slash_credit).

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from newsdossier.extract import extract, slash_credit

TODAY = datetime.date(2026, 1, 1)


def source(text: str) -> str:
    return extract(text, today=TODAY).fields["source"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a national agency carrying a world agency's dispatch, in either order
        pytest.param("Troops rotate\n\nMANILA, March 2 (PNA/Xinhua) -- A new company of engineers left for the mission on Monday.",
                     "Xinhua", id="national-then-world"),
        pytest.param("Blue helmets hurt\n\nNew Delhi, June 9 (Sputnik/UNI): Two blue helmets were hurt near the border, the mission said.",
                     "Sputnik", id="world-then-national"),
        pytest.param("Patrol ambushed\n\nNAIROBI, May 4 (AFP/UNI) - A patrol was ambushed near the border on Sunday.",
                     "Agence France-Presse", id="afp-relayed"),
        # an outlet that is no agency, then the agency it takes the copy from
        pytest.param("Camp shelled\n\nGENEVA, April 3 (The Hindu/Reuters) - A camp of the mission was shelled overnight.",
                     "Reuters", id="outlet-then-agency"),
    ],
)
def test_a_dateline_credit_joining_two_outlets_by_a_slash_credits_the_agency_whose_copy_it_is(text, expected):
    assert source(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Engineers leave for the mission\n\nA company of 150 army engineers left the capital for the peacekeeping mission "
                     "in South Sudan on Monday, the defence ministry said.\n\nThe engineers will build roads and bridges for a year, "
                     "an officer told reporters at the airport. (PNA/Xinhua) ABC/xyz", "Xinhua", id="closing-national-then-world"),
        pytest.param("Medics honoured\n\nA team of 60 army medics received the mission's medal at a ceremony in the north on Friday, "
                     "the defence ministry said.\n\nThe medics have treated hundreds of patients since they arrived, "
                     "their commander told the guests. (Sputnik/UNI) KM", "Sputnik", id="closing-world-then-national"),
    ],
)
def test_a_closing_credit_joining_two_outlets_by_a_slash_credits_the_agency_whose_copy_it_is(text, expected):
    assert source(text) == expected


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        pytest.param("PNA/Xinhua", "Xinhua", id="pna-xinhua"),
        pytest.param("Sputnik / UNI", "Sputnik", id="spaced"),
        pytest.param("Reuters/AFP", "Agence France-Presse", id="two-world-agencies-last"),
        pytest.param("Unknown Daily/Xinhua", "Xinhua", id="one-known"),
        pytest.param("AFP", None, id="no-slash"),
        pytest.param("Unknown Daily/Other Weekly", None, id="none-known"),
    ],
)
def test_slash_credit_reads_the_names_the_slash_joins(credit, expected):
    assert slash_credit(credit) == expected
