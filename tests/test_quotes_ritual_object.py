"""Quotes: a finite speech verb whose object is a ritual word ("said prayers for the wounded",
"said goodbye to the troops", "a dit adieu", "dijo adiós"; quotes.yaml ritual_objects) reports
no words, as the participle "saying goodbye" does not (test_quotes_participle_ritual_object).
A clause after the verb whose first word only looks like one ("said the mass graves...",
"said goodbyes were hard...") still reports. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Peacekeepers reached the camp on Monday. The president of Chad, Paul Brand, said prayers for the wounded.",
                     id="en-said-prayers"),
        pytest.param("Peacekeepers reached the camp on Monday. Paul Brand said goodbye to the troops at the airport.",
                     id="en-said-goodbye"),
        pytest.param("Les casques bleus sont arrivés lundi. Le président Paul Brand a dit adieu aux soldats à l'aéroport.",
                     id="fr-a-dit-adieu"),
        pytest.param("Los cascos azules llegaron el lunes. El presidente Pablo Bravo dijo adiós a la tropa en el aeropuerto.",
                     id="es-dijo-adios"),
    ],
)
def test_a_ritual_object_after_a_speech_verb_is_no_quote(text):
    assert extract(text, None).quotes == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Peacekeepers reached the camp on Monday. Paul Brand said the mass graves had been found.", id="en-mass-graves"),
        pytest.param("Peacekeepers reached the camp on Monday. Paul Brand said goodbyes were hard but the troops would return.",
                     id="en-goodbyes-clause"),
        # a bare ritual noun opening the clause said, no article before it
        pytest.param("Peacekeepers reached the camp on Monday. Paul Brand said mass graves had been found near the river.",
                     id="en-bare-mass-graves"),
        pytest.param("Peacekeepers reached the camp on Monday. Paul Brand said prayers would be held for the dead on Friday.",
                     id="en-bare-prayers-clause"),
    ],
)
def test_a_clause_opening_on_a_like_word_still_reports(text):
    assert [q.speaker for q in extract(text, None).quotes] == ["Paul Brand"]


def test_a_name_opening_on_a_ritual_word_is_the_speaker():
    # "Grace" opens a name here: the inverted verb's subject, no ritual object
    text = "Peacekeepers reached the camp on Monday. The road is closed, said Grace Mutua, the head of the camp."
    assert [q.speaker for q in extract(text, None).quotes] == ["Grace Mutua"]
