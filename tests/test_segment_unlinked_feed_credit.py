"""A feed's credit line printed without the story's address ("From U.S. News - Example Wire",
"Vía Noticias del mundo - EFE"), as aggregating pages print the feed they copy a story from:
a feed word, the feed's title of a few words, a dash or a bar, then an outlet the reference
knows closing the line. The outlet is the page's printed source, above the text or under it.
Without an outlet the reference knows, nothing says the line is a credit.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import feed_credit

EN = "United Nations peacekeepers in the south will stay in their positions despite the demands, a spokesman said on Friday."
ES = "La misión anunció el lunes que sus posiciones seguirán en su lugar pese a las advertencias repetidas."


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param(f"Peacekeepers hold their positions\nFrom U.S. News - Reuters\n{EN}\n", "Reuters", id="en-above-the-text"),
        pytest.param(f"Peacekeepers hold their positions\n{EN}\nFrom World News - AFP\n", "Agence France-Presse", id="en-under-the-text"),
        pytest.param(f"Los cascos azules se quedan\nVía Noticias del mundo - EFE\n{ES}\n", "Agencia EFE", id="es-via"),
    ],
)
def test_an_unlinked_feed_credit_names_the_source(text, source):
    assert extract(text).fields["source"] == source


@pytest.mark.parametrize("line", ["From Monday - the convoy", "From Example Town - Example Unknown Paper",
                                  "From the north. Then south - Reuters"])
def test_no_credit_without_a_known_outlet_or_with_a_sentence(line):
    assert feed_credit(line) is None
