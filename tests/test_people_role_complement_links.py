"""A role printed before a name in apposition keeps its complement whatever preposition opens
it ("The envoy from the African Union, X,": "envoy from the African Union"), while a verb
before the title still opens a new phrase ("The mission thanked the mayor, X,": "mayor").
entities._apposed_title restarts the role after an article that follows a lowercase word
linking no complement (vocabulary "role_complement_links"); a preposition missing from that
list cut the role at it and left the person with none. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def role_of(text: str, person: str) -> str | None:
    return extract(text, None).entities[f"person:{person}"].role


@pytest.mark.parametrize(
    "text, person, role",
    [
        pytest.param("Talks resume\n\nThe envoy from the African Union, Amina Yusuf, said the talks would resume.\n",
                     "amina-yusuf", "envoy from the African Union", id="en-from"),
        pytest.param("Talks resume\n\nThe adviser within the mission, Peter Young, said the talks would resume.\n",
                     "peter-young", "adviser within the mission", id="en-within"),
        pytest.param("Talks resume\n\nThe spokesperson among the observers, Peter Young, said the talks would resume.\n",
                     "peter-young", "spokesperson among the observers", id="en-among"),
        pytest.param("Reprise\n\nLe chef des opérations dans la région, Paul Durand, a déclaré que les patrouilles "
                     "reprendraient.\n", "paul-durand", "chef des opérations dans la région", id="fr-dans"),
        pytest.param("Reprise\n\nLe porte-parole chez les Casques bleus, Paul Durand, a déclaré que les patrouilles "
                     "reprendraient.\n", "paul-durand", "porte-parole chez les Casques bleus", id="fr-chez"),
        pytest.param("Reanudan\n\nEl jefe de operaciones entre las dos fronteras, Juan Pérez, dijo que las patrullas se "
                     "reanudarán.\n", "juan-perez", "jefe de operaciones entre las dos fronteras", id="es-entre"),
        pytest.param("Reanudan\n\nEl portavoz bajo el mando de la misión, Juan Pérez, dijo que las patrullas se "
                     "reanudarán.\n", "juan-perez", "portavoz bajo el mando de la misión", id="es-bajo"),
        # near misses: a verb before the title still opens the role's phrase after it
        pytest.param("Talks\n\nThe mission thanked the mayor, Paul Durand, for his help.\n",
                     "paul-durand", "mayor", id="en-verb-before-title"),
        pytest.param("Talks\n\nThe spokesperson praised the work of the force commander, Jean Dubois, on Monday.\n",
                     "jean-dubois", "force commander", id="en-verb-then-complement"),
        pytest.param("Reprise\n\nLa mission a remercié le maire, Paul Durand, pour son aide.\n",
                     "paul-durand", "maire", id="fr-verb-before-title"),
        # near misses: the preposition opens a verb's complement, not the role's (a verb stands
        # between the first title and it): the role is the title after it
        pytest.param("Talks\n\nThe minister took over from the commander, Paul Durand, on Monday.\n",
                     "paul-durand", "commander", id="en-verb-from"),
        pytest.param("Talks\n\nThe envoy sat between the mayor, Paul Durand, and the governor.\n",
                     "paul-durand", "mayor", id="en-verb-between"),
        pytest.param("Talks\n\nThe envoy met under the auspices of the mayor, Paul Durand, on Monday.\n",
                     "paul-durand", "mayor", id="en-verb-under"),
        pytest.param("Talks\n\nThe minister spoke to the mayor, Paul Durand, on Monday.\n",
                     "paul-durand", "mayor", id="en-verb-to"),
        pytest.param("Reprise\n\nLe ministre s'est rendu chez le maire, Paul Durand, lundi.\n",
                     "paul-durand", "maire", id="fr-verb-chez"),
        pytest.param("Reprise\n\nLe ministre a pris place entre le maire, Paul Durand, et le préfet.\n",
                     "paul-durand", "maire", id="fr-auxiliary-a-entre"),
        pytest.param("Reprise\n\nLe ministre est passé sous le contrôle du maire, Paul Durand, lundi.\n",
                     "paul-durand", "maire", id="fr-verb-sous"),
        pytest.param("Reanudan\n\nEl ministro se sentó entre el alcalde, Juan Pérez, y el gobernador.\n",
                     "juan-perez", "alcalde", id="es-verb-entre"),
        pytest.param("Reanudan\n\nEl ministro llegó bajo la protección del alcalde, Juan Pérez, el lunes.\n",
                     "juan-perez", "alcalde", id="es-verb-bajo"),
        pytest.param("Reanudan\n\nEl ministro habló desde el despacho del alcalde, Juan Pérez, el lunes.\n",
                     "juan-perez", "alcalde", id="es-verb-desde"),
        # a complement's noun after its own link keeps the role whole
        pytest.param("Reprise\n\nLe conseiller à la sécurité de la mission, Paul Durand, a déclaré que les "
                     "patrouilles reprendraient.\n", "paul-durand", "conseiller à la sécurité de la mission",
                     id="fr-a-grave-link"),
        pytest.param("Talks\n\nThe head of the peacekeeping mission in the region, Peter Young, said the talks "
                     "would resume.\n", "peter-young", "head of the peacekeeping mission in the region",
                     id="en-noun-then-in"),
    ],
)
def test_a_role_keeps_the_complement_any_preposition_opens(text, person, role):
    assert role_of(text, person) == role
