"""A page's author metadata that names an outlet, not a person: the site's own name spelled
apart from the domain form it declares ("Savane Info" on a site named "Savane-Info.net"), or
a channel or a station by its number ("Canal 3", "Radio 7"). Every page is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.ingest.sitename import is_site_author, site_keys

_BODY = ("<p>Les soldats du contingent ont rejoint leur base du nord mardi, après une traversée de "
         "trois jours sur des pistes rendues difficiles par les pluies.</p>"
         "<p>Le commandant a indiqué que la relève se poursuivrait la semaine prochaine avec deux "
         "rotations aériennes, selon un communiqué publié dans la soirée.</p>"
         "<p>Les habitants de la ville ont accueilli le convoi au marché central, où une cérémonie "
         "a réuni les autorités locales et les chefs coutumiers.</p>")


def _page(site: str, author: str) -> bytes:
    return (f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>La relève arrive au nord</title>'
            f'<meta property="og:site_name" content="{site}"><meta name="author" content="{author}"></head>'
            f'<body><main><article><h1>La relève arrive au nord</h1>'
            f'<div class="entry-meta">par <span class="author">{author}</span></div>{_BODY}</article></main></body></html>').encode()


def _authors(raw: bytes) -> list[str]:
    from newsdossier.ingest.html import read_page
    from newsdossier.ingest.known import Known

    known = Known()
    read_page(raw, known)
    found = known.best("authors")
    return list(found.value) if found else []


@pytest.mark.parametrize(("site", "author"), [
    ("Savane-Info.net", "Savane Info"),
    ("Lacnouvelles.com", "Lac Nouvelles"),
    ("Gazette des Plateaux", "Canal 3"),
    ("Gazette des Plateaux", "Radio 7"),
])
def test_an_outlet_named_as_the_page_s_author_is_no_author(site, author):
    assert _authors(_page(site, author)) == []


@pytest.mark.parametrize(("site", "author"), [
    ("Savane-Info.net", "Jeanne Roe"),
    ("Lacnouvelles.com", "Marie-Claire Dubois"),
])
def test_a_person_named_as_the_page_s_author_is_kept(site, author):
    assert _authors(_page(site, author)) == [author]


@pytest.mark.parametrize(("site", "author", "outlet"), [
    ("Savane-Info.net", "Savane Info", True),
    ("Lacnouvelles.com", "Lac Nouvelles", True),
    ("Gazette des Plateaux", "Radio 7", True),
    ("Savane-Info.net", "Jeanne Roe", False),
])
def test_a_record_s_author_is_read_the_same_way(site, author, outlet):
    assert is_site_author(author, site_keys(None, site)) is outlet
