"""Events: a number that measures something other than the dead (an age, a distance, a sum, a
share, a duration: a count followed by a noun of vocabulary "toll_measure_nouns") makes no
toll over a year of a death dated by that year (events.toll_over_year): "un guardia de 31 años
murió en 2014" and "murió en 2014 a cien metros del puesto" tell one death. A count of the dead
beside it still sums a toll. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import dates_between

ANCHOR = PartialDate(2017, 9, 12)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Un guardia de 31 años murió en 2014 cerca del puesto.", "es", id="es-age-digits"),
        pytest.param("El guardia murió en 2014 a cien metros del puesto.", "es", id="es-distance-word"),
        pytest.param("El guardia murió en 2014 a 300 kilómetros de su pueblo.", "es", id="es-distance-digits"),
        pytest.param("Un guardia murió en 2014 en el puerto, donde la misión invirtió mil millones de pesos.", "es",
                     id="es-sum-word"),
        pytest.param("The guard died in 2014 some 300 kilometres from his village.", "en", id="en-distance-digits"),
        pytest.param("Le garde est mort en 2014 à 300 kilomètres de son village.", "fr", id="fr-distance-digits"),
    ],
)
def test_a_measure_is_no_count_of_the_dead(sentence, language):
    assert "2014" in dates_between(sentence, language, ANCHOR)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Unos 130 guardias murieron en 2014, a cien kilómetros de la capital.", "es", id="es-count-and-distance"),
        pytest.param("Más de mil guardias murieron en 2014 en la región.", "es", id="es-mil"),
        pytest.param("Some 130 guards died in 2014 across the region.", "en", id="en-count"),
    ],
)
def test_a_count_of_the_dead_still_sums_a_toll(sentence, language):
    assert "2014" not in dates_between(sentence, language, ANCHOR)
