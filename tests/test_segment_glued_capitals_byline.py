"""A byline word glued to a name printed in capitals after it, as a copy of a page loses the
space a style sheet put between them: at a line's start ("PorJUAN PÉREZ RTVE") or right after
the bracket or stop closing a photo's legend ("... (photo credit: Jane Roe/Reuters)ByREUTERS").
The byline is read as printed with its space: the writer, or the outlet it names. A word that
only holds the letters ("StandByME") is left alone.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

LEADS = {
    "en": "The mission said on Monday that its posts near the border were damaged by bulldozers overnight.",
    "fr": "La mission a annoncé lundi que ses positions près de la frontière avaient été endommagées dans la nuit.",
    "es": "La misión informó el lunes de que sus posiciones cerca de la frontera sufrieron daños durante la noche.",
}


@pytest.mark.parametrize(
    ("language", "head", "source", "authors"),
    [
        pytest.param("en", "Blue helmets report damage to their posts\nA patrol drives past a damaged wall. (photo credit: Jane Roe/Reuters)ByREUTERS",
                     "Reuters", [], id="en-agency-after-caption-bracket"),
        pytest.param("en", "Blue helmets report damage to their posts\nA patrol drives past a damaged wall.ByJANE ROE",
                     "", ["Jane Roe"], id="en-writer-after-caption-stop"),
        pytest.param("es", "Los cascos azules denuncian daños en sus puestos\nPorJUAN PÉREZ RTVE",
                     "RTVE", ["Juan Pérez"], id="es-writer-and-outlet-at-line-start"),
        pytest.param("fr", "Les casques bleus signalent des dégâts sur leurs positions\nParJEAN DUPONT",
                     "", ["Jean Dupont"], id="fr-writer-at-line-start"),
        pytest.param("en", "Blue helmets report damage to their posts\nA patrol drives past a wall. (Photo: Jane Roe/AFP)ByJohn Smith",
                     "", ["John Smith"], id="en-title-case-writer-after-caption"),
        pytest.param("fr", "Les casques bleus signalent des dégâts sur leurs positions\nParJean Dupont",
                     "", ["Jean Dupont"], id="fr-title-case-writer-at-line-start"),
    ],
)
def test_a_glued_capitals_byline_is_read(language, head, source, authors):
    fields = extract(f"{head}\n{LEADS[language]}\n").fields
    assert (fields["source"], fields["authors"]) == (source, authors)


@pytest.mark.parametrize(
    "text",
    [
        "Blue helmets on StandByME duty\nThe StandByME team said on Monday that the posts near the border were repaired.\n",
        "Paris Match et les casques bleus\nParis a accueilli mardi la réunion des ministres de la défense sur les missions de paix.\n",
    ],
)
def test_a_word_holding_a_byline_word_is_no_byline(text):
    assert extract(text).fields["authors"] == []
