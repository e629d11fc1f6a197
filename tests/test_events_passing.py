"""Events: a month named alone dates its happening; how a body came to be, said in passing,
is no event. In EN, FR, ES. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events, founding_in_passing, month_mentions

FRIDAY = PartialDate(2023, 6, 9)  # a Friday


def dates_of(sentence: str, language: str, anchor: PartialDate = FRIDAY) -> list[str]:
    """The dates of the events one sentence tells, placed after an eventless first sentence
    (so that it is not taken for the news of the article's day)."""
    sentences = [("Une phrase sans rien.", []), (sentence, find_in_sentence(sentence, language))]
    return [e.date for e in find_events(sentences, anchor, None, language)[0]]


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("The battalion returned home from Juba in May.", "en", "2023-05", id="en-in-may"),
        pytest.param("Early March, two soldiers were wounded near the airport.", "en", "2023-03", id="en-early-month"),
        pytest.param("In November, a patrol was ambushed outside the town.", "en", "2022-11", id="en-past-month-last-year"),
        pytest.param("Le bataillon est arrivé à Gao fin avril.", "fr", "2023-04", id="fr-fin-avril"),
        pytest.param("En février, deux casques bleus ont été blessés par une mine.", "fr", "2023-02", id="fr-en-fevrier"),
        pytest.param("El pasado mes de marzo, tres soldados resultaron heridos en un ataque.", "es", "2023-03", id="es-pasado-mes-de"),
        pytest.param("El contingente regresó a Montevideo a finales de enero.", "es", "2023-01", id="es-a-finales-de"),
    ],
)
def test_a_month_named_alone_dates_the_event(sentence, language, date):
    assert dates_of(sentence, language) == [date]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Officials may visit the camp later.", "en", id="en-modal-may"),
        pytest.param("The report on March 2022 figures was read.", "en", id="en-month-with-year-is-printed"),
        pytest.param("Le 12 mai, la mission a publié un rapport.", "fr", id="fr-day-and-month-is-printed"),
    ],
)
def test_no_lone_month_where_none_is_named_alone(sentence, language):
    assert month_mentions(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The mission, set up in 2014, has lost 40 peacekeepers.", "en", id="en-between-commas"),
        pytest.param("Established in 2011, the battalion guards the airport.", "en", id="en-opening"),
        pytest.param("Créée officiellement le 3 mars 2020, l'unité soutient la mission.", "fr", id="fr-opening-with-adverb"),
        pytest.param("Creada en 2007, la fuerza protege a los civiles.", "es", id="es-opening"),
    ],
)
def test_how_a_body_came_to_be_said_in_passing_is_no_event(sentence, language):
    assert founding_in_passing(sentence, language)
    assert dates_of(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("The Security Council set up the mission on 10 April 2014.", "en", "2014-04-10", id="en-sentence-of-its-own"),
        pytest.param("La mission a été créée le 25 avril 2013 par le Conseil.", "fr", "2013-04-25", id="fr-sentence-of-its-own"),
    ],
)
def test_a_founding_told_in_its_own_sentence_is_an_event(sentence, language, date):
    assert founding_in_passing(sentence, language) == []
    assert dates_of(sentence, language) == [date]


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("A peacekeeper was wounded near Gao, the mission said on Thursday, June 8.", "en", "2023-06",
                     id="en-weekday-comma-day-of-report"),
    ],
)
def test_a_day_printed_after_the_weekday_of_a_report_dates_the_report(sentence, language, date):
    from newsdossier.events import told_on_day

    assert told_on_day(sentence, sentence.index("June"), language)


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("The first 200 soldiers landed in Bangui.", "en", "deployment", id="en-landed"),
        pytest.param("Les soldats ont embarqué pour Bamako.", "fr", "deployment", id="fr-embarque"),
        pytest.param("Los militares aterrizaron en Goma.", "es", "deployment", id="es-aterrizaron"),
        pytest.param("Hai chiến sĩ đã hi sinh khi làm nhiệm vụ.", "vi", "casualty", id="vi-hi-sinh-spelling"),
        pytest.param("A roadside bomb hit the convoy near Kidal.", "en", "attack", id="en-roadside-bomb"),
        pytest.param("Un attentat a visé le camp de la mission.", "fr", "attack", id="fr-attentat"),
        pytest.param("El convoy se topó con un artefacto explosivo.", "es", "attack", id="es-se-topo-con"),
        pytest.param("The new force commander took office in Juba.", "en", "appointment", id="en-took-office"),
        pytest.param("El general asumió el cargo en Bangui.", "es", "appointment", id="es-asumio-el-cargo"),
        pytest.param("Le bataillon béninois a remplacé le contingent togolais.", "fr", "rotation", id="fr-a-remplace"),
    ],
)
def test_common_verbs_of_each_kind(sentence, language, kind):
    from newsdossier.events import event_kind

    assert event_kind(sentence, language)[0] == kind


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("Two soldiers who died in Mali last year will be given medals at a ceremony on 27 June.", "en",
                     "2023-06-27", id="en-planned-not-in-last-year"),
        pytest.param("Deux soldats morts l'an dernier seront décorés lors d'une cérémonie le 27 juin.", "fr",
                     "2023-06-27", id="fr-planned-not-in-last-year"),
    ],
)
def test_a_planned_day_is_not_put_in_the_past_year_another_clause_names(sentence, language, date):
    assert date in dates_of(sentence, language)


