"""Events by kind of fault: the kind the main verb gives, titles that say what happened,
participants that act, planned and background events, relative dates; in EN, FR, ES, VI.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates, printed_weekday, relative_period, relative_span, resolve_year, weekday_years
from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import event_kind, find_events

FRIDAY = PartialDate(2023, 6, 9)  # a Friday


def events_of(sentence: str, language: str, anchor: PartialDate | None = FRIDAY, lead: bool = False):
    """The dated events of one sentence; lead=False puts an eventless sentence first, so the
    sentence is not taken for the news of the article's day."""
    sentences = [] if lead else [("Une phrase sans rien.", [])]
    sentences.append((sentence, find_in_sentence(sentence, language)))
    return find_events(sentences, anchor, None, language)[0]


# --- the kind is what the main verb says, not the longest word -------------------------------

@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("Three peacekeepers were killed when their convoy was attacked near Gao.", "en", "casualty", id="en-killed-main-attacked-subordinate"),
        pytest.param("An ambush on a supply convoy killed two soldiers near Gao.", "en", "attack", id="en-noun-subject-of-verb"),
        pytest.param("In a statement, the mission condemned the attack on its base.", "en", "announcement", id="en-statement-not-attack"),
        pytest.param("The minister paid tribute to the fallen soldiers in a statement.", "en", "announcement", id="en-tribute-in-statement-not-ceremony"),
        pytest.param("After the meeting with the governor, the battalion left for Juba.", "en", "deployment", id="en-meeting-in-subordinate"),
        pytest.param("The engineering company handed over its camp to the incoming unit.", "en", "rotation", id="en-handed-over"),
        pytest.param("The last platoon returned home after a year in the mission area.", "en", "return", id="en-returned-home"),
        pytest.param("The Security Council unanimously adopted a resolution renewing the mission's mandate.", "en", "adoption", id="en-resolution"),
        pytest.param("The Secretary-General appointed a new force commander for the mission.", "en", "appointment", id="en-appointed"),
        pytest.param("The two parties signed a ceasefire agreement in the capital.", "en", "agreement", id="en-signed"),
        pytest.param("Deux casques bleus ont été blessés lorsque leur véhicule a été attaqué.", "fr", "casualty", id="fr-blesses-main"),
        pytest.param("Le ministre a rencontré le commandant de la force avant la cérémonie.", "fr", "meeting", id="fr-rencontre-before-ceremonie"),
        pytest.param("Lors de la visite du ministre, les soldats ont été décorés de la médaille des Nations unies.", "fr", "ceremony", id="fr-visite-subordinate"),
        pytest.param("La relève du contingent s'est achevée à Bouaké.", "fr", "rotation", id="fr-releve"),
        pytest.param("El contingente regresó al país después de la ceremonia de despedida en la base.", "es", "return", id="es-regreso-before-ceremonia"),
        pytest.param("Los soldados fueron atacados cuando patrullaban cerca de la frontera.", "es", "attack", id="es-atacados"),
        pytest.param("El ministro se reunió con el jefe de la misión tras la conferencia.", "es", "meeting", id="es-se-reunio"),
        pytest.param("Bộ trưởng đã tiếp đoàn đại biểu Liên Hợp Quốc tại Hà Nội.", "vi", "meeting", id="vi-tiep"),
        pytest.param("Hai chiến sĩ bị thương khi đơn vị bị tấn công.", "vi", "casualty", id="vi-bi-thuong-main"),
    ],
)
def test_the_kind_is_what_the_main_verb_says(sentence, language, kind):
    assert event_kind(sentence, language)[0] == kind


# --- a title that says what happened ----------------------------------------------------------

@pytest.mark.parametrize(
    "sentence, language, words",
    [
        pytest.param("On 3 May 2023, Vietnam's engineering unit reached Abyei after a four-day march.", "en",
                     ["Vietnam's engineering unit", "reached", "Abyei"], id="en-unit-reaches"),
        pytest.param("Le 3 mai 2023, le bataillon sénégalais est arrivé à Bangui.", "fr",
                     ["bataillon sénégalais", "arrivé", "Bangui"], id="fr-arrive"),
        pytest.param("El 3 de mayo de 2023, el contingente uruguayo llegó a Goma.", "es",
                     ["contingente uruguayo", "llegó", "Goma"], id="es-llego"),
    ],
)
def test_a_title_says_who_did_what_where(sentence, language, words):
    (event,) = events_of(sentence, language)
    assert all(word.lower() in event.title.lower() for word in words), event.title
    assert not event.title.startswith(event.label)
    assert "2023" not in event.title


