"""Events: the day after a verb of reporting an incident ("a signalé ce samedi qu'un soldat
avait été blessé", "reportó el sábado que") dates the report, not the wounding told; the day
of the wounding comes from where the text gives it. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence
from newsdossier.events import event_words, told_on_day


@pytest.mark.parametrize(
    "sentence, language, day",
    [
        pytest.param("La force a signalé ce samedi qu'un soldat avait été blessé près du camp.", "fr", "samedi", id="fr-a-signale"),
        pytest.param("La fuerza reportó el sábado que un soldado había resultado herido cerca del campamento.", "es", "sábado", id="es-reporto"),
        pytest.param("La fuerza ha denunciado este sábado que un soldado resultó herido cerca del campamento.", "es", "sábado", id="es-ha-denunciado"),
    ],
)
def test_a_day_after_a_verb_of_reporting_dates_the_report(sentence, language, day):
    assert told_on_day(sentence, sentence.index(day), language, event_words(sentence, language))
