"""Events: a sentence printing the day of a happening told with a verb no word list names is
still a dated event; titles say who did it. In EN, FR, ES, VI. Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import dated_happening, find_events

FRIDAY = PartialDate(2023, 6, 9)  # a Friday


def events_of(sentence: str, language: str, anchor: PartialDate = FRIDAY):
    sentences = [("Une phrase sans rien.", []), (sentence, find_in_sentence(sentence, language))]
    return find_events(sentences, anchor, None, language)[0]


@pytest.mark.parametrize(
    "sentence, language, date, words",
    [
        pytest.param("The new ambassador presented his credentials to the president on 2 June.", "en", "2023-06-02",
                     ["ambassador presented his credentials"], id="en-unlisted-verb"),
        pytest.param("Le général quittera Bamako le 14 juin pour Niamey.", "fr", "2023-06-14",
                     ["quittera Bamako", "Niamey"], id="fr-future-unlisted-verb"),
        pytest.param("El 3 de junio, los ingenieros repararon el puente sobre el río.", "es", "2023-06-03",
                     ["ingenieros repararon el puente"], id="es-unlisted-verb"),
        pytest.param("Ngày 5/6/2023, các kỹ sư hoàn thành cây cầu bắc qua sông.", "vi", "2023-06-05",
                     ["hoàn thành cây cầu"], id="vi-unlisted-verb"),
    ],
)
def test_a_printed_day_without_event_word_is_a_happening(sentence, language, date, words):
    events = events_of(sentence, language)
    assert [(e.kind, e.date) for e in events] == [("happening", date)]
    assert all(w.lower() in events[0].title.lower() for w in words)
    assert events[0].title.split()[0] not in ("On", "Le", "El", "Ngày")


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("A photo released by the mission on 3 June shows the camp.", "en", id="en-release-date"),
        pytest.param("The mandate runs until 30 June.", "en", id="en-until"),
        pytest.param("Le texte a été publié le 2 juin sur le site de la mission.", "fr", id="fr-publication"),
        pytest.param("The battalion has been in Gao since 12 May.", "en", id="en-since"),
        pytest.param("The minister said on 8 June that talks go on.", "en", id="en-day-of-telling"),
    ],
)
def test_a_date_of_a_release_or_in_passing_is_no_happening(sentence, language):
    assert dated_happening(sentence, language) is None


@pytest.mark.parametrize(
    "sentence, language, words",
    [
        pytest.param("On Thursday Ghana's president presented medals to returning peacekeepers in Accra.", "en",
                     ["president presented medals"], id="en-object-noun"),
        pytest.param("Hier, le ministre a présidé une cérémonie à Thiès.", "fr", ["ministre a présidé une cérémonie"], id="fr-object-noun"),
        pytest.param("Ayer, el Ejército celebró una ceremonia de despedida en Montevideo.", "es",
                     ["Ejército celebró una ceremonia"], id="es-object-noun"),
    ],
)
def test_a_title_names_who_held_the_event(sentence, language, words):
    events = events_of(sentence, language)
    assert events and all(w.lower() in events[0].title.lower() for w in words)


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("In October 2018, sixty doctors took up their posts at the hospital in Juba.", "en", "2018-10", id="en-month-of-year"),
        pytest.param("En mars 2021, le bataillon s'est installé à Gao.", "fr", "2021-03", id="fr-month-of-year"),
        pytest.param("In March, sixty doctors took up their posts at the hospital in Juba.", "en", "2023-03", id="en-month-alone"),
        pytest.param("A finales de abril, los ingenieros repararon el puente.", "es", "2023-04", id="es-month-alone"),
    ],
)
def test_a_month_of_a_year_without_event_word_is_a_happening(sentence, language, date):
    assert [(e.kind, e.date) for e in events_of(sentence, language)] == [("happening", date)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Attacks on the convoys have been common since 2013.", "en", id="en-bare-year-span"),
        pytest.param("Chaque année depuis 2019, la mission compte 13 000 soldats.", "fr", id="fr-since-year"),
        pytest.param("The mission, which began in 2013, counts 12,000 troops.", "en", id="en-year-in-relative-clause"),
        pytest.param("Su despliegue de 2014 sigue vigente.", "es", id="es-year-without-lead"),
    ],
)
def test_a_bare_year_without_event_word_is_no_happening(sentence, language):
    assert dated_happening(sentence, language) is None


@pytest.mark.parametrize(
    "sentence, language, words",
    [
        pytest.param("The 300-strong Nepali company, made up of engineers and medics, will leave for Juba on 20 June.", "en",
                     ["Nepali company will leave for Juba"], id="en-subject-before-apposition"),
        pytest.param("Le chef de la mission, Jean Dupont, a rencontré le gouverneur le 2 juin.", "fr",
                     ["chef de la mission a rencontré"], id="fr-subject-before-apposition"),
        pytest.param("El comandante del batallón, un coronel de Montevideo, partió hacia Goma el 2 de junio.", "es",
                     ["comandante del batallón partió"], id="es-subject-before-apposition"),
    ],
)
def test_a_title_takes_the_subject_before_a_phrase_between_commas(sentence, language, words):
    events = events_of(sentence, language)
    assert events and all(w.lower() in events[0].title.lower() for w in words)


@pytest.mark.parametrize(
    "sentence, language, dates",
    [
        pytest.param("Under a decree issued in March 2020, the battalion was created in May 2021.", "en",
                     ["2021-05", "2020-03"], id="en-two-clauses-two-dates"),
        pytest.param("Après un vote du parlement le 4 mars 2020, le bataillon a été déployé le 2 mai 2021.", "fr",
                     ["2021-05-02", "2020-03-04"], id="fr-two-clauses-two-dates"),
    ],
)
def test_a_date_no_event_word_took_in_a_clause_of_its_own_is_a_happening(sentence, language, dates):
    assert sorted(e.date for e in events_of(sentence, language)) == sorted(dates)


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("In 2015, Nepali engineers rebuilt the bridge at Bor.", "en", "2015", id="en-in-year"),
        pytest.param("En 2016, le Bénin a rouvert son ambassade à Bamako.", "fr", "2016", id="fr-en-year"),
        pytest.param("Năm 2014, Việt Nam cử hai sĩ quan sang Nam Sudan.", "vi", "2014", id="vi-nam-year"),
    ],
)
def test_a_year_named_as_the_time_of_something_is_a_happening(sentence, language, date):
    assert [e.date for e in events_of(sentence, language)] == [date]


def test_a_bare_year_of_a_happening_already_told_that_year_is_dropped():
    sentences = [("Une phrase sans rien.", [])]
    for sentence in ("The battalion was deployed to Gao in March 2015.", "In 2015, the engineers rebuilt the bridge."):
        sentences.append((sentence, find_in_sentence(sentence, "en")))
    assert [e.date for e in find_events(sentences, FRIDAY, None, "en")[0]] == ["2015-03"]


@pytest.mark.parametrize(
    "sentence, language, acting, place",
    [
        pytest.param("Peacekeepers from Chad were killed in Mali on 6 June.", "en", "chad", "mali", id="en-from-acts-in-is-place"),
        pytest.param("Des casques bleus du Tchad ont été tués au Mali le 6 juin.", "fr", "chad", "mali", id="fr-du-acts-au-is-place"),
        pytest.param("Soldados de Uruguay partieron hacia Haití el 6 de junio.", "es", "uruguay", "haiti", id="es-de-acts-hacia-is-place"),
    ],
)
def test_a_country_named_as_the_place_is_not_a_participant(sentence, language, acting, place):
    events = events_of(sentence, language)
    assert events and acting in events[0].actors and place not in events[0].actors
