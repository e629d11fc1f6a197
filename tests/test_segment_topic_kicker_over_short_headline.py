"""A topic kicker of five words or more printed above a shorter headline ("Hoạt động gìn giữ
hòa bình Liên hợp quốc" above "Mũ nồi xanh ở lại các vị trí") is page furniture: the headline
is the line whose pairs of words the lead retells, though its short syllables are too few
long words to be counted. A standfirst printed under its headline, longer than it, stays
no headline, and a headline over a kicker-less page stays the title.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_MORE = {
    "vi": "Phái bộ có khoảng mười nghìn binh sĩ đến từ bốn mươi quốc gia trong khu vực.",
    "en": "The mission has about ten thousand troops from forty countries in the area.",
    "fr": "La mission compte environ dix mille soldats venus de quarante pays dans la zone.",
}
_MENU = {"vi": ["Thời sự", "Thế giới"], "en": ["News", "World"], "fr": ["Actualités", "Monde"]}


@pytest.mark.parametrize(("language", "kicker", "headline", "lead"), [
    ("vi", "Hoạt động gìn giữ hòa bình Liên hợp quốc", "Mũ nồi xanh ở lại các vị trí",
     "Mũ nồi xanh ở lại các vị trí ở miền nam bất chấp các cảnh báo của hai bên, phái bộ cho biết hôm thứ Sáu."),
    ("vi", "Hoạt động gìn giữ hòa bình Liên hợp quốc", "Lực lượng gìn giữ hòa bình ở lại",
     "Lực lượng gìn giữ hòa bình ở lại tất cả các vị trí ở miền nam bất chấp các cảnh báo, phái bộ cho biết hôm thứ Sáu."),
    ("vi", "Các lực lượng gìn giữ hòa bình của Liên hợp quốc", "Mũ nồi xanh bám trụ vị trí",
     "Mũ nồi xanh vẫn bám trụ vị trí ở miền nam bất chấp cảnh báo của hai bên, phái bộ cho biết hôm thứ Sáu."),
])
def test_the_headline_the_lead_retells_wins_over_a_topic_kicker(language, kicker, headline, lead):
    text = "\n".join([*_MENU[language], kicker, headline, "14/11/2025 10:20", lead, _MORE[language]])
    assert extract(text).fields["title"] == headline


@pytest.mark.parametrize(("language", "headline", "standfirst", "lead"), [
    # (must not change) a standfirst under its headline, longer than it
    ("en", "Peacekeepers stay in their positions in the south",
     "The mission says its troops will stay in all their positions in the south despite the warnings of both sides",
     "The peacekeeping mission said on Friday that its troops would stay in all their positions despite the warnings."),
    ("fr", "Les casques bleus restent sur leurs positions dans le sud",
     "La mission affirme que ses troupes resteront sur toutes leurs positions dans le sud malgré les avertissements",
     "La mission de paix a annoncé vendredi que ses troupes resteraient sur toutes leurs positions malgré les avertissements."),
])
def test_a_standfirst_under_its_headline_stays_no_headline(language, headline, standfirst, lead):
    text = "\n".join([*_MENU[language], headline, standfirst, "14/11/2025", lead, _MORE[language]])
    assert extract(text).fields["title"] == headline


@pytest.mark.parametrize(("language", "headline", "deck", "lead"), [
    # (must not change) a shorter subheading under a headline, retelling the lead, in a
    # language of long words: the headline stays
    ("en", "Army Tanks Fire on Peacekeepers in the Southern Hills",
     "Two peacekeepers were hurt by a tank shell",
     "Two peacekeepers were hurt by a tank shell on Friday near their post in the southern hills, the mission said."),
])
def test_a_shorter_deck_under_the_headline_stays_no_headline(language, headline, deck, lead):
    text = "\n".join(["News", "World", headline, deck, "14/11/2025", lead, _MORE[language]])
    assert extract(text).fields["title"] == headline
