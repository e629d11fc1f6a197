"""Events: "At that time" ("à cette époque", "por aquel entonces", "en aquella época")
names the era of the date the text just gave: a happening it opens takes that
date's year ("France arrived in Lebanon in 1978. At that time, the army launched an offensive
in the south": 1978), as "the year before" counts from it (dates.yaml anaphoric_periods).
Before, the phrase dated nothing, so the happening took the article's own date. With no date
given before, it dates nothing.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

ANCHOR = PartialDate(2019, 6, 17)
LEAD = {"en": "Nothing at all.", "fr": "Rien du tout.", "es": "Nada de nada."}
AFTER = {"en": "Nothing else was said.", "fr": "Rien d'autre n'a été dit.", "es": "No se dijo nada más."}


def dates(sentences: list[str], language: str) -> list[str]:
    told = [LEAD[language], *sentences, AFTER[language]]
    return [str(e.date) for e in article_events(told, language, ANCHOR)]


@pytest.mark.parametrize(
    "sentences, language, expected",
    [
        pytest.param(["The first observers reached the border in 1974.",
                      "At that time, the army launched an offensive in the valley."], "en",
                     ["1974", "1974"], id="en-at-that-time"),
        pytest.param(["Les premiers observateurs sont arrivés à la frontière en 1974.",
                      "À cette époque, l'armée a lancé une offensive dans la vallée."], "fr",
                     ["1974", "1974"], id="fr-a-cette-epoque"),
        pytest.param(["Los primeros observadores llegaron a la frontera en 1974.",
                      "Por aquel entonces, el ejército lanzó una ofensiva en el valle."], "es",
                     ["1974", "1974"], id="es-por-aquel-entonces"),
        pytest.param(["Los primeros observadores llegaron a la frontera en 1974.",
                      "En aquella época, el ejército lanzó una ofensiva en el valle."], "es",
                     ["1974", "1974"], id="es-en-aquella-epoca"),
    ],
)
def test_at_that_time_takes_the_year_just_given(sentences, language, expected):
    assert dates(sentences, language) == expected


def test_at_that_time_with_no_date_before_dates_nothing():
    assert dates(["At that time, the army launched an offensive in the valley."], "en") == []
