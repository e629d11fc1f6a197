"""Events: a date in passing opened by "since" names the start of a happening when the phrase
goes on to that start ("since February 2021 and the start of the counter-offensive",
"depuis février 2021 et le début de la contre-offensive", "desde febrero de 2021 y el inicio
de la contraofensiva"): the counter-offensive is dated, as "since 1979, when troops were sent"
dates the sending; "since February 2021" alone is only the bound of a period.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2022, 10, 5)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Since February 2021 and the start of the counter-offensive by the army, the rebels have laid mines "
                     "on the main roads.", "en", id="en"),
        pytest.param("Depuis février 2021 et le début de la contre-offensive lancée par l'armée, les rebelles ont posé des "
                     "mines sur les axes.", "fr", id="fr"),
        pytest.param("Desde febrero de 2021 y el inicio de la contraofensiva del ejército, los rebeldes han sembrado minas "
                     "en las carreteras.", "es", id="es"),
    ],
)
def test_since_a_date_and_the_start_of_a_happening_dates_it(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("conflict", "2021-02")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Since February 2021, the rebels have laid mines on the main roads.", "en", id="en-bound"),
        pytest.param("Depuis février 2021, les rebelles ont posé des mines sur les axes.", "fr", id="fr-bound"),
    ],
)
def test_since_a_date_alone_dates_nothing(sentence, language):
    assert body_events(sentence, language, ANCHOR) == []
