"""Names glued by copying to a word in capitals: a heading's capitals run into a byline's
given name ("unHELMETSyed Badrul Ahsan"), a byline's surname run into a section's acronym
("Ilyas Iftekhar RasulUNAMSIL: ..."). The name is read whole and alone, the acronym as the
body it is. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def entities(text: str) -> set[tuple[str, str]]:
    return {(f.kind, f.id) for f in extract(text).entities.values()}


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("unHELMETSyed Karim Hossain\n\nOfficers of the battalion point to the hills above Bunia.",
                     "syed-karim-hossain", id="en-heading-into-byline"),
        pytest.param("BLUE HELMETSMohammed Tarek Rahman\n\nThe patrol left Bunia at dawn on Monday.",
                     "mohammed-tarek-rahman", id="en-capitals-into-given-name"),
    ],
)
def test_a_given_name_glued_after_capitals_opens_the_name(text, person):
    people = {i for k, i in entities(text) if k == "person"}
    assert people == {person}


@pytest.mark.parametrize(
    "text, person, body",
    [
        pytest.param("Peacekeeping in Africa (Part II) Brigadier General Karim Iftekhar HossainUNAMSIL: the contingent "
                     "held the airport.", "karim-iftekhar-hossain", ("mission", "unamsil"), id="en-mission-acronym"),
        pytest.param("Par le colonel Jean-Marc DialloMINUSMA : le bataillon a quitté Gao.", "jean-marc-diallo",
                     ("mission", "minusma"), id="fr-mission-acronym"),
    ],
)
def test_a_surname_glued_to_a_known_acronym_is_cut_before_it(text, person, body):
    found = entities(text)
    assert ("person", person) in found and body in found