def test_a_title_is_not_the_kind_label_of_a_generic_sentence():
    (event,) = events_of("On 3 May 2023, peacekeepers were attacked near Gao.", "en")
    assert event.title != "Attack in Gao" and "attacked" in event.title


# --- participants act; the outlet reporting is not one ----------------------------------------

@pytest.mark.parametrize(
    "sentence, language, reporter",
    [
        pytest.param("According to Xinhua, Chinese peacekeepers arrived in Juba on 3 May 2023.", "en", "xinhua", id="en-according-to"),
        pytest.param("Selon l'AFP, les casques bleus tchadiens ont été attaqués le 3 mai 2023 à Kidal.", "fr", "afp", id="fr-selon"),
        pytest.param("Según EFE, los soldados uruguayos llegaron a Goma el 3 de mayo de 2023.", "es", "efe", id="es-segun"),
    ],
)
def test_the_reporting_outlet_is_not_a_participant(sentence, language, reporter):
    (event,) = events_of(sentence, language)
    assert not any(reporter in actor for actor in event.actors), event.actors


def test_the_actor_acting_is_a_participant():
    (event,) = events_of("According to Xinhua, China deployed 400 peacekeepers to Mali on 3 May 2023.", "en")
    assert any("china" in actor for actor in event.actors), event.actors


# --- planned events: announced, dated on the planned day ---------------------------------------

@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("The two ministers will meet on 3 July to discuss the mission.", "en", "2023-07-03", id="en-will-meet"),
        pytest.param("The battalion will leave for Juba on 3 July.", "en", "2023-07-03", id="en-will-leave"),
        pytest.param("Le contingent partira pour Bamako le 3 juillet.", "fr", "2023-07-03", id="fr-partira"),
        pytest.param("Los ministros se reunirán el 3 de julio en Nueva York.", "es", "2023-07-03", id="es-se-reuniran"),
        pytest.param("The ministers will meet on Thursday in New York.", "en", "2023-06-15", id="en-weekday-forward"),
        pytest.param("Le ministre se réunira mardi avec les chefs de contingent.", "fr", "2023-06-13", id="fr-weekday-forward"),
    ],
)
def test_a_planned_event_is_announced_and_dated_on_its_day(sentence, language, date):
    events = events_of(sentence, language, lead=True)
    assert [(e.date, e.announced) for e in events][:1] == [(date, True)]


def test_an_announcement_of_a_later_meeting_gives_both_with_their_own_days():
    sentence = "The Secretariat and Ghana announced today that the ministerial meeting will be held in Accra on 5-6 December."
    events = events_of(sentence, "en", anchor=PartialDate(2023, 9, 22), lead=True)
    assert {(e.kind, e.date, e.announced) for e in events} == {
        ("ministerial", "2023-12-05/2023-12-06", True), ("announcement", "2023-09-22", False)}


def test_a_past_event_is_not_announced():
    (event,) = events_of("The ministers met on 3 June in New York.", "en")
    assert (event.date, event.announced) == ("2023-06-03", False)


def test_a_late_december_plan_falls_in_the_next_year():
    (event,) = events_of("The ministers will meet on 3 January in Accra.", "en", anchor=PartialDate(2023, 12, 20))
    assert event.date == "2024-01-03"


# --- background events keep their own dates ----------------------------------------------------

@pytest.mark.parametrize(
    "sentence, language, kind, date",
    [
        pytest.param("The battalion arrived under resolution 2567, which the Council adopted on 12 March 2021.", "en", "adoption", "2021-03-12", id="en"),
        pytest.param("Le déploiement s'inscrit dans le cadre d'une résolution adoptée le 12 mars 2021 par le Conseil.", "fr", "adoption", "2021-03-12", id="fr"),
        pytest.param("El despliegue responde a la resolución aprobada el 12 de marzo de 2021 por el Consejo.", "es", "adoption", "2021-03-12", id="es"),
    ],
)
def test_a_background_event_keeps_its_own_date(sentence, language, kind, date):
    events = events_of(sentence, language, lead=True)
    assert (kind, date) in {(e.kind, e.date) for e in events}
    assert all(e.date != "2023-06-09" or e.kind != kind for e in events)


