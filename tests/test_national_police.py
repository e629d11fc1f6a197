"""A country's police printed with the country or its demonym ("Haiti's police", "la police
congolaise", "la policía congoleña") is the national police organisations.yaml lists for that
country ("police_of"), tied to the one country the article names where the demonym is two
countries' ("congolaise"), as a country's armed forces are; a police word that only qualifies
a noun ("police officers", "une unité de police") names no body. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def bodies_of(text: str) -> list[str]:
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "organisation")


CONGO = {
    "en": "Crowds blocked the road near Bunia, in the Democratic Republic of Congo, on Monday.",
    "fr": "Une foule a bloqué lundi la route près de Bunia, en République démocratique du Congo.",
    "es": "Una multitud bloqueó el lunes la carretera cerca de Bunia, en la República Democrática del Congo.",
}


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("fr", "La police congolaise a dispersé les manifestants dans la soirée.", id="fr-congolaise"),
        pytest.param("es", "La policía congoleña dispersó a los manifestantes por la noche.", id="es-congolena"),
        pytest.param("fr", "La police nationale congolaise a dispersé les manifestants dans la soirée.", id="fr-nationale-lowercase"),
    ],
)
def test_the_police_of_a_shared_demonym_is_the_named_countrys(language, sentence):
    assert "Congolese National Police" in bodies_of(f"Road blocked\n\n{CONGO[language]}\n\n{sentence}")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Haiti's police cleared the road to the port on Sunday.", id="en-possessive"),
        pytest.param("La police haïtienne a dégagé dimanche la route du port.", id="fr-demonym-after"),
        pytest.param("La policía haitiana despejó el domingo la carretera del puerto.", id="es-demonym-after"),
        pytest.param("La policía de Haití despejó el domingo la carretera del puerto.", id="es-de-country"),
    ],
)
def test_a_countrys_police_is_its_listed_police(text):
    assert "Haitian National Police" in bodies_of(text)


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("fr", "La police congolaise a indiqué que deux camions avaient été incendiés.", id="fr"),
        pytest.param("es", "La policía congoleña informó que dos camiones fueron incendiados.", id="es"),
    ],
)
def test_the_countrys_police_speaks_as_that_body(language, sentence):
    quotes = extract(f"Road blocked\n\n{CONGO[language]}\n\n{sentence}").quotes
    assert [q.speaker for q in quotes] == ["Congolese National Police"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Two Haitian police officers were hurt near the port on Sunday.", id="en-officers"),
        pytest.param("Une unité de police haïtienne a été visée dimanche près du port.", id="fr-unite-de-police"),
        pytest.param("Dos agentes de policía haitianos resultaron heridos el domingo cerca del puerto.", id="es-agentes-de-policia"),
        pytest.param("The Republic of Congo closed its border. La police congolaise a fermé la route.", id="shared-demonym-other-country"),
    ],
)
def test_no_national_police_where_the_word_qualifies_a_noun_or_no_police_is_listed(text):
    assert not any("Police" in b for b in bodies_of(text)), bodies_of(text)
