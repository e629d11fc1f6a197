"""An agency whose own name is written in lower-case letters ("dpa", the German agency's) is
found where the text credits it, as an agency in capitals is: "according to dpa" or "dpa
reported" in the lead, "(dpa)" after the dateline's place; in other capitals ("DPA", "Dpa")
the letters are another body's or a word's. Every page here is of our own making."""
from __future__ import annotations

import pytest

from headcases import HEADLINE, MORE
from newsdossier.extract import extract

_LEADS = {
    "en": "Two peacekeepers were wounded when their patrol struck a mine near the border, a mission spokesman said on Monday",
    "es": "Dos cascos azules resultaron heridos cuando su patrulla pisó una mina cerca de la frontera, dijo el lunes un portavoz",
}


@pytest.mark.parametrize("language, lead", [
    pytest.param("en", _LEADS["en"] + " according to dpa.", id="en-according-to"),
    pytest.param("en", _LEADS["en"] + ", dpa reported.", id="en-reported"),
    pytest.param("en", "HARBOURTON (dpa) - " + _LEADS["en"] + ".", id="en-dateline-bracket"),
    pytest.param("es", _LEADS["es"] + ", informó dpa.", id="es-informo"),
])
def test_a_lower_case_agency_credited(language, lead):
    page = f"{HEADLINE[language]}\n\n{lead}\n\n{MORE[language]}\n"
    assert extract(page).fields["source"] == "Deutsche Presse-Agentur"


@pytest.mark.parametrize("language, lead", [
    # another body's initials in capitals
    pytest.param("en", _LEADS["en"] + ", the DPA said.", id="en-capitals"),
    # a word opening a sentence, capitalised
    pytest.param("en", "Dpa units were not involved. " + _LEADS["en"] + ".", id="en-title-case"),
    # the lower-case letters as a word of the text, with its complement: no agency's name
    pytest.param("en", _LEADS["en"] + ", according to the dpa of the ministry.", id="en-word-of"),
    pytest.param("es", _LEADS["es"] + ", según la dpa del ministerio.", id="es-word-del"),
])
def test_no_agency_from_other_capitals(language, lead):
    page = f"{HEADLINE[language]}\n\n{lead}\n\n{MORE[language]}\n"
    assert extract(page).fields["source"] != "Deutsche Presse-Agentur"
