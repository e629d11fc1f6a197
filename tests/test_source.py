"""The outlet a page's own furniture names: a copyright line (known outlet or not) and a line
sending the reader on to another outlet's page. Lines written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import copyright_holder, extract
from newsdossier.segment import segment


@pytest.mark.parametrize(("line", "holder"), [
    pytest.param("<Copyright ⓒ The Mekong Defence Weekly, All rights reserved>", "The Mekong Defence Weekly", id="en-bracketed-circled-c"),
    pytest.param("Copyright © 2020 Daily Sahel Post | Powered by WordPress", "Daily Sahel Post", id="en-year-and-powered-by"),
    pytest.param("© 2019-2021 Le Journal du Fleuve. Tous droits réservés.", "Le Journal du Fleuve", id="fr-year-range"),
    pytest.param("Todos los derechos reservados © El Diario Andino 2022", "El Diario Andino", id="es-reserved-first"),
    pytest.param("Bản quyền thuộc về Báo Biên Phòng Miền Trung", "Báo Biên Phòng Miền Trung", id="vi-ban-quyen-thuoc-ve"),
    pytest.param("(c) 2015 Agence de presse du Sahel, tous droits réservés", "Agence de presse du Sahel", id="fr-c-in-brackets"),
])
def test_a_copyright_line_names_its_holder(line, holder):
    assert copyright_holder(line) == holder


@pytest.mark.parametrize("line", [
    pytest.param("Copyright 2024", id="a-year-alone"),
    pytest.param("All rights reserved.", id="no-holder"),
    pytest.param("The copyright of the photos was disputed by the mission.", id="a-sentence-about-copyright"),
    pytest.param("Les casques bleus ont patrouillé à Gao.", id="no-copyright-line"),
])
def test_no_holder_where_the_line_names_none(line):
    assert copyright_holder(line) is None


BODY = "Les casques bleus ont patrouillé à Gao le 3 mars 2022 avec les forces maliennes."


@pytest.mark.parametrize(("last_line", "source"), [
    pytest.param("<Copyright ⓒ The Mekong Defence Weekly, All rights reserved>", "The Mekong Defence Weekly", id="copyright-unknown-outlet"),
    pytest.param("... suite de l'article sur Radio Okapi", "Radio Okapi", id="fr-suite-sur-known-outlet"),
    pytest.param("Read the full story on Radio Okapi", "Radio Okapi", id="en-full-story-on"),
    pytest.param("Seguir leyendo en Radio Okapi", "Radio Okapi", id="es-seguir-leyendo-en"),
])
def test_the_page_furniture_names_the_source_and_is_not_the_article(last_line, source):
    text = f"Patrouille à Gao\n\n{BODY}\n\n{last_line}\n"
    assert last_line not in segment(text).paragraphs and f"## {last_line}" not in segment(text).paragraphs
    assert extract(text).fields["source"] == source


def test_the_copyright_of_a_photo_is_not_the_publisher():
    text = f"Patrouille à Gao\n\n{BODY}\n\n© Photo Jean Dupont / Mekong Defence Weekly\n"
    assert extract(text).fields["source"] == ""
