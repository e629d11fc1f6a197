"""Events: a happening the sentence denies ("No bodies were found", "aucun casque bleu n'a été
blessé", "no hubo heridos", "không có thương vong") is no event: a negating determiner before
the event's verb or right before its noun, or a negating adverb right before its verb. A
happening told beside the denied one is still found. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2023, 6, 9)  # a Friday


def told(sentence: str, language: str, lead: bool = True) -> list[tuple[str, str]]:
    return [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR, lead=lead)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("No bodies were found near the wreck of the helicopter.", "en", id="en-no-bodies"),
        pytest.param("No peacekeepers were hurt when shells fell near the camp.", "en", id="en-no-subject"),
        pytest.param("No one was killed, the spokesman said.", "en", id="en-no-one"),
        pytest.param("There were no casualties among the blue helmets.", "en", id="en-no-noun"),
        pytest.param("The two engineers were not injured.", "en", id="en-not"),
        pytest.param("Aucun casque bleu n'a été blessé, selon la mission.", "fr", id="fr-aucun"),
        pytest.param("Les deux ingénieurs n'ont pas été blessés.", "fr", id="fr-pas"),
        pytest.param("Il n'y a eu aucun mort parmi les soldats de la paix.", "fr", id="fr-aucun-noun"),
        pytest.param("No hubo heridos entre los cascos azules del convoy.", "es", id="es-no-hubo"),
        pytest.param("Ningún soldado resultó herido, según la misión.", "es", id="es-ningun"),
        pytest.param("Không có thương vong trong số các binh sĩ gìn giữ hòa bình.", "vi", id="vi-khong-co"),
        pytest.param("Không có binh sĩ nào bị thương.", "vi", id="vi-khong-co-subject"),
    ],
)
def test_a_denied_casualty_or_recovery_is_no_event(sentence, language):
    assert told(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("Gunmen attacked the camp on Tuesday but no peacekeepers were hurt.", "en", "attack", id="en-attack-kept"),
        pytest.param("L'attaque de mardi contre le camp n'a fait aucun blessé.", "fr", "attack", id="fr-attack-kept"),
        pytest.param("El ataque del martes contra la base no dejó heridos.", "es", "attack", id="es-attack-kept"),
    ],
)
def test_the_happening_beside_a_denied_one_is_kept(sentence, language, kind):
    assert told(sentence, language, lead=False) == [(kind, "2023-06-06")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The mission did not say how many peacekeepers were killed on Tuesday.", "en", id="en-not-far"),
        pytest.param("La mission n'a pas précisé la nationalité des soldats tués mardi.", "fr", id="fr-pas-far"),
        pytest.param("Field Hospital No. 4 arrived in Bentiu on Tuesday.", "en", id="en-number-sign"),
        pytest.param("No sooner had the convoy left than it was attacked on Tuesday.", "en", id="en-no-sooner"),
    ],
)
def test_a_negation_of_something_else_leaves_the_happening(sentence, language):
    assert [date for _kind, date in told(sentence, language, lead=False)] == ["2023-06-06"]
