"""Events: weekend phrases, a weekday with a day number but no month, a year named by "early
this year", "slain" in a time clause, a span's end named by a weekday, dates set
apart from the happening by their place (a wire's date line, a date alone, a quoted name), a
relative clause after an event noun's complement, and the half of a month. Every sentence here
is written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from newsdossier.dates import weekend, weekday_with_day
from newsdossier.datevalue import PartialDate, edtf_of
from eventcases import body_events

MONDAY = PartialDate(2019, 3, 11)  # a Monday
FRIDAY = PartialDate(2019, 3, 8)


def dates_of(sentence: str, language: str, anchor: PartialDate = MONDAY, lead: bool = False) -> list[str]:
    return sorted(e.date for e in body_events(sentence, language, anchor, lead=lead))


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Two soldiers were wounded this weekend when their truck overturned.", "en", id="en"),
        pytest.param("Deux soldats ont été blessés ce week-end dans une embuscade.", "fr", id="fr"),
        pytest.param("Dos soldados resultaron heridos este fin de semana en una emboscada.", "es", id="es"),
    ],
)
def test_a_weekend_named_on_a_monday_is_the_one_just_past(sentence, language):
    assert dates_of(sentence, language) == ["2019-03-09/2019-03-10"]


@pytest.mark.parametrize(
    "day, offset, planned, expected",
    [
        pytest.param(date(2019, 3, 11), 0, False, ("2019-03-09", "2019-03-10"), id="monday-this"),
        pytest.param(date(2019, 3, 8), 0, False, ("2019-03-02", "2019-03-03"), id="friday-this"),
        pytest.param(date(2019, 3, 11), 0, True, ("2019-03-16", "2019-03-17"), id="monday-this-planned"),
        pytest.param(date(2019, 3, 8), -1, False, ("2019-03-02", "2019-03-03"), id="friday-last"),
        pytest.param(date(2019, 3, 11), 1, False, ("2019-03-16", "2019-03-17"), id="monday-next"),
    ],
)
def test_weekend_days(day, offset, planned, expected):
    start, end = weekend(day, offset, planned)
    assert (edtf_of(start), edtf_of(end)) == expected


@pytest.mark.parametrize(
    "sentence, language, anchor, expected",
    [
        pytest.param("Tres soldados murieron el sábado 23 en una emboscada.", "es", PartialDate(2019, 3, 4), "2019-02-23",
                     id="es-previous-month"),
        pytest.param("Trois soldats ont été tués dimanche 3 dans une embuscade.", "fr", PartialDate(2019, 3, 12), "2019-03-03",
                     id="fr-week-before-last"),
    ],
)
def test_a_weekday_with_a_day_number_names_that_day(sentence, language, anchor, expected):
    assert dates_of(sentence, language, anchor) == [expected]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("El sábado 2 soldados murieron en una emboscada.", "es", id="es"),
        pytest.param("On Saturday 2 guards were wounded in an ambush.", "en", id="en"),
    ],
)
def test_a_count_after_a_weekday_is_no_day_number(sentence, language):
    # 2 March 2019 was a Saturday too: the count must not be read as that day
    assert dates_of(sentence, language, PartialDate(2019, 3, 12)) == ["2019-03-09"]


def test_a_number_that_is_no_such_weekday_is_left_alone():
    # no Saturday the 31st in the two months before 4 March 2019
    assert weekday_with_day(5, " 31 heridos", PartialDate(2019, 3, 4)) is None


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Two soldiers were killed early this year in an ambush near the river.", "en", id="en"),
        pytest.param("Deux soldats ont été tués en début d'année dans une embuscade près du fleuve.", "fr", id="fr"),
        pytest.param("Dos soldados murieron a principios de año en una emboscada junto al río.", "es", id="es"),
    ],
)
def test_early_this_year_is_the_article_year(sentence, language):
    assert dates_of(sentence, language) == ["2019"]


def test_slain_in_a_time_clause_dates_the_killing():
    sentence = "It was the worst loss for the force since 2004, when nine guards were slain at a border post."
    assert dates_of(sentence, "en") == ["2004"]


def test_a_weekday_ending_a_span_dates_no_vote():
    sentence = "The council adopted a resolution that keeps the office open, after its term had been due to expire Thursday."
    assert dates_of(sentence, "en", FRIDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("March 8 (Wire) -- Two guards were killed in the north, the governor said.", id="agency"),
        pytest.param("NAIROBI, March 8 \u2013 Two guards were killed in the north.", id="place"),
    ],
)
def test_a_wire_date_line_opening_a_sentence_dates_no_happening(sentence):
    # told in the body, the killing has no day of its own: the date line is the report's
    assert dates_of(sentence, "en", PartialDate(2019, 3, 8)) == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("14/02/2019.", "es", id="date-alone"),
        pytest.param("The convoy stopped at the \u201c12 de Octubre\u201d camp for water.", "en", id="quoted-name"),
        pytest.param("Le convoi a fait halte au camp \u00ab 2 F\u00e9vrier \u00bb pour se ravitailler.", "fr", id="quoted-name-fr"),
    ],
)
def test_a_date_set_apart_from_any_happening_dates_none(sentence, language):
    assert dates_of(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("C'est l'explosion d'une mine qui a blessé deux gardes dimanche.", "fr", id="fr"),
        pytest.param("Fue la explosión de una mina la que hirió a dos guardias el domingo.", "es", id="es-control"),
    ],
)
def test_a_clause_after_the_event_nouns_complement_describes_it(sentence, language):
    assert dates_of(sentence, language) == ["2019-03-10"]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("El coronel asumió el mando en la primera quincena de febrero.", "es", "2019-02", id="es"),
        pytest.param("Le colonel a pris le commandement dans la première quinzaine de février.", "fr", "2019-02", id="fr"),
    ],
)
def test_the_half_of_a_month_dates_by_the_month(sentence, language, expected):
    assert dates_of(sentence, language) == [expected]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Guards of the camp line up for a parade on Friday, June 7, 2013 (Wire/Staff file photo)", "en", id="en"),
        pytest.param("Des gardes défilent à Gao le 7 juin 2013 (photo d'archives).", "fr", id="fr"),
        pytest.param("Guardias desfilan en Gao el 7 de junio de 2013. Foto de archivo.", "es", id="es"),
    ],
)
def test_a_file_photo_caption_tells_no_happening_of_the_article(sentence, language):
    assert dates_of(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("L'unité est partie en 2019-2020 pour son mandat auprès de la mission.", "fr", id="fr-in-span"),
    ],
)
def test_a_span_of_years_dates_the_interval(sentence, language):
    assert dates_of(sentence, language) == ["2019/2020"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The board on Tuesday extended the mandate of the office until next March.", "en", id="en"),
    ],
)
def test_a_future_word_inside_an_until_phrase_makes_no_plan(sentence, language):
    events = body_events(sentence, language, PartialDate(2019, 3, 13))
    assert [(e.date, e.announced) for e in events] == [("2019-03-12", False)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Two missing guards were found dead on Monday near the river.", "en", id="en-found-dead"),
        pytest.param("A ranger was murdered on Monday near the park gate.", "en", id="en-murdered"),
        pytest.param("Un gardien a été assassiné lundi près du fleuve.", "fr", id="fr"),
        pytest.param("Un guardia fue asesinado el lunes cerca del río.", "es", id="es"),
        pytest.param("Hai lính gác bị sát hại hôm thứ Hai gần sông.", "vi", id="vi"),
    ],
)
def test_a_killing_verb_dates_a_casualty(sentence, language):
    events = body_events(sentence, language, PartialDate(2019, 3, 12))
    assert [(e.kind, e.date) for e in events] == [("casualty", "2019-03-11")]


def test_a_date_line_still_dates_a_sentence_without_an_event_word():
    # no event word: the happening the sentence tells is of the date line's day
    sentence = "March 7 (Wire) - The envoy on Thursday paid a courtesy to the governor at his residence."
    assert dates_of(sentence, "en", PartialDate(2019, 3, 8)) == ["2019-03-07"]
