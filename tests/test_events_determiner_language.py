"""A determiner makes the event word after it a noun only in its own language: the English
article "a" is the French and Spanish auxiliary or preposition ("un soldat a tué", "il a
attaqué"), after which the word is still the verb telling the happening. Every sentence is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.events import event_words


@pytest.mark.parametrize(
    ("sentence", "language", "word", "verb"),
    [
        pytest.param("Un groupe armé a attaqué jeudi un dépôt de carburant.", "fr", "attaqué", True, id="fr-a-attaque"),
        pytest.param("Un tireur a tué mardi deux gardiens du dépôt.", "fr", "tué", True, id="fr-a-tue"),
        pytest.param("Une patrouille a été attaquée vendredi près du dépôt.", "fr", "attaquée", True, id="fr-a-ete-attaquee"),
        # (must not change) the determiners of the sentence's own language
        pytest.param("The mayor condemned the killing of two guards at the depot.", "en", "killing", False, id="en-the-killing"),
        pytest.param("Le maire a dénoncé des attaques contre le dépôt.", "fr", "attaques", False, id="fr-des-attaques"),
        pytest.param("El alcalde lamentó unos asesinados en el depósito.", "es", "asesinados", False, id="es-unos-asesinados"),
    ],
)
def test_a_determiner_of_another_language_makes_no_noun(sentence, language, word, verb):
    found = [w for w in event_words(sentence, language) if sentence[w.start:w.end].lower().endswith(word)]
    assert found and found[0].verb is verb
