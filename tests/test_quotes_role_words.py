"""Words of a role no title list held, after a speech verb ("sostuvo el jerarca", a word the
River Plate press uses for a minister): the person introduced before speaks. Every sentence
is written for the test."""
from __future__ import annotations

from test_quotes import quotes_of


def test_el_jerarca_is_the_minister_named_before():
    quotes = quotes_of("es",
                       "El ministro de Defensa, Julio Paredes, aseguró que las tropas trabajan con normalidad.",
                       '"Nunca es bueno que estén más de un año", sostuvo el jerarca.')
    assert quotes[-1].speaker == "Julio Paredes"
