"""An outlet's name that is also a word of a page (sources.yaml word_aliases: "RSS", a page's
news feed; "TP", "thành phố" cut short; "El País", a section's name) printed alone on the line
after a byline is the page's menu item or section, no credit of the outlet: the byline keeps
its writer and credits no outlet. An outlet's name that is no such word ("AFP") is credited.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    ("text", "source", "authors"),
    [
        pytest.param("Peacekeepers stay put\nBy Jane Roe\nRSS\nThe peacekeeping mission in the south said on Friday that its blue helmets "
                     "would stay in all their positions despite the warnings.\n", "", ["Jane Roe"], id="en-feed-link"),
        pytest.param("Lính gìn giữ hòa bình ở lại\nBởi Nguyễn Văn An\nTP\nPhái bộ cho biết hôm thứ Sáu rằng lực lượng sẽ ở lại tất cả các vị trí "
                     "bất chấp các cảnh báo.\n", "", ["Nguyễn Văn An"], id="vi-city-abbreviation"),
        pytest.param("Los cascos azules se quedan\nPor Ana Gómez\nEl País\nLa misión afirmó el viernes que sus tropas seguirán en todas sus "
                     "posiciones pese a las advertencias.\n", "", ["Ana Gómez"], id="es-section-name"),
        pytest.param("Peacekeepers stay put\nBy Jane Roe\nAFP\nThe peacekeeping mission in the south said on Friday that its blue helmets "
                     "would stay in all their positions despite the warnings.\n", "Agence France-Presse", ["Jane Roe"], id="en-agency-credited"),
    ],
)
def test_a_word_alias_alone_after_a_byline_credits_no_outlet(text, source, authors):
    fields = extract(text).fields
    assert (fields["source"], fields["authors"]) == (source, authors)
