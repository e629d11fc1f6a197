"""Events: a statement the text cites as where its news comes from ("según anunció este
martes su oficina", "as announced by the ministry on Tuesday", "comme l'a annoncé mardi le
ministère", "theo như thông báo của Bộ hôm thứ Ba", "según un comunicado de la ONU") carries
the news: it is no happening of its own, whatever day it prints; a statement told as news
("la ministra anunció este martes que ...") still is. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)  # a Tuesday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Shahid, según anunció este martes su oficina de prensa, estará en Lima con su delegación.", "es", id="es-segun-verb"),
        pytest.param("As announced by the ministry on Tuesday, the minister will be in Lima with her delegation.", "en", id="en-as"),
        pytest.param("Comme l'a annoncé mardi le ministère, la ministre sera à Lima avec sa délégation.", "fr", id="fr-comme"),
        pytest.param("Theo như thông báo của Bộ hôm thứ Ba, Bộ trưởng sẽ ở Lima cùng phái đoàn.", "vi", id="vi-theo-nhu"),
    ],
)
def test_a_cited_statement_with_no_happening_word_is_no_event(sentence, language):
    assert body_events(sentence, language, ANCHOR) == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Según un comunicado de la ONU divulgado en Lima, la ministra mantendrá un encuentro con los alcaldes el jueves.",
                     "es", [("meeting", "2023-05-04")], id="es-segun-noun"),
        pytest.param("Selon un communiqué de l'ONU diffusé à Lima, la ministre rencontrera les maires jeudi.",
                     "fr", [("meeting", "2023-05-04")], id="fr-selon-noun"),
    ],
)
def test_a_cited_statement_gives_no_announcement_beside_the_planned_happening(sentence, language, expected):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("La ministra anunció este martes que visitará Lima.", "es", id="es-told"),
        pytest.param("The ministry announced on Tuesday that the minister will visit Lima.", "en", id="en-told"),
    ],
)
def test_a_statement_told_as_news_stays_an_event(sentence, language):
    assert [e.kind for e in body_events(sentence, language, ANCHOR)] == ["announcement"]
