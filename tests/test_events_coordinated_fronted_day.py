"""Events: a sentence that joins a second clause to the first with a comma or a coordinating
conjunction and opens it on a relative day of its own ("..., and on Monday a mine killed two
soldiers", "..., et mercredi des hommes armés ont attaqué", "..., y el miércoles unos hombres
atacaron") tells two happenings, each on its own day: the fronted day is the second clause's,
never the first's. A day that only frames a telling ("and on Tuesday the army said ...") adds
no happening. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import dates_between

ANCHOR = PartialDate(2023, 9, 15)  # a Friday


def _dates(sentence, language):
    return dates_between(sentence, language, ANCHOR)


@pytest.mark.parametrize(
    "language, sentence, expected",
    [
        pytest.param("en", "Gunmen ambushed a patrol near Gao last week, and on Monday a mine killed two guards near Kidal.",
                     ["2023-09-04/2023-09-10", "2023-09-11"], id="en-last-week-and-monday"),
        pytest.param("en", "A mine killed two guards near Kidal on Monday, and on Wednesday gunmen ambushed a patrol near Gao.",
                     ["2023-09-11", "2023-09-13"], id="en-monday-and-wednesday"),
        pytest.param("en", "On Monday a mine killed two guards near Kidal, and on Wednesday gunmen ambushed a patrol near Gao.",
                     ["2023-09-11", "2023-09-13"], id="en-both-fronted"),
        pytest.param("fr", "Lundi, une mine a tué deux gardes près de Kidal, et mercredi des hommes armés ont attaqué une patrouille près de Gao.",
                     ["2023-09-11", "2023-09-13"], id="fr-lundi-et-mercredi"),
        pytest.param("fr", "Des hommes armés ont attaqué une patrouille près de Gao la semaine dernière, et lundi une mine a tué deux gardes près de Kidal.",
                     ["2023-09-04/2023-09-10", "2023-09-11"], id="fr-semaine-derniere-et-lundi"),
        pytest.param("es", "Una mina mató a dos guardias cerca de Kidal el lunes, y el miércoles unos hombres armados atacaron una patrulla cerca de Gao.",
                     ["2023-09-11", "2023-09-13"], id="es-lunes-y-miercoles"),
    ],
)
def test_each_clause_keeps_its_own_day(language, sentence, expected):
    assert _dates(sentence, language) == expected


@pytest.mark.parametrize(
    "language, sentence, expected",
    [
        pytest.param("en", "Gunmen ambushed a patrol near Gao on Monday, and on Wednesday the army said the attackers had fled.",
                     ["2023-09-11"], id="en-telling-day"),
        pytest.param("fr", "Des hommes armés ont attaqué une patrouille près de Gao lundi, et mercredi l'armée a indiqué que les assaillants avaient fui.",
                     ["2023-09-11"], id="fr-telling-day"),
    ],
)
def test_a_day_of_telling_adds_no_happening(language, sentence, expected):
    assert _dates(sentence, language) == expected
