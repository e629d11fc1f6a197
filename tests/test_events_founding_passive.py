"""Events: a body's founding told in the French passive ("la force a été établie en 1991"),
as en "was established" and es "se estableció" are: a resolution-or-mandate happening
(vocabulary event_kinds adoption verbs), so that a purpose clause after it ("pour surveiller
le retrait des troupes") is not taken for what the sentence tells, nor that noun with its
definite determiner for a happening told again. The active "a établi" (a post, a camp) is no
founding. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import event_kind
from eventcases import article_events

FRIDAY = PartialDate(2023, 6, 9)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("La force a été établie en 1991 pour surveiller le cessez-le-feu.", id="fr-feminine"),
        pytest.param("Le bureau a été établi en 2004 par le Conseil.", id="fr-masculine"),
        pytest.param("Les deux missions ont été établies en 2004 par le Conseil.", id="fr-feminine-plural"),
    ],
)
def test_a_passive_founding_is_an_adoption(sentence):
    assert event_kind(sentence, "fr")[0] == "adoption"


def test_an_active_establishing_of_a_post_is_no_founding():
    assert (event_kind("Le contingent a établi un poste près de la frontière.", "fr") or ("",))[0] != "adoption"


@pytest.mark.parametrize(
    "before",
    [
        pytest.param("Il a dirigé un bataillon de la force en 2009.", id="after-an-unlisted-happening"),
        pytest.param("Le général a visité la base lundi.", id="after-the-lead-only"),
    ],
)
def test_a_founding_sentence_with_a_purpose_clause_is_kept(before):
    sentences = ["Le général a visité la base lundi.", before,
                 "La force a été établie en 1991 par le Conseil pour surveiller le retrait des troupes étrangères."]
    assert "1991" in [e.date for e in article_events(sentences, "fr", FRIDAY)]
