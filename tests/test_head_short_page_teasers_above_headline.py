"""A short page (a brief of one or two short paragraphs, too short for the whole-page reader)
printing other stories' headlines above the article's own ("Lo más leído" and three
headlines, or the headlines alone), the article's headline worded otherwise than its lead
and sharing one word with it. The article's headline is the line sharing a word with the
lead, not the longest of the other stories', which share none.

Every text is invented for the tests; the headline and lead are tests/headcases.py's.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

OTHERS = {
    "es": ["El Gobierno aprueba el nuevo presupuesto para la sanidad pública",
           "La selección gana el partido amistoso frente a su rival regional",
           "Suben los precios del combustible por tercera semana consecutiva"],
    "fr": ["Le gouvernement adopte le nouveau budget de la santé publique",
           "L'équipe nationale remporte le match amical contre son voisin",
           "Les prix du carburant augmentent pour la troisième semaine"],
}
LABEL = {"es": "Lo más leído", "fr": "Les plus lus"}
DAY = {"es": "12 de marzo de 2023", "fr": "12 mars 2023"}


@pytest.mark.parametrize("lang", ["es", "fr"])
@pytest.mark.parametrize("labelled", [True, False], ids=["labelled", "bare"])
def test_the_headline_sharing_a_word_with_the_lead_outranks_longer_teasers(lang, labelled):
    others = "\n".join(OTHERS[lang])
    label = f"{LABEL[lang]}\n" if labelled else ""
    page = f"{label}{others}\n\n{HEADLINE[lang]}\n{DAY[lang]}\n\n{LEAD[lang]}\n\n{MORE[lang]}"
    assert extract(page).fields.get("title") == HEADLINE[lang]
