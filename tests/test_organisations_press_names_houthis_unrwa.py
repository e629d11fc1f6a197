"""Bodies and missions named in press forms the reference lacked: the Houthis by their
movement's or their family's name, UNRWA by its press names (not read as the UN refugee
agency whose name opens them), UNIFIL by its name cut before the place where a text brackets
the acronym (no United Nations named apart), and a Vietnamese mission name with "gìn giữ hòa
bình" cut to its initials (GGHB). Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from actorcases import actors_of
from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Houthi rebels fired a missile at a ship in the Red Sea, the group said.", id="en"),
        pytest.param("Les rebelles houthis ont revendiqué l'attaque contre un navire.", id="fr"),
        pytest.param("Las fuerzas hutíes del movimiento Ansarolá atacaron un barco en el mar Rojo.", id="es"),
    ],
)
def test_the_houthis_are_named(text):
    assert actors_of(text)[1] == ["Houthis"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Moscú apoyó a la Agencia de la ONU para los Refugiados de Palestina en la votación del martes.", id="es"),
        pytest.param("Paris a promis un don à l'Agence des Nations unies pour les réfugiés palestiniens.", id="fr"),
        pytest.param("Donors pledged funds to the UN Agency for Palestine Refugees on Monday.", id="en"),
    ],
)
def test_the_palestine_refugee_agency_is_unrwa_not_unhcr(text):
    assert actors_of(text)[1] == ["UNRWA"]


@pytest.mark.parametrize(
    "text, mission",
    [
        pytest.param("Chuẩn bị lên đường\n\nNgày 5/4, Ban Chỉ đạo họp về hoạt động Gìn giữ hòa bình Liên Hợp Quốc (GGHB LHQ) "
                     "để cử sĩ quan sang Phái bộ GGHB LHQ tại Abyei.", "UNISFA", id="abyei"),
        pytest.param("Tiễn đội công binh\n\nĐội công binh sẽ làm nhiệm vụ tại Phái bộ GGHB LHQ ở Nam Sudan trong một năm.",
                     "UNMISS", id="south-sudan"),
    ],
)
def test_a_vietnamese_mission_name_with_the_initials_of_peacekeeping(text, mission):
    assert mission in {e.name for e in extract(text).entities.values() if e.kind == "mission"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("El Consejo expresó preocupación por los ataques contra la Fuerza Interina de las Naciones Unidas "
                     "(Finul) en el Líbano.", id="es"),
        pytest.param("Les tirs ont visé la Force intérimaire des Nations unies (Finul) au Liban mardi.", id="fr"),
        pytest.param("Shells hit a post of the United Nations Interim Force (UNIFIL) in Lebanon on Monday.", id="en"),
    ],
)
def test_a_mission_name_cut_by_its_bracketed_acronym_names_no_united_nations(text):
    entities = extract(text).entities.values()
    assert "UNIFIL" in {e.name for e in entities if e.kind == "mission"}
    assert not any(e.kind == "organisation" for e in entities)
