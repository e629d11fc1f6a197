"""Events: a happening dated by its own day and followed by a count of days or weeks "after"
another one ("on Monday, two days after gunmen ambushed a patrol", "lundi, deux jours après
l'attaque d'une patrouille", "deux jours après que des hommes armés ont attaqué", "dos días
después de que unos hombres atacaran") tells that other happening too, that many days before,
whether a noun (elided article included: "l'attaque") or the verb of a clause of its own names
it. Every sentence here is written for these tests."""
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
        pytest.param("en", "A mine killed two guards near Kidal on Monday, two days after gunmen ambushed a patrol near Gao.",
                     ["2023-09-09", "2023-09-11"], id="en-verb-clause"),
        pytest.param("en", "Two guards were wounded near Kidal on Wednesday, a week after rebels attacked the camp.",
                     ["2023-09-06", "2023-09-13"], id="en-a-week-after"),
        pytest.param("fr", "Une mine a tué deux gardes près de Kidal lundi, deux jours après l'attaque d'une patrouille près de Gao.",
                     ["2023-09-09", "2023-09-11"], id="fr-elided-noun"),
        pytest.param("fr", "Deux gardes ont été tués près de Kidal mercredi, trois jours après que des hommes armés ont attaqué le camp.",
                     ["2023-09-10", "2023-09-13"], id="fr-apres-que"),
        pytest.param("es", "Una mina mató a dos guardias cerca de Kidal el lunes, dos días después de que unos hombres armados atacaran una patrulla.",
                     ["2023-09-09", "2023-09-11"], id="es-despues-de-que"),
    ],
)
def test_the_earlier_happening_is_counted_back(language, sentence, expected):
    assert _dates(sentence, language) == expected
