"""Quotes: an official of a body the text does not name speaks as that body, as its unnamed
spokesperson does (tests/corpus/README.md, "Who the speaker is": "An unnamed spokesperson,
official, representative or officer of a body the text names speaks as that body", "dijo un
funcionario de la ONU"); and "the official" or "the spokesperson" said again, with no person of
the article to stand for, is the voice of the body that spoke last. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("A UN official said the wounded soldiers came from Nepal.", "United Nations",
                     id="en-body-bare-before-official-opening"),
        pytest.param("A U.N. official said the three trucks were carrying rice and seed.", "United Nations",
                     id="en-dotted-body-before-official"),
        pytest.param("The convoy turned back twelve kilometres short of Kidal, a MINUSMA official said.", "MINUSMA",
                     id="en-acronym-before-official-inverted"),
        pytest.param("The bridge near the camp was repaired overnight, said an official of UNIFIL.", "UNIFIL",
                     id="en-official-of-body"),
        pytest.param("El convoy regresó a la base antes del anochecer, dijo un funcionario de la ONU.", "United Nations",
                     id="es-funcionario-de-la-onu"),
        pytest.param("Le convoi a regagné sa base avant la nuit, a indiqué un responsable de la Minusma.", "MINUSMA",
                     id="fr-responsable-de-la-minusma"),
    ],
)
def test_an_unnamed_official_of_a_body_speaks_as_the_body(text, speaker):
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("Three Border Security Force (BSF) guards were hurt at the gate on Friday, a BSF spokesperson said.\n\n"
                     "Traffic on the road stopped for an hour. \"The crowd threw stones at the fence and the guards "
                     "stayed inside,\" the official said.",
                     ["Border Security Force", "Border Security Force"], id="en-the-official-said-after-spokesperson"),
        pytest.param("The depot outside Beni was looted twice this week, a MONUSCO spokeswoman said.\n\n"
                     "\"Nobody was inside the depot when the doors were forced open,\" said the official.",
                     ["MONUSCO", "MONUSCO"], id="en-said-the-official-inverted"),
        pytest.param("A UN official said the camp would stay closed until Monday.\n\n"
                     "\"We cannot let families in while the wells are dry,\" the official added.",
                     ["United Nations", "United Nations"], id="en-the-official-after-body-official"),
    ],
)
def test_the_official_said_again_is_the_body_that_spoke(text, speakers):
    assert speakers_of(text) == speakers


@pytest.mark.parametrize(
    "text, speakers",
    [
        # no body joined to the official: nobody the text names
        pytest.param("An official said the wounded soldiers came from Nepal.", [""], id="en-official-alone"),
        pytest.param("Le convoi a regagné sa base, a indiqué un responsable sécuritaire.", [""], id="fr-responsable-securitaire"),
        # officials in the plural of no body stay unnamed (test_quotes_body_officials_plural.py)
        pytest.param("The patrol was stopped at the river, officials said.", [""], id="en-officials-plural"),
        # a person named as speaking is the one "the official" stands for
        pytest.param("The road to the camp is open again, said Ines Valdorra, a spokeswoman for the mission.\n\n"
                     "\"The repairs took four days,\" the official said.",
                     ["Ines Valdorra", "Ines Valdorra"], id="en-the-official-after-named-person"),
    ],
)
def test_speakers_that_stay_as_they_were(text, speakers):
    assert speakers_of(text) == speakers
