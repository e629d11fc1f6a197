"""The outlet a page's own furniture names: a copyright line (known outlet or not) and a line
sending the reader on to another outlet's page. Lines written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import copyright_holder, extract
from newsdossier.segment import credit_line, segment


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


@pytest.mark.parametrize("line", [
    pytest.param("©" + " " * 8000 + "x", id="a-long-run-of-spaces"),
    pytest.param("Copyright " + "word " * 2000, id="a-long-paragraph"),
])
def test_a_long_line_is_no_copyright_line_and_is_read_at_once(line):
    assert copyright_holder(line) is None


@pytest.mark.parametrize(("line", "outlet"), [
    pytest.param("(with AFP)", "AFP", id="en-with-in-brackets"),
    pytest.param("Avec AFP et Reuters", "AFP", id="fr-avec-two-outlets"),
    pytest.param("Con información de EFE.", "EFE", id="es-con-informacion-de"),
    pytest.param("Theo TTXVN", "TTXVN", id="vi-theo"),
    pytest.param("Nguồn tin: VOV", "VOV", id="vi-nguon-tin"),
    pytest.param("— Reuters", "Reuters", id="a-dash-and-an-outlet"),
])
def test_a_line_crediting_outlets_names_the_first(line, outlet):
    assert credit_line(line) == outlet


@pytest.mark.parametrize("line", [
    pytest.param("With the troops in Gao", id="en-with-a-place"),
    pytest.param("Theo kế hoạch của Bộ Quốc phòng", id="vi-theo-a-plan"),
    pytest.param("Avec AFP et le ministère de la Défense", id="fr-an-outlet-and-a-body"),
    pytest.param("AFP reported that three peacekeepers were wounded in the attack near Gao on Monday", id="a-sentence"),
])
def test_a_line_naming_more_than_outlets_is_no_credit_line(line):
    assert credit_line(line) is None


@pytest.mark.parametrize(("last_line", "source"), [
    pytest.param("(with AFP)", "Agence France-Presse", id="en-with"),
    pytest.param("Con información de EFE.", "Agencia EFE", id="es-con-informacion-de"),
    pytest.param("Theo VOV", "Voice of Vietnam", id="vi-theo-a-title-case-line"),
])
def test_a_credit_line_at_the_end_names_the_source_and_is_not_the_text(last_line, source):
    text = f"Patrouille à Gao\n\n{BODY}\n\n{last_line}\n"
    layout = segment(text)
    assert last_line in layout.boilerplate and last_line not in layout.captions
    assert extract(text).fields["source"] == source


@pytest.mark.parametrize(("printed", "footer", "title", "source"), [
    pytest.param("Casques bleus de retour à Niamey – Sahel Tribune", "© 2022 Sahel Tribune. Tous droits réservés.",
                 "Casques bleus de retour à Niamey", "Sahel Tribune", id="fr-copyright-names-the-site"),
    pytest.param("Regresan los cascos azules de Haití - El Diario Andino", "Todos los derechos reservados © El Diario Andino 2022",
                 "Regresan los cascos azules de Haití", "El Diario Andino", id="es-copyright-names-the-site"),
    # A name that reads as an outlet's (a newspaper's word: "Courier", "Tribune") leaves the
    # title even where the page names another outlet or none; the source stays as the page names it.
    pytest.param("Peacekeepers return home from Gao - Eastern Courier", "© 2022 Sahel Tribune. All rights reserved.",
                 "Peacekeepers return home from Gao", "Sahel Tribune", id="another-outlet-name-leaves-the-title"),
    # the title bar as the page's only headline line names the site even where nothing else
    # does (segment.headline_site; this case once asserted no outlet)
    pytest.param("Peacekeepers return home from Gao - Sahel Tribune", "", "Peacekeepers return home from Gao",
                 "Sahel Tribune", id="no-outlet-named-elsewhere"),
    # words after a dash that name no outlet stay
    pytest.param("Peacekeepers return home from Gao - and from Kidal", "© 2022 Sahel Tribune. All rights reserved.",
                 "Peacekeepers return home from Gao - and from Kidal", "Sahel Tribune", id="a-clause-is-kept"),
])
def test_the_outlet_after_the_headline_is_cut_where_the_page_names_it(printed, footer, title, source):
    text = f"{printed}\n\n{BODY}\n\n{footer}\n"
    fields = extract(text).fields
    assert (fields["title"], fields["source"]) == (title, source)


def test_the_site_name_of_a_title_bar_is_the_source_when_nothing_else_names_one():
    text = f"Casques bleus de retour à Niamey – Le Courrier du Fleuve\n\nCasques bleus de retour à Niamey\n\n{BODY}\n"
    fields = extract(text).fields
    assert (fields["title"], fields["source"]) == ("Casques bleus de retour à Niamey", "Le Courrier du Fleuve")


@pytest.mark.parametrize(("line", "source"), [
    pytest.param("https://www.radiookapi.net/2022/03/03/actualite/casques-bleus", "Radio Okapi", id="the-page-address-alone"),
    pytest.param("Source: https://www.radiookapi.net/2022/03/03/actualite/casques-bleus", "Radio Okapi", id="a-source-label-with-an-address"),
    pytest.param("Nguồn: https://vov.vn/quan-su/bai-viet.html", "Voice of Vietnam", id="vi-source-label-with-an-address"),
    pytest.param("Fuente: https://www.ejemplo-andino.com.uy/nota/2022/03/03", "ejemplo-andino.com.uy", id="an-unknown-host-as-printed"),
])
def test_a_web_address_printed_in_the_text_names_its_outlet(line, source):
    text = f"Patrouille à Gao\n\n{BODY}\n\n{line}\n"
    layout = segment(text)
    assert not any("http" in para for para in layout.paragraphs)
    assert extract(text).fields["source"] == source
