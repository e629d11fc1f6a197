"""Events: a verb of a scheduled happening in the present with a weekday ("The Council meets
on Monday", "se réunit lundi", "se reúne el lunes") is the next such day, and an event dated
after the article's day is planned (announced). Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import scheduled
from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events
from eventcases import body_events

ANCHOR = PartialDate(2024, 3, 15)  # a Friday


def events_of(sentence: str, language: str) -> list[tuple[str, bool]]:
    return [(e.date, e.announced) for e in body_events(sentence, language, ANCHOR)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The Security Council meets on Monday to discuss the mandate.", "en", id="en"),
        pytest.param("Le Conseil de sécurité se réunit lundi pour examiner le mandat.", "fr", id="fr"),
        pytest.param("El Consejo de Seguridad se reúne el lunes para debatir el mandato.", "es", id="es"),
        pytest.param("Hội đồng Bảo an sẽ gặp gỡ vào thứ Hai để thảo luận về nhiệm vụ.", "vi", id="vi-future"),
    ],
)
def test_a_meeting_scheduled_in_the_present_is_the_next_day_and_planned(sentence, language):
    assert events_of(sentence, language) == [("2024-03-18", True)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The Security Council met on Monday to discuss the mandate.", "en", id="en"),
        pytest.param("The Security Council meets again after its meeting last Monday.", "en", id="en-last"),
        pytest.param("Le Conseil de sécurité s'est réuni lundi pour examiner le mandat.", "fr", id="fr"),
        pytest.param("El Consejo de Seguridad se reunió el lunes para debatir el mandato.", "es", id="es"),
    ],
)
def test_a_meeting_told_in_the_past_is_the_last_day(sentence, language):
    assert events_of(sentence, language) == [("2024-03-11", False)]


@pytest.mark.parametrize(
    "before, language, expected",
    [
        pytest.param("The Council meets on ", "en", True, id="en-meets"),
        pytest.param("The president travels to Juba on ", "en", True, id="en-travels"),
        pytest.param("Attacks on ", "en", False, id="en-plural-noun"),
        pytest.param("A reporter saw peacekeepers arrive in Goma on ", "en", False, id="en-bare-infinitive"),
        pytest.param("The ministers failed to meet on ", "en", False, id="en-to-infinitive"),
        pytest.param("The Council meets in New York, and on the next ", "en", False, id="en-comma"),
        pytest.param("Le Conseil se réunit ", "fr", True, id="fr"),
        pytest.param("Le vote a eu lieu ", "fr", False, id="fr-noun-vote"),
        pytest.param("El presidente viaja el ", "es", True, id="es"),
    ],
)
def test_scheduled(before, language, expected):
    assert scheduled(before, language) is expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The ceremony takes place on 20 March in Hanoi.", "en", id="en"),
        pytest.param("La cérémonie a lieu le 20 mars à Hanoï.", "fr", id="fr"),
        pytest.param("La ceremonia tiene lugar el 20 de marzo en Hanói.", "es", id="es"),
        pytest.param("Buổi lễ diễn ra vào ngày 20/3 tại Hà Nội.", "vi", id="vi"),
    ],
)
def test_an_event_dated_after_the_article_is_planned(sentence, language):
    assert events_of(sentence, language) == [("2024-03-20", True)]


@pytest.mark.parametrize(
    "value, expected",
    [
        pytest.param(PartialDate(2024, 3, 18), True, id="later-day"),
        pytest.param(PartialDate(2024, 4), True, id="later-month"),
        pytest.param(PartialDate(2024, 3), False, id="same-month"),
        pytest.param(PartialDate(2024, 3, 15), False, id="same-day"),
        pytest.param(PartialDate(2020), False, id="earlier-year"),
        pytest.param(PartialDate(2030), False, id="bare-later-year-a-target"),
    ],
)
def test_after_the_article(value, expected):
    from newsdossier.events import _after

    assert _after(value, ANCHOR) is expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The minister said the troops would be deployed to the border area.", "en", id="en"),
        pytest.param("Le ministre a indiqué que les troupes seraient déployées dans la zone frontalière.", "fr", id="fr"),
        pytest.param("El ministro dijo que las tropas serían desplegadas en la zona fronteriza.", "es", id="es"),
        pytest.param("Bộ trưởng cho biết binh sĩ sẽ được triển khai tới khu vực biên giới.", "vi", id="vi"),
    ],
)
def test_a_conditional_told_in_the_lead_is_not_dated_by_the_article(sentence, language):
    told = [(sentence, find_in_sentence(sentence, language))]
    assert [e.date for e in find_events(told, ANCHOR, None, language)[0]] == []


@pytest.mark.parametrize(
    "clause, language, expected",
    [
        pytest.param("les troupes seraient déployées", "fr", True, id="fr-conditional"),
        pytest.param("la réunion montrait", "fr", False, id="fr-imperfect"),
        pytest.param("las tropas serían desplegadas", "es", True, id="es-conditional"),
        pytest.param("the troops would be deployed", "en", True, id="en-would"),
    ],
)
def test_the_conditional_reads_as_the_future(clause, language, expected):
    from newsdossier.dates import future_tense

    assert future_tense(clause, language) is expected
