"""Writers credited under the text by a label that names them only with its colon ("Thực hiện:
Minh Anh – Quốc Bảo", "Texto: Ana Gómez", "Réalisation : Jean Dupont"), and two writers' names
joined by a spaced dash, are the article's authors; the same word opening a sentence
("Thực hiện chỉ đạo ...") credits nobody, and a dash before a place or an outlet joins no
second writer. Two outlets the reference lists (a Spanish agency's sign-off, a Vietnamese
paper's masthead named by an aggregator) are read as the page's source.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(language: str, *tail: str) -> str:
    return "\n\n".join([HEADLINE[language], LEAD[language], MORE[language], *tail])


@pytest.mark.parametrize(("language", "credit", "authors"), [
    ("vi", "Thực hiện: Minh Anh", ["Minh Anh"]),
    ("vi", "Thực hiện: Minh Anh – Quốc Bảo", ["Minh Anh", "Quốc Bảo"]),
    ("es", "Texto: Ana Gómez — Luis Ortega", ["Ana Gómez", "Luis Ortega"]),
    ("fr", "Réalisation : Jean Dupont", ["Jean Dupont"]),
    ("en", "Reporting: Jane Roe", ["Jane Roe"]),
    ("vi", "Tác giả: Minh Anh – Quốc Bảo", ["Minh Anh", "Quốc Bảo"]),
])
def test_a_colon_credit_under_the_text_names_the_writers(language, credit, authors):
    assert extract(_page(language, credit)).fields["authors"] == authors


@pytest.mark.parametrize(("language", "sentence"), [
    ("vi", "Thực hiện chỉ đạo của Bộ Quốc phòng, đơn vị đã khám bệnh cho người dân địa phương."),
    ("es", "Texto íntegro del comunicado publicado por la misión."),
])
def test_the_same_word_opening_a_sentence_credits_nobody(language, sentence):
    assert extract(_page(language, sentence)).fields["authors"] == []


@pytest.mark.parametrize(("credit", "authors"), [
    ("By Jane Roe – Reuters", ["Jane Roe"]),
    ("Par Jean Dupont – Bamako", ["Jean Dupont – Bamako"]),
])
def test_a_dash_before_an_outlet_or_a_place_joins_no_second_writer(credit, authors):
    assert extract(_page("en", credit)).fields["authors"] == authors


@pytest.mark.parametrize(("language", "text", "source"), [
    ("es", _page("es", "(SERVIMEDIA)", "12 Mar 2019"), "Servimedia"),
    ("vi", "\n\n".join(["Báo Giáo dục & Thời đại,", HEADLINE["vi"], LEAD["vi"], MORE["vi"]]), "Giáo dục & Thời đại"),
    ("vi", _page("vi", "Nguồn: GD&TĐ"), "Giáo dục & Thời đại"),
])
def test_listed_outlets_are_the_pages_source(language, text, source):
    assert extract(text).fields["source"] == source
