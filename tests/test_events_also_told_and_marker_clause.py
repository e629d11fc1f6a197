"""Events: which sentences tell another happening than the one told before.

- A word of addition before the verb of saying ("The mission also said rebels attacked a
  convoy on Sunday", "La mission a également indiqué que ...", "La misión también informó
  que ...", "Phái bộ cũng cho biết ...") tells another item of news: its happening, though of
  the same kind and day as one told before, is not that one again.
- A marker of a separate or earlier incident ("plus tôt dans la journée", "earlier that
  day") counts for the clause it stands in: in a clause before a comma and a coordinating
  conjunction ("a crowd gathered near the camp earlier that day, and from there the attack
  was launched in the evening"), it does not make the attack told after it another one.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

ANCHOR = PartialDate(2021, 6, 10)  # a Thursday: Sunday before is the 6th, Wednesday the 9th


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["Armed men attacked a UN patrol in Bria on Sunday, killing one peacekeeper.",
                      "The mission also said rebels attacked a supply convoy heading to the capital on Sunday."], "en", id="en"),
        pytest.param(["Des hommes armés ont attaqué une patrouille de l'ONU à Bria dimanche.",
                      "La mission a également indiqué que des rebelles ont attaqué un convoi en route vers la capitale "
                      "dimanche."], "fr",
                     id="fr"),
        pytest.param(["Hombres armados atacaron una patrulla de la ONU en Bria el domingo.",
                      "La misión también informó que el domingo rebeldes atacaron un convoy que iba hacia la capital."], "es", id="es"),
    ],
)
def test_news_told_in_addition_is_another_happening(sentences, language):
    found = [(e.date, e.kind) for e in article_events(sentences, language, ANCHOR) if e.kind == "attack"]
    assert found == [("2021-06-06", "attack"), ("2021-06-06", "attack")]


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["Le camp a été attaqué mercredi soir par des hommes armés.",
                      "Un attroupement suspect avait été signalé près du camp plus tôt dans la journée, et c'est de là "
                      "que l'attaque a été lancée mercredi soir."], "fr", id="fr"),
        pytest.param(["Le camp a été attaqué mercredi soir par des hommes armés.",
                      "Un attroupement suspect avait été vu près du camp plus tôt dans la journée, et c'est de là que "
                      "l'attaque est partie dans la soirée."], "fr", id="fr-no-day-of-its-own"),
        pytest.param(["The camp was attacked on Wednesday evening by armed men.",
                      "A suspicious crowd had been seen near the camp earlier that day, and from there the attack was "
                      "launched on Wednesday evening."], "en", id="en"),
    ],
)
def test_a_marker_in_another_clause_makes_no_second_attack(sentences, language):
    found = [(e.date, e.kind) for e in article_events(sentences, language, ANCHOR) if e.kind == "attack"]
    assert found == [("2021-06-09", "attack")]


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["Des hommes armés ont attaqué mercredi un convoi de l'ONU près de Gao.",
                      "Dans une attaque distincte à Douentza, Mopti, deux casques bleus ont été blessés mercredi."], "fr",
                     id="fr-fronted-phrase-with-commas"),
        pytest.param(["Armed men attacked a UN convoy near Gao on Wednesday.",
                      "In a separate attack in Douentza, Mopti, two peacekeepers were wounded on Wednesday."], "en",
                     id="en-fronted-phrase-with-commas"),
    ],
)
def test_a_fronted_marker_phrase_with_commas_still_marks_another(sentences, language):
    assert [e.date for e in article_events(sentences, language, ANCHOR)] == ["2021-06-09", "2021-06-09"]
