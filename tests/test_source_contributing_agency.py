"""An agency's closing credit of contributing writers ("Associated Press writers Jane Roe in
Harbourton and Tom Ash contributed to this report", "AP writer ...", "Reuters reporter ...")
is the wire's own closing line, copied with its dispatch: the agency is the page's source,
where the page credits no writer of its own besides them. Every page here is of our own making."""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(closing: str, byline: str = "") -> str:
    return f"{HEADLINE['en']}\n\n{byline}{LEAD['en']}\n\n{MORE['en']}\n\n___\n\n{closing}\n"


@pytest.mark.parametrize("closing, agency", [
    pytest.param("Associated Press writers Jane Roe in Harbourton and Tom Ash in Portville contributed to this report.",
                 "Associated Press", id="ap-writers-places"),
    pytest.param("AP writer Jane Roe contributed to this report.", "Associated Press", id="ap-short-name"),
    # the writers' places with their regions after a comma ("in Harbourton, Ala., and ...")
    pytest.param("Associated Press writers Jane Roe in Harbourton, Ala., and Tom Ash in Portville, Calif., contributed to this report.",
                 "Associated Press", id="ap-places-with-regions"),
    # a region of one word after the place: a state AP spells out, a country the gazetteer
    # leaves unresolved ("Congo"); a writer's name has two words
    pytest.param("Associated Press writers Jane Roe in Kinshasa, Congo, and Tom Ash in Harbourton, Texas, contributed to this report.",
                 "Associated Press", id="ap-places-with-one-word-regions"),
    pytest.param("Reuters reporter Jane Roe contributed to this report.", "Reuters", id="reuters-reporter"),
    pytest.param("AFP correspondent Jane Roe contributed reporting from Harbourton.", "Agence France-Presse", id="afp-correspondent"),
])
def test_the_agency_of_the_contributors_line(closing, agency):
    assert extract(_page(closing)).fields["source"] == agency


@pytest.mark.parametrize("closing, byline", [
    # a newspaper's own reporter contributing: no agency
    pytest.param("Harbour Times reporter Jane Roe contributed to this report.", "", id="own-staff"),
    # no outlet's words before the trade
    pytest.param("Writers Jane Roe and Tom Ash contributed to this report.", "", id="no-outlet"),
    # the site's own writer signs the story; the agency's writers only helped
    pytest.param("Associated Press writer Jane Roe contributed to this report.", "By Ann Lee\n\n", id="own-byline-besides"),
])
def test_no_agency_from_other_contributors(closing, byline):
    assert extract(_page(closing, byline)).fields["source"] in ("", None)


@pytest.mark.parametrize("closing, agency", [
    pytest.param("The Associated Press contributed to this report.", "Associated Press", id="ap-itself"),
    pytest.param("Xinhua News Agency contributed to this report.", "Xinhua", id="xinhua-itself"),
    pytest.param("AFP contributed reporting.", "Agence France-Presse", id="afp-itself"),
])
def test_the_agency_credited_with_contributing(closing, agency):
    assert extract(_page(closing)).fields["source"] == agency


@pytest.mark.parametrize("closing, byline", [
    # the site's own writer signs the story; the agency only helped
    pytest.param("The Associated Press contributed to this report.", "By Ann Lee\n\n", id="own-byline"),
    # a newspaper's own staff, no agency
    pytest.param("Harbour Times staff contributed to this report.", "", id="own-staff"),
    # no outlet at all
    pytest.param("Everyone contributed.", "", id="no-outlet"),
    # the agency credited with pictures: no story's credit
    pytest.param("AFP contributed photos to this report.", "", id="afp-photos"),
    pytest.param("The Associated Press contributed video.", "", id="ap-video"),
])
def test_no_agency_from_other_contribution_lines(closing, byline):
    assert extract(_page(closing, byline)).fields["source"] in ("", None)
