"""A body referred to by its common noun, with the possessive, then a title and the holder's
name in apposition ("according to the mission's spokesman, Peter Mwangi", "the army's
spokesperson, Colonel Ruth Atieno, said") gives the holder's words, as a body named there
already does ("according to UNMISS's spokesman, X"), a document of theirs before it too ("a
statement from the mission's spokesman, X"): the person named speaks as themselves.
With no holder named ("according to the army's spokesman") the speaker is as before. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("JUBA - According to the mission's spokesman, Peter Mwangi, two patrols were ambushed.", "Peter Mwangi",
                     id="mission-apposed"),
        pytest.param("JUBA - According to the army's spokesperson, Ruth Atieno, two patrols were ambushed.", "Ruth Atieno",
                     id="army-apposed"),
        pytest.param("JUBA - According to a statement from the mission's spokesman, Peter Mwangi, two patrols were ambushed.",
                     "Peter Mwangi", id="statement-from"),
        pytest.param("JUBA - According to the force's spokesman Peter Mwangi, two patrols were ambushed.", "Peter Mwangi",
                     id="no-comma"),
        pytest.param("JUBA - In a statement from the police's spokesman, Peter Mwangi, the police said two patrols were ambushed.",
                     "Peter Mwangi", id="in-a-statement"),
    ],
)
def test_the_holder_named_after_an_owned_title_speaks(text, speaker):
    assert speaker in speakers_of(text)


@pytest.mark.parametrize(
    "text, person",
    [
        # a document from a body set off by a comma before a name: the name is told of, no
        # officer of the body giving the document
        pytest.param("JUBA - According to a report from the mission, Peter Mwangi, a local chief, was killed in the raid.",
                     "Peter Mwangi", id="report-from-body-apposed"),
        pytest.param("JUBA - According to a statement from the mission, John Okello was arrested on Monday.",
                     "John Okello", id="statement-from-body-then-subject"),
        pytest.param("JUBA - According to a report by the army, Ruth Atieno, a nurse, was wounded in the raid.",
                     "Ruth Atieno", id="report-by-army-apposed"),
    ],
)
def test_a_name_after_a_document_givers_body_is_no_speaker(text, person):
    assert person not in speakers_of(text)
