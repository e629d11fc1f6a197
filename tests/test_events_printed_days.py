"""Events: three ways a printed day was read wrong. "Desde"/"depuis" followed by a place name
is where a journey starts, not the start of a period ("saldrán desde Lima el 3 de marzo");
a weekday dating an event told in the future is the coming one even when the future verb
stands after it ("El jueves, el ministro visitará..."); a day and month marked past ("el pasado
9 de octubre", "le 9 octobre dernier") is the last such day, whatever other year the
sentence prints. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates, past_marked
from newsdossier.datevalue import PartialDate
from newsdossier.events import in_passing
from eventcases import body_events

ANCHOR = PartialDate(2023, 2, 15)  # a Wednesday


def dates_of(sentence: str, language: str) -> list[str]:
    return sorted(e.date for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Los soldados saldrán desde Lima el 3 de marzo rumbo a la base.", "es", "2023-03-03", id="es-desde-lima"),
        pytest.param("Les soldats partiront depuis Dakar le 3 mars vers la base.", "fr", "2023-03-03", id="fr-depuis-dakar"),
        pytest.param("Los soldados partieron desde Buenos Aires el 2 de febrero hacia el sur.", "es", "2023-02-02", id="es-two-words"),
        pytest.param("Les soldats sont partis depuis Bamako le 2 février vers le sud.", "fr", "2023-02-02", id="fr-bamako"),
    ],
)
def test_from_a_place_the_date_dates_the_journey(sentence, language, expected):
    assert dates_of(sentence, language) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("La misión cuenta con 500 soldados desde la cumbre de Lima el 3 de marzo de 2014.", id="es-desde-la"),
        pytest.param("The unit has held the post since the summit in Lima on 3 March 2014.", id="en-since-the"),
        pytest.param("Le contingent tient le poste depuis la réunion de Dakar le 3 mars 2014.", id="fr-depuis-la"),
        pytest.param("The unit has held the post since Monday 3 March 2014.", id="en-since-weekday"),
        pytest.param("The unit has held the post since Operation Serval on 11 January 2013.", id="en-since-operation"),
        pytest.param("La unidad ocupa el puesto desde Navidad el 25 de diciembre de 2013.", id="es-since-holiday"),
        pytest.param("Le bataillon tient le poste depuis Pâques le 20 avril 2014.", id="fr-since-holiday"),
        pytest.param("La unidad ocupa el puesto desde Diciembre el 5 de diciembre de 2013.", id="es-since-month-word"),
    ],
)
def test_since_something_else_is_still_in_passing(sentence):
    mention = next(d for d in find_dates(sentence) if d.kind == "date")
    assert in_passing(sentence, mention.start)


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("El jueves, el ministro visitará a las tropas en el norte.", "es", "2023-02-16", id="es-jueves"),
        pytest.param("On Friday, the minister will visit the troops in the north.", "en", "2023-02-17", id="en-friday"),
        pytest.param("Vendredi, le ministre rendra visite aux troupes dans le nord.", "fr", "2023-02-17", id="fr-vendredi"),
    ],
)
def test_a_weekday_of_an_event_to_come_is_the_next_one(sentence, language, expected):
    events = body_events(sentence, language, ANCHOR)
    assert [e.date for e in events] == [expected]
    assert all(e.announced for e in events)


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("La ministra hace en 2023 su primer viaje al norte, pocos días antes del fin del pacto firmado el pasado 9 de octubre entre los bandos.", "es", "2022-10-09", id="es-pasado"),
        pytest.param("La ministre effectue en 2023 son premier voyage dans le nord, peu avant la fin du pacte signé le 9 octobre dernier entre les camps.", "fr", "2022-10-09", id="fr-dernier"),
    ],
)
def test_a_day_marked_past_is_the_last_one(sentence, language, expected):
    events = body_events(sentence, language, ANCHOR)
    assert [e.date for e in events] == [expected]
    assert not any(e.announced for e in events)


@pytest.mark.parametrize(
    "text, language, marked",
    [
        pytest.param("el pasado 9 de octubre", "es", True, id="es-pasado"),
        pytest.param("le 9 octobre dernier", "fr", True, id="fr-dernier"),
        pytest.param("el 9 de octubre", "es", False, id="es-bare"),
        pytest.param("le 9 octobre 2022 dernier", "fr", False, id="fr-with-year"),
    ],
)
def test_past_marked(text, language, marked):
    mention = next(d for d in find_dates(text) if d.kind == "date")
    assert past_marked(text, mention, language) is marked


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Earlier this month, fighting between two militias killed dozens of people near the camp.", "en", id="en-earlier"),
        pytest.param("Plus tôt ce mois-ci, des combats entre deux milices ont fait des dizaines de morts près du camp.", "fr", id="fr-plus-tot"),
        pytest.param("A principios de este mes, los combates entre dos milicias dejaron decenas de muertos cerca del campamento.", "es", id="es-principios"),
        pytest.param("Đầu tháng này, giao tranh giữa hai nhóm vũ trang khiến hàng chục người thiệt mạng gần trại.", "vi", id="vi-dau-thang"),
    ],
)
def test_earlier_this_month_is_the_article_month(sentence, language):
    assert dates_of(sentence, language) == ["2023-02"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The force's mandate is due to expire on 30 April.", "en", id="en"),
        pytest.param("Le mandat de la force expire le 30 avril.", "fr", id="fr"),
        pytest.param("El mandato de la fuerza vence el 30 de abril.", "es", id="es"),
        pytest.param("Nhiệm vụ của lực lượng hết hạn vào ngày 30/4.", "vi", id="vi"),
        pytest.param("The force's mandate expires on 30 April.", "en", id="en-expires"),
        pytest.param("The truce lapsed on 30 April after two renewals.", "en", id="en-lapsed"),
        pytest.param("The force's mandate runs out at the end of April.", "en", id="en-end-of-month"),
        pytest.param("Le mandat de la force expirera le 30 avril.", "fr", id="fr-expirera"),
        pytest.param("Le mandat de la force arrivera à échéance le 30 avril.", "fr", id="fr-echeance"),
        pytest.param("El mandato de la fuerza vencerá el 30 de abril.", "es", id="es-vencera"),
        pytest.param("El mandato de la fuerza caduca el 30 de abril.", "es", id="es-caduca"),
        pytest.param("Les mandats des deux forces expirent le 30 avril.", "fr", id="fr-expirent"),
        pytest.param("Los mandatos de las dos fuerzas vencen el 30 de abril.", "es", id="es-vencen"),
    ],
)
def test_the_day_a_mandate_runs_out_is_no_happening(sentence, language):
    assert dates_of(sentence, language) == []
