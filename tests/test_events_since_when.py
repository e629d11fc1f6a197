"""Events: a date after "since" is only a bound, unless a time clause right after it tells
what happened then ("since 1979, when Kenyan troops were sent to Rhodesia"). Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

ANCHOR = PartialDate(2022, 8, 22)


def dates_of(sentence: str, language: str) -> list[tuple[str, str]]:
    told = [("Une phrase sans rien.", []), (sentence, find_in_sentence(sentence, language))]
    return [(e.kind, e.date) for e in find_events(told, ANCHOR, None, language)[0]]


@pytest.mark.parametrize(
    "sentence, language, year",
    [
        pytest.param("Its troops have taken part in UN operations since 1979, when a first battalion was sent to Namibia.", "en", "1979", id="en"),
        pytest.param("Les troupes servent depuis 1979, quand le premier bataillon a été envoyé en Namibie.", "fr", "1979", id="fr"),
        pytest.param("Las tropas participan desde 1979, cuando el primer batallón fue desplegado en Namibia.", "es", "1979", id="es"),
        pytest.param("Các đơn vị tham gia từ năm 2014, khi bệnh viện dã chiến được triển khai tại Nam Sudan.", "vi", "2014", id="vi"),
    ],
)
def test_since_a_date_when_something_happened_dates_it(sentence, language, year):
    assert dates_of(sentence, language) == [("deployment", year)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The force has patrolled the area since 1978, when its mandate began to be renewed each year.", "en", id="en-no-event-word"),
        pytest.param("Les troupes servent au Liban depuis 1979 et le bataillon a été envoyé en Namibie.", "fr", id="fr-no-time-clause"),
    ],
)
def test_since_a_date_without_a_time_clause_of_an_event_is_a_bound(sentence, language):
    assert all(date != "1979" and date != "1978" for _kind, date in dates_of(sentence, language))
