"""Events: a statement verb in the present tense spelled as the statement's noun (French
"annonce": "la mission annonce que ...", "l'armée annonce la mort de ...") frames the
happening it reports, as its past "a annoncé" does: the happening gives the kind and keeps the
day printed with it. After a determiner or a preposition ("l'annonce de la mission", "après
une annonce") the word is still the noun. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2023, 9, 15)  # a Friday
FOLLOW = "La mission a exprimé sa solidarité."


@pytest.mark.parametrize(
    "sentence, kind, expected",
    [
        pytest.param("La brigade annonce que trois gendarmes ont été tués mercredi près de Kayes.",
                     "casualty", "2023-09-13", id="fr-annonce-que"),
        pytest.param("L'armée annonce la mort de deux sapeurs mercredi près de Kayes.",
                     "casualty", "2023-09-13", id="fr-annonce-la-mort"),
        pytest.param("La force régionale (Fomac) annonce l'attaque d'un de ses camions ce mercredi à Ségou.",
                     "attack", "2023-09-13", id="fr-annonce-attaque-ce-jour"),
        pytest.param("Le gouverneur annonce l'attaque d'une patrouille mercredi à Ségou.",
                     "attack", "2023-09-13", id="fr-annonce-attaque-indefinite"),
    ],
)
def test_the_present_statement_verb_frames_the_dated_happening(sentence, kind, expected):
    found = [(e.kind, e.date) for e in article_events([sentence, FOLLOW], "fr", ANCHOR, wire_day=False)]
    assert (kind, expected) in found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("L'annonce de la brigade est tombée mercredi.", "2023-09-13", id="fr-elided-determiner"),
        pytest.param("Une annonce du gouverneur mercredi a surpris la ville.", "2023-09-13", id="fr-indefinite"),
        pytest.param("Après une longue attente, son annonce officielle est venue mercredi.", "2023-09-13", id="fr-possessive"),
    ],
)
def test_the_noun_after_a_determiner_is_still_the_statement(sentence, expected):
    found = [(e.kind, e.date) for e in article_events([sentence, FOLLOW], "fr", ANCHOR, wire_day=False)]
    assert ("announcement", expected) in found
