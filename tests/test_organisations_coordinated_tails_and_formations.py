"""Bodies read out of longer names and of military formations. A known body's name closing a
longer body's name after "and" ("the ECOWAS Mediation and Security Council") is that other
council's head, not the known body; a regiment or a command, even spelt out before an acronym
in brackets, is a part of an army and no organisation (tests/corpus/README.md). Every sentence
is written for these tests."""
from __future__ import annotations

import pytest

from actorcases import actors_of
from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Delegates of the ECOWAS Mediation and Security Council met in Accra on Tuesday.",
                     ["ECOWAS Mediation and Security Council", "Economic Community of West African States"], id="en-tail"),
        pytest.param("Ghana hosted the AU Peace and Security Council and the ECOWAS Mediation and Security Council on Tuesday.",
                     ["African Union Peace and Security Council", "ECOWAS Mediation and Security Council",
                      "Economic Community of West African States"], id="en-tail-beside-a-known-council"),
    ],
)
def test_a_known_name_closing_a_coordinated_longer_name_is_not_named(text, expected):
    assert actors_of(text)[1] == expected


def test_the_known_body_printed_apart_is_still_named():
    found = actors_of("The Security Council and the ECOWAS Mediation and Security Council met in New York on Friday.")[1]
    assert "Security Council" in found and "ECOWAS Mediation and Security Council" in found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The ministers agreed to set up an ECOWAS Force Command Post in Abuja.",
                     ["Economic Community of West African States"], id="en-command"),
        pytest.param("Le Commandement des forces spéciales a quitté Bamako mardi.", [], id="fr-commandement"),
        pytest.param("El Mando de Operaciones envió dos aviones a Bangui el martes.", [], id="es-mando"),
    ],
)
def test_a_command_is_no_organisation(text, expected):
    assert actors_of(text)[1] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Blessés à Bangui\n\nAinsi, 19 fantassins de la 4e compagnie du 152e Régiment d'Infanterie (RI) de "
                     "Colmar furent blessés. Le RI a quitté Bangui.", id="fr-regiment-infanterie"),
        pytest.param("Des soldats blessés\n\nSelon l'état-major, trois soldats du 2e Régiment de hussards (RH) de "
                     "Haguenau ont été blessés près de Gao mardi.", id="fr-regiment-hussards"),
        pytest.param("Troops wounded\n\nTwo soldiers of the 1st Parachute Regiment (PR) of Aldershot were wounded "
                     "near Gao on Monday.", id="en-regiment"),
    ],
)
def test_a_formation_spelt_out_before_its_acronym_is_no_organisation(text):
    assert not any(e.kind == "organisation" for e in extract(text).entities.values())
