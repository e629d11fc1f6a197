"""Events: a process named as the frame of an act ("dans le cadre de son retrait", "as part of
its withdrawal", "en el marco de su retirada") is no happening of its own, and a lead telling a
process going on ("the mission continues its withdrawal", "poursuit son désengagement",
"continúa su retirada", "tiếp tục rút quân") is no news of the article's day; the act the
clause tells keeps its day. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2024, 4, 19)  # a Friday


def found(sentences, language):
    return [(e.kind, e.date) for e in article_events(sentences, language, ANCHOR)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The mission continues its withdrawal from the eastern province.", "en", id="en"),
        pytest.param("Dans le cadre de son retrait progressif, la mission poursuit son désengagement de la province.", "fr", id="fr"),
        pytest.param("La misión continúa su retirada de la provincia oriental.", "es", id="es"),
        pytest.param("Phái bộ tiếp tục rút quân khỏi tỉnh miền đông.", "vi", id="vi"),
    ],
)
def test_a_lead_telling_a_process_going_on_is_no_news_of_the_day(sentence, language):
    assert found([sentence], language) == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("As part of its withdrawal, the mission handed over its base near the lake to the army on Friday.", "en", id="en"),
        pytest.param("Dans le cadre de son retrait, la mission a remis la base du lac à l'armée vendredi.", "fr", id="fr"),
        pytest.param("En el marco de su retirada, la misión entregó el viernes la base del lago al ejército.", "es", id="es"),
    ],
)
def test_the_act_framed_by_a_process_keeps_its_kind_and_day(sentence, language):
    assert found([sentence], language) == [("rotation", "2024-04-19")]