# --- relative dates, resolved against the article's date, in the right direction ----------------

@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("Peacekeepers were attacked on Thursday near Gao.", "en", "2023-06-08", id="en-thursday-past"),
        pytest.param("Los cascos azules llegaron este sábado a Goma.", "es", "2023-06-03", id="es-este-sabado-past"),
        pytest.param("Les casques bleus sont arrivés hier à Bangui.", "fr", "2023-06-08", id="fr-hier"),
        pytest.param("Đơn vị đã đến Abyei hôm qua.", "vi", "2023-06-08", id="vi-hom-qua"),
        pytest.param("Peacekeepers arrived in Juba last week.", "en", "2023-05-29/2023-06-04", id="en-last-week"),
        pytest.param("Les casques bleus sont arrivés la semaine dernière à Bangui.", "fr", "2023-05-29/2023-06-04", id="fr-semaine-derniere"),
        pytest.param("Los soldados llegaron a Goma el mes pasado.", "es", "2023-05", id="es-mes-pasado"),
        # (not "the month before": it counts from a date the text gives, test_events_anaphoric_dates)
        pytest.param("Peacekeepers were deployed to Abyei last month.", "en", "2023-05", id="en-last-month"),
        pytest.param("Đơn vị đã đến Abyei tuần trước.", "vi", "2023-05-29/2023-06-04", id="vi-tuan-truoc"),
    ],
)
def test_a_relative_date_resolves_against_the_article_date(sentence, language, date):
    events = events_of(sentence, language)
    assert [e.date for e in events] == [date]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("last week", "en", (PartialDate(2023, 5, 29), PartialDate(2023, 6, 4))),
        ("next week", "en", (PartialDate(2023, 6, 12), PartialDate(2023, 6, 18))),
        ("le mois prochain", "fr", (PartialDate(2023, 7), None)),
        ("el año pasado", "es", (PartialDate(2022), None)),
        ("tháng trước", "vi", (PartialDate(2023, 5), None)),
    ],
)
def test_a_relative_period(text, language, expected):
    assert relative_period(text, FRIDAY, language) == expected


def test_a_relative_month_across_the_new_year():
    assert relative_period("last month", PartialDate(2023, 1, 10), "en") == (PartialDate(2022, 12), None)


def test_no_relative_date_without_an_anchor():
    assert relative_span("hier", None, "fr") is None


# --- dates: weekday arithmetic ------------------------------------------------------------------

@pytest.mark.parametrize(
    "month, day, weekday, first, last, years",
    [
        (3, 14, 1, 2015, 2024, [2017, 2023]),  # Tuesday 14 March
        (3, 14, 1, 2020, 2024, [2023]),
        (11, 9, 4, 2018, 2022, [2018]),  # Friday 9 November
        (2, 29, 3, 2016, 2024, [2024]),  # Thursday 29 February, leap years only
    ],
)
def test_weekday_years(month, day, weekday, first, last, years):
    assert weekday_years(month, day, weekday, first, last) == years


@pytest.mark.parametrize(
    "text, weekday",
    [
        ("on Tuesday (14 March) the battalion left", 1),
        ("le lundi 3 octobre, la patrouille", 0),
        ("el martes, 14 de marzo, la misión", 1),
        ("on 14 March the battalion left", None),
    ],
)
def test_printed_weekday(text, weekday):
    mention = next(d for d in find_dates(text) if d.kind == "date")
    assert printed_weekday(text, mention) == weekday


@pytest.mark.parametrize("forward, year", [(True, 2024), (False, 2023), (None, 2024)])
def test_resolve_year_follows_the_tense(forward, year):
    mention = next(d for d in find_dates("on 3 January") if d.kind == "date")
    assert resolve_year(mention, PartialDate(2023, 12, 20), forward=forward)[0].year == year


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Deux soldats ont été blessés le 2 juin à Naqoura.", "fr", id="fr-name-ending-like-future"),
        pytest.param("Dos soldados resultaron heridos el 2 de junio en Ventura.", "es", id="es-name-ending-like-future"),
    ],
)
def test_a_place_name_is_no_future_verb(sentence, language):
    """Naqoura ends like a French future ("-ura"), Ventura like a Spanish one: a capitalised
    name does not make the clause future."""
    (event,) = events_of(sentence, language)
    assert (event.date, event.announced) == ("2023-06-02", False)


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param('"We hope to meet the elders soon," the commander said as the battalion arrived in Juba.', "en", "deployment", id="en-quoted-meet"),
        pytest.param("« Nous avons rencontré les chefs », a dit le général, et le bataillon est arrivé à Gao.", "fr", "deployment", id="fr-quoted"),
    ],
)
def test_words_quoted_are_not_the_main_event(sentence, language, kind):
    assert event_kind(sentence, language)[0] == kind


