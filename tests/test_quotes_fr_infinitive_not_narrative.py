"""Quotes: a French infinitive of saying before a quotation ("d'assurer « ... »", "de lancer
« ... »") is a narrative infinitive, and reports words, only when "et" opens its clause
before its subject ("Et le général d'ajouter : « ... »"). Hanging on a verb or a noun
("est chargée d'assurer « la protection des civils »", "vient de lancer « un appel urgent »",
"a pour mission de prévenir « ... »") it quotes a term and reports nothing. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

LEAD = ("Des casques bleus arrivent au camp du nord\n\n"
        "Les casques bleus de l'ONU sont arrivés lundi au camp du nord après une longue route.\n\n")


def reported(text: str, words: str) -> list[str]:
    """The speakers of the quotes whose sentence holds `words` ("" for a quote of no one)."""
    return [q.speaker for q in extract(LEAD + text, None).quotes if words in q.sentence]


@pytest.mark.parametrize(
    "text, words",
    [
        pytest.param("La Minusca est chargée d'assurer « la protection des civils » dans l'ouest du pays.",
                     "protection des civils", id="chargee-d-assurer"),
        pytest.param("L'ONU vient de lancer « un appel urgent » pour nourrir les déplacés de Bria.",
                     "appel urgent", id="vient-de-lancer"),
        pytest.param("La Monusco a pour mission de prévenir « toute reprise des combats » autour de Goma.",
                     "reprise des combats", id="mission-de-prevenir"),
        pytest.param("La Minusca et l'armée sont chargées d'assurer « la sécurité des routes » vers Bria.",
                     "routes", id="list-subject-d-assurer"),
    ],
)
def test_an_infinitive_hanging_on_a_verb_or_noun_reports_nothing(text, words):
    assert reported(text, words) == []


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        pytest.param("La Minusca a confirmé l'arrivée des vivres à Bria. "
                     "Et la mission d'assurer : « aucun camion n'a été pillé ».", "camion", "MINUSCA",
                     id="et-opening-sentence"),
        pytest.param("La Minusca a confirmé l'arrivée des vivres à Bria, et la mission de préciser : "
                     "« aucun camion n'a été pillé ».", "camion", "MINUSCA", id="comma-et"),
    ],
)
def test_the_narrative_infinitive_opened_by_et_still_reports(text, words, speaker):
    assert reported(text, words) == [speaker]
