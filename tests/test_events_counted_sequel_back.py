"""Events: a happening named again, followed by a link with a count of time ("The attack came
two days after three soldiers were killed", "L'attaque survient deux jours après la mort de
...", "El ataque se produjo dos días después de que ..."), tells ANOTHER, earlier happening,
that long before the day of the one named again; the happening named again is the lead's,
not a second one. A count of months, or one rounded ("a little more than a month", "près
d'un mois"), gives the month only. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2023, 9, 15)  # a Friday; the lead's happening is on Thursday 14 September
LEADS = {
    "en": "Gunmen killed two peacekeepers on Thursday near Kidal, the mission said.",
    "fr": "Des hommes armés ont tué deux casques bleus jeudi près de Kidal, a indiqué la mission.",
    "es": "Hombres armados mataron a dos cascos azules el jueves cerca de Kidal, informó la misión.",
}


@pytest.mark.parametrize(
    "language, sentence, expected",
    [
        pytest.param("en", "The attack came two days after three soldiers were killed near Gao.", "2023-09-12", id="en-came-days-verb"),
        pytest.param("en", "The ambush occurred two weeks after rebels attacked a convoy near Gao.", "2023-08-31", id="en-occurred-weeks"),
        pytest.param("en", "Thursday's attack happened a little more than a month after two guards were slain near Gao.",
                     "2023-08", id="en-rounded-month-own-day"),
        pytest.param("en", "The attack took place three months after an ambush near Gao.", "2023-06", id="en-months-noun"),
        pytest.param("fr", "L'attaque survient deux jours après la mort de trois soldats près de Gao.", "2023-09-12", id="fr-survient-noun"),
        pytest.param("fr", "L'embuscade s'est produite près d'un mois après que trois soldats ont été tués près de Gao.",
                     "2023-08", id="fr-rounded-month-clause"),
        pytest.param("es", "El ataque se produjo dos días después de que tres soldados murieran cerca de Gao.", "2023-09-12",
                     id="es-se-produjo-clause"),
    ],
)
def test_the_counted_sequel_dates_the_earlier_happening_once(language, sentence, expected):
    dates = [e.date for e in article_events([LEADS[language], sentence], language, ANCHOR)]
    assert expected in dates
    assert dates.count("2023-09-14") == 1  # the happening named again is the lead's, told once
