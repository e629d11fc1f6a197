"""An event verb's participle after the present of "be" or "remain" tells how things stand,
not a happening (vocabulary "state_phrases"); the past and the progressive still tell one."""
from __future__ import annotations

import pytest
from eventcases import body_events

from newsdossier.datevalue import PartialDate

ANCHOR = PartialDate(2024, 5, 14)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        pytest.param("In 2023 the engineers rebuilt four bridges in the districts where they are deployed.", "en", id="en-are-deployed"),
        pytest.param("In 2023 the battalion, which remains deployed along the northern border, repaired the road.", "en", id="en-remains-deployed"),
        pytest.param("En 2023, les ingénieurs ont réparé quatre ponts dans les districts où ils sont déployés.", "fr", id="fr-sont-deployes"),
        pytest.param("En 2023 los ingenieros repararon cuatro puentes en los distritos donde están desplegados.", "es", id="es-estan-desplegados"),
    ],
)
def test_a_state_told_with_a_participle_is_no_deployment(sentence, language):
    kinds = [e.kind for e in body_events(sentence, language, ANCHOR)]
    assert "deployment" not in kinds, kinds


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        pytest.param("On 3 March 2023 the engineers were deployed to the northern border.", "en", id="en-were-deployed"),
        pytest.param("On 3 March 2023 the engineers are being deployed to the northern border.", "en", id="en-are-being-deployed"),
        pytest.param("Le 3 mars 2023, les ingénieurs ont été déployés le long de la frontière nord.", "fr", id="fr-ont-ete-deployes"),
        pytest.param("El 3 de marzo de 2023 los ingenieros fueron desplegados en la frontera norte.", "es", id="es-fueron-desplegados"),
    ],
)
def test_a_deployment_told_in_the_past_or_as_it_happens_stays_one(sentence, language):
    kinds = [e.kind for e in body_events(sentence, language, ANCHOR)]
    assert "deployment" in kinds, kinds
