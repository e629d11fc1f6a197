"""The small word lists of the date grammar (the words joining two days, a day to its month, a
weekday to its date; the leads of a month named alone) stand in the reference's dates.yaml, per
language, not in the code: each list is there, and the patterns built from it still match what
they matched with the words written in. Every line is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import _day_month_link_gap, _patterns, _printed_weekday_patterns, _this_before_weekday
from newsdossier.reference import reference
from vocabcases import assert_word_list, key_language_cases
from newsdossier.text import fold, fold_same_length

TABLES = {
    "span_day_endings": ("en", "fr"),
    "day_month_links": ("en", "fr", "es"),
    "day_range_words": ("en", "fr", "es"),
    "cross_month_range_words": ("en", "fr", "es"),
    "cross_month_articles": ("en", "fr", "es"),
    "day_slash_month_words": ("en", "fr", "es", "vi"),
    "month_alone_leads": ("en", "fr", "es"),
    "this_before_weekday": ("en", "fr", "es"),
    "weekday_date_articles": ("fr", "es", "vi"),
    "month_span_joiners": ("vi",),
    "month_part_words": ("vi",),
}


@pytest.mark.parametrize("key, language", key_language_cases(TABLES))
def test_the_word_table_stands_in_dates_yaml_per_language(key, language):
    assert_word_list(reference().date_words, key, language)


@pytest.mark.parametrize("text, day, day2", [
    pytest.param("the wells were dug 4 to 6 March 2020", "4", "6", id="en-to"),
    pytest.param("the wells were dug 4 and 6th March 2020", "4", "6", id="en-and-ending"),
    pytest.param("les puits ont été creusés du 4 au 6 mars 2020", "4", "6", id="fr-au"),
    pytest.param("les puits ont été creusés les 4 et 6 mars 2020", "4", "6", id="fr-et"),
    pytest.param("los pozos se cavaron del 4 al 6 de marzo de 2020", "4", "6", id="es-al"),
    pytest.param("los pozos se cavaron el 4 y 6 de marzo de 2020", "4", "6", id="es-y"),
    pytest.param("los pozos se cavaron de 4 a 6 de marzo de 2020", "4", "6", id="es-a"),
])
def test_two_days_of_one_month(text, day, day2):
    match = _patterns()["day_month"].search(fold_same_length(text))
    assert match is not None and (match["day"], match["day2"]) == (day, day2)


@pytest.mark.parametrize("text, day", [
    pytest.param("the camp closed on the 9th of April 2021", "9", id="en-of"),
    pytest.param("el campamento cerró el 9 de abril de 2021", "9", id="es-de"),
])
def test_a_day_joined_to_its_month(text, day):
    match = _patterns()["day_month"].search(fold_same_length(text))
    assert match is not None and match["day"] == day and match["year"] == "2021"


@pytest.mark.parametrize("after, length", [
    pytest.param(" of last year", 4, id="en-of"),
    pytest.param(", de l'an passé", 5, id="fr-de"),
    pytest.param(" last year", 1, id="none"),
])
def test_the_gap_after_a_period_word(after, length):
    assert _day_month_link_gap().match(fold(after)).end() == length


@pytest.mark.parametrize("text, day2", [
    pytest.param("from 30 April to the 2nd of May 2019", "2", id="en-to-the"),
    pytest.param("du 30 avril au 1er mai 2019", "1", id="fr-au-er"),
])
def test_two_days_of_two_months(text, day2):
    match = _patterns()["cross_month"].search(fold_same_length(text))
    assert match is not None and match["day"] == "30" and match["day2"] == day2


@pytest.mark.parametrize("text, word", [
    pytest.param("the ferry left on 21/9", "on", id="en-on"),
    pytest.param("le ferry est parti le 21/9", "le", id="fr-le"),
    pytest.param("un convoi du 21/9", "du", id="fr-du"),
    pytest.param("el ferry zarpó el 21/9", "el", id="es-el"),
    pytest.param("phà rời bến ngày 21/9", "ngay", id="vi-ngay"),
])
def test_a_word_before_a_day_and_month_in_figures(text, word):
    match = _patterns()["day_slash_month"].search(fold_same_length(text))
    assert match is not None and match["word"] == word


@pytest.mark.parametrize("text, found", [
    pytest.param("the rains came in early may", True, id="en-in-early"),
    pytest.param("the rains came in mid-may", True, id="en-in-mid"),
    pytest.param("les pluies sont arrivées début mai", True, id="fr-debut"),
    pytest.param("les pluies durent depuis mai", True, id="fr-depuis"),
    pytest.param("las lluvias llegaron a mediados de mayo", True, id="es-a-mediados-de"),
    pytest.param("las lluvias duran desde mayo", True, id="es-desde"),
    pytest.param("the rains came with may", False, id="none"),
])
def test_a_month_named_alone_after_a_lead(text, found):
    assert (_patterns()["month_alone"].search(fold_same_length(text)) is not None) is found


@pytest.mark.parametrize("before, found", [
    pytest.param("the convoy leaves this ", True, id="en-this"),
    pytest.param("le convoi part ce ", True, id="fr-ce"),
    pytest.param("le convoi part cette ", True, id="fr-cette"),
    pytest.param("el convoy sale este ", True, id="es-este"),
    pytest.param("el convoy sale esta ", True, id="es-esta"),
    pytest.param("the convoy leaves on ", False, id="none"),
    pytest.param("the convoy leaves l'este ", False, id="after-an-apostrophe"),
])
def test_this_before_a_weekday(before, found):
    assert (_this_before_weekday().search(before) is not None) is found


@pytest.mark.parametrize("before", [
    pytest.param("vendredi le ", id="fr-le"),
    pytest.param("viernes el ", id="es-el"),
    pytest.param("Thứ Sáu, ngày ", id="vi-ngay"),
    pytest.param("Friday, ", id="none-needed"),
])
def test_a_weekday_before_its_date(before):
    assert _printed_weekday_patterns()[0].search(fold(before)) is not None


def test_a_weekday_with_another_word_before_its_date():
    assert _printed_weekday_patterns()[0].search(fold("viernes por ")) is None


@pytest.mark.parametrize("text, second", [
    pytest.param("mùa mưa kéo dài từ tháng 6 đến tháng 9", "9", id="vi-den"),
    pytest.param("mùa mưa vào tháng 6 và tháng 7", "7", id="vi-va"),
    pytest.param("mùa mưa từ tháng 6 tới cuối tháng 8", "8", id="vi-toi-cuoi"),
    pytest.param("mùa mưa từ tháng 6 - giữa tháng 8", "8", id="vi-dash-giua"),
    pytest.param("mùa mưa tháng 6 hoặc tháng 7", None, id="other-word"),
])
def test_a_span_of_two_months_in_vietnamese(text, second):
    match = _patterns()["vi_month"].search(fold_same_length(text))
    assert match is not None and match["mnum2"] == second
