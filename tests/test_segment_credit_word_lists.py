"""The small word lists of the page-head readers (an update's hour, a day's label, a headline
closed by a day, credits in brackets, credit lines, comment headings, bylines of two writers)
stand in the reference's vocabulary per language, not in the code: each list is there, and the
pattern built from it still matches what it matched with the words written in. Every line is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import _byline_separators
from newsdossier.reference import reference
from vocabcases import assert_word_list, key_language_cases
from newsdossier.segment import (_comment_heading_pattern, _credit_parts, _headline_day_gap, _inline_credit,
                                 _other_day_patterns, _update_own_hour, _writer_and_wires)
from newsdossier.text import fold, fold_same_length

LISTS = {
    "update_hour_leads": ("en", "fr", "es", "vi"),
    "label_day_articles": ("en", "fr", "es", "vi"),
    "headline_day_links": ("en", "fr", "es"),
    "inline_credit_words": ("en", "fr", "es", "vi"),
    "credit_part_conjunctions": ("en", "fr", "es", "vi"),
    "writer_wire_conjunctions": ("en", "fr", "es"),
    "comment_heading_links": ("en", "fr", "es", "vi"),
    "byline_name_conjunctions": ("en", "fr", "es", "vi"),
}


@pytest.mark.parametrize("key, language", key_language_cases(LISTS))
def test_the_word_list_stands_in_the_vocabulary_per_language(key, language):
    assert_word_list(reference().vocabulary, key, language)


@pytest.mark.parametrize("after, found", [
    pytest.param(" At:09:15", True, id="en-at"),
    pytest.param(" à 09h15", True, id="fr-a"),
    pytest.param(" le 09:15", True, id="fr-le"),
    pytest.param(" a las 09:15", True, id="es-a-las"),
    pytest.param(" lúc 09:15", True, id="vi-luc"),
    pytest.param(" 09:15", True, id="no-word"),
    pytest.param(" since 09:15", False, id="other-word"),
])
def test_an_update_label_opening_its_own_hour(after, found):
    assert (_update_own_hour().match(fold_same_length(after).lower()) is not None) is found


@pytest.mark.parametrize("line", [
    pytest.param("Application deadline: the ", id="en-the"),
    pytest.param("Departure on ", id="en-on"),
    pytest.param("Date limite : le ", id="fr-le"),
    pytest.param("Fecha límite: el ", id="es-el"),
    pytest.param("Departure ngày ", id="vi-ngay"),
    pytest.param("Departure ", id="no-article"),
])
def test_a_day_label_and_its_article_close_a_line(line):
    assert _other_day_patterns()[1].search(fold(line)) is not None


def test_a_day_label_and_another_word_do_not_close_a_line():
    assert _other_day_patterns()[1].search(fold("Departure via ")) is None


@pytest.mark.parametrize("before, rest", [
    pytest.param("Harbour Pilots Day - on ", "Harbour Pilots Day", id="en-on"),
    pytest.param("Fête des pilotes : le ", "Fête des pilotes", id="fr-le"),
    pytest.param("Día de los prácticos - del ", "Día de los prácticos", id="es-del"),
    pytest.param("Harbour Pilots Day, ", "Harbour Pilots Day", id="comma-only"),
])
def test_the_gap_before_a_day_closing_a_headline(before, rest):
    assert _headline_day_gap().sub("", before) == rest


@pytest.mark.parametrize("line, who", [
    pytest.param("Boats at dawn (Photo: Jane Roe)", "Jane Roe", id="en-photo"),
    pytest.param("Text (Reporting by Jane Roe)", "Jane Roe", id="en-reporting-by"),
    pytest.param("Texte (Rédigé par Jean Dupont)", "Jean Dupont", id="fr-redige-par"),
    pytest.param("Texto [Con información de Agencia Sur]", "Agencia Sur", id="es-con-informacion-de"),
    pytest.param("Tàu lúc bình minh (Ảnh: Minh Anh)", "Minh Anh", id="vi-anh"),
    pytest.param("Boats at dawn (Seen: Jane Roe)", None, id="none"),
])
def test_a_credit_in_brackets(line, who):
    match = _inline_credit().search(line)
    assert (match["who"] if match else None) == who


@pytest.mark.parametrize("line, parts", [
    pytest.param("Harbour Wire and Coast Agency", ["Harbour Wire", "Coast Agency"], id="en-and"),
    pytest.param("Agence Port et Agence Côte", ["Agence Port", "Agence Côte"], id="fr-et"),
    pytest.param("Agencia Puerto y Agencia Costa", ["Agencia Puerto", "Agencia Costa"], id="es-y"),
    pytest.param("Agencia Puerto e Ibérica", ["Agencia Puerto", "Ibérica"], id="es-e"),
    pytest.param("Cang Wire va Bien Wire", ["Cang Wire", "Bien Wire"], id="vi-va"),
    pytest.param("Harbour Wire / Coast Agency", ["Harbour Wire", "Coast Agency"], id="slash"),
])
def test_the_parts_of_a_credit_line(line, parts):
    assert [p for p in _credit_parts().split(line) if p] == parts


@pytest.mark.parametrize("who, rest", [
    pytest.param("Jane Roe and wires", "wires", id="en-and"),
    pytest.param("Jean Dupont et agences", "agences", id="fr-et"),
    pytest.param("Juan Pérez y agencias", "agencias", id="es-y"),
    pytest.param("Jane Roe with wires", None, id="none"),
])
def test_a_writer_and_the_wires(who, rest):
    match = _writer_and_wires().match(who)
    assert (match["rest"] if match else None) == rest


@pytest.mark.parametrize("heading", [
    pytest.param("4 responses to “Boats at dawn”", id="en-to"),
    pytest.param("Comments on Boats at dawn", id="en-on"),
    pytest.param("3 commentaires sur « Bateaux à l'aube »", id="fr-sur"),
    pytest.param("2 respuestas a «Barcos al alba»", id="es-a"),
    pytest.param("Comentarios en Barcos al alba", id="es-en"),
    pytest.param("Bình luận về Tàu lúc bình minh", id="vi-ve"),
])
def test_a_comment_heading_and_what_it_is_on(heading):
    assert _comment_heading_pattern().fullmatch(fold(heading)) is not None


def test_a_comment_heading_with_another_link_is_none():
    assert _comment_heading_pattern().fullmatch(fold("4 responses from Boats at dawn")) is None


@pytest.mark.parametrize("byline, names", [
    pytest.param("Jane Roe and John Doe", ["Jane Roe", "John Doe"], id="en-and"),
    pytest.param("Jean Dupont et Marie Roy", ["Jean Dupont", "Marie Roy"], id="fr-et"),
    pytest.param("Juan Pérez y Ana Ruiz", ["Juan Pérez", "Ana Ruiz"], id="es-y"),
    pytest.param("Juan Pérez e Inés Ruiz", ["Juan Pérez", "Inés Ruiz"], id="es-e"),
    pytest.param("Minh Anh và Quốc Bảo", ["Minh Anh", "Quốc Bảo"], id="vi-va"),
])
def test_two_writers_of_a_byline(byline, names):
    assert _byline_separators().split(byline)[0::2] == names
