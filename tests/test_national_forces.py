"""A country's army, military or armed forces, written with its country in any of the usual
ways, is one body per country: the country's listed armed forces (organisations.yaml
"armed_forces_of") when the reference lists them, else the untied "<Demonym> <Service>".
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def bodies_of(text: str) -> list[str]:
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind in ("organisation", "initiative"))


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("Lebanon's army reopened the coastal road on Friday.", "Lebanese Armed Forces", id="en-possessive-army"),
        pytest.param("The Armed Forces of the Philippines sent a company to the Golan.", "Armed Forces of the Philippines",
                     id="en-philippines-own-name"),
        pytest.param("Las Fuerzas Armadas de Filipinas enviaron una compañía al Golán.", "Armed Forces of the Philippines",
                     id="es-philippines-own-name"),
        pytest.param("El ejército filipino envió una compañía al Golán.", "Armed Forces of the Philippines", id="es-philippines-demonym"),
        pytest.param("The Lebanese army reopened the coastal road on Friday.", "Lebanese Armed Forces", id="en-demonym-army"),
        pytest.param("Israel's military struck a depot near the border.", "Israel Defense Forces", id="en-possessive-military"),
        pytest.param("The armed forces of Israel struck a depot near the border.", "Israel Defense Forces", id="en-armed-forces-of"),
        pytest.param("L'armée israélienne a frappé un dépôt près de la frontière.", "Israel Defense Forces", id="fr-demonym-after"),
        pytest.param("El ejército del Líbano reabrió la carretera costera.", "Lebanese Armed Forces", id="es-ejercito-del-country"),
        pytest.param("The Sudanese army shelled the outskirts of the town.", "Sudanese Armed Forces", id="en-sudanese-army"),
        pytest.param("L'armée soudanaise a bombardé les faubourgs de la ville.", "Sudanese Armed Forces", id="fr-sudanese-army"),
        pytest.param("El Ejército sudanés bombardeó las afueras de la ciudad.", "Sudanese Armed Forces", id="es-sudanese-army"),
        pytest.param("Kenya's military sent a second company to the eastern provinces.", "Kenya Defence Forces", id="en-kenya-military"),
        pytest.param("The South Korean Army sent a new engineering unit to the camp.", "Republic of Korea Army", id="en-capitalised-korean-army"),
    ],
)
def test_a_countrys_army_is_its_listed_armed_forces(text, body):
    bodies = bodies_of(text)
    assert body in bodies, bodies
    assert not any(b.endswith((" Army", " Armed Forces")) and b != body for b in bodies), bodies


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("Peru's army sent two engineers to the camp.", "Peruvian Army", id="en-possessive"),
        pytest.param("The Peruvian army sent two engineers to the camp.", "Peruvian Army", id="en-demonym"),
        pytest.param("L'armée péruvienne a envoyé deux ingénieurs au camp.", "Peruvian Army", id="fr-demonym-after"),
        pytest.param("El ejército de Perú envió dos ingenieros al campamento.", "Peruvian Army", id="es-de-country"),
    ],
)
def test_a_countrys_army_not_listed_stays_generic(text, body):
    assert body in bodies_of(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Chinese military engineers rebuilt the bridge in two weeks.", id="military-as-adjective"),
        pytest.param("The Revolutionary Armed Forces of Colombia signed the accord.", id="inside-a-listed-name"),
    ],
)
def test_no_national_army_where_none_is_named(text):
    assert not any(b.endswith((" Army", " Armed Forces")) and "Revolutionary" not in b for b in bodies_of(text)), bodies_of(text)


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Two shells hit the post on Monday, Israel's military said.", "Israel Defense Forces", id="en-possessive-military"),
        pytest.param("Two shells hit the post on Monday, Lebanon's army said.", "Lebanese Armed Forces", id="en-possessive-army"),
    ],
)
def test_a_countrys_army_speaks_as_its_listed_armed_forces(text, speaker):
    quotes = extract(text, None).quotes
    assert quotes and quotes[-1].speaker == speaker, quotes


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("Peru's army lost two trucks in the flood. Peru's military said the road was cut.", "Peruvian Army",
                     id="en-army-then-military"),
        pytest.param("Las fuerzas armadas de Perú enviaron un avión. El ejército peruano confirmó la llegada.", "Peruvian Armed Forces",
                     id="es-armed-forces-then-army"),
    ],
)
def test_a_countrys_whole_forces_are_one_actor_in_an_article(text, body):
    bodies = bodies_of(text)
    assert [b for b in bodies if b.startswith("Peruvian")] == [body], bodies


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("El ejército de los Estados Unidos envió dos ingenieros al campamento.", "American Army", id="es-de-los"),
        pytest.param("L'armée de l'Inde a envoyé deux ingénieurs au camp.", "Indian Army", id="fr-de-l-elided"),
        pytest.param("L\u2019armée de l\u2019Inde a envoyé deux ingénieurs au camp.", "Indian Army", id="fr-de-l-curly"),
        pytest.param("The military of Chad sent two engineers to the camp.", "Chadian Armed Forces", id="en-military-of"),
        pytest.param("El ejército de las Comoras envió dos ingenieros al campamento.", "Comorian Army", id="es-de-las"),
    ],
)
def test_the_army_of_a_country_after_its_joining_words(text, body):
    assert body in bodies_of(text), bodies_of(text)
