"""An outlet's initials signing the lead ("ND – Một trong ...") where the page already named
the outlet (a credit line at its foot, "Nguồn Nhân Dân: www.example.vn/...") are the outlet's
code, not a dateline's place: no dateline is read from them, and the lead runs on after the
dash. Capitals that are not the outlet's initials stay for the dateline forms to read ("GOMA –
...").

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, MORE
from newsdossier.extract import extract
from newsdossier.segment import _outlet_initials

_LEAD_VI = "Phái bộ cho biết hôm thứ Sáu rằng lực lượng sẽ ở lại tất cả các vị trí bất chấp các cảnh báo của hai bên."


@pytest.mark.parametrize("outlet, code", [("Nhân Dân", "ND"), ("Quân đội nhân dân", "QĐND"), ("Tiền Phong", "TP")])
def test_the_outlets_initials_sign_the_lead(outlet, code):
    text = "\n\n".join([HEADLINE["vi"], f"{code} – {_LEAD_VI}", MORE["vi"], f"Nguồn {outlet}: www.example.vn/bai/12345"])
    extraction = extract(text)
    assert extraction.fields["dateline"] == ""
    assert extraction.body[0].startswith(_LEAD_VI[:12])


@pytest.mark.parametrize("code, source, initials", [
    ("ND", "Nhân Dân", True),
    ("TTO", "Tuổi Trẻ Online", True),
    ("HDP", "Harbour Daily Post", True),
    ("AFP", "Reuters", False),  # a name of one word has no initials
    ("GOMA", "Nhân Dân", False),
    ("NA", "Nhân Dân", False),
])
def test_initials(code, source, initials):
    assert _outlet_initials(code, source) is initials


def test_a_place_in_capitals_stays_the_dateline():
    # (must not change)
    lead = "The peacekeeping mission said on Friday that its troops would stay in all their positions despite the warnings."
    text = "\n\n".join([HEADLINE["en"], f"GOMA – {lead}", "The mission has about ten thousand troops in the area.", "Source: Harbour Daily Post"])
    assert extract(text).fields["dateline"] == "Goma"
