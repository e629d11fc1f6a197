"""Events: a bare year after a coordinating conjunction that opens a clause of its own dates a
happening of its own, as a month or a day there already did ("elections in 2018 and local
elections in 2019", "the first left in 2018 and the second in 2021"): the second year is not
dropped. A year of a since-phrase, or one inside the main clause, still dates nothing apart.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2022, 5, 10)


def dates_of(sentence: str, language: str) -> list[str]:
    return sorted(e.date for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The country will hold presidential elections in 2023 and local elections in 2024.", "en",
                     ["2023", "2024"], id="en-two-elections"),
        pytest.param("The first engineering unit left in October 2018 and the second in 2021.", "en",
                     ["2018-10", "2021"], id="en-gapped-second"),
        pytest.param("El país celebrará elecciones presidenciales en 2023 y elecciones municipales en 2024.", "es",
                     ["2023", "2024"], id="es-dos-elecciones"),
        pytest.param("La première unité est partie en octobre 2018 et la deuxième en 2021.", "fr",
                     ["2018-10", "2021"], id="fr-gapped-second"),
        pytest.param("The battalion was created in 2015 and deployed to Juba in 2020.", "en",
                     ["2015", "2020"], id="en-created-then-deployed"),
    ],
)
def test_year_of_a_coordinated_clause_dates_its_own_happening(sentence: str, language: str, expected: list[str]) -> None:
    assert dates_of(sentence, language) == expected


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The peacekeepers arrived in May 2019 and have served in the region since 2013.", "en",
                     ["2019-05"], id="en-since-year"),
        pytest.param("The battalion arrived in Juba in 2020 after a long journey.", "en", ["2020"], id="en-one-year"),
    ],
)
def test_other_years_unchanged(sentence: str, language: str, expected: list[str]) -> None:
    assert dates_of(sentence, language) == expected
