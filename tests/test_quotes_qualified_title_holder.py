"""Quotes: a title with a definite article and the word printed after it ("el general
español", "le général sénégalais") stands for the one person introduced with both where several
were introduced with the title alone ("El general español X ... el general italiano Y"), not
for the person named last. Where no one was introduced with the title and that word, the
word tells no one apart. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from quotecases import speakers_of


@pytest.mark.parametrize(
    "language, text, says, speaker",
    [
        pytest.param("es", "El general español Luis Moreno Gil relevó el lunes al general italiano Marco Rossi en Naqura. "
                           "Asistió la ministra de Defensa, Ana Ruiz.\n\n"
                           "La brigada vigilará la frontera, según ha explicado el general español.",
                     "vigilará la frontera", "Luis Moreno Gil", id="es-demonym"),
        pytest.param("fr", "Le général sénégalais Amadou Fall a remplacé lundi le général tchadien Idriss Mahamat à Gao. "
                           "La ministre de la Défense, Aïssata Traoré, était présente.\n\n"
                           "La force restera à Gao jusqu'en juin, a précisé le général sénégalais.",
                     "restera à Gao", "Amadou Fall", id="fr-demonym"),
    ],
)
def test_the_word_after_the_title_tells_its_holder(language, text, says, speaker):
    assert speakers_of(language, text, says) == [speaker]


def test_a_word_no_holder_was_introduced_with_changes_nothing():
    text = ("El general español Luis Moreno Gil relevó el lunes al general italiano Marco Rossi en Naqura.\n\n"
            "La brigada vigilará la frontera, según ha explicado el general uruguayo.")
    assert speakers_of("es", text, "vigilará la frontera") != ["Luis Moreno Gil"]
