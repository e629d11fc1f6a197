"""A country before a relative clause set off by commas speaks only when it opens the subject
("Portugal, which has troops in the force, said", "La France et l'Irlande, qui ..., ont
déclaré"): not when it completes a noun before it ("A farmer from Mali, who lost his land,
said": the farmer speaks, unnamed) nor when it is the object of a verb of a clause before it
("The envoy, who visited Mali, which has asked ..., said"). Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return sorted(q.speaker for q in extract(text, None).quotes)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A woman from Haiti, who lost her home in the storm, said the peacekeepers never came.",
                     id="en-complement-of-a-noun"),
        pytest.param("Refugees who fled Sudan, which has been at war since April, said the camps were full.",
                     id="en-object-of-a-clause"),
        pytest.param("The envoy, who visited Mali, which has asked the force to leave, said the talks would go on.",
                     id="en-object-inside-an-apposition"),
        pytest.param("Un agriculteur du Mali, qui a perdu ses terres, a déclaré que les soldats ne sont jamais venus.",
                     id="fr-complement-of-a-noun"),
        pytest.param("Un campesino de Colombia, que perdió su tierra, dijo que los soldados nunca llegaron.",
                     id="es-complement-of-a-noun"),
        pytest.param("Troops from Italy and Ireland, which make up most of the force, have said they will stay.",
                     id="en-list-completing-a-noun"),
    ],
)
def test_a_country_inside_the_subject_does_not_speak(text):
    assert all(s == "" for s in speakers_of(text))


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("Portugal, which has troops in the force, said the shooting must stop.", ["Portugal"], id="en-country"),
        pytest.param("On Monday, Portugal, which has troops in the force, said the shooting must stop.", ["Portugal"],
                     id="en-after-a-time-phrase"),
        pytest.param("La France et l'Irlande, qui ont des soldats dans la force, ont déclaré que l'attaque était inacceptable.",
                     ["France", "Ireland"], id="fr-list"),
    ],
)
def test_a_country_opening_the_subject_speaks(text, speakers):
    assert speakers_of(text) == speakers
