"""A wire's desk slug printed before the headline on its line (words in capitals joined by
hyphens, then a colon, a slash or a stop and a dash), as a small paper's copy of an agency's
dispatch keeps it, is not part of the title (newsdossier.segment.without_desk_slug).

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE


@pytest.mark.parametrize(
    ("slug", "language"),
    [
        pytest.param("UN-PEACEKEEPING/ ", "en", id="en-slash"),
        pytest.param("SUDAN-UN-TROOPS: ", "en", id="en-colon"),
        pytest.param("MALI-ONU-ATTAQUE : ", "fr", id="fr-spaced-colon"),
        pytest.param("CÔTEIVOIRE-ONU-CONVOI : ", "fr", id="fr-accented-capitals"),
        pytest.param("ONU-PAZ.- ", "es", id="es-stop-dash"),
        pytest.param("LÍBANO-ONU-CASCOS/ ", "es", id="es-slash"),
    ],
)
def test_a_desk_slug_before_the_headline_is_not_part_of_the_title(slug, language):
    from newsdossier.extract import extract

    text = "\n\n".join([slug + HEADLINE[language], LEAD[language], MORE[language]])
    assert extract(text).fields["title"] == HEADLINE[language]


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("RDC-ONU : la Monusco quitte le Sud-Kivu", id="two-topics-and-a-colon-a-kicker"),
        pytest.param("Nord-Kivu: les casques bleus restent à Goma", id="place-in-title-case"),
        pytest.param("UN-AU/ Talks end", id="too-few-words-after"),
        pytest.param("MALI-ONU-ATTAQUE : trois casques bleus tués", id="head-not-opening-as-a-headline"),
        pytest.param("ONU-PAZ.- LOS CASCOS AZULES SE QUEDAN", id="head-in-capitals"),
    ],
)
def test_a_title_without_such_a_slug_stays(title):
    from newsdossier.segment import without_desk_slug

    assert without_desk_slug(title) == title
