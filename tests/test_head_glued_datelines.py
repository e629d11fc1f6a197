"""Two datelines printed without their usual dash, opening the lead:

- a known place and a full day with its year, then at once the lead's first word ("Dakar, le
  29 mai 2018 Le musée ...", "Madrid, 3 de marzo de 2021. El ..."): the place is the dateline
  and the day the date the text prints; a clause holding a date after the place ("Dakar,
  depuis le 29 mai 2018 ...") is no dateline;
- a byline word and a news agency the reference knows glued before a wire's dateline ("by
  XINHUA BUENOS AIRES, Aug. 25 (Xinhua) -- ...", a blog's copy of a dispatch): the agency is the
  source, the place the dateline; a byline word and an outlet with no dateline after them
  change nothing.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


@pytest.mark.parametrize(("language", "opening", "place", "day"), [
    ("fr", "Dakar, le 29 mai 2018", "Dakar", "2018-05-29"),
    ("fr", "Bamako, le 3 mars 2021.", "Bamako", "2021-03-03"),
    ("es", "Madrid, 29 de mayo de 2018", "Madrid", "2018-05-29"),
    ("es", "Buenos Aires, el 3 de marzo de 2021", "Buenos Aires", "2021-03-03"),
    ("en", "Geneva, May 29, 2018", "Geneva", "2018-05-29"),
    ("en", "Nairobi, 3 March 2021.", "Nairobi", "2021-03-03"),
])
def test_a_place_and_a_full_day_glued_to_the_lead_are_its_dateline(language, opening, place, day):
    result = extract("\n\n".join([HEADLINE[language], f"{opening} {LEAD[language]}", MORE[language]]))
    assert (result.fields["dateline"], result.determined_date, result.fields["title"]) == (place, day, HEADLINE[language])


@pytest.mark.parametrize(("language", "opening"), [
    ("fr", "Dakar, depuis le 29 mai 2018,"),
    ("es", "Madrid, desde el 29 de mayo de 2018,"),
    ("en", "Geneva, since May 29, 2018,"),
])
def test_a_clause_holding_a_date_after_the_place_is_no_dateline(language, opening):
    lead = LEAD[language][0].lower() + LEAD[language][1:]
    result = extract("\n\n".join([HEADLINE[language], f"{opening} {lead}", MORE[language]]))
    assert result.fields["dateline"] == ""


@pytest.mark.parametrize(("language", "opening", "source", "place"), [
    ("en", "by  XINHUA  BUENOS AIRES, Aug. 25 (Xinhua) --", "Xinhua", "Buenos Aires"),
    ("en", "By AFP NAIROBI, March 3 (AFP) -", "Agence France-Presse", "Nairobi"),
    ("fr", "Par AFP Bamako, 3 mars (AFP) -", "Agence France-Presse", "Bamako"),
    ("es", "Por EFE Madrid, 3 mar (EFE).-", "Agencia EFE", "Madrid"),
])
def test_an_agency_byline_glued_before_the_dateline_credits_the_agency(language, opening, source, place):
    result = extract("\n\n".join([HEADLINE[language], f"{opening} {LEAD[language]}", MORE[language]]))
    assert (result.fields["source"], result.fields["dateline"], result.fields["title"]) == (source, place, HEADLINE[language])


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_byline_word_and_an_outlet_with_no_dateline_after_them_change_nothing(language):
    opener = {"en": "By Reuters", "fr": "Par Reuters", "es": "Por Reuters"}[language]
    lead = LEAD[language][0].lower() + LEAD[language][1:]
    result = extract("\n\n".join([HEADLINE[language], f"{opener} {lead}", MORE[language]]))
    assert result.fields["dateline"] == ""
