"""Events: a lead whose main word has no date of its own is dated by the article's month alone
(a text that is no wire of its day); when another word of the same sentence takes a day of
that month up to the article's day, or of the week before it ("La cérémonie d'accueil des
gendarmes de retour ... s'est tenue le 4 mars": the day went to "retour"), the sentence tells
one happening, on that day, not a second one on the month. Seen in held-out French pages of
army news (a ceremony for a contingent back from a mission). Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events


@pytest.mark.parametrize(
    "sentence, anchor, expected",
    [
        pytest.param("La cérémonie d'accueil des gendarmes de retour de la Minusca s'est tenue à Douala le 4 mars 2025.",
                     PartialDate(2025, 3, 20), ["2025-03-04"], id="day-of-the-month"),
        pytest.param("La remise de médailles aux policiers de retour d'Haïti a eu lieu à Niamey le 7 mars 2025.",
                     PartialDate(2025, 3, 10), ["2025-03-07"], id="medals-day-of-the-month"),
        pytest.param("La cérémonie d'accueil des gendarmes de retour de la Minusca s'est tenue à Douala le vendredi 28 février 2025.",
                     PartialDate(2025, 3, 2), ["2025-02-28"], id="week-before-across-months"),
    ],
)
def test_one_sentence_tells_one_happening_on_its_day(sentence, anchor, expected):
    sentences = [sentence, "Le ministre a félicité les gendarmes."]
    assert [e.date for e in article_events(sentences, "fr", anchor, wire_day=False)] == expected


@pytest.mark.parametrize(
    "sentence, anchor, wire_day, expected",
    [
        # a day of another month, more than a week before the article: the lead keeps its month
        pytest.param("La cérémonie d'accueil des gendarmes de retour de la Minusca s'est tenue à Douala le 4 février 2025.",
                     PartialDate(2025, 3, 20), False, ["2025-02-04", "2025-03"], id="older-day-apart"),
        # a wire's lead dated by its day is no month-only lead: left to the other rules
        pytest.param("La cérémonie d'accueil des gendarmes de retour de la Minusca s'est tenue à Douala le vendredi 28 février 2025.",
                     PartialDate(2025, 3, 2), True, ["2025-02-28", "2025-03-02"], id="wire-day-lead"),
    ],
)
def test_a_lead_not_dated_by_its_month_alone_or_an_older_day_stays_apart(sentence, anchor, wire_day, expected):
    sentences = [sentence, "Le ministre a félicité les gendarmes."]
    assert sorted(e.date for e in article_events(sentences, "fr", anchor, wire_day=wire_day)) == expected


def test_a_month_lead_and_a_day_in_another_sentence_keep_their_rule():
    # the day printed in a later sentence that names no happening again: two tellings apart
    sentences = ["La compagnie a organisé une cérémonie d'adieu.",
                 "Le 9 mars 2025, un convoi a sauté sur une mine près de Gao."]
    assert sorted(e.date for e in article_events(sentences, "fr", PartialDate(2025, 3, 20), wire_day=False)) == [
        "2025-03", "2025-03-09"]
