"""A comment thread below the text ("3 comments", "Commentaires", "Comentarios", "Bình luận"
heading it) holds readers' names and the times they wrote: a date under such a heading is a
comment's stamp, not the page's date line (newsdossier.segment; vocabulary
comment_section_headings). A date line below the text with no comment heading above it is
read as before. The example texts are invented for the tests."""
from __future__ import annotations

import pytest

from newsdossier.segment import segment

BODY = ("The harbour board will dredge the channel by the old ferry pier next spring, its chairman said at a meeting "
        "with the town's fishermen.\n\nTwo storms closed the channel last winter, and the ferry had to stop for weeks.")


@pytest.mark.parametrize(
    ("heading", "stamp"),
    [
        pytest.param("3 comments", "March 20, 2024 at 9:14 am", id="en-count"),
        pytest.param("12 Responses to “Harbour to dredge the channel”", "20 March 2024 09:14", id="en-responses-to"),
        pytest.param("Commentaires", "20 mars 2024 à 9h14", id="fr"),
        pytest.param("5 comentarios", "20 de marzo de 2024 a las 9:14", id="es"),
        pytest.param("Bình luận (4)", "20/03/2024 09:14", id="vi"),
    ],
)
def test_a_date_under_a_comment_heading_is_no_date_line(heading, stamp):
    layout = segment("\n\n".join(["Harbour to dredge the channel", BODY, heading, "Sam Reader", stamp, "Good news for the boats."]))
    assert "date" not in layout.metadata


def test_a_date_line_above_the_text_stays_with_a_thread_below():
    # (must not change) the page's own date line, and a comment's stamp under the thread
    layout = segment("\n\n".join(["Harbour to dredge the channel", "March 18, 2024", BODY, "3 comments", "Sam Reader",
                                  "March 20, 2024 at 9:14 am", "Good news for the boats."]))
    assert layout.metadata["date"] == "March 18, 2024"
