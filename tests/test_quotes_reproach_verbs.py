"""Quotes: a reproach is a verb of stance, as praise is (quotes.yaml stance_verbs): it reports
the reproacher's words when the sentence gives them (in quotation marks, or a clause), not for
the act alone ("reproached the mission for its silence", as "praised the troops" is none: the
labelling rules of tests/corpus/README.md); the nouns ("le reproche à", "the reproaches") and
impersonal reproaches ("on reproche à", "se le reprocha") name no one. Every sentence is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        pytest.param("Le ministre Paul Kamau a reproché à la mission « son silence assourdissant sur Beni ».", "Paul Kamau",
                     id="fr-a-reproche-quoted"),
        pytest.param("Les autorités ghanéennes reprochent au porte-parole de la mission « des propos tendancieux ».", "Ghana",
                     id="fr-reprochent-au-quoted"),
        pytest.param("El ministro Pablo Kamau reprochó a la misión «su silencio ensordecedor sobre Beni».", "Pablo Kamau",
                     id="es-reprocho-quoted"),
        pytest.param('Minister Paul Kamau reproached the mission for its "deafening silence over Beni".', "Paul Kamau",
                     id="en-reproached-quoted"),
    ],
)
def test_a_reproach_with_its_words_is_reported_speech(sentence, speaker):
    quotes = extract(sentence, None).quotes
    assert [q.speaker for q in quotes] == [speaker], quotes


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Le reproche fait à la mission de Beni reste sans réponse depuis mars.", id="fr-le-reproche"),
        # the noun followed by the one reproached: folded, the same letters as a present "reproche à"
        pytest.param("Le principal reproche à la mission porte sur la protection des civils de Beni.", id="fr-reproche-a-noun"),
        pytest.param("The reproaches of the residents of Beni went unanswered for months.", id="en-plural-noun"),
        # impersonal reproaches name no one who spoke
        pytest.param("On reproche à la mission de ne pas avoir protégé les civils de Beni.", id="fr-on-reproche"),
        pytest.param("Se le reprocha a la misión no haber protegido a los civiles de Beni.", id="es-impersonal"),
        # the act alone, no words given: a stance, as praise or condemnation is
        pytest.param("Le ministre Paul Kamau a reproché à la mission son silence sur Beni.", id="fr-act-alone"),
        pytest.param("Minister Paul Kamau reproached the mission for its silence over Beni.", id="en-act-alone"),
        pytest.param("El ministro Pablo Kamau reprochó a la misión su silencio sobre Beni.", id="es-act-alone"),
    ],
)
def test_a_reproach_without_words_is_none(sentence):
    assert extract(sentence, None).quotes == []