def test_a_title_does_not_end_with_a_full_stop():
    (event,) = events_of("On 3 May 2023, the battalion arrived in Juba.", "en")
    assert not event.title.endswith(".")


@pytest.mark.parametrize(("sentence", "future"), [
    ("Đoàn đã tới Abyei hôm thứ Hai.", False),  # "tới" is "arrived" here
    ("Đoàn sẽ lên đường tới Abyei vào thứ Hai.", True),
    ("Đoàn sắp tới Abyei.", True),
])
def test_a_vietnamese_arrival_is_not_read_as_the_future(sentence, future):
    from newsdossier.dates import future_tense

    assert future_tense(sentence, "vi") is future


# --- one happening told several times is one event ------------------------------------------

def events_of_article(sentences: list[str], language: str, anchor: PartialDate | None = FRIDAY):
    """The dated events of an article made of these sentences, the first being its lead."""
    return find_events([(s, find_in_sentence(s, language)) for s in sentences], anchor, None, language)[0]


@pytest.mark.parametrize(
    "sentences, language, dates",
    [
        pytest.param(["Gunmen attacked a UN convoy near Gao on Tuesday.",
                      "Three peacekeepers were killed in the attack on Tuesday, the mission said."],
                     "en", ["2023-06-06"], id="en-attack-then-deaths-same-day"),
        pytest.param(["Four peacekeepers died in the north of the country, the mission said.",
                      "Their convoy was ambushed on Wednesday near Gao."],
                     "en", ["2023-06-07"], id="en-lead-takes-the-body's-day"),
        pytest.param(["Seven soldiers were killed in an ambush on Saturday in the east.",
                      "A rebel group yesterday blamed the army for the ambush."],
                     "en", ["2023-06-03"], id="en-the-ambush-refers-back"),
        pytest.param(["A peacekeeper was killed in an attack on 3 June near Kidal.",
                      "On 20 May, a convoy was attacked near Mopti."],
                     "en", ["2023-06-03", "2023-05-20"], id="en-two-attacks-two-days"),
        pytest.param(["Deux casques bleus ont été tués mardi près de Gao.",
                      "L'embuscade a eu lieu mardi soir, selon la mission."],
                     "fr", ["2023-06-06"], id="fr-deaths-then-the-ambush"),
        pytest.param(["Trois casques bleus ont été blessés dans le nord, a indiqué la mission.",
                      "Leur véhicule a été attaqué mercredi près de Tessalit."],
                     "fr", ["2023-06-07"], id="fr-lead-takes-the-body's-day"),
        pytest.param(["Dos cascos azules murieron el martes en el norte del país.",
                      "La emboscada ocurrió el martes cerca de Gao."],
                     "es", ["2023-06-06"], id="es-deaths-then-the-ambush"),
        pytest.param(["Hai chiến sĩ bị thương ngày 6/6 tại Abyei.",
                      "Ngày 6/6, vụ tấn công xảy ra gần căn cứ."],
                     "vi", ["2023-06-06"], id="vi-same-day-one-event"),
    ],
)
def test_one_happening_told_several_times_is_one_event(sentences, language, dates):
    assert [e.date for e in events_of_article(sentences, language)] == dates


# --- a date that dates the report, another event or another noun is not the event's ----------

