"""A ministry printed with its country's demonym between its head word and the rest of its
name, as French and Spanish print a national body ("le ministère malien de la Défense", "el
Ministerio chileno de Relaciones Exteriores"): that country's ministry, an organisation of the
article and the speaker of what it says. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from test_quotes import LEADS, TITLES


def _extraction(language: str, paragraph: str):
    return extract("\n\n".join([TITLES[language], LEADS[language], paragraph]))


@pytest.mark.parametrize(
    "language, paragraph, body",
    [
        pytest.param("fr", "Le ministère malien de la Défense a indiqué que deux soldats avaient été blessés près de Gao.",
                     "Ministry of Defence of Mali", id="fr-ministere-malien-de-la-defense"),
        pytest.param("fr", "« Nous condamnons fermement ces tirs contre la force », a dénoncé le ministère ghanéen des Affaires étrangères.",
                     "Ministry of Foreign Affairs of Ghana", id="fr-ministere-ghaneen-des-affaires-etrangeres"),
        pytest.param("fr", "Selon le ministère ivoirien de l'Intérieur, les deux agents seront déployés le mois prochain.",
                     "Ministry of the Interior of Ivory Coast", id="fr-selon-ministere-ivoirien-de-l-interieur"),
        pytest.param("es", "El Ministerio español de Defensa informó que dos soldados habían resultado heridos cerca de Gao.",
                     "Ministry of Defence of Spain", id="es-ministerio-espanol-de-defensa"),
        pytest.param("es", "Según el Ministerio chileno de Relaciones Exteriores, los dos agentes serán desplegados el próximo mes.",
                     "Ministry of Foreign Affairs of Chile", id="es-segun-ministerio-chileno-de-relaciones-exteriores"),
    ],
)
def test_a_ministry_with_its_demonym_inside_is_that_countrys(language, paragraph, body):
    extraction = _extraction(language, paragraph)
    assert body in {e.name for e in extraction.entities.values() if e.kind == "organisation"}
    assert [q.speaker for q in extraction.quotes] == [body]


@pytest.mark.parametrize(
    "language, paragraph",
    [
        pytest.param("fr", "Le ministère de la Défense a indiqué que deux soldats avaient été blessés près de Gao.", id="fr-no-demonym"),
        pytest.param("es", "El Ministerio de Defensa informó que dos soldados habían resultado heridos cerca de Gao.", id="es-no-demonym"),
    ],
)
def test_a_ministry_printed_without_a_country_stays_untied(language, paragraph):
    names = {e.name for e in _extraction(language, paragraph).entities.values() if e.kind == "organisation"}
    assert not any(name.startswith("Ministry of Defence of") for name in names)
