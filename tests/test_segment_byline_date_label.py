"""A byline opened by its byline word and closed by a date label before the page's date
("By Jane Roe Posted on March 12, 2024", "Par Jean Dupont Publié le 12/03/2024"): the label
(vocabulary metadata_labels "date") says what the date is, it is no part of the writer's name.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_HEAD = {
    "en": "Peacekeepers stay in their positions in the south",
    "fr": "Les casques bleus restent sur leurs positions dans le sud",
    "es": "Los cascos azules se quedan en sus posiciones del sur",
}
_LEAD = {
    "en": "The peacekeeping mission said on Friday that its troops would stay in all their positions despite the warnings.",
    "fr": "La mission de paix a annoncé vendredi que ses troupes resteraient sur toutes leurs positions malgré les avertissements.",
    "es": "La misión de paz anunció el viernes que sus tropas seguirán en todas sus posiciones pese a las advertencias.",
}


@pytest.mark.parametrize(("language", "byline", "author"), [
    ("en", "by Jane Roe Posted on March 12, 2024", "Jane Roe"),
    ("en", "By Jane Roe Published March 12, 2024", "Jane Roe"),
    ("en", "By Jane Roe Posted on March 12, 2024March 13, 2024", "Jane Roe"),
    ("fr", "Par Jean Dupont Publié le 12/03/2024 à 10h15", "Jean Dupont"),
    ("es", "Por Ana Gómez Publicado el 12/03/2024", "Ana Gómez"),
    # (must not change) no label between the name and the date
    ("en", "By Jane Roe March 12, 2024", "Jane Roe"),
    ("fr", "Par Jean Dupont le 12 mars 2024", "Jean Dupont"),
])
def test_a_date_label_closing_a_byline_is_no_part_of_the_name(language, byline, author):
    fields = extract("\n".join([_HEAD[language], byline, _LEAD[language]])).fields
    assert fields["authors"] == [author]
    assert fields["title"] == _HEAD[language]
