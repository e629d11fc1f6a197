"""The article lists the page-head, date, name and quote readers look for stand in the
reference data (vocabulary.yaml, quotes.yaml), not in their code: each list is there, per
language, and the readers built from it still match what they matched with the words written
in. Every line is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.entities import _after_definite_article
from newsdossier.extract import _anniversary_pattern, _printed_as_acronym, _this_day_pattern, _today_pattern
from newsdossier.quotes import _glued_pronoun_pattern, quote_words
from newsdossier.reference import reference
from newsdossier.text import fold


@pytest.mark.parametrize("key", [
    "outlet_name_articles", "acronym_articles", "relative_day_date_articles", "this_weekday_date_articles",
    "anniversary_number_endings", "definite_articles_before_name",
])
def test_the_article_list_stands_in_the_vocabulary_per_language(key):
    table = reference().vocabulary.get(key)
    assert isinstance(table, dict) and table
    assert all(isinstance(words, list) and words and all(isinstance(w, str) and w for w in words)
               for words in table.values())


def test_the_inverted_pronouns_stand_in_the_quote_words():
    pronouns = quote_words().get("inverted_subject_pronouns") or {}
    assert pronouns.get("fr") and all(isinstance(w, str) and w for w in pronouns["fr"])


@pytest.mark.parametrize("text, glued", [
    pytest.param("a-t-il dit", True, id="a-t-il"),
    pytest.param("ajoute-t-elle", True, id="ajoute-t-elle"),
    pytest.param("disent-ils", True, id="disent-ils"),
    pytest.param("dit-elles", True, id="dit-elles"),
    pytest.param("sous-titre", False, id="no-pronoun"),
    pytest.param("dit-ilot", False, id="pronoun-inside-a-word"),
])
def test_a_pronoun_glued_to_its_verb(text, glued):
    assert (_glued_pronoun_pattern().match(text) is not None) is glued


@pytest.mark.parametrize("name, paragraph, expected", [
    pytest.param("CNDH", "un rapport de la CNDH publié hier", True, id="fr-de-la"),
    pytest.param("CNDH", "selon l’CNDH, rien", True, id="fr-elided"),
    pytest.param("CONRED", "según los datos del CONRED", True, id="es-del"),
    pytest.param("HERALD", "the HERALD reported", True, id="en-the"),
    pytest.param("HERALD", "HERALD reported", False, id="none"),
])
def test_an_acronym_after_an_article(name, paragraph, expected):
    assert _printed_as_acronym(name, [paragraph]) is expected


@pytest.mark.parametrize("sentence, name, language, expected", [
    pytest.param("selon la Cheffe de la mission", "Cheffe", "fr", True, id="fr-la"),
    pytest.param("a parlé au Conseil hier", "Conseil", "fr", True, id="fr-au"),
    pytest.param("dijo el Comandante", "Comandante", "es", True, id="es-el"),
    pytest.param("met the Chief of Staff", "Chief", "en", True, id="en-the"),
    pytest.param("a parlé à Marie Dupont", "Marie", "fr", False, id="fr-none"),
])
def test_a_name_after_a_definite_article(sentence, name, language, expected):
    assert _after_definite_article(sentence, sentence.index(name), language) is expected


@pytest.mark.parametrize("text, found", [
    pytest.param("the 75th anniversary of", True, id="en-th"),
    pytest.param("le 75eme anniversaire de", True, id="fr-eme"),
    pytest.param("el 75o aniversario de", True, id="es-o"),
    pytest.param("the 75xy anniversary of", False, id="no-ending"),
])
def test_an_ordinal_ending_before_an_anniversary(text, found):
    assert (_anniversary_pattern().search(fold(text)) is not None) is found


@pytest.mark.parametrize("before", [
    pytest.param("today, on ", id="en-on"),
    pytest.param("aujourd'hui mardi le ", id="fr-le"),
    pytest.param("hoy martes el ", id="es-el"),
])
def test_a_word_for_today_and_an_article_before_a_date(before):
    assert _today_pattern().search(fold(before).lower())


@pytest.mark.parametrize("before", [
    pytest.param("ce lundi le ", id="fr-le"),
    pytest.param("este lunes el ", id="es-el"),
])
def test_this_weekday_and_an_article_before_a_date(before):
    assert _this_day_pattern().search(fold(before).lower())
