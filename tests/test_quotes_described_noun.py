"""French and Spanish put most adjectives after the noun: after a demonstrative, a word
followed by a person noun that is also an adjective ("este comunicado oficial", "ce service
responsable", "este cuerpo militar") is a thing described, no person named before. Only an
adjective that goes before the noun ("cet ancien militaire", "este veterano oficial") may
stand between. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    ("language", "paragraphs", "named"),
    [
        pytest.param("es", ["El ministro Pablo Ruiz visitó el puerto.",
                            "Este comunicado oficial señaló que el puerto seguirá cerrado."], "Pablo Ruiz",
                     id="es-comunicado-oficial"),
        pytest.param("es", ["El ministro Pablo Ruiz visitó el puerto.",
                            "Este cuerpo militar aseguró que el puerto seguirá cerrado."], "Pablo Ruiz",
                     id="es-cuerpo-militar"),
        pytest.param("fr", ["Le ministre Paul Girardin a visité le port.",
                            "Ce service responsable du port a indiqué que les quais resteraient fermés."], "Paul Girardin",
                     id="fr-service-responsable"),
    ],
)
def test_a_thing_described_after_a_demonstrative_is_no_person_named_before(language, paragraphs, named):
    quotes = [q for q in quotes_of(language, *paragraphs) if paragraphs[-1][:20] in q.sentence]
    assert quotes and quotes[-1].speaker != named


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        # (must not change) an adjective that goes before the noun
        pytest.param("fr", ["Le général Paul Girardin a visité le port.",
                            "Ce haut gradé a ensuite déclaré que les quais resteraient fermés."], "Paul Girardin",
                     id="fr-ce-haut-grade"),
        pytest.param("es", ["El general Ramiro Alcázar visitó el puerto.",
                            "Este antiguo militar aseguró que el puerto seguirá cerrado."], "Ramiro Alcázar",
                     id="es-este-antiguo-militar"),
        pytest.param("fr", ["Le général Paul Girardin a visité le port.",
                            "Ce militaire a ensuite déclaré que les quais resteraient fermés."], "Paul Girardin",
                     id="fr-ce-militaire"),
    ],
)
def test_a_person_described_with_an_adjective_before_the_noun_speaks(language, paragraphs, speaker):
    assert quotes_of(language, *paragraphs)[-1].speaker == speaker
