"""A picture written in Markdown alone on its line ("![its alternative text](its address)"),
as converters of pages to Markdown write it: the line reads as its alternative text, the
words a reader is given for the picture. A page's picture often joins its alternative text and
its title, both the headline: the phrase printed twice is said once. A picture without
alternative text leaves no line.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import markdown_pictures


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("![Mali : un casque bleu blessé près de Gao Mali : un casque bleu blessé près de Gao](/data/posts/2023/02/01/photo.jpg)\n"
                     "Un casque bleu a été blessé dimanche par l'explosion d'un engin au passage de son convoi, a indiqué la mission.\n",
                     "Mali : un casque bleu blessé près de Gao", id="fr-alt-and-title-joined"),
        pytest.param("![](/img/logo.png)\n![Herido un casco azul en el sur del Líbano](https://example.test/foto.jpg \"foto\")\n"
                     "Un casco azul resultó herido el domingo por disparos cerca de una posición de la misión, informó la fuerza.\n",
                     "Herido un casco azul en el sur del Líbano", id="es-logo-without-alt-then-picture"),
        pytest.param("[![Les casques bleus quittent Kidal Les casques bleus quittent Kidal](/img/a.jpg)](/article/123)\n"
                     "Les derniers casques bleus ont quitté mardi le camp de Kidal, a annoncé la mission dans un communiqué.\n",
                     "Les casques bleus quittent Kidal", id="fr-picture-inside-a-link"),
        pytest.param("![Peacekeeper wounded near the border](/photos/a.jpg)\n"
                     "A peacekeeper was wounded on Sunday by gunfire near one of the mission's positions, the force said.\n",
                     "Peacekeeper wounded near the border", id="en-single-alt"),
    ],
)
def test_a_markdown_picture_reads_as_its_alternative_text(text, title):
    assert extract(text).fields["title"] == title


def test_a_picture_inside_a_line_is_left_as_printed():
    line = "Voir la photo ![x](/a.jpg) ci-dessous."
    assert markdown_pictures(line) == line


# A picture kept as a page's element alone on its line, its alternative text in its alt
# attribute; and a picture's credit closing the alternative text, the picture's, no part of
# the headline.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param('<image>data:image/png;base64,AAAA alt="Visite du général Dupont aux troupes du Bénin"</image>\n'
                     "Le commandant de la force a rendu visite jeudi aux soldats béninois déployés dans le nord du pays.\n",
                     "Visite du général Dupont aux troupes du Bénin", id="fr-image-element"),
        pytest.param('<img src="/photos/a.jpg" alt="Peacekeepers leave their last base in the north" />\n'
                     "The last peacekeepers of the mission left their northern base on Thursday, the force said in a statement.\n",
                     "Peacekeepers leave their last base in the north", id="en-img-element"),
        pytest.param('<image>data:image/png;base64,AAAA alt="Visite du général Dupont aux troupes du Bénin ( Photo : Jean Roe 2019 )"</image>\n'
                     "Le commandant de la force a rendu visite jeudi aux soldats béninois déployés dans le nord du pays.\n",
                     "Visite du général Dupont aux troupes du Bénin", id="fr-element-spaced-credit"),
        pytest.param("![Los cascos azules dejan su última base del norte (Foto: Ana Gómez)](/fotos/a.jpg)\n"
                     "Los últimos cascos azules de la misión dejaron el jueves su base del norte, informó la fuerza.\n",
                     "Los cascos azules dejan su última base del norte", id="es-markdown-credit"),
    ],
)
def test_a_picture_element_reads_as_its_alternative_text_less_its_credit(text, title):
    assert extract(text).fields["title"] == title


@pytest.mark.parametrize("line", [
    pytest.param('Voir <img src="/a.jpg" alt="x"> ci-dessous.', id="element-inside-a-line"),
    pytest.param('<img src="/a.jpg">', id="element-without-alt"),
])
def test_a_picture_element_not_alone_or_without_alt_is_left_as_printed(line):
    assert markdown_pictures(line) == line
