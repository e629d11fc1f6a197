"""A headline read as the text's first paragraph (no headline line found above it) that
announces a happening to come, its day in brackets ("Council to vote on the mission's future
(June 30, 2023)"; dates.yaml headline_future_markers, the future tense of the languages that
inflect it): that day is to come, not the article's, so the lead does not date the article
by it. The same headline telling a happening past ("Council votes ...") still does.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import LEAD, MORE
from newsdossier.extract import extract


def _page(language: str, headline: str) -> str:
    return "\n".join([headline, LEAD[language], MORE[language]])


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Security Council to vote on the mission's future (June 30, 2023)"),
    ("en", "Peacekeepers to leave the northern bases (30 June 2023)"),
    ("fr", "Le Conseil de sécurité votera sur l'avenir de la mission (30 juin 2023)"),
    ("es", "El Consejo de Seguridad votará el futuro de la misión (30 de junio de 2023)"),
])
def test_a_day_to_come_in_a_headline_read_as_lead_dates_nothing(language, headline):
    assert extract(_page(language, headline)).text_date[0] != "2023-06-30"


def test_a_past_day_in_such_a_headline_still_dates_the_article():
    assert extract(_page("en", "Security Council votes on the mission's future (June 30, 2023)")).text_date[0] == "2023-06-30"
