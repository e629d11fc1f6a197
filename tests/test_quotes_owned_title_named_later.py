"""A statement "issued by his spokesperson" is the spokesperson's who was introduced with the
title before it, never a person the article names with that title only further down (the
spokesperson of a mission named in a later paragraph is someone else's). Every sentence is
written for the test, in English, French and Spanish."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraphs, speakers",
    [
        pytest.param("en", ["Jane Roe condemned the attack on the camp.",
                            "\u201cThe envoy condemns the assault and calls for an inquiry,\u201d according to a statement issued by her spokesperson.",
                            "UNMISS spokesperson John Doe told reporters that the mission is investigating the attack."],
                     ["", "John Doe"], id="en-issued-by-her-spokesperson-named-later"),
        pytest.param("fr", ["Jeanne Roux a condamné l'attaque contre le camp.",
                            "« L'envoyée condamne l'attaque et demande une enquête », selon un communiqué publié par son porte-parole.",
                            "Le porte-parole de la MINUSMA, Jean Dupont, a indiqué à la presse que la mission enquête sur l'attaque."],
                     ["", "Jean Dupont"], id="fr-publie-par-son-porte-parole-named-later"),
        pytest.param("es", ["Ana Ruiz condenó el ataque contra el campamento.",
                            "\u201cLa enviada condena el ataque y pide una investigación\u201d, según un comunicado emitido por su portavoz.",
                            "El portavoz de la MINUSCA, Juan Pérez, dijo a la prensa que la misión investiga el ataque."],
                     ["", "Juan Pérez"], id="es-emitido-por-su-portavoz-named-later"),
        # near miss: the spokesperson introduced with the title before the statement
        pytest.param("en", ["Jane Roe's spokesperson, John Doe, arrived in Juba on Monday.",
                            "\u201cThe envoy condemns the assault and calls for an inquiry,\u201d according to a statement issued by her spokesperson."],
                     ["John Doe"], id="en-issued-by-her-spokesperson-named-before"),
    ],
)
def test_an_owned_title_issuing_a_statement_is_held_by_someone_named_before(language, paragraphs, speakers):
    assert [q.speaker for q in quotes_of(language, *paragraphs)] == speakers
