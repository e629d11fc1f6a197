"""A picture's caption closing on its credit is a caption, not the headline, wherever the page
prints it (above or under the headline): the credit given by initials with their stops
("- Ảnh: T.H.", ". Foto: J.R."), as Vietnamese and Spanish papers sign their photographers,
and the Vietnamese "Hình:" label overseas papers use for "Ảnh:" ("(Hình: Example)"). A
headline opening on the word "Hình" ("Hình ảnh ..."), with no colon, stays a headline.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import CAPTION as _CAPTION, HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract


@pytest.mark.parametrize(("language", "credit"), [
    ("vi", " - Ảnh: T.H."),
    ("vi", ". Ảnh: N.K."),
    ("vi", " (Ảnh: Q.V.)"),
    ("vi", " (Hình: Example)"),
    ("vi", " (Hình: T.H.)"),
    ("es", ". Foto: J.R."),
    ("es", " (Foto: M.A.G.)"),
])
@pytest.mark.parametrize("where", ["above", "under"])
def test_a_caption_closing_on_its_credit_is_not_the_headline(language, credit, where):
    caption = _CAPTION[language].rstrip(".") + credit
    parts = [caption, _HEAD[language]] if where == "above" else [_HEAD[language], caption]
    fields = extract("\n".join([*parts, _LEAD[language], _MORE[language]])).fields
    assert fields["title"] == _HEAD[language]


@pytest.mark.parametrize("headline", [
    "Hình ảnh lính gìn giữ hòa bình ở lại các vị trí ở miền nam",
    "Hình ảnh đẹp của lực lượng mũ nồi xanh tại châu Phi",
])
def test_a_headline_opening_on_hinh_stays_the_headline(headline):
    fields = extract("\n".join([headline, _LEAD["vi"], _MORE["vi"]])).fields
    assert fields["title"] == headline
