"""Events: a verb of celebrating that welcomes a step ("celebrated the decision", "a
célébré l'accord", "celebró la decisión") holds no ceremony and dates neither itself nor the
step; one that holds a ceremony or marks an anniversary still does. In EN, FR, ES (Vietnamese
welcomes with "hoan nghênh", no ceremony word). Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

SATURDAY = PartialDate(2023, 6, 10)  # a Saturday: the Thursday before is 8 June


def events_of(sentence: str, language: str) -> list[tuple[str, str]]:
    """(date, kind) of the events one sentence tells, deep in an article's body."""
    sentences = [("Une phrase sans rien.", [])] * 4 + [(sentence, find_in_sentence(sentence, language))]
    return [(e.date, e.kind) for e in find_events(sentences, SATURDAY, None, language)[0]]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The governor on Thursday celebrated the decision to extend the mission.", "en", id="en-decision"),
        pytest.param("La gouverneure a célébré jeudi l'accord signé par les deux pays.", "fr", id="fr-accord"),
        pytest.param("El gobernador celebró el jueves la decisión de prorrogar la misión.", "es", id="es-decision"),
        pytest.param("Los ministros celebraron el jueves el acuerdo entre ambos países.", "es", id="es-acuerdo-plural"),
    ],
)
def test_celebrating_a_step_is_no_ceremony(sentence, language):
    assert events_of(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The engineers celebrated their fifth anniversary in Abyei on Thursday.", "en", id="en-anniversary"),
        pytest.param("Le contingent a célébré jeudi le cinquième anniversaire de son arrivée.", "fr", id="fr-anniversaire"),
        pytest.param("El contingente celebró el jueves una ceremonia en honor de los caídos.", "es", id="es-ceremonia"),
    ],
)
def test_celebrating_an_occasion_is_still_a_ceremony(sentence, language):
    assert events_of(sentence, language) == [("2023-06-08", "ceremony")]
