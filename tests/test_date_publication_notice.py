"""A notice in which the text says when it was itself published ("This article was first
published on 5 March 2024.", "Cet article a été publié le 5 mars 2024 sur notre site."),
printed under the text where the page prints no date line, dates the article, as a print
edition's notice does. Another thing said to be published on a day ("The report was published
on 5 March 2024") dates nothing.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

@pytest.mark.parametrize(("language", "notice", "date"), [
    ("en", "This article was first published on 5 March 2024.", "2024-03-05"),
    ("fr", "Cet article a été publié le 5 mars 2024 sur notre site.", "2024-03-05"),
    ("es", "Este artículo fue publicado originalmente el 5 de marzo de 2024.", "2024-03-05"),
    ("vi", "Bài viết được đăng lần đầu ngày 05/03/2024.", "2024-03-05"),
    # (must not change) another thing published on a day
    ("en", "The report was published on 5 March 2024.", ""),
])
def test_the_text_s_notice_of_its_own_publication_dates_it(language, notice, date):
    extraction = extract("\n".join([HEADLINE[language], LEAD[language], MORE[language], notice]))
    assert extraction.determined_date == date
