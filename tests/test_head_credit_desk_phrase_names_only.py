"""A closing credit's desk phrase ("pour le service français", "for the English service")
makes writers only of names printed before it ("(Paul Martel pour le service français)"): a
note in brackets whose words before the phrase are no names ("(Article traduit pour le service
français)") is no credit, and gives the page no author. Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract
from newsdossier.segment import closing_credit

DAY = {"en": "March 3, 2024", "fr": "3 mars 2024", "es": "3 de marzo de 2024"}


@pytest.mark.parametrize(("language", "bracket"), [
    pytest.param("fr", "(Article traduit pour le service français)", id="fr-translated-note"),
    pytest.param("fr", "(Texte adapté de l'anglais pour le service français)", id="fr-adapted-note"),
    pytest.param("en", "(Story adapted from French for the English service)", id="en-adapted-note"),
    pytest.param("es", "(Texto traducido del inglés para el servicio en español)", id="es-translated-note"),
])
def test_a_note_before_a_desk_phrase_names_no_writer(language, bracket):
    assert closing_credit(bracket) is None
    text = "\n".join([_HEAD[language], DAY[language], _LEAD[language], _MORE[language], bracket])
    assert extract(text).fields["authors"] == []