@pytest.mark.parametrize(
    "sentences, language, dates",
    [
        pytest.param(["Two peacekeepers were killed near Gao on 6 June.", "The day before, a patrol was ambushed near Ansongo."],
                     "en", ["2023-06-06", "2023-06-05"], id="en-the-day-before"),
        pytest.param(["Deux casques bleus ont été blessés le 6 juin.", "Le lendemain, le convoi a été attaqué près de Kidal."],
                     "fr", ["2023-06-06", "2023-06-07"], id="fr-le-lendemain"),
        pytest.param(["Dos cascos azules murieron el 6 de junio.", "La víspera, otro convoy fue atacado cerca de Kidal."],
                     "es", ["2023-06-06", "2023-06-05"], id="es-la-vispera"),
        pytest.param(["Ngày 6/6/2023, hai chiến sĩ bị thương.", "Hôm sau, đơn vị bị tấn công gần Kidal."],
                     "vi", ["2023-06-06", "2023-06-07"], id="vi-hom-sau"),
        # with no day told or given before it, "la veille" counts from nothing the text gives:
        # undated rather than the day before the article's (test_events_anaphoric_dates)
        pytest.param(["La veille, un convoi a été attaqué près de Kidal."], "fr", [],
                     id="fr-la-veille-with-nothing-before"),
    ],
)
def test_a_day_named_from_the_happening_told_before(sentences, language, dates):
    told = [("Une phrase sans rien.", [])] + [(s, find_in_sentence(s, language)) for s in sentences]
    assert [e.date for e in find_events(told, FRIDAY, None, language)[0]] == dates


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("The minister will visit Juba next Friday.", "en", "2023-06-16", id="en-next-same-weekday"),
        pytest.param("Le ministre se rendra à Juba vendredi prochain.", "fr", "2023-06-16", id="fr-prochain-same-weekday"),
        pytest.param("El ministro visitará Juba el próximo viernes.", "es", "2023-06-16", id="es-proximo-same-weekday"),
        pytest.param("Bộ trưởng sẽ thăm Juba vào thứ sáu tới.", "vi", "2023-06-16", id="vi-toi-same-weekday"),
        pytest.param("Le ministre a visité Juba vendredi dernier.", "fr", "2023-06-02", id="fr-dernier-same-weekday"),
        pytest.param("The minister visited Juba on Friday.", "en", "2023-06-09", id="en-same-weekday-is-the-day"),
    ],
)
def test_next_or_last_weekday_written_on_that_weekday_is_a_week_away(sentence, language, date):
    assert dates_of(sentence, language) == [date]
