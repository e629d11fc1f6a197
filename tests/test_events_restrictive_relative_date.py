"""Events: a printed date in a relative clause with no comma before it (a restrictive one)
that describes another noun after the main event word, with an event verb of its own ("will
replace the troops that arrived on 5 March"), is that verb's happening, not the main word's
(events.restrictive_relative_date); and that verb's tense is read from its relative pronoun
on, not from the main clause's future ("relevará ... a los soldados que llegaron el 5 de
marzo": the arrival is past). A relief announced in the future is a rotation ("will
replace", "relèvera", "relevará": vocabulary event_words rotation). Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2004, 5, 20)


def _found(sentence: str, language: str) -> list[tuple[str, str]]:
    return sorted((str(e.date), e.kind) for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The new battalion will replace on 1 June the troops that arrived in the capital on 5 March.", "en",
                     [("2004-03-05", "deployment"), ("2004-06-01", "rotation")], id="en-relief-then-past-arrival"),
        pytest.param("Le nouveau bataillon relèvera le 1er juin les soldats qui sont arrivés dans la capitale le 5 mars.", "fr",
                     [("2004-03-05", "deployment"), ("2004-06-01", "rotation")], id="fr-relief-then-past-arrival"),
        pytest.param("El nuevo batallón relevará el 1 de junio a los soldados que llegaron a la capital el 5 de marzo.", "es",
                     [("2004-03-05", "deployment"), ("2004-06-01", "rotation")], id="es-relief-then-past-arrival"),
        pytest.param("The new battalion will replace the troops that arrived in the capital on 5 March.", "en",
                     [("2004-03-05", "deployment")], id="en-undated-relief-keeps-no-date"),
        pytest.param("Le bataillon remplacera les soldats qui sont arrivés le 5 mars.", "fr",
                     [("2004-03-05", "deployment")], id="fr-undated-relief-keeps-no-date"),
    ],
)
def test_a_restrictive_relative_clause_s_date_is_its_own(sentence, language, expected):
    assert _found(sentence, language) == expected


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        # the clause describes the main word itself: its date is the main's
        pytest.param("The attack that killed ten peacekeepers on 2 March was condemned.", "en",
                     ["2004-03-02"], id="en-clause-of-the-main-word"),
        # no event verb in the clause: the date is the main's
        pytest.param("Rebels attacked the convoy that carried food on 2 March.", "en",
                     ["2004-03-02"], id="en-clause-without-event-verb"),
        pytest.param("Des rebelles ont attaqué le convoi qui transportait des vivres le 2 mars.", "fr",
                     ["2004-03-02"], id="fr-clause-without-event-verb"),
        # a clause of its own in the future stays in the future
        pytest.param("El batallón viajará el 3 de junio para relevar a las tropas que serán repatriadas el 10 de junio.", "es",
                     ["2004-06-03", "2004-06-10"], id="es-future-relative-clause"),
    ],
)
def test_dates_the_rule_leaves_alone(sentence, language, expected):
    assert sorted(str(e.date) for e in body_events(sentence, language, ANCHOR)) == expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        # the relative clause's own verb is no happening; the event verb after "and" joins the
        # main clause again: the attackers killed, on the attack's day
        pytest.param("Rebels attacked the camp that houses displaced people and killed two peacekeepers on 3 March.", "en",
                     id="en-and-joins-the-main-clause"),
        pytest.param("Des rebelles ont attaqué le camp qui abrite des déplacés et tué deux casques bleus le 3 mars.", "fr",
                     id="fr-et-joins-the-main-clause"),
        pytest.param("Los rebeldes atacaron el campamento que alberga a desplazados y mataron a dos cascos azules el 3 de marzo.",
                     "es", id="es-y-joins-the-main-clause"),
    ],
)
def test_a_verb_after_and_is_the_main_clause_s(sentence, language):
    assert _found(sentence, language) == [("2004-03-03", "attack")]


def test_two_verbs_of_the_clause_joined_by_and_keep_its_date():
    sentence = "The new battalion will replace on 1 June the troops that arrived in January and left Goma on 5 March."
    assert ("2004-06-01", "rotation") in _found(sentence, "en")
    assert "2004-03-05" in [date for date, _kind in _found(sentence, "en")]
