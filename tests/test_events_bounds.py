"""Events: a date that bounds a span or a count ("kể từ năm 2013", "as of 31 August"), a
span of years glossing a name ("Somalia (1993-1995)"), a mission's setting-up said in
passing ("Deployed in Mali in July 2013, MINUSMA ..."), an until-date whose time clause
tells another happening, and a date told as one to come ("vào tháng 10 tới", "sẽ kết thúc
vào ngày 15/10"). In EN, FR, ES, VI. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

FRIDAY = PartialDate(2023, 6, 9)  # a Friday


def events_of(sentence: str, language: str, anchor: PartialDate = FRIDAY) -> list[tuple[str, bool]]:
    """(date, planned) of the events one sentence tells, placed after four eventless
    sentences (deep in the body: not taken for the news of the article's day)."""
    sentences = [("Une phrase sans rien.", [])] * 4 + [(sentence, find_in_sentence(sentence, language))]
    return [(e.date, e.announced) for e in find_events(sentences, anchor, None, language)[0]]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Hơn 120 nhân viên của phái bộ đã thiệt mạng kể từ năm 2014.", "vi", id="vi-ke-tu-nam"),
        pytest.param("Tính đến ngày 30/4, đã xảy ra 80 vụ tấn công nhằm vào đoàn xe.", "vi", id="vi-tinh-den-ngay"),
        pytest.param("As of 30 April, 80 attacks on convoys had been recorded in the region.", "en", id="en-as-of"),
        pytest.param("A fecha de 30 de abril, se habían registrado 80 ataques contra convoyes.", "es", id="es-a-fecha-de"),
        pytest.param("À la date du 30 avril, 80 attaques contre des convois avaient été recensées.", "fr", id="fr-a-la-date-du"),
    ],
)
def test_a_date_bounding_a_span_or_a_count_dates_no_event(sentence, language):
    assert events_of(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("C'est la mission la plus meurtrière depuis l'Angola (1992-1994), avec 60 soldats tués.", "fr", id="fr-gloss"),
        pytest.param("It is the deadliest mission since Bosnia (1992–1995), with 60 soldiers killed.", "en", id="en-gloss-en-dash"),
        pytest.param("Es la misión más letal desde Angola (1992-1994), con 60 soldados muertos.", "es", id="es-gloss"),
    ],
)
def test_a_span_of_years_glossing_a_name_dates_no_event(sentence, language):
    assert events_of(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Deployed in Mali in July 2013, MINUSMA now counts about 12,000 troops.", "en", id="en-fronted"),
        pytest.param("Déployée au Mali en juillet 2013, la MINUSMA compte environ 12 000 militaires.", "fr", id="fr-fronted"),
        pytest.param("Desplegada en Malí en julio de 2013, la MINUSMA cuenta con unos 12.000 militares.", "es", id="es-fronted"),
        pytest.param("Được triển khai từ tháng 7/2013, MINUSMA hiện có khoảng 12.000 binh sĩ.", "vi", id="vi-fronted"),
        pytest.param("La MINUSMA, déployée en 2013, compte environ 12 000 militaires.", "fr", id="fr-after-name"),
        pytest.param("La MINUSMA, établie en 2013, a perdu une centaine de ses membres.", "fr", id="fr-etablie"),
        pytest.param("La MINUSMA, mise en place en 2013, compte environ 12 000 militaires.", "fr", id="fr-mise-en-place"),
    ],
)
def test_a_missions_setting_up_said_in_passing_is_no_event(sentence, language):
    assert events_of(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        # a contingent, not the mission: its deployment is a happening
        pytest.param("Deployed in Gao in July 2013, the battalion now counts 650 troops.", "en", [("2013-07", False)], id="en-unit"),
        pytest.param("Déployé à Gao en juillet 2013, le bataillon compte 650 militaires.", "fr", [("2013-07", False)], id="fr-unit"),
    ],
)
def test_a_units_deployment_stays_a_happening(sentence, language, expected):
    assert events_of(sentence, language) == expected


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The Council renewed the mission only until the end of 2025, when its withdrawal will begin.", "en",
                     [("2025", True)], id="en-until-when"),
        pytest.param("El Consejo renovó la misión solo hasta finales de 2025, cuando comenzará su retirada.", "es",
                     [("2025", True)], id="es-hasta-cuando"),
        pytest.param("Le Conseil a renouvelé la mission jusqu'à la fin de 2025, quand commencera son retrait.", "fr",
                     [("2025", True)], id="fr-jusqu-quand"),
        pytest.param("La misión ha sido prorrogada por el Consejo solo hasta finales del año 2025, cuando comenzará su retirada.",
                     "es", [("2025", True)], id="es-prorrogada-hasta-ano"),
        pytest.param("The mandate has been extended by the Council only until the year 2025, when its withdrawal will begin.",
                     "en", [("2025", True)], id="en-extended-until-year"),
    ],
)
def test_an_until_date_goes_to_the_happening_of_its_time_clause(sentence, language, expected):
    assert events_of(sentence, language) == expected


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Hội đồng Bảo an đã quyết định rút phái bộ vào tháng 2 tới.", "vi", [("2024-02", True)], id="vi-thang-toi"),
        pytest.param("Nghị quyết nêu rõ phái bộ sẽ kết thúc vào ngày 1/3.", "vi", [("2024-03-01", True)], id="vi-se-ket-thuc"),
        pytest.param("Le Conseil a décidé de retirer la mission en février prochain.", "fr", [("2024-02", True)], id="fr-prochain"),
    ],
)
def test_a_date_told_as_one_to_come_is_ahead_and_planned(sentence, language, expected):
    assert events_of(sentence, language) == expected


