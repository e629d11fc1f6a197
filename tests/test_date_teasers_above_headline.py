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


SECOND_TEASER = {"en": "Council renews the mandate for a year", "fr": "Le Conseil renouvelle le mandat pour un an",
                 "es": "El Consejo renueva el mandato por un año", "vi": "Hội đồng gia hạn nhiệm vụ thêm một năm"}
BYLINE = {"en": "By Jane Roe", "fr": "Par Jeanne Roux", "es": "Por Juana Ruiz", "vi": "Nguyễn Văn An"}
SHARE = {"en": "Share on Facebook", "fr": "Partager sur Facebook", "es": "Compartir en Facebook", "vi": "Chia sẻ Facebook"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_block_of_stories_with_no_days_leaves_the_day_under_the_headline_the_article_s(language):
    # (must not change) the block lists headlines only: the day under the last heading, a
    # byline after it, is the article's own
    page = [MARKER[language], TEASER[language], SECOND_TEASER[language], HEADLINE[language], OWN_DAY[language],
            BYLINE[language], LEAD[language], MORE[language]]
    assert extract("\n\n".join(page)).determined_date == "2023-05-10"


@pytest.mark.parametrize("follower", ["byline", "share"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_marker_right_above_the_headline_leaves_its_day_the_article_s(language, follower):
    # (must not change) "Most read" in the menu right above the headline: the day under it,
    # followed by a byline or a share button, is the article's
    after = (BYLINE if follower == "byline" else SHARE)[language]
    most_read = {"en": "Most read", "fr": "Voir aussi", "es": "Más noticias", "vi": "Tin khác"}[language]
    page = ["Home", most_read, HEADLINE[language], OWN_DAY[language], after, LEAD[language], MORE[language]]
    assert extract("\n\n".join(page)).determined_date == "2023-05-10"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_days_of_two_listed_stories_are_not_the_article_s(language):
    page = [MARKER[language], TEASER[language], TEASER_DAY[language], SECOND_TEASER[language], "5 April 2021" if language == "en" else TEASER_DAY[language],
            HEADLINE[language], BYLINE[language], LEAD[language], MORE[language]]
    assert extract("\n\n".join(page)).determined_date == ""
