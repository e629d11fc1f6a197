"""A block of related stories printed above the article's headline ("Related stories", another
story's headline, its day) is the page's furniture: the day under another story's headline is
that story's, not the article's date line. The article's own date line, under its headline or
above the block, still dates it.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

MARKER = {"en": "Related stories", "fr": "Articles liés", "es": "Noticias relacionadas", "vi": "Tin liên quan"}
TEASER = {"en": "UN mission opens a school in Wau", "fr": "La mission de l'ONU ouvre une école à Wau",
          "es": "La misión de la ONU abre una escuela en Wau", "vi": "Phái bộ mở một trường học ở Wau"}
TEASER_DAY = {"en": "3 April 2021", "fr": "3 avril 2021", "es": "3 de abril de 2021", "vi": "03/04/2021"}
OWN_DAY = {"en": "10 May 2023", "fr": "10 mai 2023", "es": "10 de mayo de 2023", "vi": "10/05/2023"}
LANGUAGES = ["en", "fr", "es", "vi"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_day_of_a_story_listed_above_the_headline_is_not_the_article_s(language):
    page = [MARKER[language], TEASER[language], TEASER_DAY[language], HEADLINE[language], LEAD[language], MORE[language]]
    assert extract("\n\n".join(page)).determined_date == ""


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_article_s_day_under_its_headline_still_dates_it(language):
    # (must not change)
    page = [MARKER[language], TEASER[language], TEASER_DAY[language], HEADLINE[language], OWN_DAY[language], LEAD[language], MORE[language]]
    assert extract("\n\n".join(page)).determined_date == "2023-05-10"


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_article_s_day_above_the_block_still_dates_it(language):
    # (must not change; a Vietnamese page's bare day right above "Tin liên quan" is read, as
    # before, with the list under it)
    page = [OWN_DAY[language], MARKER[language], TEASER[language], HEADLINE[language], LEAD[language], MORE[language]]
    assert extract("\n\n".join(page)).determined_date == "2023-05-10"
