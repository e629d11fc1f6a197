"""A republication notice under the text ("This article first appeared on The Harbour
Ledger.", "Cet article est initialement paru sur Le Courrier des Lacs.") names the outlet that
published the story first: it is the story's source, over the copying site's copyright line.
A notice naming a day instead of an outlet, or a line about another text, names none.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_SITE = "© 2024 Copyhub Daily. All rights reserved."


@pytest.mark.parametrize(("language", "notice", "source"), [
    ("en", "This article first appeared on The Harbour Ledger.", "The Harbour Ledger"),
    ("en", "This story was originally published by Reuters.", "Reuters"),
    ("fr", "Cet article est initialement paru sur Le Courrier des Lacs.", "Le Courrier des Lacs"),
    ("es", "Este artículo fue publicado originalmente en Diario del Puerto.", "Diario del Puerto"),
    ("vi", "Bài viết được đăng lần đầu trên Báo Bình Minh.", "Báo Bình Minh"),
])
def test_the_outlet_a_republication_notice_names_is_the_source(language, notice, source):
    text = "\n".join([HEADLINE[language], LEAD[language], MORE[language], notice, _SITE])
    assert extract(text).fields["source"] == source


@pytest.mark.parametrize("notice", [
    "This article was first published on 5 March 2024.",  # a day, no outlet
    "The report first appeared on a government website last year.",  # another text
])
def test_a_notice_naming_no_outlet_leaves_the_site_s_copyright(notice):
    text = "\n".join([HEADLINE["en"], LEAD["en"], MORE["en"], notice, _SITE])
    assert extract(text).fields["source"] == "Copyhub Daily"
