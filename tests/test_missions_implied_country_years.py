"""A country printed with the years of its peacekeepers in brackets ("la Somalie (1993-1995)",
"Rwanda (1994)") implies the one operation it hosted alone over all those years, whatever the
article's own year; a text of no year implies the one operation a country ever hosted, once no
operation runs there any more (tests/corpus/README.md: `missions_inferred`). Every sentence is
written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def implied(text: str) -> list[str]:
    return extract(text).fields["missions_inferred"]


@pytest.mark.parametrize(
    "text, mission",
    [
        pytest.param("Dakar, 3 mai 2021 - Jamais les casques bleus n'avaient perdu autant d'hommes depuis la "
                     "Somalie (1993-1995), rappelle le rapport.", "unosom-ii", id="fr-span"),
        pytest.param("Lima, 3 de mayo de 2021 - Los cascos azules no sufrían tantas bajas desde Somalia "
                     "(1993–95), según el informe.", "unosom-ii", id="es-span-short-end"),
        pytest.param("London, May 3, 2021 - The report compares the peacekeepers' losses with those of "
                     "Rwanda (1994).", "unamir", id="en-one-year"),
    ],
)
def test_a_country_with_its_years_implies_the_operation_of_then(text, mission):
    assert mission in implied(text)


@pytest.mark.parametrize(
    "text",
    [
        # the year fits two operations of the country (UNOSOM I and II both ran in 1993): none is chosen
        pytest.param("Dakar, 3 mai 2021 - Les casques bleus sont restés en Somalie (1993) puis sont partis.",
                     id="fr-two-operations"),
        # years of another thing than the peacekeepers, outside any peacekeeping context
        pytest.param("London, May 3, 2021 - Her book on Somalia (1993-1995) won a prize for history.",
                     id="en-no-context"),
    ],
)
def test_years_that_fit_no_one_operation_imply_none(text):
    assert not {"unosom-i", "unosom-ii"} & set(implied(text))


@pytest.mark.parametrize(
    "text, mission",
    [
        pytest.param("On Friday, the head of the UN peacekeeping mission in Mali condemned the attack on the "
                     "patrol.", "minusma", id="en-mali-ended"),
        pytest.param("Vendredi, la mission de l'ONU au Burundi a remis son dernier camp aux autorités.", "onub",
                     id="fr-burundi-ended"),
    ],
)
def test_a_text_of_no_year_implies_the_one_operation_a_country_ever_hosted(text, mission):
    assert mission in implied(text)


def test_no_year_and_peacekeepers_in_passing_imply_no_ended_operation() -> None:
    """Peacekeepers in a country, with no mission described: a text of no year may be of a
    later day when none serves there."""
    assert "onub" not in implied("Vendredi, les casques bleus venus du Burundi ont remis leur camp.")


def test_no_year_and_an_operation_still_running_nearby_imply_none() -> None:
    """Sudan hosted UNMIS and UNAMID alone, and UNISFA (shared with South Sudan) still runs:
    a text of no year may be of any later day."""
    assert not {"unmis", "unamid"} & set(implied("Les casques bleus tués au Soudan seront inhumés samedi."))
