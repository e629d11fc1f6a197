"""Armed groups of the Sahel and the Great Lakes that peacekeeping news names by their own
name or press acronym: each is its listed body (reference organisations.yaml), in each language,
and never a person, even when it claims or says something. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def actors_of(text: str) -> tuple[list[str], list[str]]:
    entities = extract(text, None).entities.values()
    return (sorted(e.name for e in entities if e.kind == "organisation"),
            sorted(e.name for e in entities if e.kind == "person"))


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("Gao, 4 March 2026\n\nAnsar Dine said it had planted the mines on the northern road.",
                     "Ansar Dine", id="en-ansar-dine-speaks"),
        pytest.param("Tombouctou, 4 mars 2026\n\nLe MUJAO a revendiqué l'enlèvement des deux chauffeurs.",
                     "Movement for Oneness and Jihad in West Africa", id="fr-mujao"),
        pytest.param("Niamey, 4 de marzo de 2026\n\nEl grupo Al Murabitun reivindicó el asalto al hotel.",
                     "Al-Mourabitoun", id="es-al-murabitun"),
        pytest.param("Mopti, 4 mars 2026\n\nLa katiba Macina a attaqué le poste de gendarmerie dans la nuit.",
                     "Macina Liberation Front", id="fr-katiba-macina"),
        pytest.param("Ouagadougou, 4 March 2026\n\nFighters of Ansarul Islam burned the school in the village.",
                     "Ansarul Islam", id="en-ansarul-islam"),
        pytest.param("Kidal, 4 mars 2026\n\nLe MNLA a quitté les pourparlers, a déclaré son porte-parole.",
                     "National Movement for the Liberation of Azawad", id="fr-mnla"),
        pytest.param("Bukavu, 4 March 2026\n\nFDLR fighters crossed the lake at night, the governor said.",
                     "Democratic Forces for the Liberation of Rwanda", id="en-fdlr"),
        pytest.param("Bunia, 4 de marzo de 2026\n\nLa milicia CODECO atacó un campo de desplazados en Ituri.",
                     "CODECO", id="es-codeco"),
        pytest.param("Obo, 4 March 2026\n\nThe Lord's Resistance Army abducted twelve children near the border.",
                     "Lord's Resistance Army", id="en-lra"),
        pytest.param("Maiduguri, 4 de marzo de 2026\n\nEl ISWAP atacó una base militar en el noreste de Nigeria.",
                     "Islamic State West Africa Province", id="es-iswap"),
        pytest.param("Beni, 4 mars 2026\n\nLes ADF-Nalu ont attaqué un village près de la frontière.",
                     "Allied Democratic Forces", id="fr-adf-nalu"),
        pytest.param("Bangui, 4 de marzo de 2026\n\nLa Coalición Patriotas por el Cambio cortó la carretera del oeste.",
                     "Coalition of Patriots for Change", id="es-cpc-without-de"),
        pytest.param("Gao, 4/3/2026\n\nNhóm Ansar Dine tuyên bố đứng sau vụ tấn công vào đoàn xe.",
                     "Ansar Dine", id="vi-ansar-dine"),
    ],
)
def test_an_armed_group_is_its_listed_body_and_no_person(text, body):
    bodies, people = actors_of(text)
    assert body in bodies, bodies
    assert not people, people
