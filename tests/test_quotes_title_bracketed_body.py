"""A title governing a body written out and then its acronym in brackets ("el secretario
general de la Organización de las Naciones Unidas (ONU) ... recordó") stands for the holder
named before, not for the body. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        pytest.param("es", ["Una corona fue ofrecida por el secretario general Pedro Almagro.",
                            '"Los recordamos a todos por su entrega", dijo Almagro.',
                            "El secretario general de la Organización de las Naciones Unidas (ONU) también entregó medallas a las familias, y recordó que en 2012 murieron más de cien soldados."],
                     "Pedro Almagro", id="es-secretario-general-de-la-organizacion-onu"),
        pytest.param("en", ["A wreath was laid by Secretary-General Pedro Almagro.",
                            '"We remember every one of them," Almagro said.',
                            "The Secretary-General of the United Nations (UN) also handed medals to the families, and recalled that more than a hundred soldiers died in 2012."],
                     "Pedro Almagro", id="en-secretary-general-of-the-united-nations-un"),
    ],
)
def test_the_title_before_a_bracketed_body_is_its_holder(language, paragraphs, speaker):
    quotes = quotes_of(language, *paragraphs)
    assert quotes[-1].speaker == speaker


def test_the_title_holder_of_the_body_before_another_officer_of_it():
    """"El secretario general de la ONU" is the one introduced as the body's secretario general,
    not an officer of the same body with another title ("subsecretario")."""
    quotes = quotes_of("es",
                       "La ONU recordó hoy a los soldados caídos con una corona de flores, ofrecida por su secretario general Pedro Almagro.",
                       '"Los honramos a todos por su sacrificio", dijo Almagro.',
                       "En un mensaje, el subsecretario para operaciones de paz de la ONU, Luis Ferrer, explicó que el año fue difícil.",
                       "El secretario general de la ONU también recordó que en 2012 murieron más de cien soldados.")
    assert quotes[-1].speaker == "Pedro Almagro"
