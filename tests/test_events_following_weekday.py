"""Events: a weekday counted from a day the text gave before ("the following Monday", "le lundi
suivant", "el lunes y martes siguiente") is no weekday of the article's week: it dates nothing
from the article's day. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2022, 8, 2)  # a Tuesday
THIS_WEEK = {"2022-08-01", "2022-08-02", "2022-07-26", "2022-07-25"}


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The protests began two weeks ago and turned into the storming of the base the following Monday.",
                     "en", id="en"),
        pytest.param("Les manifestations ont commencé il y a deux semaines et ont abouti le lundi suivant à l'assaut de "
                     "la base.", "fr", id="fr"),
        pytest.param("Las protestas desembocaron el lunes y martes siguiente en el asalto y saqueo de la base.", "es",
                     id="es-joined"),
        pytest.param("Las protestas empezaron un sábado y el lunes siguiente un grupo asaltó la base.", "es", id="es"),
        # joined by a conjunction of the vocabulary's list, not only "and"/"or"
        pytest.param("Les manifestations ont abouti le lundi puis mardi suivant à l'assaut de la base.", "fr",
                     id="fr-joined-then"),
    ],
)
def test_a_following_weekday_is_not_the_article_s(sentence, language):
    assert not THIS_WEEK & {e.date for e in body_events(sentence, language, ANCHOR)}


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The base was stormed on Monday.", "en", id="en"),
        pytest.param("La base fue asaltada el lunes.", "es", id="es"),
    ],
)
def test_a_plain_weekday_is_still_the_article_s(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == ["2022-08-01"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The protests turned into the storming of the base the following Monday.", "en", id="en"),
        pytest.param("Las protestas desembocaron el lunes y martes siguiente en el asalto y saqueo de la base.", "es",
                     id="es"),
    ],
)
def test_a_lead_with_a_following_weekday_takes_no_day_of_the_article(sentence, language):
    # the lead's news with no day of its own takes the article's; not one counted from another day
    assert not THIS_WEEK & {e.date for e in body_events(sentence, language, ANCHOR, lead=True)}
    assert "2022-08" not in {e.date for e in body_events(sentence, language, ANCHOR, lead=True)}
