"""Quotes: a speech verb after a refusal ("declined to say how many", "refused to say", "a
refusé de dire", "se negó a decir"; quotes.yaml negations) reports nothing said, as "did not
say" does not. A refusal that is itself what was said ("said it refused to negotiate")
still reports. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

LEADS = {
    "en": "Peacekeepers reached the northern camp on Monday after a long road through the hills. ",
    "fr": "Les casques bleus sont arrivés lundi au camp du nord après une longue route. ",
    "es": "Los cascos azules llegaron el lunes al campamento del norte tras un largo camino. ",
}


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "The United Nations declined to say how many rebels were killed in the raid.", id="en-declined-to-say"),
        pytest.param("en", "The mission refused to say how many soldiers had died.", id="en-refused-to-say"),
        pytest.param("en", "The spokesman, Paul Brand, declined to comment on the raid.", id="en-declined-to-comment"),
        pytest.param("fr", "La Minusma a refusé de dire combien de soldats étaient morts.", id="fr-a-refuse-de-dire"),
        pytest.param("fr", "La Minusma a refusé d'indiquer combien de soldats étaient morts.", id="fr-refuse-d-elided"),
        pytest.param("es", "La misión se negó a decir cuántos soldados murieron.", id="es-se-nego-a-decir"),
    ],
)
def test_a_refusal_before_a_speech_verb_is_no_quote(language, sentence):
    assert extract(LEADS[language] + sentence, None).quotes == []


def test_a_refusal_said_still_reports():
    text = LEADS["en"] + "Paul Brand said the mission refused to negotiate with the rebels."
    assert [q.speaker for q in extract(text, None).quotes] == ["Paul Brand"]
