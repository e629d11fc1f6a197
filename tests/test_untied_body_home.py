"""An untied national body's country: under a dateline the home country's, even when the
sentence also says where its troops are; with no dateline, in a language of one country only,
that country's (tests/corpus/README.md: a body's country is the one the text ties it to)."""
from __future__ import annotations

import pytest


def article_bodies(text: str) -> set[str]:
    from newsdossier.extract import extract

    return {f.id for f in extract(text).entities.values() if f.kind in ("organisation", "initiative")}


@pytest.mark.parametrize(
    "text, tied_id",
    [
        pytest.param("Relevo en el sur\n\nMONTEVIDEO, 5 mar (EFE).- El Ministerio de Defensa dijo que los soldados uruguayos "
                     "destacados en Haití regresan el lunes.\n", "ministry-of-defence-of-uruguay", id="es-own-troops-abroad"),
        pytest.param("Relève au Liban\n\nDAKAR, 4 mars (APS) - Le ministère de la Défense a dit que les soldats sénégalais "
                     "postés au Mali vont bien.\n", "ministry-of-defence-of-senegal", id="fr-own-troops-abroad"),
        pytest.param("Troops return home\n\nLIMA, 3 March (Reuters) - The defence ministry said the Peruvian platoon in "
                     "Haiti had finished its tour.\n", "ministry-of-defence-of-peru", id="en-own-troops-abroad"),
    ],
)
def test_a_dateline_country_named_beside_the_body_keeps_it_the_home_countrys(text, tied_id):
    found = article_bodies(text)
    assert tied_id in found, found
    assert "ministry-of-defence" not in found, found


def test_a_body_untied_in_a_language_of_one_country_is_that_countrys():
    text = ("Sĩ quan lên đường làm nhiệm vụ\n\nSáng thứ hai, Bộ Quốc phòng đã trao quyết định cho năm sĩ quan "
            "sẽ làm nhiệm vụ gìn giữ hòa bình.\n\nCác sĩ quan sẽ sang Cộng hòa Trung Phi vào tháng bảy.\n")
    found = article_bodies(text)
    assert "ministry-of-defence-of-vietnam" in found, found
    assert "ministry-of-defence" not in found, found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Troops return home\n\nThe defence ministry said the platoon had landed after a year in Haiti.\n", id="en"),
        pytest.param("Relevo en el sur\n\nEl Ministerio de Defensa dijo que el pelotón aterrizó tras un año en Haití.\n", id="es"),
    ],
)
def test_a_body_untied_in_a_language_of_several_countries_stays_generic(text):
    found = article_bodies(text)
    assert not any(body.startswith("ministry-of-defence-of-") for body in found), found
