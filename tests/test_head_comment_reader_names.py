"""A reader's name under a comment thread's heading below the text ("Comments" /
"Commentaires" / "Comentarios", then "Jane Roe", the comment's stamp and its words) is the
reader's, not the writer signing the text off: no author.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

THREAD = {
    "en": ["Comments", "Harriet Vance\nMarch 13, 2024 at 9:02 am\nThis is sad news for the families.", "Leave a Reply"],
    "fr": ["Commentaires", "Mathilde Rousseau\n13 mars 2024 à 9 h 02\nUne triste nouvelle pour les familles.", "Laisser un commentaire"],
    "es": ["Comentarios", "Lucía Herrera\n13 de marzo de 2024, 9:02\nUna triste noticia para las familias.", "Deja un comentario"],
}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_readers_name_under_the_comment_heading_is_no_author(language):
    result = extract("\n\n".join([HEADLINE[language], LEAD[language], MORE[language], *THREAD[language]]))
    assert (result.fields["authors"], result.fields["title"]) == ([], HEADLINE[language])
