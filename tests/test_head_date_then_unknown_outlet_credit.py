"""A lead opening with its day, then an outlet's name in brackets, then a dash ("April 8, 2020
(Harbour Courier) — The ...", "8 avril 2020 (L'Écho du Fleuve) – Les ..."), is a site's or a
wire's dateline printed without a place: the day is the date line and the name the credit,
as with an agency the reference knows ("Oct. 28 (AFP) --"), where the name reads as an
outlet's (a word of an outlet's kind, a web domain) or the page prints it again alone on a
line, as its furniture does (a related story's credit, a logo's line). A place in brackets
("(Juba)"), a body ("(UNMISS)") or a name the page never prints again alone and that reads as
no outlet's credits nothing: the story's own sentences name its places, bodies and people
again ("(Port Lantern) — ... the mayor of Port Lantern said").

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

EN = ("Peacekeepers rotate in the south\n{opening} The United Nations has deployed new peacekeepers to its mission in "
      "the south, the ministry said in a statement seen by {again}. The troops replace a unit that served a year.\n")
FR = ("Relève des casques bleus dans le sud\n{opening} Les Nations unies ont déployé de nouveaux casques bleus dans le "
      "sud, a indiqué le ministère dans un communiqué consulté par {again}. Les soldats remplacent une unité.\n")
ES = ("Relevo de cascos azules en el sur\n{opening} Naciones Unidas desplegó nuevos cascos azules en el sur, informó el "
      "ministerio en un comunicado al que tuvo acceso {again}. Las tropas relevan a una unidad.\n")
VI = ("Luân chuyển lực lượng gìn giữ hòa bình\n{opening} Liên hợp quốc đã triển khai lực lượng gìn giữ hòa bình mới tới "
      "phái bộ, Bộ Ngoại giao cho biết trong thông cáo mà {again} có được. Các binh sĩ thay thế một đơn vị.\n")


@pytest.mark.parametrize(
    ("template", "opening", "again", "outlet"),
    [
        pytest.param(EN, "April 8, 2020 (Harbourpedia) —", "Harbourpedia", "Harbourpedia", id="en-printed-again"),
        pytest.param(EN, "April 8, 2020 (Harbour Courier) —", "reporters", "Harbour Courier", id="en-outlet-word"),
        pytest.param(FR, "8 avril 2020 (Fleuve Infos) –", "Fleuve Infos", "Fleuve Infos", id="fr"),
        pytest.param(ES, "8 de abril de 2020 (Valleando) -", "Valleando", "Valleando", id="es-printed-again"),
        pytest.param(VI, "08/04/2020 (Báo Ví Dụ) -", "Báo Ví Dụ", "Báo Ví Dụ", id="vi"),
        pytest.param(VI, "08/04/2020 (Tin Làng Quê) -", "Tin Làng Quê", "Tin Làng Quê", id="vi-printed-again"),
    ],
)
def test_an_outlet_after_the_opening_day_is_the_credit(template, opening, again, outlet):
    # (the name printed again alone on a line under the text: a related story's credit)
    page = template.format(opening=opening, again=again) + f"\nOther news\n\nPeacekeepers return home\n\n{again}\n"
    fields = extract(page).fields
    assert (fields["source"], fields["dateline"]) == (outlet, "")


@pytest.mark.parametrize(
    ("template", "opening", "again"),
    [
        pytest.param(EN, "April 8, 2020 (Juba) —", "reporters", id="en-place"),
        pytest.param(EN, "April 8, 2020 (UNMISS) —", "UNMISS", id="en-body"),
        pytest.param(EN, "April 8, 2020 (Harbourton) —", "reporters", id="en-never-again"),
        pytest.param(ES, "8 de abril de 2020 (Valleando) -", "la prensa", id="es-never-again"),
        # named again only in the story's sentences: a place, a body, a person the story is about
        pytest.param(EN, "April 8, 2020 (Port Lantern) —", "the mayor of Port Lantern", id="en-place-in-text"),
        pytest.param(EN, "April 8, 2020 (Harbour Defence League) —", "the Harbour Defence League", id="en-body-in-text"),
        pytest.param(EN, "April 8, 2020 (Mark Tellan) —", "Mark Tellan", id="en-person-in-text"),
        pytest.param(FR, "8 avril 2020 (Port-Lanterne) –", "le maire de Port-Lanterne", id="fr-place-in-text"),
        pytest.param(FR, "8 avril 2020 (Ligue Portuaire) –", "la Ligue Portuaire", id="fr-body-in-text"),
        pytest.param(ES, "8 de abril de 2020 (Puerto Almendra) -", "el alcalde de Puerto Almendra", id="es-place-in-text"),
        pytest.param(ES, "8 de abril de 2020 (Frente Amplio Sur) -", "el Frente Amplio Sur", id="es-body-in-text"),
        pytest.param(VI, "08/04/2020 (Quận Ví Dụ) -", "Quận Ví Dụ", id="vi-place-in-text"),
        # the item's kind, though it holds an outlet's word ("press", "news", "báo")
        pytest.param(EN, "April 8, 2020 (Press Release) —", "reporters", id="en-press-release"),
        pytest.param(EN, "April 8, 2020 (News Release) —", "reporters", id="en-news-release"),
        pytest.param(EN, "April 8, 2020 (Daily Briefing) —", "reporters", id="en-briefing"),
        pytest.param(EN, "April 8, 2020 (Press Statement) —", "reporters", id="en-statement"),
        pytest.param(VI, "08/04/2020 (Thông Cáo Báo Chí) -", "phóng viên", id="vi-press-release"),
    ],
)
def test_no_outlet_credited(template, opening, again):
    assert (extract(template.format(opening=opening, again=again)).fields["source"] or "") == ""
