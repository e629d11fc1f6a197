"""A broadcaster's sign-off calling the reader to visit its web site by its address ("For more
news, visit example.com ...", "Visitez notre site : http://www.example.fr"; vocabulary
visit_site_calls), on a line of its own or glued after the last sentence, as a page reposting
its story or video keeps it, credits the outlet that address is the reference's domain of.
An address the reference does not know, or a call to visit anything else, credits nothing.
SABC News, the South African public broadcaster, is credited by its usual credits too. Every
page here is of our own making."""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(language: str, *after: str) -> str:
    return "\n\n".join([HEADLINE[language], LEAD[language], MORE[language], *after])


@pytest.mark.parametrize("language, line, source", [
    pytest.param("en", "For more news, visit sabcnews.com and #SABCNews on all Social Media platforms.", "SABC News", id="en-sabc-own-line"),
    pytest.param("fr", "Visitez notre site : http://www.france24.com", "France 24", id="fr-france24-address"),
    pytest.param("en", "Visit our website: www.aljazeera.com", "Al Jazeera", id="en-known-broadcaster"),
])
def test_a_visit_call_credits_the_outlet(language, line, source):
    assert extract(_page(language, line)).fields["source"] == source


def test_a_visit_call_glued_after_the_last_sentence():
    glued = MORE["en"] + " For more news, visit sabcnews.com and #SABCNews on all Social Media platforms."
    page = "\n\n".join([HEADLINE["en"], LEAD["en"], glued])
    assert extract(page).fields["source"] == "SABC News"


@pytest.mark.parametrize("line", [
    pytest.param("Source: SABC News", id="source-line"),
    pytest.param("JOHANNESBURG (SABC News) - Troops left the camp on Friday.", id="dateline"),
])
def test_sabc_news_credited_as_any_outlet(line):
    assert extract("\n\n".join([HEADLINE["en"], line, LEAD["en"], MORE["en"]])).fields["source"] == "SABC News"


@pytest.mark.parametrize("language, line", [
    pytest.param("en", "For more news, visit example-unknown-site.com today.", id="en-unknown-address"),
    pytest.param("en", "Visit the mission's camp with our reporters in the video above.", id="en-no-address"),
    pytest.param("en", "For more, visit reliefweb.int and the mission's pages.", id="en-pointer-to-another-site"),
    pytest.param("en", "For more, visit news.un.org.", id="en-pointer-to-a-known-outlet"),
])
def test_another_visit_call_credits_nothing(language, line):
    assert (extract(_page(language, line)).fields["source"] or "") == ""
