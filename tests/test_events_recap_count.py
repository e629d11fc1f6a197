"""Events: a count of times before a period named relative to the article's ("It was the second
time this month that a convoy was attacked", "C'est la deuxième fois ce mois-ci que ...", "Es
la segunda vez este mes que ...") recaps the happening told before it: the period is the
count's, no day of a new happening. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2023, 9, 15)  # a Friday


def _dates(sentences, language):
    return [str(e.date) for e in article_events(sentences, language, ANCHOR)]


@pytest.mark.parametrize(
    "language, sentences",
    [
        pytest.param("en", ["Gunmen fired on a supply barge near Malakal on Thursday.",
                            "It was the second time this month that a convoy on the river was attacked."], id="en"),
        pytest.param("fr", ["Des hommes armés ont attaqué une barge jeudi près de Malakal.",
                            "C'est la deuxième fois ce mois-ci qu'un convoi est attaqué sur le fleuve."], id="fr"),
        pytest.param("es", ["Unos hombres armados atacaron una barcaza el jueves cerca de Malakal.",
                            "Es la tercera vez este mes que un convoy es atacado en el río."], id="es"),
    ],
)
def test_the_count_tells_no_new_happening(language, sentences):
    assert _dates(sentences, language) == ["2023-09-14"]


def test_a_period_not_after_a_count_still_dates():
    sentences = ["Gunmen fired on a supply barge near Malakal on Thursday.", "A convoy on the river was also attacked earlier this month."]
    assert sorted(_dates(sentences, "en")) == ["2023-09", "2023-09-14"]
