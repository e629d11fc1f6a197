"""A dateline printed as a place alone opening the lead: a spaced hyphen or dash after it
("BANGUI - The ...", "Bangui - Le ...") or a full stop ("Santiago. El ..."), the place one the
gazetteer knows; and an agency's code in brackets after the dateline or closing the text
("(PL)", "(AFP)", "(EFE)"), which credits the agency. Every line is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_TITLES = {"en": "Channel by the ferry pier to be dredged", "fr": "Le chenal du port sera dragué",
           "es": "El canal del puerto será dragado"}
_RESTS = {"en": "The work starts in June and should last three months, a spokesman for the board said.",
          "fr": "Les travaux commencent en juin et dureront trois mois, a indiqué un porte-parole.",
          "es": "Las obras comienzan en junio y durarán tres meses, dijo un portavoz del consejo."}


def _fields(language: str, lead: str, closing: str = "") -> dict:
    rest = _RESTS[language] + (f" {closing}" if closing else "")
    return extract("\n".join([_TITLES[language], lead, rest]) + "\n").fields


@pytest.mark.parametrize(
    ("language", "lead", "dateline"),
    [
        pytest.param("en", "BANGUI - The harbour board agreed on Monday to dredge the channel by the old pier.", "Bangui", id="caps-hyphen"),
        pytest.param("fr", "Bangui - Le conseil du port a décidé lundi de draguer le chenal près du vieux quai.", "Bangui", id="title-case-hyphen"),
        pytest.param("en", "Goma \u2013 The harbour board agreed on Monday to dredge the channel by the old pier.", "Goma", id="title-case-en-dash"),
        pytest.param("es", "Santiago. El consejo del puerto acordó el lunes dragar el canal junto al viejo muelle.", "Santiago", id="place-full-stop"),
        pytest.param("fr", "Port-au-Prince. Le conseil du port a décidé lundi de draguer le chenal près du vieux quai.", "Port-au-Prince", id="hyphened-place-full-stop"),
        # (must not change) no place before the hyphen or the stop
        pytest.param("en", "Meanwhile - The harbour board agreed on Monday to dredge the channel by the old pier.", "", id="adverb-hyphen"),
        pytest.param("es", "Entretanto. El consejo del puerto acordó el lunes dragar el canal junto al viejo muelle.", "", id="adverb-stop"),
        pytest.param("en", "Update - The harbour board agreed on Monday to dredge the channel by the old pier.", "", id="kicker-hyphen"),
    ],
)
def test_a_place_before_a_hyphen_or_a_stop_is_the_dateline(language, lead, dateline):
    assert _fields(language, lead)["dateline"] == dateline


@pytest.mark.parametrize(
    ("language", "lead", "closing", "source"),
    [
        pytest.param("es", "Santiago, 12 mar (PL) El consejo del puerto acordó dragar el canal junto al viejo muelle.", "",
                     "Prensa Latina", id="pl-after-dated-dateline"),
        pytest.param("es", "Santiago (PL) El consejo del puerto acordó el lunes dragar el canal junto al viejo muelle.", "",
                     "Prensa Latina", id="pl-after-place"),
        pytest.param("es", "Santiago. El consejo del puerto acordó el lunes dragar el canal junto al viejo muelle.", "(PL)",
                     "Prensa Latina", id="pl-closing-the-text"),
        pytest.param("fr", "Bangui - Le conseil du port a décidé lundi de draguer le chenal près du vieux quai.", "(AFP)",
                     "Agence France-Presse", id="afp-closing-the-text"),
        pytest.param("es", "Bangui - El consejo del puerto acordó el lunes dragar el canal junto al viejo muelle.", "(EFE)",
                     "Agencia EFE", id="efe-closing-the-text"),
    ],
)
def test_an_agency_code_in_brackets_credits_the_agency(language, lead, closing, source):
    assert _fields(language, lead, closing)["source"] == source


@pytest.mark.parametrize(
    ("language", "lead"),
    [
        # (must not change) a country before the hyphen or the stop is the story's kicker
        pytest.param("en", "Chile - The harbour board agreed on Monday to dredge the channel by the old pier.", id="country-hyphen"),
        pytest.param("es", "Chile. El consejo del puerto acordó el lunes dragar el canal junto al viejo muelle.", id="country-stop"),
    ],
)
def test_a_country_before_a_hyphen_or_a_stop_is_no_dateline(language, lead):
    assert _fields(language, lead)["dateline"] == ""
