"""Events: a day or period named relative to the article's date ("cette semaine", "this
week", "esta semana", "tuần này") in a clause of its own, after a printed date its main event
took, dates a happening of its own, as a printed date there does: "quittera Dakar ce lundi
21 octobre pour New York, où il présentera cette semaine son rapport" tells the departure on
the 21st and the report during the week. The day of a telling in a clause of its own ("the
army said on Thursday") is none.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2019, 10, 21)  # a Monday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("L'envoyé quittera Dakar ce lundi 21 octobre pour New York, où il présentera cette semaine son rapport "
                     "au Conseil.", "fr", id="fr"),
        pytest.param("The envoy leaves Dakar on Monday 21 October for New York, where he will present his report to the "
                     "Council this week.", "en", id="en"),
        pytest.param("El enviado saldrá de Dakar el lunes 21 de octubre hacia Nueva York, donde presentará esta semana su "
                     "informe al Consejo.", "es", id="es"),
    ],
)
def test_a_relative_period_of_its_own_clause_dates_a_second_happening(sentence, language):
    dates = [e.date for e in body_events(sentence, language, ANCHOR)]
    assert "2019-10-21" in dates
    assert len(dates) == 2
    assert dates[1].startswith("2019-10")


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Two peacekeepers were killed on 12 October near Gao, the army said on Thursday.", "en", id="en-said"),
        pytest.param("Deux Casques bleus ont été tués le 12 octobre près de Gao, a indiqué jeudi l'armée.", "fr", id="fr-said"),
        pytest.param("Dos cascos azules murieron el 12 de octubre cerca de Gao, informó el jueves el ejército.", "es", id="es-said"),
    ],
)
def test_the_day_of_a_telling_in_its_own_clause_is_none(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == ["2019-10-12"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        # a page's text where a quotation runs on from the sentence before without a space
        pytest.param("La mission annonce avoir perdu deux soldats lundi 14 octobre près de Gao, une région du nord.« Ce "
                     "matin, un convoi a heurté une mine près de Gao », a écrit le porte-parole.", "fr", id="fr-quoted-morning"),
        pytest.param('The mission said it lost two soldiers on Monday 14 October near Gao, a northern region."This morning, '
                     'a convoy hit a mine near Gao," the spokesman wrote.', "en", id="en-quoted-morning"),
    ],
)
def test_a_relative_day_inside_a_quotation_dates_no_second_happening(sentence, language):
    anchor = PartialDate(2019, 10, 15)
    assert "2019-10-15" not in [e.date for e in body_events(sentence, language, anchor)]


def test_a_quotation_left_open_by_the_sentence_holds_its_relative_day():
    # the closing mark comes in a later sentence of the article
    sentence = ("La mission annonce avoir perdu deux soldats lundi 14 octobre près de Gao, une région du nord.« Ce "
                "matin, tout était calme dans la ville.")
    assert "2019-10-15" not in [e.date for e in body_events(sentence, "fr", PartialDate(2019, 10, 15))]
