"""The word lists the event reader's dates-in-passing, body and day-gap patterns look for stand
in the reference's vocabulary, not in their code: each list is there, per language, and the
pattern built from it still matches what it matched with the words written in. Every line is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.events import (_also_gap, _at_word_gap, _bare_verb_object, _clause_break, _frame_patterns,
                                _month_lead_pattern, _of_body, _passing_before, _passing_context, _passing_phrase,
                                _year_lead, in_passing)
from newsdossier.reference import reference
from vocabcases import assert_word_list, key_language_cases
from newsdossier.text import fold

LISTS = {
    "passing_context_words": ("en", "fr", "es"),
    "passing_date_openers": ("en", "fr", "es", "vi"),
    "since_phrase_openers": ("en", "fr", "es", "vi"),
    "since_phrase_articles": ("en", "fr", "es", "vi"),
    "until_phrase_openers": ("en", "fr", "es"),
    "of_body_links": ("en", "fr", "es"),
    "of_body_articles": ("en",),
    "also_dated_gap_words": ("en", "fr", "es", "vi"),
    "at_word_prepositions": ("en", "fr", "es", "vi"),
    "month_number_links": ("en", "es"),
    "reporting_frame_fillers": ("en", "fr", "es"),
    "clause_break_conjunctions": ("en", "fr", "es"),
    "bare_verb_object_determiners": ("en",),
    "year_time_prepositions": ("en", "fr", "es", "vi"),
}


@pytest.mark.parametrize("key, language", key_language_cases(LISTS))
def test_the_word_list_stands_in_the_vocabulary_per_language(key, language):
    assert_word_list(reference().vocabulary, key, language)


@pytest.mark.parametrize("sentence, found", [
    pytest.param("The ferry has not sailed since the storm.", True, id="en-since"),
    pytest.param("Patrols resume next week.", True, id="en-next"),
    pytest.param("Le poste restera fermé l'an dernier comme cette année.", True, id="fr-l-an-dernier"),
    pytest.param("La relève arrivera le mois prochain.", True, id="fr-prochain"),
    pytest.param("El puesto será reabierto.", True, id="es-sera"),
    pytest.param("EL AÑO PASADO no hubo patrullas.", True, id="es-any-case"),
    pytest.param("The ferry sailed at dawn.", False, id="none"),
    pytest.param("The willow grew by the river.", False, id="not-inside-a-word"),
])
def test_a_word_setting_the_sentence_in_the_past_or_future(sentence, found):
    assert (_passing_context().search(sentence) is not None) is found


@pytest.mark.parametrize("before, found", [
    pytest.param("The clinic stays open until ", True, id="en-until"),
    pytest.param("The wells should be dug by ", True, id="en-by"),
    pytest.param("Le dispensaire reste ouvert jusqu'au ", True, id="fr-jusqu-au"),
    pytest.param("Les puits seront creusés d'ici ", True, id="fr-d-ici"),
    pytest.param("La clínica seguirá abierta hasta ", True, id="es-hasta"),
    pytest.param("Trạm xá hoạt động từ  năm ", True, id="vi-tu-nam"),
    pytest.param("The clinic opened on ", False, id="none"),
])
def test_a_word_right_before_a_date_in_passing(before, found):
    assert (_passing_before().search(before) is not None) is found


@pytest.mark.parametrize("sentence, date, passing", [
    pytest.param("The clinic stays open until 5 June.", "5 June", True, id="en-until"),
    pytest.param("La clínica seguirá abierta hasta el 5 de junio.", "5 de junio", True, id="es-hasta-el"),
    pytest.param("The clinic opened on 5 June.", "5 June", False, id="en-on"),
])
def test_a_date_after_a_bound_word_is_in_passing(sentence, date, passing):
    assert in_passing(sentence, sentence.index(date)) is passing


@pytest.mark.parametrize("before, opener", [
    pytest.param("since the engineers rebuilt the bridge in ", "since", id="en-since"),
    pytest.param("depuis que les ingénieurs ont reconstruit le pont en ", "depuis", id="fr-depuis"),
    pytest.param("desde que los ingenieros reconstruyeron el puente en ", "desde", id="es-desde"),
    pytest.param("kể từ khi các kỹ sư xây lại cây cầu vào ", "ke tu", id="vi-ke-tu"),
    pytest.param("until the bridge reopens in ", None, id="en-until"),
    pytest.param("jusqu'à la réouverture du pont en ", None, id="fr-jusqu-a"),
    pytest.param("hasta la reapertura del puente en ", None, id="es-hasta"),
])
def test_a_date_inside_a_since_or_until_phrase(before, opener):
    match = _passing_phrase().search(fold(before))
    assert match is not None and match.group(1) == opener


@pytest.mark.parametrize("before", [
    pytest.param("since the ", id="en-the"),
    pytest.param("depuis le ", id="fr-le"),
    pytest.param("desde las ", id="es-las"),
    pytest.param("kể từ ngày ", id="vi-ngay"),
])
def test_a_since_word_before_an_article_opens_no_phrase(before):
    assert _passing_phrase().search(fold(before)) is None


@pytest.mark.parametrize("gap, found", [
    pytest.param(" of the ", True, id="en-of-the"),
    pytest.param(" with ", True, id="en-with"),
    pytest.param(" de la ", True, id="fr-de-la"),
    pytest.param(" de l'", False, id="fr-elided-needs-a-space"),
    pytest.param(" des ", True, id="fr-des"),
    pytest.param(" de los ", True, id="es-de-los"),
    pytest.param(" in the ", False, id="none"),
])
def test_the_gap_between_an_event_and_its_body(gap, found):
    assert (_of_body().fullmatch(fold(gap)) is not None) is found


@pytest.mark.parametrize("after, length", [
    pytest.param(" on friday", 4, id="en-on"),
    pytest.param(" ce vendredi", 4, id="fr-ce"),
    pytest.param(" este viernes", 6, id="es-este"),
    pytest.param(" vào thứ sáu", 5, id="vi-vao"),
    pytest.param(" friday", 1, id="none"),
])
def test_the_gap_after_a_word_of_addition(after, length):
    assert _also_gap().match(after).end() == length


@pytest.mark.parametrize("sentence, noun, day", [
    pytest.param("the raid on Friday", "raid", "Friday", id="en-on"),
    pytest.param("the patrol base on 6 November", "patrol", "6 November", id="en-compound-head"),
    pytest.param("le raid du 6 novembre", "raid", "6 novembre", id="fr-du"),
    pytest.param("la incursión del viernes", "incursión", "viernes", id="es-del"),
    pytest.param("cuộc đột kích ngày 6/11", "kích", "6/11", id="vi-ngay"),
    pytest.param("the raid, Friday", "raid", "Friday", id="comma-only"),
])
def test_the_gap_between_an_event_noun_and_its_day(sentence, noun, day):
    end = sentence.index(noun) + len(noun)
    assert _at_word_gap().match(sentence, end).end() == sentence.index(day)


@pytest.mark.parametrize("language, text, alone", [
    pytest.param("en", "the ferry sailed in march", True, id="en-alone"),
    pytest.param("en", "the ferry sailed in march of 2019", False, id="en-of-year"),
    pytest.param("es", "el ferry zarpo en marzo", True, id="es-alone"),
    pytest.param("es", "el ferry zarpo en marzo de 2019", False, id="es-de-year"),
    pytest.param("es", "el ferry zarpo en marzo del 2019", False, id="es-del-year"),
])
def test_a_month_alone_unless_a_link_word_and_number_follow(language, text, alone):
    pattern, _names = _month_lead_pattern(language)
    assert (pattern.search(text) is not None) is alone


@pytest.mark.parametrize("before, reporter", [
    pytest.param("according to the ", True, id="en-the"),
    pytest.param("according to agency ", True, id="en-agency"),
    pytest.param("selon l'", True, id="fr-l"),
    pytest.param("selon une ", True, id="fr-une"),
    pytest.param("segun la ", True, id="es-la"),
    pytest.param("according to many ", False, id="other-word"),
])
def test_a_filler_between_a_reporting_frame_and_its_actor(before, reporter):
    assert (_frame_patterns()[0].search(fold(before)) is not None) is reporter


@pytest.mark.parametrize("gap, broken", [
    pytest.param(" the camp burned and the crew", True, id="en-and"),
    pytest.param(" le camp a brûlé et les gardes", True, id="fr-et"),
    pytest.param(" el campo ardió y los guardias", True, id="es-y"),
    pytest.param(" the camp burned, the crew", True, id="comma"),
    pytest.param(" the camp burned with the crew", False, id="none"),
    pytest.param(" the sandy road", False, id="not-inside-a-word"),
])
def test_a_break_of_the_clause(gap, broken):
    assert (_clause_break().search(gap) is not None) is broken


@pytest.mark.parametrize("after, opens", [
    pytest.param(" the depot", True, id="the"),
    pytest.param(" their depot", True, id="their"),
    pytest.param(" Malakal", True, id="capital"),
    pytest.param(" survivors", False, id="bare-noun"),
    pytest.param(" them", False, id="the-inside-a-word"),
])
def test_an_object_opening_after_a_bare_verb(after, opens):
    assert (_bare_verb_object().match(after) is not None) is opens


@pytest.mark.parametrize("before, lead", [
    pytest.param("The well was dug in ", True, id="en-in"),
    pytest.param("Le puits a été creusé en ", True, id="fr-en"),
    pytest.param("El pozo fue excavado en ", True, id="es-en"),
    pytest.param("Giếng được đào năm ", True, id="vi-nam"),
    pytest.param("The well has stood since ", False, id="since"),
])
def test_a_word_naming_a_year_as_a_time(before, lead):
    assert (_year_lead().search(before) is not None) is lead
