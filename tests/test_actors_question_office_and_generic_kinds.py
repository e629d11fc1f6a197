"""Words read as people or bodies in fresh articles on peacekeeping that are none: the verb opening a
question before the name ("Could Patrice Lumumba, ..., have ...?"), a word that makes an
office a kind of it ("le Ministre Délégué", "le Coordonnateur Résident"), an acronym's plural
after a lowercase rank word ("two major TCCs"), an administrative place's head after its name
("the Kibati Municipality"); an office set off after a name ("Sector Commander of ..."), a
mission's acronym before the field's noun ("the UNIFIL Mission"), a force for a task ("a Task
Force (TF)"), a government by a demonym two countries share ("le Gouvernement Congolais");
and a Spanish common word that folds to a demonym ("reuniones").
Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def found(text: str, kind: str) -> set[str]:
    """The names of the entities of one kind an article of this text holds."""
    return {f.name for f in extract(text).entities.values() if f.kind == kind}


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Could Patrice Mbala, the young officer who led the patrol, have saved the convoy? "
                     "Nobody will ever know.", "Patrice Mbala", id="en-could"),
        pytest.param("Would Patrice Mbala, once the mayor of Bunia, have accepted the offer? "
                     "His family doubts it.", "Patrice Mbala", id="en-would"),
        pytest.param("¿Podría Patrice Mbala, el joven oficial, haber salvado el convoy? "
                     "Nadie lo sabrá nunca.", "Patrice Mbala", id="es-podria"),
    ],
)
def test_a_question_verb_opens_no_name(text, name):
    assert found(text, "person") == {name}


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Le Ministre Délégué à la Présidence chargé de la Défense, Paul Atanga, a présidé la "
                     "cérémonie à Yaoundé.", "Paul Atanga", id="fr-ministre-delegue"),
        pytest.param("Mme Aline Kaba, Coordonnateur Résident du Système des Nations Unies au Niger, était "
                     "présente à Niamey.", "Aline Kaba", id="fr-coordonnateur-resident"),
        pytest.param("La Coordinadora Residente del Sistema de las Naciones Unidas, Ana Lorca, visitó la "
                     "base de Tombuctú.", "Ana Lorca", id="es-coordinadora-residente"),
    ],
)
def test_a_word_that_makes_an_office_a_kind_of_it_is_no_person(text, name):
    assert found(text, "person") == {name}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Two major TCCs withdrew their troops from the mission last year.", id="en-tccs"),
        pytest.param("Several major NGOs left the town after the attack on the convoy.", id="en-ngos"),
        pytest.param("The school was built in the local Kibati Municipality with army funds.", id="en-municipality"),
    ],
)
def test_counted_acronyms_and_administrative_places_are_no_people(text):
    assert found(text, "person") == set()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("La Fuerza Armada celebró reuniones especializadas con sus pares de la región.", id="es-reuniones"),
        pytest.param("Las reuniones de unidades fronterizas siguieron durante todo el año.", id="es-reuniones-open"),
    ],
)
def test_a_meetings_plural_names_no_country(text):
    assert found(text, "country") == set()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Brig Gen Karim Hossain, Sector Commander of Northern Sector of UN Peacekeeping Force in Bunia, "
                     "told reporters the patrols went on.", id="en-office-set-off"),
        pytest.param("The 62nd contingent of the Nepali Army deployed in the UNIFIL Mission, Lebanon, was praised.",
                     id="en-acronym-then-mission"),
        pytest.param("The UN asked Bangladesh to deploy a Task Force (TF) to Ituri within days.", id="en-task-force"),
        pytest.param("Le Gouvernement Congolais présente ses condoléances aux familles des soldats.", id="fr-shared-demonym"),
        pytest.param("El Gobierno Congoleño anunció nuevas medidas en Kivu del Norte.", id="es-shared-demonym"),
    ],
)
def test_offices_missions_generic_forces_and_governments_are_no_organisations(text):
    names = found(text, "organisation")
    assert not any(n.lower().startswith(("sector", "unifil", "task", "gouvernement", "gobierno")) for n in names), names
