"""An outlet's acronym that another country's outlet holds too (sources.yaml country_aliases:
"CNA" is Singapore's CNA and the Cyprus News Agency) names, in a story that names the other
country or a place of it, that country's outlet; elsewhere, or where the story names both
countries, the entry that lists it as its alias. Every page here is of our own making."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def organisations(text: str) -> set[str]:
    return {f.name for f in extract(text).entities.values() if f.kind == "organisation"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Buffer zone patrols resume\n\nThe mission's spokesman told CNA on Tuesday that patrols in the buffer zone "
                     "of Cyprus would resume next week.\n\nThe force has served on the island since 1964.\n", id="en-cyprus-named"),
        pytest.param("Patrouilles reprises\n\nLe porte-parole de la mission a déclaré à CNA mardi que les patrouilles reprendraient "
                     "à Nicosie la semaine prochaine.\n\nLa force est présente depuis 1964.\n", id="fr-nicosia-named"),
    ],
)
def test_the_acronym_names_the_outlet_of_the_storys_country(text):
    found = organisations(text)
    assert "Cyprus News Agency" in found and "CNA" not in found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ferry to resume\n\nThe minister told CNA on Monday that the ferry service would resume in May.\n", id="en-no-country"),
        pytest.param("Ferry to resume\n\nThe minister told CNA on Monday that ferries between Singapore and Cyprus would resume.\n",
                     id="en-both-countries"),
    ],
)
def test_elsewhere_the_acronym_stays_its_own_outlet(text):
    assert "Cyprus News Agency" not in organisations(text)
