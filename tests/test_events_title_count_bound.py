"""Events: a title opening on a bounded count keeps the bound with the count ("At least three
peacekeepers wounded", "Au moins trois casques bleus", "Al menos tres cascos azules", "More
than 20 soldiers killed"), where the bound's first word alone is a function word that was
dropped ("Least three peacekeepers"). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 10, 12)  # a Saturday


@pytest.mark.parametrize(
    "sentence, language, opening",
    [
        pytest.param("At least three peacekeepers were wounded on Friday near the border post.", "en", "At least three", id="en-at-least"),
        pytest.param("More than 20 soldiers were killed on Friday in the north.", "en", "More than 20", id="en-more-than"),
        pytest.param("Au moins trois casques bleus ont été blessés vendredi près du poste.", "fr", "Au moins trois", id="fr-au-moins"),
        pytest.param("Al menos tres cascos azules resultaron heridos el viernes cerca del puesto.", "es", "Al menos tres",
                     id="es-al-menos"),
        pytest.param("Más de 20 soldados murieron el viernes en el norte del país.", "es", "Más de 20", id="es-mas-de"),
    ],
)
def test_a_bounded_count_opens_the_title_whole(sentence, language, opening):
    titles = [e.title for e in body_events(sentence, language, ANCHOR)]
    assert len(titles) == 1 and titles[0].startswith(opening), titles


def test_a_place_opening_is_still_dropped():
    titles = [e.title for e in body_events("At the base, three soldiers were wounded on Friday.", "en", ANCHOR)]
    assert titles == ["Three soldiers wounded"]
