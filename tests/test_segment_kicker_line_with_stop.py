"""A kicker printed alone above the headline and closed by a stop or a colon ("VIDÉO.",
"EN IMAGES.", "DIRECT :", "EN IMÁGENES.", "VIDEO:"; vocabulary headline_kickers): the story's
kicker, no paragraph of the text, so the headline under it stays the title.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

FR = ("{kicker}\nLes casques bleus restent sur leurs positions dans le sud\n"
      "La mission de paix a annoncé mardi que ses troupes resteraient sur toutes leurs positions malgré les avertissements.\n"
      "Elle a ajouté que les patrouilles reprendraient dès que possible.\n")
ES = ("{kicker}\nLos cascos azules se quedan en sus posiciones del sur\n"
      "La misión de paz anunció el martes que sus tropas seguirán en todas sus posiciones pese a las advertencias.\n"
      "Añadió que las patrullas se reanudarán lo antes posible.\n")
EN = ("{kicker}\nPeacekeepers stay in their positions in the south\n"
      "The peacekeeping mission said on Tuesday that its troops would stay in all their positions despite the warnings.\n"
      "It added that patrols would resume as soon as possible.\n")


@pytest.mark.parametrize(
    ("template", "kicker", "title"),
    [
        pytest.param(FR, "VIDÉO.", "Les casques bleus restent sur leurs positions dans le sud", id="fr-video"),
        pytest.param(FR, "EN IMAGES.", "Les casques bleus restent sur leurs positions dans le sud", id="fr-en-images"),
        pytest.param(FR, "DIRECT.", "Les casques bleus restent sur leurs positions dans le sud", id="fr-direct"),
        pytest.param(ES, "EN IMÁGENES.", "Los cascos azules se quedan en sus posiciones del sur", id="es-en-imagenes"),
        pytest.param(EN, "EXCLUSIVE.", "Peacekeepers stay in their positions in the south", id="en-exclusive"),
    ],
)
def test_a_kicker_with_a_stop_is_no_title(template, kicker, title):
    assert extract(template.format(kicker=kicker)).fields["title"] == title
