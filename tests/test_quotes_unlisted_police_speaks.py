"""A country's police that organisations.yaml does not list, speaking ("the Nepali police
said", "la police nigérienne a indiqué", "selon la police béninoise"): the body "<Demonym>
Police" speaks and is an organisation of the article, not the country, nor no one; where it
does not speak ("Senegalese police officers", "une unité de police") it names no body. Every
sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from test_quotes import LEADS, TITLES


def _extraction(language: str, paragraph: str):
    return extract("\n\n".join([TITLES[language], LEADS[language], paragraph]))


@pytest.mark.parametrize(
    "language, paragraph, body",
    [
        pytest.param("en", "The Nepali police said the two officers would be sent to the mission next month.", "Nepali Police", id="en-the-police-said"),
        pytest.param("en", "A spokesman for the Senegalese police said the two officers would join the mission.", "Senegalese Police", id="en-spokesman-for-the-police"),
        pytest.param("fr", "La police nigérienne a indiqué que les deux agents seraient déployés le mois prochain.", "Nigerien Police", id="fr-la-police-a-indique"),
        pytest.param("fr", "Selon la police béninoise, les deux agents seront déployés le mois prochain.", "Beninese Police", id="fr-selon-la-police"),
        pytest.param("es", "La policía nepalí informó que los dos agentes serían desplegados el próximo mes.", "Nepali Police", id="es-la-policia-informo"),
    ],
)
def test_an_unlisted_police_speaking_is_its_body(language, paragraph, body):
    extraction = _extraction(language, paragraph)
    assert [q.speaker for q in extraction.quotes] == [body]
    assert body in {e.name for e in extraction.entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(
    "language, paragraph",
    [
        pytest.param("en", "Senegalese police officers patrolled the camp on Monday.", id="en-police-officers"),
        pytest.param("fr", "Une unité de police sénégalaise a rejoint la mission la semaine dernière.", id="fr-unite-de-police"),
        pytest.param("en", "The Senegalese police contingent arrived in Bangui on Monday.", id="en-police-contingent"),
    ],
)
def test_an_unlisted_police_not_speaking_names_no_body(language, paragraph):
    names = {e.name for e in _extraction(language, paragraph).entities.values() if e.kind == "organisation"}
    assert not any(name.endswith(" Police") for name in names)
