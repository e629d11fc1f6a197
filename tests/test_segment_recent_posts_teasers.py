"""A blog theme's widget heading of the site's latest posts, alone on its line under the article
("Entradas recientes", "Publicaciones recientes", "Últimas entradas"), opens the teasers of
other articles: their headlines and blurbs (with the dated happenings they tell) are no
paragraphs of the text. Every text is invented for the tests."""
from __future__ import annotations

import pytest

from newsdossier.segment import segment

HEADLINE = "Los ingenieros de la misión llegan a la ciudad del norte"
BODY = ["Un primer equipo de ingenieros llegó el viernes a la ciudad del norte, informó la misión.",
        "El resto de la compañía llegará en las próximas semanas, añadió un portavoz."]
TEASER = ["Inundaciones en el valle", "El martes el río subió sobre el viejo puente y lo arrastró…", "hace 3 horas"]


@pytest.mark.parametrize("marker", ["Entradas recientes", "Publicaciones recientes", "Últimas entradas",
                                    "ARTÍCULOS RECIENTES", "Últimas publicaciones:"])
def test_a_recent_posts_heading_opens_the_teasers(marker):
    layout = segment("\n\n".join([HEADLINE, *BODY, marker, *TEASER]))
    assert not any(t in p for p in layout.paragraphs for t in TEASER), layout.paragraphs
