"""Events: clause_opening, the one reader of what opens the clause holding an offset of a
sentence (a relative pronoun or a relative of place after a comma, a participle), which the
rules of a date said in passing share (relative_aside_date, anterior_relative_date,
_anterior_aside, participle_dated, apposed_participle_date). Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.events import clause_opening


def _at(sentence: str, word: str) -> int:
    return sentence.index(word)


@pytest.mark.parametrize(
    "sentence, word, language, comma, relative, place, participle",
    [
        pytest.param("The convoy, which the rebels had stopped on 4 June, went on.", "4 June", "en",
                     True, True, False, False, id="en-which-after-comma"),
        pytest.param("The camp, where two soldiers died in March, was hit.", "March", "en",
                     True, False, True, False, id="en-where-after-comma"),
        pytest.param("La force, lancée en 2014, quitte le pays.", "2014", "fr",
                     True, False, False, True, id="fr-participle-apposition"),
        pytest.param("La ville, que l'armée avait reprise le 4 juin, est tombée.", "4 juin", "fr",
                     True, True, False, False, id="fr-que-after-comma"),
        pytest.param("El puesto, donde murieron dos soldados en marzo, fue atacado.", "marzo", "es",
                     True, False, True, False, id="es-donde-place"),
        pytest.param("The troops that arrived on 3 May left.", "3 May", "en",
                     False, False, False, False, id="en-no-comma-restrictive"),
        pytest.param("Rebels attacked the base; which side fired first on 3 May is unclear.", "3 May", "en",
                     False, False, False, False, id="en-after-semicolon-no-aside"),
        pytest.param("Some 4,200 troops arrived on 3 May.", "3 May", "en",
                     False, False, False, False, id="en-number-comma-no-clause"),
    ],
)
def test_what_opens_the_clause(sentence, word, language, comma, relative, place, participle):
    opening = clause_opening(sentence, _at(sentence, word), language)
    assert (opening.comma, opening.relative, opening.place, opening.participle) == (comma, relative, place, participle)


@pytest.mark.parametrize(
    "sentence, word, opened_at",
    [
        pytest.param("The convoy, which left on 4 June, arrived.", "4 June", "which", id="after-comma"),
        pytest.param("Rebels attacked; the army replied on 4 June.", "4 June", "the army", id="after-semicolon"),
        pytest.param("The army replied on 4 June.", "4 June", "The army", id="sentence-start"),
    ],
)
def test_where_the_clause_starts(sentence, word, opened_at):
    start = clause_opening(sentence, _at(sentence, word), "en").start
    assert sentence[start:].lstrip().startswith(opened_at)