@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("Two peacekeepers were wounded in an attack on Tuesday, the mission said yesterday.", "en",
                     "2023-06-06", id="en-said-yesterday-is-the-report"),
        pytest.param("A convoy was ambushed near Kidal on Monday, officials told reporters on Wednesday.", "en",
                     "2023-06-05", id="en-told-on-wednesday"),
        pytest.param("Un casque bleu a été tué mardi dans le nord, a indiqué hier la mission.", "fr",
                     "2023-06-06", id="fr-a-indique-hier"),
        pytest.param("Un soldado murió el lunes en una emboscada, informó ayer el ejército.", "es",
                     "2023-06-05", id="es-informo-ayer"),
    ],
)
def test_the_day_of_the_report_is_not_the_day_of_the_event(sentence, language, date):
    assert [e.date for e in events_of(sentence, language)] == [date]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("At least 40 soldiers of the force, which today counts 9,000 troops, have been killed in the region.",
                     "en", id="en-today-in-a-which-clause"),
        pytest.param("Au moins 40 soldats de la force, qui compte aujourd'hui 9 000 hommes, ont été tués dans la région.",
                     "fr", id="fr-aujourdhui-in-a-qui-clause"),
        pytest.param("Al menos 40 soldados de la fuerza, que hoy cuenta con 9.000 efectivos, han muerto en la región.",
                     "es", id="es-hoy-in-a-que-clause"),
        pytest.param("The minister chaired a ceremony for the soldiers killed last year.", "en",
                     id="en-last-year-dates-the-deaths"),
        pytest.param("Le ministre a présidé une cérémonie pour les soldats morts l'an dernier.", "fr",
                     id="fr-l-an-dernier-dates-the-deaths"),
    ],
)
def test_a_relative_date_of_another_noun_does_not_date_the_event(sentence, language):
    lead = {"en": "The minister visited the base on 2 June.", "fr": "Le ministre a visité la base le 2 juin.",
            "es": "El ministro visitó la base el 2 de junio."}[language]
    assert [e.date for e in events_of_article([lead, sentence], language)] == ["2023-06-02"]


def test_a_clause_describing_the_event_dates_it():
    (event,) = events_of("The earthquake, which struck on Tuesday evening, damaged the base.", "en") or [None]
    assert event is None or event.date == "2023-06-06"


# --- dates of events: the year named relative to the article's, months told in the past, ----
# --- dates in passing inside since- and until-phrases -----------------------------------------

@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("The first battalion was deployed in April last year.", "en", "2022-04", id="en-month-last-year"),
        pytest.param("Le premier bataillon a été déployé en avril l'an dernier.", "fr", "2022-04", id="fr-mois-l-an-dernier"),
        pytest.param("El primer batallón fue desplegado en marzo del año pasado.", "es", "2022-03", id="es-mes-ano-pasado"),
        pytest.param("Tiểu đoàn đầu tiên triển khai vào tháng 3 năm ngoái.", "vi", "2022-03", id="vi-thang-nam-ngoai"),
        pytest.param("The last convoy arrived in Juba in November.", "en", "2022-11", id="en-month-alone-told-in-the-past"),
        pytest.param("Ngày 20-5, đơn vị đã lên đường.", "vi", "2023-05-20", id="vi-ngay-day-dash-month-event"),
    ],
)
def test_a_month_gets_the_year_the_sentence_means(sentence, language, date):
    assert [e.date for e in events_of(sentence, language)] == [date]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The toll rose to 40 peacekeepers killed since the mission began its work in April 2013.", "en",
                     id="en-since-the-creation-in"),
        pytest.param("Le bilan s'élève à 40 casques bleus tués depuis la création de la mission en avril 2013.", "fr",
                     id="fr-depuis-la-creation-en"),
        pytest.param("El balance asciende a 40 cascos azules muertos desde la creación de la misión en abril de 2013.", "es",
                     id="es-desde-la-creacion-en"),
        pytest.param("The force was deployed to prepare its withdrawal until 15 October.", "en", id="en-until-a-day"),
        pytest.param("La fuerza fue desplegada para preparar su retirada hasta el 15 de octubre.", "es", id="es-hasta-el"),
    ],
)
def test_a_date_inside_a_since_or_until_phrase_is_in_passing(sentence, language):
    lead = {"en": "The minister visited the base on 2 June.", "fr": "Le ministre a visité la base le 2 juin.",
            "es": "El ministro visitó la base el 2 de junio."}[language]
    assert [e.date for e in events_of_article([lead, sentence], language)] == ["2023-06-02"]


# --- kinds: medals received, visits paid, renewals, gunfire and mines, disasters, ----------
# --- withdrawals, construction work, observance days ------------------------------------------

