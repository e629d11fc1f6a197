"""Events: the statement that carries the news ("..., précise la mission dans un communiqué
publié mardi", "..., ha explicado la fuerza en un comunicado", "..., said the force in a
statement") is how the news was told, not an announcement of its own, also where the verb of
saying comes before its subject after a comma. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import event_words, told_through
from eventcases import body_events

ANCHOR = PartialDate(2020, 9, 10)


def kinds_of(sentence: str, language: str) -> list[str]:
    return sorted(e.kind for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language, noun",
    [
        pytest.param("Les blessés ont été soignés sur place, précise la force dans un communiqué publié mardi.", "fr", "communiqué", id="fr-precise"),
        pytest.param("Los heridos fueron atendidos en el lugar, ha explicado la fuerza en un comunicado publicado el martes.", "es", "comunicado", id="es-ha-explicado"),
        pytest.param("The wounded were treated on the spot, said the force in a statement released on Tuesday.", "en", "statement", id="en-said-the-force"),
    ],
)
def test_the_statement_carrying_the_news_is_no_event(sentence, language, noun):
    assert told_through(sentence, sentence.index(noun), language)
    assert "announcement" not in kinds_of(sentence, language)


@pytest.mark.parametrize(
    "sentence, language, noun",
    [
        pytest.param("The minister said troops were killed in an attack on Tuesday.", "en", "attack", id="en-attack-after-said"),
        pytest.param("Le ministre a indiqué que des soldats ont été tués dans une attaque mardi.", "fr", "attaque", id="fr-attaque"),
    ],
)
def test_a_happening_after_a_verb_of_saying_is_still_one(sentence, language, noun):
    assert not told_through(sentence, sentence.index(noun), language)
    assert any(w.kind == "attack" and not w.frame for w in event_words(sentence, language))