def test_one_planned_happening_told_twice_is_one():
    sentences = [("Phái bộ sẽ rút khỏi Haiti vào tháng 2 tới.", []),
                 ("Ngày 8/6, Hội đồng Bảo an quyết định phái bộ sẽ rút khỏi Haiti vào tháng 2 tới.", [])]
    dates = [(e.date, e.announced) for e in find_events(sentences, FRIDAY, None, "vi")[0]]
    assert dates.count(("2024-02", True)) == 1


def lead_events_of(sentence: str, language: str) -> list[tuple[str, bool]]:
    """(date, planned) of the events of an article whose headline names no event and whose
    second sentence is the one given: a lead sentence, dated by the article's day when it
    tells the news."""
    sentences = [("Une phrase sans rien.", []), (sentence, find_in_sentence(sentence, language))]
    return [(e.date, e.announced) for e in find_events(sentences, FRIDAY, None, language, wire_day=False)[0]]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The mission currently has 9,000 troops deployed across the south.", "en", id="en-currently"),
        pytest.param("La mission compte actuellement 9 000 militaires déployés dans le sud.", "fr", id="fr-actuellement"),
        pytest.param("La misión tiene actualmente desplegados 9.000 efectivos en el sur.", "es", id="es-actualmente"),
        pytest.param("Phái bộ hiện có 9.000 binh sĩ được triển khai ở miền nam.", "vi", id="vi-hien-co"),
    ],
)
def test_a_lead_telling_how_things_stand_is_not_the_days_news(sentence, language):
    assert lead_events_of(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("A battalion of 650 troops was deployed to the south.", "en", id="en-news"),
        pytest.param("Un bataillon de 650 militaires a été déployé dans le sud.", "fr", id="fr-news"),
        pytest.param("Un batallón de 650 efectivos fue desplegado en el sur.", "es", id="es-news"),
    ],
)
def test_a_lead_telling_a_happening_is_still_the_days_news(sentence, language):
    assert lead_events_of(sentence, language) == [("2023-06", False)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Since its deployment in 2014, the mission has lost about a hundred members.", "en", id="en-since-deployment"),
        pytest.param("La mission est, depuis qu'elle a été déployée en juillet 2014, la plus meurtrière.", "fr", id="fr-depuis-que-deployee"),
        pytest.param("La misión perdió un centenar de efectivos desde su despliegue en el país, en 2014.", "es", id="es-desde-su-despliegue"),
        pytest.param("Phái bộ đã mất khoảng 100 thành viên kể từ khi được thành lập vào năm 2014.", "vi", id="vi-ke-tu-khi-thanh-lap"),
    ],
)
def test_a_since_phrase_of_a_setting_up_dates_no_event(sentence, language):
    assert events_of(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Since the offensive launched on 2 May, fighting has resumed.", "en", [("2023-05-02", False)], id="en-offensive"),
        pytest.param("Depuis l'offensive lancée le 2 mai, les combats ont repris.", "fr", [("2023-05-02", False)], id="fr-offensive"),
    ],
)
def test_a_since_phrase_of_a_happening_still_dates_it(sentence, language, expected):
    assert events_of(sentence, language) == expected
