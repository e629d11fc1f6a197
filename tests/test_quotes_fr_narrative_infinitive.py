"""Quotes: the French narrative infinitive ("Et le maire d'ajouter : « ... »", "Et Anne Morel
de conclure : « ... »") reports words as "a ajouté" does, its subject the name or title
before it; only before a colon or a quotation (quotes.yaml "narrative_infinitives"), so "il
convient d'ajouter que" or "avant de conclure l'accord" report nothing. Every sentence here
is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

LEAD = ("Des casques bleus arrivent au camp du nord\n\n"
        "Les casques bleus de l'ONU sont arrivés lundi au camp du nord après une longue route.\n\n")


def quotes_of(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(LEAD + text, None).quotes]


@pytest.mark.parametrize(
    "text, says, speaker",
    [
        pytest.param("Le commandant de la force, Paul Renard, a visité Kidal mardi. "
                     "Et Paul Renard d'ajouter : « les patrouilles reprendront dès demain ».",
                     "patrouilles reprendront", "Paul Renard", id="name-d-ajouter-colon"),
        pytest.param("La cheffe de la Minusca, Anne Morel, a reçu les élus de Bria. "
                     "Et Anne Morel de conclure : « nous ne partirons pas avant la fin du mandat ».",
                     "ne partirons pas", "Anne Morel", id="name-de-conclure-colon"),
        pytest.param("Le porte-parole Marc Dubois a confirmé l'arrivée du convoi. "
                     "Et le porte-parole de préciser « que les vivres seront distribués jeudi ».",
                     "vivres seront distribués", "Marc Dubois", id="title-de-preciser-quotation"),
        pytest.param("La Minusma a confirmé l'arrivée du convoi à Gao. "
                     "Et la mission de souligner : « aucun véhicule n'a été touché ».",
                     "aucun véhicule", "MINUSMA", id="body-de-souligner-colon"),
    ],
)
def test_the_narrative_infinitive_reports(text, says, speaker):
    assert [s for s, sentence in quotes_of(text) if says in sentence] == [speaker]


@pytest.mark.parametrize(
    "text, words",
    [
        pytest.param("Il convient d'ajouter que la route de Kidal reste fermée aux camions.", "route de Kidal",
                     id="impersonal-d-ajouter-que"),
        pytest.param("Les délégués se sont réunis avant de conclure l'accord sur les patrouilles.", "conclure l'accord",
                     id="de-conclure-object"),
    ],
)
def test_an_infinitive_without_colon_or_quotation_reports_nothing(text, words):
    assert [s for s, sentence in quotes_of(text) if words in sentence] == []
