"""A share bar's label printed before the headline on its line and closed by a colon ("Share
on Facebook: <headline>", "Partager : <headline>", "Chia sẻ: <headline>"), where a copy of the
page kept the headline only there, is not part of the title
(newsdossier.segment.without_share_label, vocabulary "share_labels").

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE

LABEL = {"en": "Share on Facebook: ", "fr": "Partager : ", "es": "Compartir en Twitter: ", "vi": "Chia sẻ: "}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_share_label_before_the_headline_is_not_part_of_the_title(language):
    from newsdossier.extract import extract

    text = "\n\n".join(["Home > World", LABEL[language] + HEADLINE[language], LEAD[language], MORE[language]])
    assert extract(text).fields["title"] == HEADLINE[language]


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("Sharing: how peacekeepers split their work", id="a-word-that-only-opens-like-a-label"),
        pytest.param("Share: UN peacekeepers", id="too-few-words-after"),
        pytest.param("Print: the story of a mission", id="head-not-opening-as-a-headline"),
        pytest.param("Peacekeepers share: the bases of the south", id="label-not-opening-the-line"),
        pytest.param("In Mali: Peacekeepers brace for a new wave of attacks", id="en-preposition-and-a-place"),
        pytest.param("Share power: Rivals in Juba agree on a new government", id="en-verb-and-its-object"),
        pytest.param("Email scam: Fake UN letters target families in Bangui", id="en-noun-and-a-noun"),
        pytest.param("Enviar tropas: El Consejo de Seguridad debate la misión", id="es-verb-and-its-object"),
        pytest.param("Gửi Mali: Lính gìn giữ hòa bình Việt Nam lên đường", id="vi-verb-and-a-place"),
        pytest.param("In ấn: Bệnh viện dã chiến cấp 2 lên đường sang Nam Sudan", id="vi-a-word-opening-with-in"),
    ],
)
def test_a_title_without_such_a_label_stays(title):
    from newsdossier.segment import without_share_label

    assert without_share_label(title) == title
