"""A line printed in Title Case (a headline: the article's own when the page's title was not
found, or another story's in a list of links) capitalises every word, so everyday words after
a title word look like a name ("Under-Secretary-General Deplores Shelling", "Her Early
Years", "Major Safety Concerns"). A person found only in such lines, whose name is made of
dictionary words only, is dropped; a name that is no everyday word, or that the text names
in an ordinary sentence too, stays. Every text is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def people_of(text: str) -> list[str]:
    """The names of the people the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "person")


BODY = "More than 900 troops serve with the mission in the north. They were deployed in 2016."


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Under-Secretary-General Deplores Shelling of Hospitals in Darfur, Urging Parties to Respect "
                     "Humanitarian Law\n\n3 March 2015\n\nThe following statement was issued today by the Spokesman:\n\n"
                     "The Under-Secretary-General deplores the shelling of two hospitals in Darfur.", id="own-long-headline"),
        pytest.param(BODY + "\n\nSinger Makes Stunning Confession About Her Early Years -\n"
                     "Mayor Sparks Major Safety Concerns As He Closes Old Bridge -", id="other-stories"),
    ],
)
def test_everyday_words_after_a_title_in_a_title_case_line_are_no_person(text):
    assert people_of(text) == []


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("Colonel Rose Young Takes Command Of Northern Battalion\n\nColonel Rose Young took command of the "
                     "battalion on Monday. She thanked the troops.", ["Rose Young"], id="named-below"),
        pytest.param(BODY + "\n\nGuests: Ambassador Ngozi Okafor, General Tomás Ibarra, Minister Kwame Mensah",
                     ["Kwame Mensah", "Ngozi Okafor", "Tomás Ibarra"], id="no-everyday-name"),
    ],
)
def test_a_name_in_a_title_case_line_stays_when_named_below_or_no_everyday_words(text, names):
    assert people_of(text) == names
