"""A country, a body or a mission that opens the clause speaks when a non-restrictive relative
clause set off by commas stands between it and its speech verb ("Portugal, which has troops in
the force, said ...", "La France et l'Irlande, qui ont des soldats au Liban, ont déclaré ...",
"UNMISS, which has about 15,000 soldiers in the south, has said ..."): the clause describes the
subject, and the names inside it (a country where troops stand) are no speakers. The verb may
carry an auxiliary after the comma ("has said"), and a number's grouping comma ("15,000") opens
no clause. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return sorted(q.speaker for q in extract(text, None).quotes)


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("Portugal, which has troops in the force, said the shooting near the camp must stop.",
                     ["Portugal"], id="en-country"),
        pytest.param("Le Portugal, qui a des soldats dans la force, a déclaré que les tirs près du camp devaient cesser.",
                     ["Portugal"], id="fr-country"),
        pytest.param("Alemania, que tiene soldados en la fuerza, dijo que los disparos cerca del campamento debían cesar.",
                     ["Germany"], id="es-country"),
        pytest.param("La France et l'Irlande, qui ont des soldats au Liban, ont déclaré que les tirs devaient cesser.",
                     ["France", "Ireland"], id="fr-list"),
        pytest.param("Alemania e Italia, que tienen soldados en la fuerza, dijeron que los disparos debían cesar.",
                     ["Germany", "Italy"], id="es-list"),
        pytest.param("UNMISS, which has about 15,000 soldiers stationed in South Sudan, has said the road to Bor is closed.",
                     ["UNMISS"], id="en-auxiliary-and-number"),
        pytest.param("UNIFIL, which keeps about 9,000 soldiers in south Lebanon, has called for calm along the line.",
                     ["UNIFIL"], id="en-number-country-in-clause"),
    ],
)
def test_the_subject_before_a_relative_clause_speaks(text, speakers):
    assert speakers_of(text) == speakers


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("The mission, which lost 1,200 soldiers, said the camp was safe.", [""], id="en-unnamed-subject"),
        pytest.param("Portugal said the road, which runs through Spain, was closed.", ["Portugal"], id="en-clause-after-verb"),
    ],
)
def test_a_name_inside_or_after_the_clause_does_not_speak(text, speakers):
    assert speakers_of(text) == speakers
