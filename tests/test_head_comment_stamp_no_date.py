"""A reader's comment's stamp under a comment thread's heading below the text ("Comments" /
"Commentaires" / "Comentarios", a reader's name, then "13 March 2024 at 9:02") dates the
comment, not the page: with nothing else dating the page, its date stays unknown; a date
line the page prints above its text still dates it.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

THREAD = {
    "en": ["Comments", "Bertram Osei", "November 2, 2023 at 7:41 pm", "My thoughts are with the soldiers' families."],
    "fr": ["Commentaires", "Odile Ferrand", "2 novembre 2023 à 19 h 41", "Toutes mes pensées vont aux familles des soldats."],
    "es": ["Comentarios", "Ramiro Castaño", "2 de noviembre de 2023, 19:41", "Mis pensamientos están con las familias de los soldados."],
}
PRINTED = {"en": "October 30, 2023", "fr": "30 octobre 2023", "es": "30 de octubre de 2023"}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_comments_stamp_does_not_date_the_page(language):
    result = extract("\n\n".join([HEADLINE[language], LEAD[language], MORE[language], *THREAD[language]]))
    assert (result.fields["date"], result.fields["title"]) == ("", HEADLINE[language])


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_pages_own_date_line_still_dates_it_over_a_comment(language):
    result = extract("\n\n".join([HEADLINE[language], PRINTED[language], LEAD[language], MORE[language], *THREAD[language]]))
    assert result.fields["date"] == "2023-10-30"
