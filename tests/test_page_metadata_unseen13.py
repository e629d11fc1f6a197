"""Date and outlet of pages of kinds met on real pages of outlets the labelled corpus does not
hold: each case is a page of our own making (a reading time glued to the date line; a share
bar's "follow Example on" button naming the outlet; a peace operation's site on its parent
organisation's domain)."""

import datetime

import pytest

from newsdossier.extract import extract
from newsdossier.ingest.address import read_address

_TODAY = datetime.date(2026, 12, 1)


def _page(*lines: str) -> str:
    return "\n".join(lines)


# A publishing platform's line of reading time run into the date without a space ("4 min
# readMay 28, 2021"): the date is the page's.
@pytest.mark.parametrize("line, date", [
    ("6 min readJune 3, 2022", "2022-06-03"),
    ("2 min readSeptember 14, 2019", "2019-09-14"),
    ("Lecture 3 minJuin 4, 2020", "2020-06-04"),
    ("Lectura de 5 minOctubre 9, 2021", "2021-10-09"),
    # (must not change) the same apart
    ("6 min read June 3, 2022", "2022-06-03"),
])
def test_a_reading_time_glued_to_the_date_line(line, date):
    x = extract(_page("Engineers open a new road in the north", "Example Ministry", line,
                      "The engineering company, deployed since last year, finished the road to the border town.",
                      "The ministry said the unit would serve for a year."), today=_TODAY)
    assert x.determined_date == date


# A share bar's button on a line of its own, "follow us on" with the outlet's name for "us"
# (the networks' icons after it): the outlet is the page's, printed once.
@pytest.mark.parametrize("button, source", [
    ("Theo dõi Báo Ví Dụ trên", "Báo Ví Dụ"),
    ("Theo dõi Vidu.vn trên", "Vidu.vn"),
    ("Follow Example Daily on", "Example Daily"),
    ("Siga a Diario Ejemplo en", "Diario Ejemplo"),
    ("Suivez Exemple.sn sur", "Exemple.sn"),
    # (must not change) a sentence that goes on after the network is no button
    ("Follow the Minister on Twitter for more news of the battalion and its work.", ""),
])
def test_a_follow_button_names_the_outlet(button, source):
    x = extract(_page("Blue helmets return home after a year in the field",
                      "The engineers of the unit came back on Sunday after a year with the mission.",
                      button,
                      "They were welcomed at the airport by their families and the minister."), today=_TODAY)
    assert x.fields.get("source", "") == source


# A peace operation's own site on its parent organisation's domain ("abcd.unmissions.org"):
# the mission is the outlet, not the parent's domain.
@pytest.mark.parametrize("url, outlet", [
    ("https://onuci.unmissions.org/une-page", "ONUCI"),
    ("https://minusma.unmissions.org/a-page", "MINUSMA"),
    ("https://unmiss.unmissions.org/another-page", "UNMISS"),
    # (must not change) the parent domain itself, and a label that is no mission's
    ("https://unmissions.org/a-page", None),
    ("https://news.example.org/a-page", None),
])
def test_a_mission_subdomain_is_the_mission_site(url, outlet):
    assert read_address(url).outlet == outlet
