"""Quotes: a title written as a contraction the article defines for it in brackets, a capital
then small letters opening as a title word of the phrase does ("le ministre de la Défense
(Mindef), X", "the Defence Minister (Mindef), X"), stands for the title's holder, as an
abbreviation in capitals does ("the Special Representative (SRSG)"); so it does as the subject
of a verb inverted after a quotation ("« ... », a martelé le Mindef", "«...», afirmó el
Mindef", '"...," said the SRSG'). A word in brackets that contracts no title word of the
phrase (a place: "le ministre (Bamako)") defines nothing. Every sentence here is written for
these tests."""
from __future__ import annotations

import re
import time

import pytest

from newsdossier.quotes import _inverted_verb_pattern, _title_contraction
from test_quotes_unseen_kinds import last_quote


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("fr", ["Le ministre de la Défense (Mindef), Paul Dufour, a présidé la cérémonie lundi.",
                            "\u00ab Je transmets nos vives félicitations à tout le bataillon \u00bb, a martelé le Mindef."],
                     "Paul Dufour", id="fr-inverted"),
        pytest.param("fr", ["Le ministre délégué à la présidence chargé de la Défense (Mindef), Paul Dufour, a présidé la cérémonie.",
                            "« Je transmets nos vives félicitations à tout le bataillon », a martelé le Mindef."],
                     "Paul Dufour", id="fr-long-title-phrase"),
        pytest.param("es", ["El ministro de Defensa (Mindef), Juan Pérez, presidió la ceremonia el lunes.",
                            "\u00abTransmito mis felicitaciones a todo el batallón\u00bb, afirmó el Mindef."],
                     "Juan Pérez", id="es-inverted"),
        pytest.param("en", ["The Defence Minister (Mindef), Jane Roe, led the ceremony on Monday.",
                            "\u201cI send my congratulations to the whole battalion,\u201d the Mindef said."],
                     "Jane Roe", id="en-subject-first"),
        pytest.param("en", ["The Special Representative (SRSG), Helga Brandt Olsen, met the governor in Bria on Monday.",
                            "\u201cThe road to the camp will reopen on Friday,\u201d said the SRSG."],
                     "Helga Brandt Olsen", id="en-capitals-inverted"),
    ],
)
def test_a_contracted_title_stands_for_its_holder(language, paragraphs, speaker):
    assert last_quote(language, *paragraphs).speaker == speaker


def test_a_place_in_brackets_after_a_title_is_no_contraction():
    quote = last_quote("fr", "Le ministre de la Défense (Gao), Paul Dufour, a présidé la cérémonie lundi.",
                       "\u00ab Je transmets nos vives félicitations à tout le bataillon \u00bb, a déclaré le Gao.")
    assert quote.speaker != "Paul Dufour"


def test_the_inverted_verb_pattern_does_not_backtrack_on_a_near_miss():
    pattern = _inverted_verb_pattern("fr")
    line = "a declare " + "le " * 23 + "x"
    started = time.perf_counter()
    assert pattern.search(line) is None
    assert time.perf_counter() - started < 0.05 and len(line) >= 80



@pytest.mark.parametrize(
    ("language", "short", "phrase", "title"),
    [
        pytest.param("fr", "Mindef", "le ministre de la defense ", "ministre", id="fr-contraction"),
        pytest.param("en", "Mindef", "the defence minister ", "minister", id="en-contraction"),
        pytest.param("es", "Mindef", "el ministro de defensa ", "ministro", id="es-contraction"),
        # a place or a name in brackets sharing only the title word's first letters
        pytest.param("fr", "Gourma", "le gouverneur de la region ", None, id="fr-place"),
        pytest.param("fr", "Comoe", "le commandant de la zone ", None, id="fr-place-short"),
        pytest.param("en", "Dirksen", "the director of the school ", None, id="en-name"),
        pytest.param("es", "Presley", "el presidente del consejo ", None, id="es-name"),
    ],
)
def test_a_contraction_takes_letters_of_the_title_and_of_another_word(language, short, phrase, title):
    assert _title_contraction(short, phrase, language) == title
