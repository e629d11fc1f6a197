"""A saved page's header often prints its last edit's stamp before its publication's ("Mis à
jour le 06/03/2021 à 10:37 Publié le 05/03/2021 à 17:08"), and its markup marks both (<time
itemprop="dateModified"> before <time itemprop="datePublished">). The page's date is the
publication's: the header's date line restored to the text is the publication's line, and the
markup's date is the one marked as published. Every page here is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.ingest.html import read_page
from newsdossier.ingest.known import Known

_PARAGRAPHS = ["Les soldats du contingent ont rejoint leur base du nord mardi, après une traversée de trois "
               "jours sur des pistes rendues difficiles par les pluies de la saison.",
               "Le commandant a indiqué que la relève se poursuivrait la semaine prochaine avec deux "
               "rotations aériennes, selon un communiqué publié dans la soirée."]


def _page(stamps: str, marks: bool = False) -> bytes:
    # (a body long enough for trafilatura to take the article's block alone, leaving the
    # header's stamps above it out)
    body = "".join(f"<p>{p} {p} {p}</p>" for p in _PARAGRAPHS * 2)
    return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>La relève arrive au nord</title></head>'
            '<body><div id="menu"><a href="/">Accueil</a> | <a href="/monde/">Monde</a></div>'
            '<div id="content"><article><h1>La relève arrive au nord</h1>'
            f'{stamps}<div class="texte">{body}</div></article></div></body></html>').encode()


def _stamp(kind: str, words: str, day: str) -> str:
    return f'<p class="postmeta"><time itemprop="{kind}" datetime="{day}T10:00:00+01:00">{words}</time></p>'


_EDIT = _stamp("dateModified", "Mis à jour le 06/03/2021 à 10:37", "2021-03-06")
_PUBLICATION = _stamp("datePublished", "Publié le 05/03/2021 à 17:08", "2021-03-05")


@pytest.mark.parametrize(
    ("stamps", "day"),
    [
        pytest.param(_EDIT + _PUBLICATION, "2021-03-05", id="edit-then-publication"),
        pytest.param(_PUBLICATION + _EDIT, "2021-03-05", id="publication-then-edit"),
    ],
)
def test_the_headers_publication_line_is_the_texts_date(stamps, day):
    assert extract(read_page(_page(stamps), Known())).determined_date == day


@pytest.mark.parametrize(
    ("stamps", "day"),
    [
        pytest.param(_EDIT + _PUBLICATION, "2021-03-05", id="edit-marked-first"),
        # (must not change) a page marking only its last edit keeps it as htmldate reads it
        pytest.param(_EDIT, "2021-03-06", id="edit-alone"),
    ],
)
def test_the_markups_date_is_the_one_marked_published(stamps, day):
    known = Known()
    read_page(_page(stamps), known)
    assert known.best("date").value == day
