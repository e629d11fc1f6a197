"""An outlet the reference does not know signing the text off on a line of its own under the
last paragraph: its name after a dash or in brackets ("\u2014 Example Dispatch", "(El Faro
Example)"), or after a Vietnamese credit word ("Theo Ánh Dương"); and a newsroom's credit in
Vietnamese furniture ("Tòa soạn Báo Example"). The outlet is the source as printed where the
page prints no name of its own. A writer's name signing off ("\u2014 Jane Roe", a Vietnamese pen
name "(Minh Anh)"), a place, a body, a page's button or a writer's role so printed is no
outlet, nor the newsroom's address after a colon.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD
from newsdossier.extract import extract
from newsdossier.segment import signoff_outlet

# a last paragraph long enough to read as running prose
_LAST = {
    "en": "The mission has about ten thousand troops from forty countries in the area, and its commander met the army chief of staff on Thursday to discuss the situation along the line.",
    "fr": "La mission compte environ dix mille soldats venus de quarante pays dans la zone, et son commandant a rencontré jeudi le chef d'état-major de l'armée pour évoquer la situation le long de la ligne.",
    "es": "La misión cuenta con unos diez mil soldados de cuarenta países en la zona, y su comandante se reunió el jueves con el jefe del Estado Mayor del ejército para analizar la situación en la línea.",
    "vi": "Phái bộ có khoảng mười nghìn binh sĩ đến từ bốn mươi quốc gia trong khu vực, và chỉ huy của phái bộ đã gặp tổng tham mưu trưởng quân đội hôm thứ Năm để bàn về tình hình dọc đường ranh giới.",
}


def _page(language: str, *bottom: str, top: tuple[str, ...] = ()) -> str:
    return "\n".join([*top, _HEAD[language], _LEAD[language], _LAST[language], *bottom])


@pytest.mark.parametrize(("language", "signoff", "source"), [
    ("en", "\u2014 Ridgeline Dispatch", "Ridgeline Dispatch"),
    ("en", "(Ridgeline Dispatch)", "Ridgeline Dispatch"),
    ("en", "- Kigali Today", "Kigali Today"),
    ("fr", "\u2014 Le Courrier du Nord", "Le Courrier du Nord"),
    ("es", "(El Faro del Sur)", "El Faro del Sur"),
    ("vi", "(Báo Ánh Dương)", "Báo Ánh Dương"),
    ("vi", "Theo Ánh Dương", "Ánh Dương"),
])
def test_an_unknown_outlets_signoff_is_the_source(language, signoff, source):
    fields = extract(_page(language, signoff, "Related", "Another story of the day on the border")).fields
    assert fields["source"] == source
    assert fields["authors"] == []


@pytest.mark.parametrize(("language", "line", "source"), [
    ("vi", "Tòa soạn Báo Ánh Dương", "Báo Ánh Dương"),
    ("vi", "Tòa soạn báo Ánh Dương", "Báo Ánh Dương"),
    ("vi", "Tòa soạn Ánh Dương", "Ánh Dương"),
])
@pytest.mark.parametrize("where", ["top", "bottom"])
def test_a_newsrooms_credit_names_the_outlet(language, line, source, where):
    text = _page(language, top=(line,)) if where == "top" else _page(language, line)
    assert extract(text).fields["source"] == source


@pytest.mark.parametrize("line", [
    # (must not change) a writer, a place, a body, a role, a button, an address
    "\u2014 Jane Roe", "\u2014 Amadou Diallo", "(Mali)", "\u2014 Ministry of Defence", "(Security Council)",
    "\u2014 Staff Reporter", "(Read More)", "(Photo Jane Roe)", "Theo Nguyễn Văn An", "Tòa soạn: 12 Phố Huế, Hà Nội",
    # a Vietnamese pen name or a province after a dash or in brackets
    "(Vĩnh Long)", "\u2014 Minh Anh",
])
def test_no_outlet_in_a_writers_or_a_places_signoff(line):
    assert signoff_outlet(line) is None


def test_the_sites_own_name_outranks_an_unknown_signoff():
    # the page's own copyright line names the site: the sign-off does not replace it
    text = _page("en", "(Ridgeline Dispatch)", "\u00a9 2024 Reuters. All rights reserved.")
    assert extract(text).fields["source"] == "Reuters"
