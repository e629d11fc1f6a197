"""Events: a sentence opened by a phrase naming an earlier happening as its time ("After the
deadly July ambush the Council ordered an inquiry", "Après la guerre de l'été 2006, elle a été
chargée de ...", "Tras el atentado de junio de 2007, el Gobierno reforzó ...") whose main
clause names no event word still tells a happening of its own, in the year of the one the
phrase names (printed there, or that of the happening it names again, told before); the
phrase's happening keeps its own finding. Not when the main clause names an event word of
its own, nor when nothing dates the phrase, nor for an after-phrase that ends the sentence.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

AUTUMN = PartialDate(2013, 10, 15)  # a Tuesday
LEADS = {
    "en": "The minister visited the base on Monday.",
    "fr": "Le ministre a visité la base lundi.",
    "es": "El ministro visitó la base el lunes.",
}


def dates_of(sentences: list[str], language: str) -> list[str]:
    return [e.date for e in article_events([LEADS[language], *sentences], language, AUTUMN)]


def kinds_of(sentences: list[str], language: str) -> list[str]:
    return [e.kind for e in article_events([LEADS[language], *sentences], language, AUTUMN)]


@pytest.mark.parametrize(
    "sentences, language, expected",
    [
        pytest.param(["Seven peacekeepers were killed in the July 13 attack near Nyala.",
                      "After the deadly July ambush the Security Council ordered an inquiry into the patrols."], "en",
                     ["2013-10-14", "2013-07-13", "2013"], id="en-no-comma-named-again"),
        pytest.param(["Following the 2006 war, the council widened the force's tasks along the border."], "en",
                     ["2013-10-14", "2006", "2006"], id="en-following-printed-year"),
        pytest.param(["Après la guerre de l'été 2006, elle a été chargée par le Conseil de surveiller la trêve."], "fr",
                     ["2013-10-14", "2006", "2006"], id="fr-apres-printed-year"),
        pytest.param(["Tras el atentado de junio de 2007, el Gobierno reforzó la protección de los blindados."], "es",
                     ["2013-10-14", "2007-06", "2007"], id="es-tras-month-and-year"),
    ],
)
def test_the_main_clause_after_an_opening_after_phrase_is_a_happening(sentences, language, expected):
    assert dates_of(sentences, language) == expected


@pytest.mark.parametrize(
    "sentences, language",
    [
        # the main clause names its own happening: that one is the sentence's main event
        pytest.param(["After the ambush in July, the battalion returned to its base."], "en", id="en-main-clause-event-word"),
        # nothing dates the phrase
        pytest.param(["Après avoir heurté une mine, le véhicule a essuyé des tirs nourris."], "fr", id="fr-undated-phrase"),
        # the after-phrase closes the sentence: one happening, the war
        pytest.param(["The council widened the force's tasks after the 2006 war."], "en", id="en-after-phrase-at-the-end"),
    ],
)
def test_no_happening_of_its_own_otherwise(sentences, language):
    assert "happening" not in kinds_of(sentences, language)


@pytest.mark.parametrize(
    "sentences, language",
    [
        # the clause tells what was said: a statement carrying news, no happening
        pytest.param(["Seven peacekeepers were killed in the July 13 attack near Nyala.",
                      "After the deadly July ambush, the mission said it would open an inquiry."], "en", id="en-saying"),
        # the clause tells what is to come
        pytest.param(["Après la guerre de l'été 2006, la force surveillera la frontière."], "fr", id="fr-future"),
    ],
)
def test_no_happening_for_a_saying_or_a_plan(sentences, language):
    assert "happening" not in kinds_of(sentences, language)
