"""Armies of troop-contributing and host countries, armed groups and their usual spellings in
peacekeeping news: the listed body is found whichever way the press prints it. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def bodies_of(text: str) -> list[str]:
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind in ("organisation", "initiative"))


@pytest.mark.parametrize(
    "text, body",
    [
        # a country's army, military or armed forces is its listed national forces
        pytest.param("The Tanzanian army said its soldiers would stay in their camp near the river.",
                     "Tanzania People's Defence Force", id="en-tanzanian-army"),
        pytest.param("L'armée sud-africaine a confirmé la mort de deux de ses soldats près de la ville.",
                     "South African National Defence Force", id="fr-south-african-army"),
        pytest.param("Quân đội Malawi cho biết ba binh sĩ đã bị thương trong trận giao tranh.",
                     "Malawi Defence Force", id="vi-malawi-army"),
        pytest.param("Brazil's military said on Monday that the engineers had reached the port.",
                     "Brazilian Army", id="en-brazil-military"),
        pytest.param("Las Fuerzas Armadas de Malí (FAMa) patrullan desde el lunes la carretera del norte.",
                     "Malian Armed Forces", id="es-fama"),
        # a body's own country printed before its name describes it
        pytest.param("Fighters of the Ugandan Allied Democratic Forces raided a village before dawn.",
                     "Allied Democratic Forces", id="en-ugandan-adf"),
        pytest.param("Le groupe armé ougandais Forces démocratiques alliées a revendiqué l'embuscade.",
                     "Allied Democratic Forces", id="fr-ougandais-adf"),
        # a listed name the reference writes in lowercase is printed so inside a sentence
        pytest.param("A cell linked to al-Qaeda claimed the roadside bomb on Tuesday.", "Al-Qaeda", id="en-lowercase-al-qaeda"),
        pytest.param("Nhóm vũ trang có liên hệ với al-Qaeda đã nhận trách nhiệm về vụ tấn công.", "Al-Qaeda", id="vi-lowercase-al-qaeda"),
        pytest.param("Una filial de al Qaeda reivindicó el ataque contra la patrulla.", "Al-Qaeda", id="es-lowercase-al-qaeda"),
        # armed groups and coalitions in the press's spellings
        pytest.param("El Grupo de Defensa del Islam y los Musulmanes reivindicó la emboscada del jueves.",
                     "Group for the Support of Islam and Muslims", id="es-grupo-de-defensa-del-islam"),
        pytest.param("La coalición rebelde Alliance Fleuve Congo tomó el aeropuerto de la ciudad.",
                     "Congo River Alliance", id="es-alliance-fleuve-congo"),
        pytest.param("Muchos oficiales venían del Congreso Nacional para la Defensa del Pueblo, disuelto años atrás.",
                     "National Congress for the Defence of the People", id="es-cndp"),
    ],
)
def test_the_listed_body_is_found(text, body):
    bodies = bodies_of(text)
    assert body in bodies, bodies
    assert not any(b.endswith((" Army", " Armed Forces", " Allied Democratic Forces")) and b != body for b in bodies), bodies


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("Two FARDC (Congolese Armed Forces) officers were hurt when the truck overturned.",
                     "Armed Forces of the Democratic Republic of the Congo", id="en-fardc-gloss"),
        pytest.param("Des soldats des FAMa (Forces armées du Mali) ont escorté le convoi jusqu'à Gao.",
                     "Malian Armed Forces", id="fr-fama-gloss"),
    ],
)
def test_a_gloss_in_brackets_after_a_listed_acronym_is_that_body(text, body):
    bodies = bodies_of(text)
    assert bodies == [body], bodies


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("The Congolese army retook the hill, officials in the Democratic Republic of Congo said.",
                     "Armed Forces of the Democratic Republic of the Congo", id="en-congolese-army-drc"),
        pytest.param("El ejército congoleño recuperó la colina, según el gobierno de la República Democrática del Congo.",
                     "Armed Forces of the Democratic Republic of the Congo", id="es-ejercito-congoleno-drc"),
        pytest.param("Quân đội Congo đã giành lại ngọn đồi, chính phủ CHDC Congo cho biết.",
                     "Armed Forces of the Democratic Republic of the Congo", id="vi-quan-doi-congo-drc"),
        pytest.param("The Congolese army paraded in Brazzaville, capital of the Republic of the Congo.",
                     None, id="en-congolese-army-brazzaville"),
    ],
)
def test_an_army_with_a_shared_demonym_is_that_of_the_country_the_article_names(text, body):
    bodies = bodies_of(text)
    assert bodies == ([body] if body else []), bodies
