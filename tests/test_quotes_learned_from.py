"""Quotes: a report the writer learned, told impersonally ("..., it was learned from
MONUSCO", "..., a-t-on appris auprès de la Monusco", "..., se supo por la Monusco"): the
source after the verb speaks, a body the text names or, for sources it does not name ("de
source officielle", "from official sources"), no one. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def quotes_of(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("GOMA -- Three people were wounded near the logistics base on the first day of the protests, it was learned from MONUSCO.",
                     "MONUSCO", id="en-learned-from-body"),
        pytest.param("GOMA -- Three people were wounded near the logistics base on the first day of the protests, it was learned from hospital sources.",
                     "", id="en-learned-from-sources"),
        pytest.param("GOMA - Trois personnes ont été blessées près de la base logistique au premier jour des manifestations, a-t-on appris auprès de la Monusco.",
                     "MONUSCO", id="fr-appris-aupres"),
        pytest.param("GOMA - Trois personnes ont été blessées près de la base logistique au premier jour des manifestations, a-t-on appris de source hospitalière.",
                     "", id="fr-appris-de-source"),
        pytest.param("GOMA - Trois personnes ont été blessées près de la base logistique au premier jour des manifestations, apprend-on auprès de la Monusco.",
                     "MONUSCO", id="fr-apprend-on"),
        pytest.param("GOMA - Tres personas resultaron heridas cerca de la base logística en el primer día de las protestas, se supo por la Monusco.",
                     "MONUSCO", id="es-se-supo-por"),
        pytest.param("GOMA - Tres personas resultaron heridas cerca de la base logística en el primer día de las protestas, se supo de fuentes hospitalarias.",
                     "", id="es-se-supo-de-fuentes"),
    ],
)
def test_a_report_learned_from_a_source_is_the_sources(text, speaker):
    assert quotes_of(text) == [(speaker, text.split(" -- ")[-1].split(" - ", 1)[-1])]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("GOMA -- Lessons were learned from the 2022 protests, and the base was fenced off in March.", id="en-lessons"),
        pytest.param("GOMA - No se supo quién disparó contra la base logística durante las protestas.", id="es-not-known"),
    ],
)
def test_learning_that_reports_nothing_is_no_quote(text):
    assert quotes_of(text) == []