@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("Two hundred Nepalese peacekeepers received the UN medal at their camp.", "en", "ceremony", id="en-received-the-medal"),
        pytest.param("Deux cents casques bleus ont reçu la médaille des Nations unies à Goma.", "fr", "ceremony", id="fr-recu-la-medaille"),
        pytest.param("Doscientos soldados recibieron la medalla de la ONU en su base.", "es", "ceremony", id="es-recibieron-la-medalla"),
        pytest.param("Các chiến sĩ đã nhận huân chương tại doanh trại.", "vi", "ceremony", id="vi-nhan-huan-chuong"),
        pytest.param("The minister received the ambassador at his office.", "en", "meeting", id="en-received-a-person-is-a-meeting"),
        pytest.param("Le chef de la mission a rendu visite aux blessés à l'hôpital.", "fr", "visit", id="fr-a-rendu-visite"),
        pytest.param("El Consejo de Seguridad ha prorrogado la misión hasta finales de año.", "es", "adoption", id="es-ha-prorrogado"),
        pytest.param("La misión fue prorrogada por un año más.", "es", "adoption", id="es-prorrogada-agrees"),
        pytest.param("Gunmen opened fire on a patrol near the border.", "en", "attack", id="en-opened-fire"),
        pytest.param("Leur véhicule a heurté un engin explosif près de Ménaka.", "fr", "attack", id="fr-a-heurte"),
        pytest.param("Desconocidos abrieron fuego contra una patrulla cerca de la frontera.", "es", "attack", id="es-abrieron-fuego"),
        pytest.param("Xe tuần tra trúng mìn gần biên giới.", "vi", "attack", id="vi-trung-min"),
        pytest.param("The earthquake destroyed the mission's headquarters.", "en", "disaster", id="en-earthquake"),
        pytest.param("Un hélicoptère de la mission s'est écrasé près de Bouar.", "fr", "disaster", id="fr-s-est-ecrase"),
        pytest.param("Un terremoto destruyó el cuartel de la misión.", "es", "disaster", id="es-terremoto"),
        pytest.param("The last soldiers of the contingent withdrew from the north.", "en", "withdrawal", id="en-withdrew"),
        pytest.param("Les opérations du contingent ont pris fin à Tombouctou.", "fr", "withdrawal", id="fr-ont-pris-fin"),
        pytest.param("Concluyeron las patrullas del contingente en la capital.", "es", "withdrawal", id="es-concluyeron"),
        pytest.param("Đơn vị đồng loạt thi công trên ba tuyến đường.", "vi", "construction", id="vi-thi-cong"),
        pytest.param("Aujourd'hui, c'est la journée internationale des casques bleus.", "fr", "ceremony", id="fr-journee-internationale"),
        pytest.param("Hoy es el día internacional del personal de paz.", "es", "ceremony", id="es-dia-internacional"),
    ],
)
def test_more_kinds_of_happening(sentence, language, kind):
    assert event_kind(sentence, language)[0] == kind


@pytest.mark.parametrize(
    "sentences, language, dates",
    [
        pytest.param(["The earthquake has killed at least 12 soldiers of the mission.",
                      "Roads were cut in the hours after the quake, which struck on Tuesday evening."],
                     "en", ["2023-06-06"], id="en-the-quake-which-struck-dates-the-lead"),
        pytest.param(["Le séisme a tué au moins 12 soldats de la mission.",
                      "Les routes ont été coupées après le séisme, qui a frappé mardi soir."],
                     "fr", ["2023-06-06"], id="fr-le-seisme-qui-a-frappe"),
    ],
)
def test_a_relative_clause_describing_the_event_dates_it(sentences, language, dates):
    assert [e.date for e in events_of_article(sentences, language)] == dates


@pytest.mark.parametrize(
    "sentence, language, anchor, date",
    [
        pytest.param("Recently, the battalion held a ceremony to mark its tenth anniversary.", "en", PartialDate(2018), "2018",
                     id="en-year-dated-article"),
        pytest.param("Un casque bleu est mort de ses blessures, a indiqué la mission.", "fr", PartialDate(2013, 10), "2013-10",
                     id="fr-month-dated-article"),
        pytest.param("Un casco azul murió tras ser atacado durante una protesta.", "es", PartialDate(2015, 4), "2015-04",
                     id="es-month-dated-article"),
    ],
)
def test_the_lead_of_an_article_dated_to_the_month_or_year_takes_that_date(sentence, language, anchor, date):
    assert [e.date for e in events_of_article([sentence], language, anchor)] == [date]


