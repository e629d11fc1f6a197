"""Words the press uses for the head of a body in place of the title ("el titular de la
misión", "le numéro un de la Minusca", "người đứng đầu phái bộ"): with a definite article
(bare in Vietnamese, opening the clause) they stand for the person introduced before, not for
the body they name. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        pytest.param("es", ["Carlos Ortega, jefe de la misión de la ONU en Malí, llegó el lunes a Gao.",
                            "El titular de la misión aseguró que los pozos del campamento estaban secos."],
                     "Carlos Ortega", id="es-el-titular"),
        pytest.param("es", ["Carlos Ortega, jefe de la misión de la ONU en Malí, llegó el lunes a Gao.",
                            "\u201cLos pozos del campamento están secos\u201d, dijo el máximo responsable de la misión."],
                     "Carlos Ortega", id="es-maximo-responsable"),
        pytest.param("fr", ["Jean Moreau, chef de la Minusca, est arrivé lundi à Bouar.",
                            "\u00ab Les puits du camp sont à sec \u00bb, a affirmé le numéro un de la Minusca."],
                     "Jean Moreau", id="fr-numero-un"),
        pytest.param("fr", ["Jean Moreau, chef de la Minusca, est arrivé lundi à Bouar.",
                            "Le numéro 1 de la mission a indiqué que les puits du camp étaient à sec."],
                     "Jean Moreau", id="fr-numero-1"),
    ],
)
def test_a_head_epithet_stands_for_the_person_introduced_before(language, paragraphs, speaker):
    quotes = quotes_of(language, *paragraphs)
    assert quotes[-1].speaker == speaker
