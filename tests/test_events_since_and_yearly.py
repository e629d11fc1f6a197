"""Events: a since-phrase telling how a unit came to be dates no happening however its date is
told ("since its deployment in May last year", as "in May 2020"): the setting-up said in passing
(labelling rules); a relative date opening a since-phrase is a bound
of a state, not the day of a happening ("have been fighting since last week"); a count
written in words dated by a year alone is a toll over that year ("Veinte soldados murieron
durante 2015"), not one happening; a day printed with a word of every year after it ("ngày
12/4 hằng năm") is a day of the calendar. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2021, 4, 14)


def dates_of(sentence: str, language: str, lead: bool = False) -> list[str]:
    return sorted(e.date for e in body_events(sentence, language, ANCHOR, lead=lead))


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Since its deployment to the region in May last year, the engineering company has rebuilt six bridges.",
                     "en", ["2020-05"], id="en"),
        pytest.param("Depuis son déploiement dans la région en mai de l'année dernière, la compagnie a reconstruit six ponts.",
                     "fr", ["2020-05"], id="fr"),
        pytest.param("Desde su despliegue en la región en mayo del año pasado, la compañía ha reconstruido seis puentes.",
                     "es", ["2020-05"], id="es"),
        pytest.param("Kể từ khi triển khai tới khu vực vào tháng 5 năm ngoái, đại đội đã xây lại sáu cây cầu.",
                     "vi", ["2020-05"], id="vi"),
    ],
)
def test_a_month_of_last_year_in_a_since_phrase_of_a_setup_dates_nothing(sentence, language, expected):
    assert dates_of(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Herders and farmers have been clashing near the border since last week when the army announced raids into the valley.",
                     "en", id="en-announced"),
        pytest.param("Rebels and soldiers have been fighting in the north since last week.", "en", id="en"),
        pytest.param("Les éleveurs et les agriculteurs s'affrontent près de la frontière depuis la semaine dernière.", "fr", id="fr"),
        pytest.param("Pastores y agricultores se enfrentan cerca de la frontera desde la semana pasada.", "es", id="es"),
    ],
)
def test_a_relative_date_opening_a_since_phrase_dates_nothing(sentence, language):
    assert dates_of(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Clashes broke out near the border last week.", "en", ["2021-04-05/2021-04-11"], id="en-last-week-alone"),
        pytest.param("The camp has been on alert since the raid last week.", "en", ["2021-04-05/2021-04-11"], id="en-event-word-first"),
    ],
)
def test_a_relative_date_of_a_happening_still_dates_it(sentence, language, expected):
    assert dates_of(sentence, language) == expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Veinte soldados de la misión murieron durante 2015 por causas diversas.", "es", id="es"),
        pytest.param("Douze agents de la mission sont morts en 2016, selon son rapport annuel.", "fr", id="fr"),
        pytest.param("Forty staff members of the agency died in 2017, its report said.", "en", id="en"),
    ],
)
def test_a_toll_counted_in_words_over_a_year_is_no_event(sentence, language):
    assert [e for e in body_events(sentence, language, ANCHOR) if e.kind == "casualty"] == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Un soldado de la misión murió en 2015 en un accidente de tráfico.", "es", ["2015"], id="es-one-loss"),
        pytest.param("Dos soldados murieron el 4 de marzo de 2015 en una emboscada.", "es", ["2015-03-04"], id="es-with-day"),
        pytest.param("Two soldiers of the mission died in 2015 when their truck overturned.", "en", ["2015"], id="en-small-count"),
    ],
)
def test_one_loss_or_a_dated_day_stays_an_event(sentence, language, expected):
    assert dates_of(sentence, language) == expected


def test_the_lead_taken_by_a_toll_gives_the_next_sentence_no_date():
    told = "Veinte soldados de la misión murieron durante 2020 por causas diversas."
    after = "Las víctimas fueron nueve policías y 11 militares, de los cuales 6 murieron en el norte."
    from newsdossier.events import find_events
    from newsdossier.entities import find_in_sentence
    sentences = [(s, find_in_sentence(s, "es")) for s in (told, after)]
    assert [e.date for e in find_events(sentences, ANCHOR, None, "es")[0]] == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Ngày 12/4 hằng năm được chọn làm ngày truyền thống của đơn vị công binh.", "vi", id="vi"),
        pytest.param("The unit marks its founding on 12 April every year with a parade.", "en", id="en"),
        pytest.param("Le 12 avril de chaque année, l'unité célèbre sa fondation.", "fr", id="fr"),
        pytest.param("El 12 de abril de cada año, la unidad celebra su fundación.", "es", id="es"),
    ],
)
def test_a_day_with_every_year_after_it_is_no_happening(sentence, language):
    assert dates_of(sentence, language) == []


def test_a_day_followed_by_other_words_stays_a_happening():
    assert dates_of("The company reached Goma on 12 April, every truck loaded with supplies.", "en") == ["2021-04-12"]
