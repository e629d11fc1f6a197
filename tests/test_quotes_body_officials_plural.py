"""Quotes: officials, representatives or spokespeople of a body the text names, in the plural and
unnamed, speak as that body, as one unnamed official of it does (tests/corpus/README.md, "Who
the speaker is": an unnamed official of a body the text names speaks as that body). Officials
of no body, or of a country, stay unnamed. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract("Convoy hit\n\n" + text + "\n", None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("The supply convoy was hit by a mine near Aguelhok, UN officials said.", "United Nations", id="en-inverted"),
        pytest.param("United Nations officials said the supply convoy was hit by a mine near Aguelhok.", "United Nations",
                     id="en-opening"),
        pytest.param("The supply convoy was hit by a mine near Aguelhok, MINUSMA officials told reporters.", "MINUSMA",
                     id="en-mission"),
        pytest.param("Officials from the UN said the supply convoy was hit by a mine near Aguelhok.", "United Nations",
                     id="en-officials-from"),
        pytest.param("Le convoi a sauté sur une mine près d'Aguelhok, ont déclaré des responsables de l'ONU.", "United Nations",
                     id="fr-inverted"),
        pytest.param("Des responsables de la Minusma ont affirmé que le convoi avait sauté sur une mine.", "MINUSMA",
                     id="fr-opening"),
        pytest.param("El convoy pisó una mina cerca de Aguelhok, dijeron funcionarios de la ONU.", "United Nations",
                     id="es-inverted"),
        pytest.param("Representantes de la Minusma afirmaron que el convoy pisó una mina.", "MINUSMA", id="es-representantes"),
    ],
)
def test_a_bodys_unnamed_officials_speak_as_the_body(text, speaker):
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The supply convoy was hit by a mine near Aguelhok, officials said.", id="en-no-body"),
        pytest.param("The supply convoy was hit by a mine near Aguelhok, Malian officials said.", id="en-country"),
        pytest.param("Le convoi a sauté sur une mine, ont déclaré des responsables locaux.", id="fr-no-body"),
    ],
)
def test_officials_of_no_body_stay_unnamed(text):
    assert speakers_of(text) == [""]


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("Secretary-General Halvard Ostby called the raid the worst in years.\n\n"
                     "Two drivers were also hurt, UN officials said.\n\n"
                     "\u201cSuch raids on a convoy will not go unpunished,\u201d he said.",
                     ["United Nations", "Halvard Ostby"], id="en-he-after-officials"),
    ],
)
def test_officials_in_the_plural_are_no_antecedent_of_he(text, speakers):
    assert speakers_of(text) == speakers
