"""Events: a happening with a vague time of its own ("will deploy in the coming weeks", "sera
déployé dans les semaines à venir", "se desplegará en las próximas semanas", "sẽ triển khai trong
những tuần tới") takes no day another clause of the sentence names; an announcing verb's day
stays the announcement's. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2019, 5, 3)  # a Friday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Soldiers paraded on Friday with the battalion who will deploy to the border in the coming weeks.", "en", id="en"),
        pytest.param("Vendredi, les soldats du bataillon qui sera déployé à la frontière dans les semaines à venir ont défilé.", "fr", id="fr"),
        pytest.param("El viernes desfilaron los soldados del batallón que se desplegará en la frontera en las próximas semanas.", "es", id="es"),
        pytest.param("Hôm thứ Sáu, các binh sĩ của tiểu đoàn sẽ triển khai tới biên giới trong những tuần tới đã diễu hành.", "vi", id="vi"),
    ],
)
def test_a_vague_time_of_its_own_takes_no_other_clause_s_day(sentence, language):
    assert [e.kind for e in body_events(sentence, language, ANCHOR) if e.kind == "deployment"] == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("On Friday, the minister announced the battalion will deploy to the border in the coming weeks.", "en", id="en"),
        pytest.param("Vendredi, le ministre a annoncé que le bataillon sera déployé à la frontière dans les semaines à venir.", "fr", id="fr"),
    ],
)
def test_the_announcement_keeps_its_day(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("announcement", "2019-05-03")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The Security Council extended the mission's mandate on Friday and asked the envoy to report on "
                     "troop levels in the coming months.", "en", id="en"),
        pytest.param("Le Conseil de sécurité a prorogé vendredi le mandat de la mission et a demandé à l'envoyé un "
                     "rapport sur les effectifs dans les mois à venir.", "fr", id="fr"),
        pytest.param("El Consejo de Seguridad prorrogó el viernes el mandato de la misión y pidió al enviado un informe "
                     "sobre los efectivos en los próximos meses.", "es", id="es"),
    ],
)
def test_a_vague_time_far_after_the_happening_leaves_its_own_day(sentence, language):
    # the vague time belongs to a later part of the sentence, not to the happening named first
    assert "2019-05-03" in [e.date for e in body_events(sentence, language, ANCHOR)]


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        # another verb of a happening stands between: the phrase is its time, not the first one's
        pytest.param("The soldiers arrived on Friday and will deploy in the coming weeks.", "en", "deployment", id="en-and"),
        pytest.param("Les soldats sont arrivés vendredi et seront déployés dans les semaines à venir.", "fr", "deployment", id="fr-et"),
        pytest.param("Hôm thứ Sáu, đơn vị đã tổ chức lễ xuất quân và sẽ lên đường trong thời gian tới.", "vi", "ceremony", id="vi-va"),
        pytest.param("The minister on Friday visited the battalion that will deploy in the coming weeks.", "en", "visit", id="en-that"),
        pytest.param("Vendredi, le ministre a rendu visite au bataillon qui sera déployé dans les semaines à venir.", "fr", "visit", id="fr-qui"),
        pytest.param("El viernes, el ministro visitó al batallón que se desplegará en las próximas semanas.", "es", "visit", id="es-que"),
        pytest.param("Hôm thứ Sáu, Bộ trưởng đã thăm tiểu đoàn sẽ triển khai trong những tuần tới.", "vi", "visit", id="vi-rel"),
        # the day stands between the word and the phrase: the nearer time is the word's own
        pytest.param("Peacekeepers were deployed Friday amid fears of attacks in the coming days.", "en", "deployment", id="en-day"),
        pytest.param("Le bataillon a été déployé vendredi pour patrouiller dans les mois à venir.", "fr", "deployment", id="fr-day"),
        pytest.param("Los soldados llegaron el viernes y se desplegarán en las próximas semanas.", "es", "deployment", id="es-day"),
    ],
)
def test_a_vague_time_of_another_verb_or_after_the_day_leaves_the_day(sentence, language, kind):
    # the vague time is another clause's, or comes after the happening's own day
    assert (kind, "2019-05-03") in [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)]
