"""Unit tests of newsdossier.extract on kinds of fault a generated corpus showed: each kind
in every language met (English, French, Spanish, Vietnamese where it applies).

The example texts are invented for the tests: each shows a general pattern, not one article.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


# --- a past participle agrees with its subject: the event word is met in every form ----------

@pytest.mark.parametrize(
    "lead",
    [
        pytest.param("BAMAKO, 9 juin 2023 (AFP) - Des casques bleus ont été attaqués mardi près de Kidal.", id="fr-masc-plural"),
        pytest.param("BAMAKO, 9 juin 2023 (AFP) - Une patrouille a été attaquée mardi près de Kidal.", id="fr-fem-singular"),
        pytest.param("BAMAKO, 9 juin 2023 (AFP) - Deux infirmières ont été blessées mardi près de Kidal.", id="fr-fem-plural"),
        pytest.param("BAMAKO, 9 jun 2023 (EFE) - Los cascos azules fueron atacados el martes cerca de Kidal.", id="es-masc-plural"),
        pytest.param("BAMAKO, 9 jun 2023 (EFE) - Una patrulla fue atacada el martes cerca de Kidal.", id="es-fem-singular"),
        pytest.param("BAMAKO, 9 jun 2023 (EFE) - Dos enfermeras resultaron heridas el martes cerca de Kidal.", id="es-fem-plural"),
        pytest.param("BAMAKO, 9 jun 2023 (EFE) - Una enfermera fue encontrada muerta el martes cerca de Kidal.", id="es-muerta"),
        pytest.param("BAMAKO, June 9, 2023 (AFP) - Peacekeepers were attacked on Tuesday near Kidal.", id="en-passive"),
    ],
)
def test_a_passive_past_with_a_weekday_dates_the_event_to_the_past_weekday(lead):
    """Friday 9 June 2023: "Tuesday" is the 6th, not the article's own day."""
    events = extract(page("Casques bleus", lead, "La mission a condamné les faits.")).events
    assert [(e.kind, e.date) for e in events][:1] == [("attack", "2023-06-06")]
