"""Two datelines with no agency that were not read:

- a place before a colon spaced as French typography prints it ("Nations unies : Le ...",
  "Bamako : Les ...", with a plain or a no-break space), a name's later words maybe in
  lowercase ("Nations unies"): the dateline, as "UNITED NATIONS: ..." is in English; a word
  that is no place before such a colon is none;
- a place and a dash opening the paragraph after a one-line summary under the headline
  ("KINSHASA -- ...", "UNITED NATIONS - ...", "Goma, Congo - ..."): the dateline, where the
  place is a city the gazetteer knows or a body's seat; a country ("MALI - ..."), a word in
  capitals that is no known place ("UPDATE - ...") or a place after a full paragraph of
  several sentences is none.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

SUMMARY = {
    "en": "The troops will keep watch over the villages until the rains end.",
    "fr": "Les soldats veilleront sur les villages jusqu'à la fin des pluies.",
    "es": "Los soldados vigilarán las aldeas hasta el final de las lluvias.",
}
LONG_FIRST = {
    "en": "The troops will keep watch over the villages until the rains end. Their officers met the elders on Monday. "
          "The elders asked for more patrols on the roads.",
    "fr": "Les soldats veilleront sur les villages jusqu'à la fin des pluies. Leurs officiers ont vu les anciens lundi. "
          "Les anciens ont demandé plus de patrouilles sur les routes.",
}


@pytest.mark.parametrize(("opening", "place"), [
    ("Nations unies :", "United Nations"),
    ("NATIONS UNIES :", "United Nations"),
    ("Nations unies\u00a0:", "United Nations"),
    ("Bamako :", "Bamako"),
    ("Kinshasa\u202f:", "Kinshasa"),
])
def test_a_place_before_a_spaced_colon_is_the_dateline(opening, place):
    result = extract("\n\n".join([HEADLINE["fr"], f"{opening} {LEAD['fr']}", MORE["fr"]]))
    assert (result.fields["dateline"], result.fields["title"]) == (place, HEADLINE["fr"])


@pytest.mark.parametrize("opening", ["Communiqué :", "Selon la mission :"])
def test_no_place_before_a_spaced_colon_is_no_dateline(opening):
    assert extract("\n\n".join([HEADLINE["fr"], f"{opening} {LEAD['fr']}", MORE["fr"]])).fields["dateline"] == ""


@pytest.mark.parametrize(("language", "opening", "place"), [
    ("en", "UNITED NATIONS -", "United Nations"),
    ("en", "KINSHASA --", "Kinshasa"),
    ("en", "Goma, Congo -", "Goma"),
    ("fr", "KINSHASA -", "Kinshasa"),
    ("fr", "NATIONS UNIES -", "United Nations"),
    ("es", "BAMAKO -", "Bamako"),
])
def test_a_place_and_a_dash_after_a_one_line_summary_is_the_dateline(language, opening, place):
    result = extract("\n\n".join([HEADLINE[language], SUMMARY[language], f"{opening} {LEAD[language]}", MORE[language]]))
    assert (result.fields["dateline"], result.fields["title"]) == (place, HEADLINE[language])


@pytest.mark.parametrize(("language", "opening"), [
    ("en", "MALI -"),
    ("en", "UPDATE -"),
    ("fr", "MALI -"),
])
def test_a_country_or_a_kicker_after_a_summary_is_no_dateline(language, opening):
    result = extract("\n\n".join([HEADLINE[language], SUMMARY[language], f"{opening} {LEAD[language]}", MORE[language]]))
    assert result.fields["dateline"] == ""


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_place_and_a_dash_after_a_full_paragraph_is_no_dateline(language):
    result = extract("\n\n".join([HEADLINE[language], LONG_FIRST[language], f"KINSHASA - {LEAD[language]}", MORE[language]]))
    assert result.fields["dateline"] == ""
