"""Events: an agreement named as the topic of talks ("the negotiations on the peace agreement
entered their final stage on Monday", "les négociations sur l'accord de paix", "las
negociaciones sobre el acuerdo de paz") is not yet signed: no agreement on that day. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2019, 4, 14)  # a Sunday: Monday is the 8th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The negotiations on the ceasefire agreement entered their final stage on Monday in Lomé.", "en", id="en"),
        pytest.param("Les négociations sur l'accord de cessez-le-feu sont entrées lundi dans leur phase finale à Lomé.", "fr", id="fr"),
        pytest.param("Las negociaciones sobre el acuerdo de alto el fuego entraron el lunes en su fase final en Lomé.", "es", id="es"),
    ],
)
def test_an_agreement_under_negotiation_is_not_signed(sentence, language):
    assert [e for e in body_events(sentence, language, ANCHOR) if e.kind == "agreement"] == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Les deux parties ont signé lundi l'accord de cessez-le-feu à Lomé.", "fr", id="fr-signed"),
    ],
)
def test_an_agreement_signed_is_still_one(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("agreement", "2019-04-08")]
