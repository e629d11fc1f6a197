"""Events: a statement that condemns a happening "in the strongest terms" ("a condamné
fermement l'attaque", "condenó en términos enérgicos el ataque") still frames it: the
happening, not the statement, is what the sentence tells. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.events import event_words, stance_object_gap


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The council condemned in the strongest terms the attack on the depot.", "en", id="en"),
        pytest.param("Le conseil a condamné fermement l'attaque contre le dépôt.", "fr", id="fr"),
        pytest.param("El consejo condenó en términos enérgicos el ataque contra el depósito.", "es", id="es"),
    ],
)
def test_a_condemnation_in_strong_terms_frames_the_happening(sentence, language):
    announcement = next(w for w in event_words(sentence, language) if w.kind == "announcement")
    assert announcement.frame


@pytest.mark.parametrize(
    "gap",
    [
        pytest.param(" strongly the remarks about the ", id="other-object"),
        pytest.param(" in strong words a report on the ", id="no-listed-manner"),
    ],
)
def test_other_words_between_keep_the_noun_no_object(gap):
    assert stance_object_gap(gap) is False
