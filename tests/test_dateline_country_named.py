"""A country printed in the dateline after its city ("DAKAR, Senegal (AP) —", "GAO, Mali, Dec.
7, 2021 -") is a country the article names (tests/corpus/README.md: countries named in the
text), even when the body never names it again; the city stays the dateline's place."""

import datetime

import pytest

from newsdossier.extract import extract

TODAY = datetime.date(2026, 1, 1)

CASES = [
    ("BISSAU, Guinea-Bissau (AP) — Soldiers of the United Nations left the base on Monday, officials said.\n\n"
     "The convoy reached the coast at night.", "Bissau", "country:guinea-bissau"),
    ("KAYES, Mali, March 3, 2024 - Peacekeepers of the United Nations closed the camp.\n\n"
     "The last trucks left at dawn.", "Kayes", "country:mali"),
    ("NIAMEY, Niger, 3 mars 2024 (AFP) - Les casques bleus de l'ONU ont quitté le camp.\n\n"
     "Les derniers camions sont partis à l'aube.", "Niamey", "country:niger"),
    ("Malakal, South Sudan — The peacekeepers of the United Nations opened a clinic on Monday.\n\n"
     "Hundreds queued outside it.", "Malakal", "country:south-sudan"),
]


@pytest.mark.parametrize("text,place,country", CASES, ids=[c[2] for c in CASES])
def test_the_datelines_country_is_named(text, place, country):
    found = extract(text, today=TODAY)
    assert found.fields.get("dateline") == place
    assert country in found.entities


def test_a_weekday_after_the_city_names_no_country():
    found = extract("HARBOURTON, Friday, May 14 (Reuters) - Peacekeepers of the United Nations left.\n\nThey went home.",
                    today=TODAY)
    assert not any(key.startswith("country:") for key in found.entities)
