"""A republication notice in the plainest wording, the story's first outlet named after "paru
dans" or "appeared in" with no word of time ("Article paru dans Le Courrier Lacustre", "Cet
article est paru sur Le Courrier Lacustre", "This article appeared in The Valley Ledger",
"Artículo publicado en El Faro Austral", "Bài viết đã đăng trên Báo Miền Núi"), names the outlet
that published it first, as "Cet article est initialement paru dans ..." does (vocabulary
"republication_notice_phrases"). A print edition's day ("Article paru dans l'édition du 5 mars
2024"), a month or a language after the phrase names none; nor does a person's name ("Article
publié par Jean Dupont") or a clause's words ("... trên Facebook cá nhân của ông").

Every page here is of our own making.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(language: str, closing: str) -> str:
    return f"{HEADLINE[language]}\n\n{LEAD[language]}\n\n{MORE[language]}\n\n{closing}\n"


@pytest.mark.parametrize("language, closing, outlet", [
    pytest.param("fr", "Article paru dans Le Courrier Lacustre", "Le Courrier Lacustre", id="fr-article-paru-dans"),
    pytest.param("fr", "Cet article est paru sur Le Courrier Lacustre.", "Le Courrier Lacustre", id="fr-cet-article-est-paru-sur"),
    pytest.param("fr", "Article publié dans Le Courrier Lacustre", "Le Courrier Lacustre", id="fr-article-publie-dans"),
    pytest.param("en", "This article appeared in The Valley Ledger.", "The Valley Ledger", id="en-appeared-in"),
    pytest.param("en", "This story was published in The Valley Ledger.", "The Valley Ledger", id="en-story-published-in"),
    pytest.param("es", "Artículo publicado en El Faro Austral", "El Faro Austral", id="es-articulo-publicado-en"),
    pytest.param("vi", "Bài viết đã đăng trên Báo Miền Núi", "Báo Miền Núi", id="vi-da-dang-tren"),
])
def test_the_outlet_a_plain_notice_names(language, closing, outlet):
    assert extract(_page(language, closing)).fields["source"] == outlet


@pytest.mark.parametrize("language, closing", [
    pytest.param("fr", "Article paru dans l'édition du 5 mars 2024", id="fr-edition-day"),
    pytest.param("en", "This article appeared in March 2019.", id="en-month"),
    pytest.param("en", "This story was published in French.", id="en-language"),
    # a person's name after "publié par" / "published by": the writer, no outlet
    pytest.param("fr", "Article publié par Jean Dupont", id="fr-publie-par-person"),
    pytest.param("en", "This article was published by Jane Roe.", id="en-published-by-person"),
    # words of a clause after the phrase: where a man posted it, no outlet's name
    pytest.param("vi", "Bài viết được đăng trên Facebook cá nhân của ông.", id="vi-personal-page"),
])
def test_no_outlet_from_a_plain_notice_naming_a_time(language, closing):
    assert extract(_page(language, closing)).fields["source"] in ("", None)
