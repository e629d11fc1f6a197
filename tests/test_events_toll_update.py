"""Events: updating the figures of a toll is telling, not a new happening ("the ministry
updated on Monday the figures of the dead", "a actualisé lundi le bilan", "ha actualizado
este lunes las cifras"): the day is the telling's, never the deaths'. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2019, 4, 14)  # a Sunday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The health ministry updated on Monday the number of deaths in the flood.", "en", id="en"),
        pytest.param("Le ministère de la santé a actualisé lundi le nombre de morts de l'inondation.", "fr", id="fr"),
        pytest.param("El ministerio de salud ha actualizado este lunes las cifras de muertos de la inundación.", "es", id="es"),
        pytest.param("El ministerio de salud actualizó el lunes las cifras de muertos de la inundación.", "es", id="es-past"),
    ],
)
def test_an_updated_toll_is_not_dated_by_its_update(sentence, language):
    assert "2019-04-08" not in [e.date for e in body_events(sentence, language, ANCHOR)]
