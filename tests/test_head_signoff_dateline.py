"""A wire's dateline some copying sites print at the foot of the text, as its sign-off: the
place and the agency in brackets on a line of their own under the last paragraph
("NAIROBI, (AFP)", "Bamako (EFE)"). The place is the dateline, the agency the source; a
bare agency sign-off ("(AFP)") gives no dateline, and a lead's own dateline stays.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract


@pytest.mark.parametrize(("signoff", "place", "source"), [
    ("NAIROBI, (AFP)", "Nairobi", "Agence France-Presse"),
    ("BAMAKO (EFE)", "Bamako", "Agencia EFE"),
    ("Bamako (EFE).", "Bamako", "Agencia EFE"),
    ("GOMA, (Reuters)", "Goma", "Reuters"),
])
@pytest.mark.parametrize("language", ["es", "fr", "en"])
def test_a_place_and_agency_under_the_text_are_its_dateline(signoff, place, source, language):
    fields = extract("\n".join([_HEAD[language], _LEAD[language], _MORE[language], signoff])).fields
    assert (fields["dateline"], fields["source"]) == (place, source)


def test_a_bare_agency_signoff_gives_no_dateline():
    fields = extract("\n".join([_HEAD["es"], _LEAD["es"], _MORE["es"], "(AFP)"])).fields
    assert (fields["dateline"], fields["source"]) == ("", "Agence France-Presse")


def test_the_leads_own_dateline_stays():
    text = "\n".join([_HEAD["es"], f"GOMA (EFE) - {_LEAD['es']}", _MORE["es"], "NAIROBI, (AFP)"])
    assert extract(text).fields["dateline"] == "Goma"


def test_a_sentence_with_brackets_closing_the_text_is_no_dateline():
    text = "\n".join([_HEAD["es"], _LEAD["es"], _MORE["es"], "La misión de paz de la ONU (MINUSMA)."])
    assert extract(text).fields["dateline"] == ""
