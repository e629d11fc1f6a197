"""In French and Spanish a thing's word, its adjective in lowercase, then "de" and a name ("l'aéroport
international de Kim Bao", "la base aérea de Vinh Tay", "l'hôpital militaire de Ngoc Lam")
names the airport, the base or the hospital by its place, not a person: the adjective
qualifies the thing as it does right before a name ("l'aéroport international Blaise Diagne"),
and the thing's word with "de" alone already reads so ("l'aéroport de Kim Bao";
tests/corpus/README.md: camps and bases are places). A name opening on a given name there is
the thing's owner or holder, a person. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Les médecins militaires sont partis lundi de l'aéroport international de Kim Bao, a indiqué l'armée.",
                     id="fr-aeroport-international"),
        pytest.param("Les soldats de la paix ont décollé de la base aérienne de Tan Phu Nhat mardi matin.",
                     id="fr-base-aerienne-vietnamese-shape"),
        pytest.param("Los efectivos partieron el martes desde la base aérea de Vinh Tay rumbo a Juba.",
                     id="es-base-aerea"),
        pytest.param("Los heridos fueron trasladados al hospital militar de Ngoc Lam, según el ejército.",
                     id="es-hospital-militar"),
    ],
)
def test_thing_adjective_de_name_is_no_person(text):
    assert _people(text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        # guard: a comma sets the name off from the thing: the name is apposed, a person
        pytest.param("Le directeur de l'hôpital militaire, Jean-Marc Delorme, a reçu les blessés lundi.",
                     {"Jean-Marc Delorme"}, id="fr-comma"),
        # guard: an adjective that is no thing's, after a person's noun, leaves the person
        pytest.param("El mensaje del comandante general de Ana Ruiz Soto llegó el lunes.",
                     {"Ana Ruiz Soto"}, id="es-person-noun"),
        # guard: a name opening on a given name after the adjective and "de" is the thing's
        # owner or holder, a person
        pytest.param("Le quartier général de Jean Dupont, commandant de la force, a été déplacé.",
                     {"Jean Dupont"}, id="fr-given-name-holder"),
        pytest.param("La médaille militaire de Jean Dupont a été remise lundi.",
                     {"Jean Dupont"}, id="fr-given-name-medal"),
        pytest.param("El hospital militar de Juan Pérez fue inaugurado por el coronel Luis Gómez.",
                     {"Juan Pérez", "Luis Gómez"}, id="es-given-name-owner"),
        # guard: the name after the thing with no adjective stays as it was read
        pytest.param("Le colonel Pierre Lamine Ndour est arrivé à l'aéroport lundi.",
                     {"Pierre Lamine Ndour"}, id="fr-name-before"),
    ],
)
def test_guards(text, expected):
    assert _people(text) == expected
