"""Events: the setting-up of the mission told in passing between commas after its common noun
("the mission, deployed since 2013, ...", "la mission, déployée depuis 2013, ...", "la misión,
desplegada desde 2013, ...") is no happening, as after its name ("MINUSMA, deployed in 2013,")
already was; the sentence's own happening keeps its date. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 12, 8)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The military rulers, who seized power in 2021, in June demanded the departure of the mission, deployed "
                     "since 2013, despite the crisis.", "en", id="en"),
        pytest.param("Les militaires, qui ont renversé le président en 2021, ont exigé en juin le départ de la mission, "
                     "déployée depuis 2013, malgré la crise.", "fr", id="fr"),
        pytest.param("Los militares, que derrocaron al presidente en 2021, exigieron en junio la salida de la misión, "
                     "desplegada desde 2013, pese a la crisis.", "es", id="es"),
    ],
)
def test_the_mission_set_up_in_passing_leaves_the_sentence_its_date(sentence, language):
    assert "2023-06" in [e.date for e in body_events(sentence, language, ANCHOR)]
