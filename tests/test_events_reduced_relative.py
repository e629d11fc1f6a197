"""Events: a past participle right after its noun, with no auxiliary ("the group deployed on
2 October", "les médecins déployés le 2 octobre", "los médicos desplegados el 2 de octubre")
tells what was done, even in a sentence about the future: its day is read back from the
article's, not ahead. With an auxiliary it is the planned happening. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import find_events
from eventcases import FILLER

ANCHOR = PartialDate(2018, 10, 16)


def found(sentence: str, language: str) -> list[tuple[str, bool]]:
    return [(e.date, e.announced) for e in find_events(FILLER + [(sentence, [])], ANCHOR, None, language)[0]]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The nurses will join the team of surgeons deployed to the region on October 2.", "en", id="en"),
        pytest.param("Les infirmiers travailleront avec les chirurgiens déployés dans la région le 2 octobre.", "fr", id="fr"),
        pytest.param("Los enfermeros se unirán a los cirujanos desplegados en la región el 2 de octubre.", "es", id="es"),
    ],
)
def test_a_participle_after_its_noun_tells_a_past_happening(sentence, language):
    assert found(sentence, language) == [("2018-10-02", False)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The surgeons will be deployed to the region on October 2.", "en", id="en-will-be"),
        pytest.param("Les chirurgiens seront déployés dans la région le 2 octobre.", "fr", id="fr-seront"),
        pytest.param("Los cirujanos serán desplegados en la región el 2 de octubre.", "es", id="es-seran"),
    ],
)
def test_a_participle_with_its_auxiliary_stays_planned(sentence, language):
    assert found(sentence, language) == [("2019-10-02", True)]
