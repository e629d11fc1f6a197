"""A headline opened by a kicker that is also a word of a picture's credit ("PHOTOS: Kenyan
engineers ...", "Photos : des casques bleus ...", "FOTOS: Cascos azules ..."): the line is the
headline, its words no credited names, and the lead under it stays the text's first paragraph
(main read the line as a photo credit, lost the headline and took the lead for its caption).
A credit naming people or an outlet ("Photos: UN/Jane Roe") stays a credit.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import segment

LEAD = {
    "en": "Kenyan engineers serving with the UN force in Abyei were on Monday, March 4, awarded UN medals for their service.",
    "fr": "Des ingénieurs kényans de la force de l'ONU à Abyei ont reçu lundi 4 mars la médaille des Nations unies pour leur service.",
    "es": "Ingenieros kenianos de la fuerza de la ONU en Abyei recibieron el lunes 4 de marzo la medalla de las Naciones Unidas.",
}
MORE = {
    "en": "In a parade held at the force headquarters, the force commander praised the engineers for the roads they have rebuilt.",
    "fr": "Lors d'un défilé au quartier général de la force, le commandant a salué les routes reconstruites par les ingénieurs.",
    "es": "En un desfile en el cuartel general de la fuerza, el comandante elogió las carreteras reconstruidas por los ingenieros.",
}


def page(language: str, head: str) -> str:
    return "\n\n".join([head, "Share this", LEAD[language], MORE[language]])


@pytest.mark.parametrize(("language", "head", "title"), [
    pytest.param("en", "PHOTOS: Kenyan engineers in Abyei receive UN medals",
                 "Kenyan engineers in Abyei receive UN medals", id="en-photos-colon"),
    pytest.param("fr", "Photos : des ingénieurs kényans décorés à Abyei",
                 "des ingénieurs kényans décorés à Abyei", id="fr-photos-spaced-colon"),
    pytest.param("es", "FOTOS: Ingenieros kenianos condecorados en Abyei",
                 "Ingenieros kenianos condecorados en Abyei", id="es-fotos-colon"),
])
def test_a_kicker_that_is_a_credit_word_opens_the_headline(language, head, title):
    layout = segment(page(language, head))
    assert layout.title == title
    assert layout.paragraphs[0] == LEAD[language]


@pytest.mark.parametrize("credit", [
    # (must not change) a credit naming its photographer or outlet
    pytest.param("Photos: UN/Jane Roe", id="names"),
    pytest.param("Photos : MONUSCO/Abel Kavanagh", id="outlet-and-name"),
])
def test_a_credit_naming_names_stays_a_credit(credit):
    layout = segment("\n\n".join(["Kenyan engineers in Abyei receive UN medals", credit, LEAD["en"], MORE["en"]]))
    assert layout.title == "Kenyan engineers in Abyei receive UN medals"
    assert credit not in layout.paragraphs