@pytest.mark.parametrize(
    "sentences, language, wire_day, dates",
    [
        pytest.param(["Four hundred peacekeepers left for Mali."], "en", False, ["2023-06"], id="en-no-day-told"),
        pytest.param(["Four hundred peacekeepers left for Mali."], "en", True, ["2023-06-09"], id="en-wire-of-the-day"),
        pytest.param(["Quatre cents casques bleus ont quitté la capitale pour le Mali."], "fr", False, ["2023-06"], id="fr-no-day-told"),
        pytest.param(["Cuatrocientos cascos azules salieron de la capital hacia Malí."], "es", False, ["2023-06"], id="es-no-day-told"),
        pytest.param(["Siete cascos azules muertos en Malí.", "Siete cascos azules murieron este viernes en el centro de Malí."],
                     "es", False, ["2023-06-09"], id="es-the-body-gives-the-day"),
    ],
)
def test_the_lead_is_dated_as_far_as_the_text_tells(sentences, language, wire_day, dates):
    found = find_events([(s, find_in_sentence(s, language)) for s in sentences], FRIDAY, None, language, wire_day=wire_day)[0]
    assert [e.date for e in found] == dates


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Its doctors have also run training courses for local nurses.", "en", id="en"),
        pytest.param("Ses médecins ont aussi assuré une formation pour les infirmiers locaux.", "fr", id="fr"),
        pytest.param("Sus médicos también impartieron cursos de formación a enfermeros locales.", "es", id="es"),
        pytest.param("Các bác sĩ cũng tổ chức tập huấn cho y tá địa phương.", "vi", id="vi"),
    ],
)
def test_a_sentence_deep_in_the_body_is_not_dated_by_the_article(sentence, language):
    filler = ["Une phrase sans rien."] * 6
    assert events_of_article(filler + [sentence], language) == []
    assert [e.date for e in events_of_article([sentence], language)] == ["2023-06-09"]


@pytest.mark.parametrize(
    "text, language, date",
    [
        pytest.param("Gunmen attacked the base last night.", "en", "2023-06-08", id="en-last-night"),
        pytest.param("Desconocidos atacaron anoche la base.", "es", "2023-06-08", id="es-anoche"),
        pytest.param("Tối qua, căn cứ bị tấn công.", "vi", "2023-06-08", id="vi-toi-qua"),
        pytest.param("Hôm kia, đơn vị đã lên đường.", "vi", "2023-06-07", id="vi-hom-kia"),
    ],
)
def test_more_days_named_relative_to_the_article(text, language, date):
    start, _end = relative_span(text, FRIDAY, language)
    assert start.edtf() == date


# --- a background event dated by its year alone ------------------------------------------------

