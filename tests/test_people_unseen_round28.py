"""People named in forms met in fresh articles on peacekeeping: a widely borne given name
that the frequency lists count as an everyday word before a surname that is one too, a
service's tag between a rank and the name, a rank abbreviated as Spain's armed forces print
it, a sovereign named by given name and regnal number without a title. Every sentence is
written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def people(sentence: str, language: str) -> dict[str, str | None]:
    """name -> role of the people found in one sentence."""
    return {f.name: f.role for f in find_in_sentence(sentence, language) if f.kind == "person"}


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "Ian Sinclair told the briefing that two convoys were delayed.", "Ian Sinclair", id="en-ian"),
        pytest.param("en", "The convoy was met by Keith Harper near the bridge.", "Keith Harper", id="en-keith"),
        pytest.param("en", "Alan Doss, his predecessor, flew to Goma.", "Alan Doss", id="en-alan-apposed-no-title"),
        pytest.param("fr", "Gilles Marchand a présenté le rapport au Conseil.", "Gilles Marchand", id="fr-gilles"),
        pytest.param("es", "Jaime Rubio presentó el informe ante el Consejo.", "Jaime Rubio", id="es-jaime"),
    ],
)
def test_a_given_name_that_is_a_word_opens_a_name(language, sentence, name):
    assert name in people(sentence, language)

