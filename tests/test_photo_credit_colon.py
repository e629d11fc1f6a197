"""The outlet as far as the text allows: an agency credited for a picture only ("Photo: AFP",
"Foto: EFE", "Ảnh: TTXVN", the photo word glued to its colon) on a line of the page's furniture
is not the page's source, agencies selling pictures to every outlet (tests/corpus/README's rule
on source_in_text). Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_PAGES = {
    "en": ("Bridge reopens near the camp",
           "Engineers of the mission reopened the bridge over the river on Thursday after two weeks of repairs, the mission said."),
    "fr": ("Le pont rouvre près du camp",
           "Les ingénieurs de la mission ont rouvert jeudi le pont sur la rivière après deux semaines de travaux, a indiqué la mission."),
    "es": ("Reabre el puente junto al campamento",
           "Los ingenieros de la misión reabrieron el jueves el puente sobre el río tras dos semanas de obras, informó la misión."),
    "vi": ("Cây cầu gần doanh trại được thông xe",
           "Các kỹ sư của phái bộ đã thông xe cây cầu bắc qua sông vào thứ Năm sau hai tuần sửa chữa, phái bộ cho biết."),
}


@pytest.mark.parametrize(("language", "credit"), [
    ("en", "Photo: AFP"),
    ("en", "Picture: Reuters"),
    ("fr", "Photo: AFP"),
    ("es", "Foto: EFE"),
    ("vi", "Ảnh: TTXVN"),
])
def test_an_agency_credited_for_a_picture_is_not_the_pages_source(language, credit):
    title, lead = _PAGES[language]
    text = f"{title}\n\nbridge-reopened-01\n\n{credit}\n\n{lead}\n\nTrucks crossed in the afternoon.\n"
    assert (extract(text, None).fields.get("source") or "") == ""
