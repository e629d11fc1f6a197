"""Events: a date standing between an event verb and the infinitive it takes ("agreed in March
to end the mandate on 30 June", "voted in May to extend the mandate on 1 July") is the first
verb's: the infinitive, led by its marker (vocabulary "infinitive_markers"), is that verb's
object, and when it prints a day of its own it is a second happening on that day. Before, the
date went to the infinitive nearest it, the agreeing lost its month and the infinitive's own
day was dropped (events._infinitive_after). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2023, 8, 10)


def found(sentence: str, language: str = "en") -> list[tuple[str, str]]:
    return sorted((e.kind, str(e.date)) for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("The Council agreed in March to end the mandate of the mission on 30 June.",
                     [("adoption", "2023-06-30"), ("agreement", "2023-03")], id="agreed-to-end-on-day"),
        pytest.param("The ministers agreed in May to renew the mandate of the force on 1 July.",
                     [("adoption", "2023-07-01"), ("agreement", "2023-05")], id="agreed-to-renew-on-day"),
        pytest.param("Parliament voted in May to extend the mandate of the force on 1 July.",
                     [("adoption", "2023-05"), ("adoption", "2023-07-01")], id="voted-to-extend-on-day"),
        pytest.param("The Council agreed in March to end the mandate of the mission.",
                     [("agreement", "2023-03")], id="agreed-to-end-no-day"),
    ],
)
def test_the_date_before_an_infinitive_is_the_verb_before(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # no event verb before the date: the purpose keeps nothing of it, the arrival its day
        pytest.param("The peacekeepers arrived on 3 May to relieve the Nepalese company.",
                     [("deployment", "2023-05-03")], id="arrived-to-relieve"),
        # an infinitive whose day stands apart from the agreeing's already had both
        pytest.param("The government agreed in March to withdraw its battalion on 30 June.",
                     [("agreement", "2023-03"), ("withdrawal", "2023-06-30")], id="agreed-to-withdraw"),
    ],
)
def test_other_dates_stay_as_they_were(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        # a verb no list names before the date (a pledge, a decision): the date is its, and the
        # infinitive with a day of its own after it keeps that day alone
        pytest.param("The two countries pledged on 3 May to withdraw their troops on 30 June.", "en",
                     [("withdrawal", "2023-06-30")], id="en-pledged-to-withdraw-on-day"),
        pytest.param("Le Conseil a décidé en avril de retirer la force le 30 juin.", "fr",
                     [("withdrawal", "2023-06-30")], id="fr-a-decide-de-retirer-le-jour"),
        pytest.param("Les deux pays se sont engagés le 3 mai à retirer leurs troupes le 30 juin.", "fr",
                     [("withdrawal", "2023-06-30")], id="fr-engages-a-retirer-le-jour"),
        pytest.param("Los dos países se comprometieron el 3 de mayo a retirar sus tropas el 30 de junio.", "es",
                     [("withdrawal", "2023-06-30")], id="es-comprometieron-a-retirar-el-dia"),
        # Spanish takes the infinitive without a marker ("acordó poner fin", "decidió retirar")
        pytest.param("El Consejo decidió en abril retirar la fuerza el 30 de septiembre.", "es",
                     [("withdrawal", "2023-09-30")], id="es-decidio-retirar-el-dia"),
    ],
)
def test_the_infinitive_with_a_day_of_its_own_keeps_it(sentence, language, expected):
    assert found(sentence, language) == expected


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        # no day of the infinitive's own: the date stays where it went
        pytest.param("The two countries pledged on 3 May to withdraw their troops.", "en",
                     [("withdrawal", "2023-05-03")], id="en-pledged-no-own-day"),
        # the date fronts the sentence: the infinitive's verb is the clause's
        pytest.param("On 3 May, the battalion began to withdraw from the camp near the bridge.", "en",
                     [("withdrawal", "2023-05-03")], id="en-fronted-date"),
        # a place, not an infinitive, after the date
        pytest.param("El batallón llegó el 3 de mayo a Gao, donde relevó a la compañía el 5 de mayo.", "es",
                     [("deployment", "2023-05-03"), ("rotation", "2023-05-05")], id="es-place-after-date"),
    ],
)
def test_dates_without_an_infinitive_day_stay(sentence, language, expected):
    assert found(sentence, language) == expected


def test_a_spanish_bare_infinitive_after_an_event_verb_and_its_date():
    # Spanish takes the infinitive without a marker: the month is the vote's, the day the extension's
    assert found("Los diputados votaron en mayo prorrogar el mandato de la fuerza el 1 de julio.", "es") == [
        ("adoption", "2023-05"), ("adoption", "2023-07-01")]
