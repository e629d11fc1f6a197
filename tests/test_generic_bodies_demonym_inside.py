"""A country's ministry printed with its demonym between the ministry's word and its
portfolio, as French and Spanish write it ("le ministère malien de la Défense", "el Ministerio
uruguayo de Defensa", "le ministère marocain des Affaires étrangères"), is that country's
ministry ("Ministry of Defence of Mali"), as "le ministère de la Défense du Mali" is. A
ministry of the armed forces ("ministère des Forces armées", "Ministry of Armed Forces") is the
country's Ministry of Defence (the generic English name), and the armed forces' words inside
its name name no armed forces. A word between that is no demonym ties no country. Every
sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def organisations_of(text: str) -> list[str]:
    """The names of the organisations the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "organisation")


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("Le ministère malien de la Défense a annoncé la mort de deux soldats près de Mopti.",
                     "Ministry of Defence of Mali", id="fr-defence"),
        pytest.param("Selon le ministère marocain des Affaires étrangères, le casque bleu est mort à l'hôpital.",
                     "Ministry of Foreign Affairs of Morocco", id="fr-foreign"),
        pytest.param("El Ministerio uruguayo de Defensa informó que el soldado llegará el lunes.",
                     "Ministry of Defence of Uruguay", id="es-defence"),
        pytest.param("Le ministère sénégalais des Forces armées a rendu hommage aux deux soldats.",
                     "Ministry of Defence of Senegal", id="fr-armed-forces-demonym"),
        pytest.param("Le ministère des Forces armées du Sénégal a rendu hommage aux deux soldats.",
                     "Ministry of Defence of Senegal", id="fr-armed-forces-country-after"),
        pytest.param("The Senegalese Ministry of Armed Forces paid tribute to the two soldiers.",
                     "Ministry of Defence of Senegal", id="en-armed-forces"),
        # a demonym written with a hyphen is one word between the ministry's word and its portfolio
        pytest.param("Le ministère sud-soudanais de la Défense a confirmé le retrait de la colonne.",
                     "Ministry of Defence of South Sudan", id="fr-hyphenated-defence"),
        pytest.param("Selon le ministère sud-africain des Affaires étrangères, les observateurs partiront jeudi.",
                     "Ministry of Foreign Affairs of South Africa", id="fr-hyphenated-foreign"),
    ],
)
def test_a_ministry_printed_with_its_countrys_demonym_inside_is_that_countrys(text, body):
    assert organisations_of(text) == [body]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Le ministère congolais de la Défense a démenti la chute de la colline.", id="fr-congolais"),
        pytest.param("El Ministerio congoleño de Defensa desmintió la caída de la colina.", id="es-congoleno"),
    ],
)
def test_a_demonym_two_countries_share_leaves_the_ministry_untied(text):
    """A demonym that names two countries (the two Congos) ties the ministry to neither; the
    ministry is still found, untied, as when the demonym follows its name."""
    assert organisations_of(text) == ["Ministry of Defence"]


def test_a_word_between_that_is_no_demonym_ties_no_country():
    assert organisations_of("Le ministère public de la Défense a présenté son budget.") == []
