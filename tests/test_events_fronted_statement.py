"""Events: a statement opening a sentence of the body ("In a statement on Saturday, the army
said ...", "Dans un communiqué publié samedi, l'armée a indiqué ...", "En un comunicado el
sábado, el ejército dijo ...", "Trong thông cáo ngày 17/8, quân đội cho biết ...") is how the
news was told, no happening of its own; a happening it tells with its own day is still one,
and a ceremony so placed is no statement. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 8, 19)


def events_of(sentence: str, language: str) -> list[tuple[str, str]]:
    return sorted((e.kind, e.date) for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("In a statement on Saturday, the army said its engineers had finished the bridge.", "en", id="en-statement"),
        pytest.param("Dans un communiqué publié samedi, l'armée a indiqué que ses sapeurs avaient achevé le pont.", "fr", id="fr-communique"),
        pytest.param("En un comunicado el sábado, el ejército dijo que sus ingenieros habían terminado el puente.", "es", id="es-comunicado"),
        pytest.param("Trong thông cáo ngày 17/8, quân đội cho biết công binh đã hoàn thành cây cầu.", "vi", id="vi-thong-cao"),
    ],
)
def test_a_statement_opening_the_sentence_is_no_event(sentence, language):
    assert events_of(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("In a statement on Saturday, the army said two soldiers were killed in an ambush on Friday.", "en",
                     [("casualty", "2024-08-16")], id="en-happening-told"),
        pytest.param("In a ceremony on Monday, the general said the unit had served with honour.", "en",
                     [("ceremony", "2024-08-19")], id="en-ceremony"),
    ],
)
def test_what_the_statement_tells_or_a_ceremony_stays(sentence, language, expected):
    assert events_of(sentence, language) == expected
