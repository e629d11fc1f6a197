"""A city printed alone under the headline, right before the page's date line ("Naqoura | 12
March 2024", "Bamako | 12/03/2024 à 10h15", or on lines of their own): the place the text was
filed from, its dateline. A country there is a section's or a tag's name as often (no
dateline), and so is a place printed above the headline.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        pytest.param("Peacekeepers stay in their positions\nNaqoura | 12 March 2024\n"
                     "The peacekeeping mission said on Tuesday that its troops would stay in all their positions despite the warnings.\n",
                     "Naqoura", id="en-pipe"),
        pytest.param("Les casques bleus restent sur leurs positions\nBamako | 12/03/2024 à 10h15\n"
                     "La mission de paix a annoncé mardi que ses troupes resteraient sur toutes leurs positions malgré les avertissements.\n",
                     "Bamako", id="fr-pipe-time"),
        pytest.param("Los cascos azules se quedan en sus posiciones\nBeirut\n12 de marzo de 2024\n"
                     "La misión de paz anunció el martes que sus tropas seguirán en todas sus posiciones pese a las advertencias.\n",
                     "Beirut", id="es-own-lines"),
        pytest.param("Lính gìn giữ hòa bình ở lại các vị trí\nJuba | 12/03/2024 10:15\n"
                     "Phái bộ cho biết hôm thứ Ba rằng lực lượng sẽ ở lại tất cả các vị trí bất chấp các cảnh báo của hai bên.\n",
                     "Juba", id="vi-pipe"),
    ],
)
def test_a_city_before_the_date_line_is_the_dateline(text, dateline):
    assert extract(text).fields["dateline"] == dateline


@pytest.mark.parametrize(
    "text",
    [
        "Peacekeepers stay in their positions\nLebanon | 12 March 2024\n"
        "The peacekeeping mission said on Tuesday that its troops would stay in all their positions despite the warnings.\n",
        "Paris\nPeacekeepers stay in their positions\n12 March 2024\n"
        "The peacekeeping mission said on Tuesday that its troops would stay in all their positions despite the warnings.\n",
    ],
)
def test_a_country_or_a_place_above_the_headline_is_no_dateline(text):
    assert extract(text).fields["dateline"] == ""
