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


@pytest.mark.parametrize(
    "sentence, language, year",
    [
        pytest.param("Le pays vit dans la guerre depuis 2011, quand une alliance rebelle, le Front du Nord, avait renversé le régime.",
                     "fr", "2011", id="fr-apposition"),
        pytest.param("La crisis dura desde 2011, cuando una alianza de milicias del norte, el Frente Unido, derrocó al gobierno.",
                     "es", "2011", id="es-apposition"),
        pytest.param("The region has been unstable since 2011, when an alliance of northern militias, the United Front, overthrew the government.",
                     "en", "2011", id="en-apposition"),
    ],
)
def test_a_time_clause_runs_past_the_commas_of_an_apposition(sentence, language, year):
    assert ("conflict", year) in dates_of(sentence, language)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Le pays vit dans la crise depuis 2011, quand les pluies ont cessé; le régime a été renversé plus tard.", "fr", id="fr-semicolon"),
        pytest.param("La crisis dura desde 2011, cuando cesaron las lluvias (el gobierno fue derrocado mucho después).", "es", id="es-bracket"),
    ],
)
def test_an_event_word_past_the_time_clause_takes_no_since_date(sentence, language):
    assert all(date != "2011" for _kind, date in dates_of(sentence, language))


def test_a_vietnamese_since_of_a_year_is_a_bound():
    sentence = "Từ năm 2014, các đơn vị đã phối hợp tuần tra với quân đội."
    assert all(date != "2014" for _kind, date in dates_of(sentence, "vi"))


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        # the time clause with no comma before its marker
        pytest.param("The north has known unrest since 2012 when armed rebels overthrew the governor of the province.",
                     "en", "2012", id="en-no-comma"),
        pytest.param("La región vive en crisis desde 2012 cuando unos rebeldes armados atacaron la capital provincial.",
                     "es", "2012", id="es-no-comma"),
        # a since-conjunction opening a clause whose happening the date times
        pytest.param("Los choques son diarios desde que el 9 de marzo una milicia lanzara un ataque contra la frontera.",
                     "es", "2022-03-09", id="es-desde-que"),
        pytest.param("Les accrochages sont quotidiens depuis que le 9 mars une milice a lancé une attaque contre la frontière.",
                     "fr", "2022-03-09", id="fr-depuis-que"),
    ],
)
def test_a_since_date_timing_the_clause_after_it_dates_that_happening(sentence, language, date):
    assert date in [d for _kind, d in dates_of(sentence, language)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Los choques son diarios desde 2012 en toda la frontera norte.", "es", id="es-desde-year-bound"),
        pytest.param("Les patrouilles sont suspendues depuis que la saison des pluies a commencé en mars.", "fr", id="fr-no-date-after-que"),
        pytest.param("The unit has served there since 2012 when not on leave.", "en", id="en-when-no-event"),
    ],
)
def test_a_since_date_with_no_happening_in_its_clause_stays_a_bound(sentence, language):
    assert all(d not in ("2022-03-09", "2012", "2022-03") for _kind, d in dates_of(sentence, language))
