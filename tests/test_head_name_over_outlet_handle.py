"""A writer's name on a line of its own over a line holding a social network's handle alone
("Ana Gómez Ruiz" then "@ElHeraldoAustral"), at the page's head before the text: the name is
the byline and the handle, where it does not spell the writer's own name, is the outlet's
account, the page's source as printed without its "@" (a stacked byline: a name, then the
outlet). A handle that spells the writer's family name ("@anagomezruiz", "@jroe_news"),
opens with the given name ("@jane_r", "@AnaGR") or is the name's initials ("@JR_writes") is
the writer's own account and names no outlet; a body's handle ("@UN", "@ONU_fr",
"@CancilleriaEjemplo": an official's post under the official's name) names none either, and
a list of names each over a handle (the site's columnists) signs no one; a handle under a line that is no person's name
(a section's heading) signs nothing.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)


def _page(language: str, name: str, handle: str, headline: bool = True) -> str:
    return "\n".join([*([HEADLINE[language]] if headline else []), name, handle, LEAD[language], MORE[language]])


@pytest.mark.parametrize(("language", "name", "handle", "headline", "source"), [
    ("es", "Ana Gómez Ruiz", "@ElHeraldoAustral", True, "ElHeraldoAustral"),
    ("es", "Ana Gómez Ruiz", "@ElHeraldoAustral", False, "ElHeraldoAustral"),
    ("en", "Jane Roe", "@HarbourCourier", True, "HarbourCourier"),
    ("fr", "Jean Dupont", "@CourrierLacustre", True, "CourrierLacustre"),
    ("vi", "Nguyễn Thu Hà", "@BaoViDu", True, "BaoViDu"),
    # a given name of two letters opening an outlet's handle by chance spells no writer's
    ("en", "Li Wei", "@LibertyHarbour", True, "LibertyHarbour"),
])
def test_a_name_over_the_outlet_handle_is_a_byline_and_its_outlet(language, name, handle, headline, source):
    x = extract(_page(language, name, handle, headline), today=_TODAY)
    assert (x.fields.get("authors"), x.fields.get("source", "")) == ([name], source)


@pytest.mark.parametrize(("language", "name", "handle"), [
    # (must not change) the writer's own account: the byline, no outlet
    ("es", "Ana Gómez Ruiz", "@anagomezruiz"),
    ("en", "Jane Roe", "@jroe_news"),
    # the writer's given name or initials spell the handle too
    ("en", "Jane Roe", "@jane_r"),
    ("es", "Ana Gómez Ruiz", "@AnaGR"),
    ("fr", "Jean Dupont", "@jeand75"),
    ("vi", "Nguyễn Thu Hà", "@thuhanguyen"),
    ("en", "Jane Roe", "@JR_writes"),
])
def test_the_writer_own_handle_names_no_outlet(language, name, handle):
    x = extract(_page(language, name, handle), today=_TODAY)
    assert (x.fields.get("authors"), x.fields.get("source", "")) == ([name], "")


def test_a_heading_over_a_handle_signs_nothing():
    # (must not change) a section's heading is no writer
    x = extract(_page("en", "Latest News", "@HarbourCourier"), today=_TODAY)
    assert x.fields.get("authors") == []


@pytest.mark.parametrize(("language", "name", "handle"), [
    # a body's account under a name (an official's post, a body's page): no outlet
    ("en", "Jane Roe", "@UN"),
    ("fr", "Jean Dupont", "@ONU_fr"),
    ("en", "John Mensah", "@MONUSCO"),
    ("vi", "Nguyễn Thu Hà", "@UNinVietNam"),
    ("es", "Ana Gómez Ruiz", "@CancilleriaEjemplo"),
    ("fr", "Jean Dupont", "@MinistereEjemplo"),
])
def test_a_body_handle_names_no_outlet(language, name, handle):
    assert extract(_page(language, name, handle), today=_TODAY).fields.get("source", "") == ""


@pytest.mark.parametrize(("language", "rows"), [
    # a list of names, each over its handle (the site's columnists, its team): no byline
    ("en", ["Our columnists", "Jane Roe", "@janeroe", "John Mensah", "@HarbourCourier"]),
    ("es", ["Ana Gómez Ruiz", "@ElHeraldoAustral", "Luis Pérez", "@ElHeraldoAustral"]),
    ("fr", ["Jean Dupont", "@CourrierLacustre", "Marie Leroy", "@mleroy"]),
    ("vi", ["Nguyễn Thu Hà", "@BaoViDu", "Trần Văn Minh", "@BaoViDu"]),
])
def test_a_list_of_names_over_handles_signs_nothing(language, rows):
    x = extract("\n".join([*rows, HEADLINE[language], LEAD[language], MORE[language]]), today=_TODAY)
    assert (x.fields.get("authors"), x.fields.get("source", "")) == ([], "")
