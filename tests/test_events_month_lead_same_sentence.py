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


@pytest.mark.parametrize(
    "sentences, language",
    [
        # the day right after the other word is its own: the ambush's, not the ceremony's
        pytest.param(["The ceremony honoured the peacekeepers killed in an ambush on 16 May near Kidal.",
                      "Nothing else was said."], "en", id="en-ambush-at-its-word"),
        pytest.param(["La cérémonie a rendu hommage aux soldats tués dans une embuscade le 16 mai près de Kidal.",
                      "Rien d'autre n'a été dit."], "fr", id="fr-ambush-at-its-word"),
        pytest.param(["Una ceremonia rindió homenaje a los cascos azules muertos en una emboscada el 16 de mayo cerca de Kidal.",
                      "No se dijo nada más."], "es", id="es-ambush-at-its-word"),
        # a happening of a moment the lead's kind does not agree with, its day not at its word
        pytest.param(["The ceremony honoured the peacekeepers who died when their convoy struck a mine near Kidal on 16 May.",
                      "Nothing else was said."], "en", id="en-mine-apart-from-its-day"),
        pytest.param(["Lễ tưởng niệm các chiến sĩ hy sinh trong vụ phục kích ngày 16/5 gần Kidal đã được tổ chức tại Hà Nội.",
                      "Đơn vị đã hoàn thành công tác chuẩn bị."], "vi", id="vi-ambush"),
    ],
)
def test_a_day_of_another_happening_in_the_sentence_leaves_the_month_lead_its_month(sentences, language):
    dated = sorted((e.date, e.kind) for e in article_events(sentences, language, PartialDate(2025, 5, 20), wire_day=False))
    assert dated == [("2025-05", "ceremony"), ("2025-05-16", "attack")]


def test_a_ceremony_for_those_who_came_back_still_takes_its_day():
    # a relative clause before the day is no sign: "s'est tenue le 4 mai" is the ceremony's day
    sentences = ["La cérémonie d'accueil des gendarmes qui sont rentrés de la Minusca s'est tenue à Douala le 4 mai 2025.",
                 "Le ministre a félicité les gendarmes."]
    assert [e.date for e in article_events(sentences, "fr", PartialDate(2025, 5, 20), wire_day=False)] == ["2025-05-04"]
