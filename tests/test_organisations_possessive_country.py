"""A body printed after its country in the possessive ("Kenya's National Police Service")
is named "<name> of <Country>", as an unlisted government body is in the labelled corpus
("Spain's Defence Ministry" is the "Ministry of Defence of Spain"): the country owns the
body and is no word of its name, and neither are the words before it ("Officers of"). A
possessive that is no country's ("the UN's") leaves the name as it is.
Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def organisations_of(text: str) -> list[str]:
    """The names of the organisations the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "organisation")


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("Kenya's National Police Service flew 200 more officers to the capital on Monday.",
                     "National Police Service of Kenya", id="opening"),
        pytest.param("Officers of Ghana's National Disaster Management Organisation reached the camp at noon.",
                     "National Disaster Management Organisation of Ghana", id="after-words"),
        pytest.param("Aid sent by Sri Lanka's Disaster Management Centre arrived in the port on Friday.",
                     "Disaster Management Centre of Sri Lanka", id="two-word-country"),
    ],
)
def test_the_possessive_country_owns_the_body(text, body):
    assert organisations_of(text) == [body]


def test_a_possessive_that_is_no_country_leaves_the_name_alone():
    assert "Department of Peace Operations" in organisations_of("The UN's Department of Peace Operations sent a team to Juba.")