@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("Rebels have often targeted the camp, and an ambush in 2017 killed four soldiers.", "en", "2017",
                     id="en-an-ambush-in-2017"),
        pytest.param("En 2018, une attaque contre le camp a tué quatre soldats.", "fr", "2018", id="fr-en-2018"),
        pytest.param("Un acuerdo de paz firmado en 2015 no trajo la calma.", "es", "2015", id="es-firmado-en-2015"),
        pytest.param("Năm 2014, Việt Nam triển khai hai sĩ quan đầu tiên.", "vi", "2014", id="vi-nam-2014"),
    ],
)
def test_a_background_event_dated_by_its_year(sentence, language, date):
    assert [e.date for e in events_of_article(["Une phrase sans rien.", "Une autre."] * 3 + [sentence], language)] == [date]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The battalion deployed in line with Security Council resolution 2409 (2018) to protect civilians.", "en",
                     id="en-resolution-year"),
        pytest.param("El contingente se desplegó conforme a la resolución 2350 (2017) del Consejo.", "es", id="es-resolucion-year"),
    ],
)
def test_the_year_of_a_document_name_is_no_event_date(sentence, language):
    assert events_of_article(["Une phrase sans rien."] * 6 + [sentence], language) == []


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("The observer mission was set up in 1991 to monitor the ceasefire.", "en", "adoption", id="en-set-up"),
        pytest.param("La mission a été créée en 2013 pour stabiliser le pays.", "fr", "adoption", id="fr-creee"),
        pytest.param("La misión fue creada en 2004 para estabilizar el país.", "es", "adoption", id="es-creada"),
        pytest.param("A second company was dispatched to the border in May.", "en", "deployment", id="en-dispatched"),
        pytest.param("Le bataillon a été envoyé au Liban en 2006.", "fr", "deployment", id="fr-envoye"),
        pytest.param("The transfer of authority took place at the camp.", "en", "rotation", id="en-transfer-of-authority"),
        pytest.param("The rebels seized the capital and ousted the president.", "en", "conflict", id="en-seized"),
        pytest.param("La guerre a éclaté en 2013 dans le nord du pays.", "fr", "conflict", id="fr-guerre"),
        pytest.param("El golpe de estado derrocó al presidente en 2012.", "es", "conflict", id="es-golpe"),
        pytest.param("Cuộc chiến tranh kéo dài nhiều năm.", "vi", "conflict", id="vi-chien-tranh"),
    ],
)
def test_kinds_of_background_happening(sentence, language, kind):
    assert event_kind(sentence, language)[0] == kind


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("Since the civil war broke out on 15 April, thousands have fled.", "en", "2023-04-15", id="en-since-the-war-broke-out"),
        pytest.param("Depuis l'offensive lancée le 2 mai, les combats ont repris.", "fr", "2023-05-02", id="fr-depuis-l-offensive"),
        pytest.param("Desde la guerra que estalló el 3 de abril, la misión no patrulla.", "es", "2023-04-03", id="es-desde-la-guerra"),
        pytest.param("A new battalion will take over from them this October.", "en", "2023-10", id="en-will-take-over-this-october"),
        pytest.param("El ministro aseguró en marzo pasado que las tropas se retirarán a mediados de octubre.", "es", "2023-10",
                     id="es-aseguro-in-march-retiraran-in-october"),
        pytest.param("Les troupes se retireront fin octobre, a assuré le ministre.", "fr", "2023-10", id="fr-fin-octobre"),
    ],
)
def test_dates_of_phrases_and_plans(sentence, language, date):
    assert [e.date for e in events_of_article(["Une phrase sans rien."] * 6 + [sentence], language)] == [date]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The country first joined the mission in Mali in 2015.", "en", id="en-joined"),
        pytest.param("Năm 2015, Việt Nam gia nhập lực lượng gìn giữ hòa bình.", "vi", id="vi-gia-nhap"),
    ],
)
def test_joining_a_mission_is_a_deployment(sentence, language):
    assert event_kind(sentence, language)[0] == "deployment"


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("Before the 2023 Peacekeeping Summit, to be held in Accra on 5-6 December, the envoy met donors.", "en",
                     "2023-12-05/2023-12-06", id="en-year-in-a-name-then-the-day"),
        pytest.param("Avant le Sommet 2023, prévu à Accra les 5 et 6 décembre, l'envoyé a rencontré les donateurs.", "fr",
                     "2023-12-05/2023-12-06", id="fr-year-in-a-name-then-the-day"),
    ],
)
def test_a_full_date_dates_the_event_before_a_bare_year(sentence, language, date):
    assert date in [e.date for e in events_of_article(["Une phrase sans rien."] * 6 + [sentence], language)]


CAPTIONED = {
    "en": ("Peacekeepers attacked near Gao\n\nGAO, 9 June 2023 - Two peacekeepers were wounded on Friday near Gao, the mission said.\n\n"
           "The mission condemned the attack and called for calm in the region.\n\n"
           "An armoured vehicle of the mission that came under fire on 3 March 2022 near Kidal. (File photo)\n\n"
           "The wounded were flown to the capital for treatment.\n"),
    "fr": ("Des casques bleus attaqués près de Gao\n\nGAO, 9 juin 2023 - Deux casques bleus ont été blessés vendredi près de Gao, a indiqué la mission.\n\n"
           "La mission a condamné l'attaque et appelé au calme dans la région.\n\n"
           "Un blindé de la mission pris pour cible le 3 mars 2022 près de Kidal. (Photo d'archives)\n\n"
           "Les blessés ont été évacués vers la capitale.\n"),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_dated_photo_caption_tells_a_happening(language):
    from newsdossier.extract import extract

    extraction = extract(CAPTIONED[language], None)
    assert extraction.fields["captions"], "the fixture's caption is read as one"
    assert "2022-03-03" in [e.date for e in extraction.events]
