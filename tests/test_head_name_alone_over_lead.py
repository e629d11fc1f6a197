"""A writer's name alone on the first line of a copy that lost its headline, right above the
lead ("Jane Vidal" / "The mission said ..."), as a feed's record or a saved body prints it, is
the byline: the name is the author, not the title. A name the story is about ("Vidal said ...")
or a place stays as it was read; under a headline, the name keeps being read as before.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_NAMES = {"en": "Jane Vidal", "fr": "Jean Moreau", "es": "Eduardo Roldán Pérez", "vi": "Nguyễn Văn Minh"}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_name_alone_over_the_lead_is_the_byline(language):
    text = "\n\n".join([_NAMES[language], LEAD[language], MORE[language]])
    fields = extract(text).fields
    assert fields["authors"] == [_NAMES[language]]
    assert fields["title"] != _NAMES[language]


def test_a_name_the_story_is_about_is_no_byline():
    # (must not change)
    lead = "Vidal said on Friday that the troops would stay in all their positions despite the warnings."
    text = "\n\n".join(["Jane Vidal", lead, MORE["en"]])
    assert extract(text).fields["authors"] == []


def test_a_place_alone_over_the_lead_is_no_byline():
    # (must not change)
    text = "\n\n".join(["Buenos Aires", LEAD["es"], MORE["es"]])
    assert extract(text).fields["authors"] == []


def test_under_a_headline_the_name_is_read_as_before():
    # (must not change)
    text = "\n\n".join([HEADLINE["es"], _NAMES["es"], LEAD["es"], MORE["es"]])
    assert extract(text).fields["authors"] == [_NAMES["es"]]


@pytest.mark.parametrize("phrase, language", [
    # a short headline of everyday words, its first a given name the lists leave out because
    # it is a word too ("Paz", peace; "Victoria", victory; "Esperanza", hope)
    ("Paz Duradera", "es"),
    ("Victoria Amarga", "es"),
    ("Esperanza Viva", "es"),
    # Vietnamese words over a Vietnamese lead, no family name first ("Hòa Bình", peace;
    # "Thắng Lợi", victory)
    ("Hòa Bình", "vi"),
    ("Thắng Lợi", "vi"),
])
def test_everyday_words_over_the_lead_are_no_byline(phrase, language):
    text = "\n\n".join([phrase, LEAD[language], MORE[language]])
    assert extract(text).fields["authors"] == []
