"""Events: a refusal or a duty left undone ("refused to sign", "a refusé de signer", "se negó
a firmar") tells no happening of its own, but a noun its object names may carry a past
participle with a date of its own ("a peace deal signed two years ago", "l'accord signé en
2021", "el acuerdo firmado hace dos años"): that signing took place, and is an event of its
date. The refused act itself still dates nothing. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import dates_between

ANCHOR = PartialDate(2023, 9, 15)  # a Friday


def _dates(sentence, language):
    return dates_between(sentence, language, ANCHOR)


@pytest.mark.parametrize(
    "language, sentence, expected",
    [
        pytest.param("en", "The northern militia refused to sign a truce signed two years ago between the army and a smaller faction.",
                     ["2021"], id="en-ago"),
        pytest.param("en", "The northern militia refused to join the truce signed in 2021 by the army and two smaller factions.",
                     ["2021"], id="en-year"),
        pytest.param("en", "The northern militia has declined to back the accord signed last year in Niamey.",
                     ["2022"], id="en-last-year"),
        pytest.param("fr", "La milice du nord a refusé de signer la trêve signée il y a deux ans entre l'armée et une petite faction.",
                     ["2021"], id="fr-il-y-a"),
        pytest.param("fr", "La milice du nord a refusé de rejoindre la trêve signée en 2021 par l'armée et deux factions.",
                     ["2021"], id="fr-year"),
    ],
)
def test_the_dated_participle_is_a_happening(language, sentence, expected):
    assert _dates(sentence, language) == expected


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "The northern militia refused to sign the truce on Monday.", id="en-refused-day"),
        pytest.param("fr", "La milice du nord a refusé de signer la trêve lundi.", id="fr-refused-day"),
        pytest.param("en", "The envoy should have returned to Niamey in January.", id="en-due"),
    ],
)
def test_the_refused_act_stays_undated(language, sentence):
    assert _dates(sentence, language) == []
