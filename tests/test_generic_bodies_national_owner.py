"""A ministry printed without its country, in an article filed from no country, is the
ministry of the one country whose national bodies the article names (organisations.yaml
"home_country", "armed_forces_of", "police_of", or a body printed with its country): "the
Ministry of National Defense" beside the Vietnam Department of Peacekeeping Operations is the
Ministry of Defence of Vietnam, "el Ministerio de Defensa" beside the Uruguayan Army is
Uruguay's. With the bodies of two countries, or none, or only a non-state armed group's, it
stays untied. Every sentence is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def organisations_of(text: str) -> list[str]:
    """The names of the organisations the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "organisation")


@pytest.mark.parametrize(
    "text, ministry",
    [
        pytest.param("The Ministry of National Defense held a send-off for the engineers. The Vietnam Peacekeeping "
                     "Department said they were ready.", "Ministry of Defence of Vietnam", id="en-department"),
        pytest.param("El Ministerio de Defensa informó que los efectivos del Ejército uruguayo ya regresaron a la base.",
                     "Ministry of Defence of Uruguay", id="es-army"),
        pytest.param("Le ministère de la Défense a salué le travail des Forces armées maliennes à Gao.",
                     "Ministry of Defence of Mali", id="fr-armed-forces"),
    ],
)
def test_an_untied_ministry_is_the_one_country_of_the_articles_national_bodies(text, ministry):
    assert ministry in organisations_of(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Ministry of Defence said the Malian army and the Kenyan army would train together.", id="two-countries"),
        pytest.param("The Ministry of Defence said the convoy would leave on Monday.", id="none"),
        # a non-state armed group (organisations.yaml "armed_group") is no body of its home
        # country's state: the ministry beside it is not that country's
        pytest.param("The Ministry of Defence said fighters of the Allied Democratic Forces burned a clinic east of Oicha.",
                     id="en-armed-group"),
        pytest.param("Le ministère de la Défense a indiqué que des combattants des FDLR avaient pillé un dispensaire.",
                     id="fr-armed-group"),
        pytest.param("El Ministerio de Defensa informó que el Ejército de Resistencia del Señor secuestró a doce aldeanos.",
                     id="es-armed-group"),
    ],
)
def test_an_untied_ministry_stays_untied_without_one_country(text):
    assert "Ministry of Defence" in organisations_of(text)
