"""A Spanish plural abbreviation's doubled letter ("EE. UU.", "FF. AA.") keeps its stop only as
one of a pair: a Roman numeral or a century written with one letter twice ends its sentence
("after World War II. The ...", "a finales del siglo XX. Los ..."), as it did before the
doubled letters were read by split_sentences (text.abbreviation_stop with the text after the
stop). The page head's test of a paragraph that lost its last stop reads the same rule.

Every sentence is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import _unstopped_paragraph
from newsdossier.text import abbreviation_stop, split_sentences


@pytest.mark.parametrize("paragraph, first", [
    ("The mission was set up after World War II. The peacekeepers left in 2020.",
     "The mission was set up after World War II."),
    ("La misión nació a finales del siglo XX. Los cascos azules llegaron después.",
     "La misión nació a finales del siglo XX."),
    ("Le bataillon a servi pendant la phase II. Les casques bleus sont ensuite rentrés.",
     "Le bataillon a servi pendant la phase II."),
    ("The camp is run by the AA. The mission said so.", "The camp is run by the AA."),
])
def test_a_doubled_letter_alone_ends_its_sentence(paragraph, first):
    assert split_sentences(paragraph)[0] == first


@pytest.mark.parametrize("paragraph, first", [
    ("Las tropas de EE. UU. llegaron ayer a la base. El convoy siguió.", "Las tropas de EE. UU. llegaron ayer a la base."),
    ("El acuerdo lo firmaron las FF. AA. La ONU lo celebró.", "El acuerdo lo firmaron las FF. AA. La ONU lo celebró."),
    ("Estados Unidos (EE. UU.) votó a favor. El Consejo renovó el mandato.", "Estados Unidos (EE. UU.) votó a favor."),
])
def test_a_pair_still_ends_no_sentence(paragraph, first):
    # (must not change)
    assert split_sentences(paragraph)[0] == first


@pytest.mark.parametrize("before, after, closes", [
    ("las tropas de EE", " UU. llegaron", True),
    ("las tropas de EE. UU", " La ONU", True),
    ("after World War II", " The peacekeepers", False),
    ("del siglo XX", " Los cascos", False),
    ("Las tropas de EE", None, True),  # the text after unknown: taken alone
])
def test_abbreviation_stop_with_the_text_after(before, after, closes):
    assert abbreviation_stop(before, after) is closes


def test_a_headline_with_a_numeral_stop_is_a_paragraph_that_lost_its_stop():
    line = ("The blue helmets came back to the town they had left at the end of World War II. "
            "Residents remember them well")
    assert _unstopped_paragraph(line)


@pytest.mark.parametrize("paragraph", [
    "Los cascos azules patrullan varias ciudades, p. ej. Gao y Kidal.",
    "Les casques bleus patrouillent dans plusieurs villes, p. ex. Gao et Kidal.",
])
def test_for_example_abbreviated_ends_no_sentence(paragraph):
    assert split_sentences(paragraph) == [paragraph]
