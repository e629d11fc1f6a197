"""A hyphenated given name printed as its initials ("J.-P." for Jean-Pierre, as the French
press prints it): the stop after the initials ends no sentence, the initials open the name after
a rank or set off by commas after a title, and the short form is one person with the full name
the article prints. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.text import split_sentences


def people_of(text: str) -> list[str]:
    """The names of the people the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "person")


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("Le colonel J.-M. Ouédraogo a inspecté le camp de Kidal.", id="dotted-hyphen"),
        pytest.param("Le colonel J-M. Ouédraogo a inspecté le camp de Kidal.", id="bare-hyphen"),
        pytest.param("Le colonel J. -M. Ouédraogo a inspecté le camp de Kidal.", id="spaced-hyphen"),
    ],
)
def test_the_stop_after_hyphenated_initials_ends_no_sentence(paragraph):
    assert split_sentences(paragraph) == [paragraph]


@pytest.mark.parametrize(
    "paragraph",
    [
        # near misses: a real sentence end before a capital
        pytest.param("Le convoi a quitté Gao-Ansongo. Le colonel est reparti.", id="hyphenated-place"),
        pytest.param("Le score final était de 5 -B. Le colonel est reparti.", id="spaced-hyphen-after-no-initial"),
    ],
)
def test_a_sentence_ending_on_a_word_still_ends(paragraph):
    assert len(split_sentences(paragraph)) == 2


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Le colonel J.-M. Ouédraogo a inspecté le camp de Kidal.", "J.-M. Ouédraogo", id="after-rank"),
        pytest.param("Le chef du bataillon, J.-M. Ouédraogo, a inspecté le camp.", "J.-M. Ouédraogo", id="apposed-to-title"),
        pytest.param("Le colonel J. -M. Ouédraogo a inspecté le camp de Kidal.", "J. -M. Ouédraogo", id="spaced-hyphen-after-rank"),
    ],
)
def test_hyphenated_initials_open_the_name(text, person):
    assert people_of(text) == [person]


def test_hyphenated_initials_are_the_full_name_printed_before():
    text = ("Jean-Marc Ouédraogo a pris le commandement mardi. Le chef du bataillon, J.-M. Ouédraogo, "
            "a ensuite inspecté le camp de Kidal.")
    assert people_of(text) == ["Jean-Marc Ouédraogo"]


def test_hyphenated_initials_stay_apart_when_two_full_names_fit():
    # near miss: two people the initials could stand for, none is chosen
    text = ("Jean-Marc Ouédraogo et Jules-Michel Ouédraogo ont pris le commandement mardi. "
            "Le chef du bataillon, J.-M. Ouédraogo, a ensuite inspecté le camp de Kidal.")
    assert "J.-M. Ouédraogo" in people_of(text)
