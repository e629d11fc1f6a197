"""A country's service printed as a name with no country ("la Armada", "del Ejército", "the
Air Force", "la Gendarmerie mobile") is the service of the one country whose troops the article
is about ("el contingente chileno", "Uruguayan soldiers"), or of the one country whose forces it
names with their country; a bare service beside two countries' troops, after "de"/"d'" (a
title's or a unit's word) or only beside a dateline's country names none. Every sentence here
is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def bodies_of(text: str) -> list[str]:
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind in ("organisation", "initiative"))


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("El contingente peruano partió hacia Bangui el lunes. Lo integran 90 miembros del Ejército y 30 de la Marina.",
                     "Peruvian Navy", id="es-marina-peruvian-contingent"),
        pytest.param("El contingente peruano partió hacia Bangui el lunes. Lo integran 90 miembros del Ejército y 30 de la Marina.",
                     "Peruvian Armed Forces", id="es-ejercito-peruvian-contingent"),
        pytest.param("Volvió a Valparaíso el contingente chileno. El personal de la Armada desfiló ante sus familias.",
                     "Chilean Navy", id="es-armada-chilean-contingent"),
        pytest.param("The Uruguayan soldiers left Montevideo on Monday. Forty members of the Air Force flew with them.",
                     "Uruguayan Air Force", id="en-air-force-uruguayan-soldiers"),
        pytest.param("Le contingent sénégalais est arrivé à Dakar. Il compte un escadron de la Gendarmerie mobile.",
                     "Senegalese National Gendarmerie", id="fr-gendarmerie-senegalese-contingent"),
        pytest.param("La Fuerza Aérea peruana llevó a los cascos azules peruanos. Otros 20 efectivos de la Marina viajarán luego.",
                     "Peruvian Navy", id="es-marina-beside-peruvian-air-force"),
    ],
)
def test_a_bare_service_is_the_troops_countrys(text, body):
    assert body in bodies_of(text)


@pytest.mark.parametrize(
    "text, unwanted",
    [
        pytest.param("El contingente peruano llegó a Bangui tras el contingente chileno. La Marina envió un buque con víveres.",
                     " Navy", id="es-two-troop-countries"),
        pytest.param("BEIRUT (Reuters) - The Navy fired on a boat off the coast on Sunday, officials said.",
                     " Navy", id="en-dateline-country-only"),
        pytest.param("Le contingent sénégalais a été reçu par le chef d'État-major à Dakar.",
                     " Armed Forces", id="fr-chef-d-etat-major"),
        pytest.param("Le contingent sénégalais compte des officiers de Gendarmerie formés à Thiès.",
                     " Gendarmerie", id="fr-officiers-de-gendarmerie"),
        pytest.param("The Nepali Army sent a new company to Lebanon. Nepali peacekeepers serve in eight villages. "
                     "The Army also held a seminar in Kathmandu.", " Armed Forces", id="en-army-printed-as-name"),
        # a history paragraph about another country: the sentence before names it, not the troops'
        pytest.param("El contingente chileno llegó a Haití. En 1994 Estados Unidos invadió la isla. "
                     "Al año siguiente el Ejército fue disuelto.", " Armed Forces", id="es-ejercito-after-other-country"),
        # another army's name, capitalised only at its service word, is that army (listed)
        pytest.param("Le contingent sénégalais est arrivé à Bangui. Son chef a comparé la mission à l'Armée rouge en 1945.",
                     " Armed Forces", id="fr-armee-rouge"),
    ],
)
def test_a_bare_service_with_no_single_troops_country_names_none(text, unwanted):
    assert not any(b.endswith(unwanted) for b in bodies_of(text)), bodies_of(text)


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        # a branch named after its country in English ("the French Navy") is a named country's:
        # the bare "Navy" beside it is not the troops' country's
        pytest.param("Uruguayan soldiers left on Monday aboard a ship of the French Navy. The Navy said the crossing was smooth.",
                     "French Navy", "Uruguayan Navy", id="en-navy-beside-french-navy"),
        pytest.param("Uruguayan soldiers left on Monday aboard a plane of the U.S. Air Force. The Air Force said the flight was smooth.",
                     "U.S. Air Force", "Uruguayan Air Force", id="en-air-force-beside-us-air-force"),
        # a bare branch tied to the troops' country is the branch printed with its name, not a
        # second "<Demonym> <Service>"; a bare army is the army printed as a name after its
        # country, not the dateline's country's
        pytest.param("Bangladeshi peacekeepers flew in on Monday aboard a plane of the Bangladesh Air Force. "
                     "Forty members of the Air Force came with them.", "Bangladesh Air Force", "Bangladeshi Air Force",
                     id="en-air-force-as-printed"),
        pytest.param("JUBA (Reuters) - Pakistani peacekeepers arrived in the capital on Monday, the Pakistan Army said. "
                     "The Army also sent a medical team.", "Pakistan Army", "South Sudan People's Defence Forces",
                     id="en-army-printed-beside-dateline"),
    ],
)
def test_a_bare_service_beside_another_countrys_named_service(text, wanted, unwanted):
    bodies = bodies_of(text)
    assert wanted in bodies and unwanted not in bodies, bodies
