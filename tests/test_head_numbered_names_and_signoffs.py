"""Page-head cases of unseen pages: an outlet whose name holds a number (a station's "K17", a
military region's paper "Báo Quân khu 4") printed in its copyright line or as its masthead
above the menu; a news agency's sign-off alone under the last paragraph of a republished
dispatch, over the copying site's own copyright line; a topics label without a colon
("Temas en este artículo", "Chủ đề") whose tags are no writer's signature; a blog whose post
footer names the page's first line as the poster ("Posted by <first line> at 8:41 AM").

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import copyright_holder, extract


# a last paragraph of the text, long enough to read as running prose
_LAST = {
    "en": "The council is to discuss the future of the mission and its troops at a meeting in New York next month.",
    "fr": "Le Conseil doit examiner l'avenir de la mission et de ses troupes lors d'une réunion à New York le mois prochain.",
    "es": "El Consejo debe examinar el futuro de la misión y de sus tropas en una reunión en Nueva York el mes próximo.",
    "vi": "Hội đồng sẽ thảo luận về tương lai của phái bộ và các binh sĩ tại một cuộc họp ở New York vào tháng tới.",
}


def _page(language: str, *, top: tuple[str, ...] = (), bottom: tuple[str, ...] = ()) -> str:
    return "\n".join([*top, _HEAD[language], _LEAD[language], _MORE[language], *bottom])


@pytest.mark.parametrize(("line", "holder"), [
    ("© K17 - Todos los derechos reservados", "K17"),
    ("© 2024 K17. All rights reserved.", "K17"),
    ("Copyright © 2023 TV9", "TV9"),
    ("© R7 Tous droits réservés", "R7"),
    # (must not change) a year or a number alone names no holder
    ("© 2024", None),
    ("© 2021 - 2024", None),
])
def test_a_copyright_holder_of_capitals_and_digits(line, holder):
    assert copyright_holder(line) == holder


@pytest.mark.parametrize(("language", "footer", "source"), [
    ("es", "© K17 - Todos los derechos reservados", "K17"),
    ("en", "© 2024 K17. All rights reserved.", "K17"),
    ("fr", "© R7 Tous droits réservés", "R7"),
])
def test_a_station_named_with_digits_in_the_copyright_line_is_the_source(language, footer, source):
    assert extract(_page(language, bottom=("Compartir", footer))).fields["source"] == source


@pytest.mark.parametrize(("language", "top", "source"), [
    ("vi", ("BÁO QUÂN KHU 4", "TRANG CHỦ", "THỜI SỰ", "THẾ GIỚI", "KINH TẾ"), "BÁO QUÂN KHU 4"),
    ("es", ("La Brújula 13", "Actualidad", "Política", "Deportes", "Cultura"), "La Brújula 13"),
    ("en", ("K17", "Home", "News", "World", "Politics"), "K17"),
    ("fr", ("Horizon Sahel 7", "Accueil", "Politique", "Société", "Économie"), "Horizon Sahel 7"),
    # (must not change) a date, a year or a clock printed first is no masthead
    ("en", ("15/04/2025", "Home", "News", "World", "Politics"), ""),
    ("es", ("Martes 2025", "Actualidad", "Política", "Deportes"), ""),
    ("fr", ("08:41", "Accueil", "Politique", "Société"), ""),
])
def test_a_masthead_whose_name_holds_a_number_names_the_outlet(language, top, source):
    fields = extract(_page(language, top=top)).fields
    assert fields["source"] == source
    assert fields["title"] == _HEAD[language]


@pytest.mark.parametrize(("language", "signoff", "heading", "footer", "source"), [
    ("fr", "AFP", "Articles similaires", "© Horizon Sahel 2024", "Agence France-Presse"),
    ("en", "(Reuters)", "Related", "© 2024 Ridgeline Dispatch. All rights reserved.", "Reuters"),
    ("es", "Con información de EFE", "Más noticias", "© La Brújula - Todos los derechos reservados", "Agencia EFE"),
    ("vi", "Theo TTXVN", "Tin khác", "© Bản quyền thuộc về Ánh Dương Online", "Vietnam News Agency"),
])
def test_an_agency_signoff_under_the_text_outranks_the_sites_copyright_line(language, signoff, heading, footer, source):
    assert extract(_page(language, bottom=(_LAST[language], signoff, heading, footer))).fields["source"] == source


@pytest.mark.parametrize(("language", "bottom", "source"), [
    # (must not change) a paragraph of the text after the credit: a picture's, no sign-off
    ("fr", ("AFP", "Les deux pays ont promis de coopérer avec la mission dans les semaines à venir.",
            "© Horizon Sahel 2024"), "Horizon Sahel"),
    # (must not change) an outlet credited under the text that is no agency
    ("fr", ("Avec RFI", "Articles similaires", "© Horizon Sahel 2024"), "Horizon Sahel"),
    # a credit of two agencies: the site wrote the story from both, no one agency's dispatch
    ("fr", (_LAST["fr"], "Avec AFP et Reuters", "Articles similaires", "© Horizon Sahel 2024"), "Horizon Sahel"),
    ("es", (_LAST["es"], "Con información de EFE y AFP", "Más noticias", "© La Brújula - Todos los derechos reservados"), "La Brújula"),
    ("en", (_LAST["en"], "(With AFP, Reuters)", "Related", "© 2024 Ridgeline Dispatch. All rights reserved."), "Ridgeline Dispatch"),
])
def test_a_credit_that_is_no_agency_signoff_leaves_the_copyright_line(language, bottom, source):
    assert extract(_page(language, bottom=bottom)).fields["source"] == source


@pytest.mark.parametrize(("language", "label", "tags"), [
    ("es", "Temas en este artículo", ("Fuerzas Armadas", "Congo")),
    ("en", "Topics", ("Blue Helmets", "South Sudan")),
    ("fr", "Sujets associés", ("Forces Armées", "Mali")),
    ("vi", "Từ khóa", ("Quân Đội", "Nam Sudan")),
])
def test_the_tags_under_a_topics_label_are_no_writers_signature(language, label, tags):
    fields = extract(_page(language, bottom=(_LAST[language], label, *tags))).fields
    assert fields["authors"] == []
    assert fields["title"] == _HEAD[language]


@pytest.mark.parametrize(("language", "name"), [
    # (must not change) a writer's name signing the text, no label above it
    ("es", "Marta Ibáñez"),
    ("fr", "Jean Dupont"),
])
def test_a_signature_with_no_topics_label_stays_the_writers(language, name):
    assert extract(_page(language, bottom=(_LAST[language], name))).fields["authors"] == [name]


@pytest.mark.parametrize(("language", "first", "footer", "source"), [
    ("en", "Ridgeline Defence Journal", "Posted by Ridgeline Defence Journal at 4/15/2025 08:41:00 AM", "Ridgeline Defence Journal"),
    ("fr", "Horizon Sahel Défense", "Publié par Horizon Sahel Défense à 10:15", "Horizon Sahel Défense"),
    ("es", "Brújula Militar", "Publicado por Brújula Militar a las 10:15", "Brújula Militar"),
    ("vi", "Góc Nhìn Quân Sự", "Đăng bởi Góc Nhìn Quân Sự lúc 10:15", "Góc Nhìn Quân Sự"),
    # (must not change) a writer posting, not the site's name: no outlet from the post footer
    ("en", "Ridgeline Defence Journal", "Posted by Jane Roe at 4/15/2025 08:41:00 AM", ""),
])
def test_a_blog_posting_under_its_first_lines_name_is_the_source(language, first, footer, source):
    text = "\n".join([first, "Home", "Army", "Navy", _HEAD[language], _LEAD[language], _LAST[language], footer])
    assert extract(text).fields["source"] == source


@pytest.mark.parametrize(("language", "name", "slogan", "source"), [
    ("fr", "L'Écho du Fleuve", "Hebdomadaire d'informations générales", "L'Écho du Fleuve"),
    ("en", "Harbour Courier", "The daily of the coast since 1990", "Harbour Courier"),
    ("es", "Brújula Sur", "El diario de la frontera", "Brújula Sur"),
    ("vi", "Ánh Dương", "Tạp chí của người lính", "Ánh Dương"),
    # (must not change) a writer's name above the word of his trade, no slogan
    ("fr", "Jean Dupont", "Journaliste", ""),
    # (must not change) a news agency above a line of that kind: its credit, as before
    ("fr", "AFP", "Le quotidien de la région", "Agence France-Presse"),
])
def test_a_name_above_the_sites_slogan_is_the_source(language, name, slogan, source):
    text = "\n".join([_HEAD[language], _LEAD[language], _LAST[language], "Facebook", "WhatsApp", name, slogan])
    fields = extract(text).fields
    assert fields["source"] == source
    if source == name:
        assert fields["authors"] == []  # the site's name, no writer signing the text


@pytest.mark.parametrize(("language", "writer", "item"), [
    # a menu's item of a publication's kind word alone, or that word before a capitalised
    # name (a publication's name): no slogan, so the name above it signs the text
    ("fr", "Jean Dupont", "Magazine"),
    ("fr", "Jean Dupont", "Le Magazine"),
    ("en", "Jane Roe", "Magazine"),
    ("es", "Ana Ruiz", "Revista"),
    ("en", "Jane Roe", "Daily News Digest"),
])
def test_a_kind_of_publication_word_with_no_slogan_after_it_leaves_the_writer(language, writer, item):
    fields = extract("\n".join([_HEAD[language], _LEAD[language], _LAST[language], writer, item, "Sport"])).fields
    assert (fields["authors"], fields["source"]) == ([writer], "")
