"""A lead copied with its lines broken at a fixed width (a plain-text or blog copy of an
agency's dispatch), its first line opening with the wire's dateline ("LA PAZ, BOLIVIA (XYZ).-
Los soldados ...", "BAMAKO (AFP) - Deux ..."): the line is the lead's opening, not a headline
nor a caption, and its dateline gives the place and the credit. A dispatch filed from two
cities prints them joined by a slash ("Lima/Bogotá, 12 Abr. (XYZ).-"): each known to the
gazetteer, they are the dateline's place, its day the text's date as far as it goes.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import opens_with_wire_dateline


@pytest.mark.parametrize(("text", "place", "source"), [
    ("SANTA CRUZ, BOLIVIA (ANX / BIA).- Los soldados del contingente de ingenieros\n"
     "regresaron el martes por la noche al país tras cumplir doce meses de\n"
     "servicio en la misión de paz, según constató un periodista de la agencia.\n"
     "El grupo fue recibido en el cuartel por el comandante del ejército.",
     "Santa Cruz", "ANX / BIA"),
    ("BAMAKO (AFP) - Deux soldats de la paix ont été blessés jeudi par\n"
     "l'explosion d'un engin au passage de leur convoi dans le nord du pays,\n"
     "selon une source sécuritaire jointe par téléphone dans la soirée.\n"
     "La mission a ouvert une enquête sur les circonstances de l'attaque.",
     "Bamako", "Agence France-Presse"),
    ("HÀ NỘI (TTXVN) - Sáng nay, đoàn sĩ quan lên đường làm nhiệm vụ\n"
     "tại phái bộ sau nhiều tháng huấn luyện tại trung tâm của quân đội,\n"
     "trong không khí trang trọng của buổi lễ được tổ chức tại thủ đô.\n"
     "Các sĩ quan sẽ phục vụ trong thời gian một năm tại địa bàn mới.",
     "Hanoi", "Vietnam News Agency"),
    ("JUBA (Reuters) - Two peacekeepers were wounded on Tuesday when\n"
     "gunmen opened fire on their patrol near the border town, a spokesman\n"
     "for the mission said in a statement issued late in the evening.\n"
     "The patrol returned fire and the attackers fled into the bush.",
     "Juba", "Reuters"),
])
def test_wrapped_lead_opening_with_dateline_is_no_headline(text, place, source):
    fields = extract(text).fields
    first_line = text.split("\n")[0]
    assert fields.get("title") != first_line
    assert fields.get("dateline") == place
    assert fields.get("source") == source


@pytest.mark.parametrize(("text", "place", "date_text"), [
    ("Lima/Bogotá, 12 Abr. (XYZ).- Unos ochenta policías de ambos países recibieron la "
     "medalla de las Naciones Unidas en una ceremonia celebrada en la base de la misión.",
     "Lima", "XXXX-04-12"),
    ("Dakar/Bamako, 3 mars (XYZ) - Une centaine de soldats de la paix ont reçu la médaille "
     "des Nations unies lors d'une cérémonie organisée dans le camp de la mission.",
     "Dakar", "XXXX-03-03"),
])
def test_dateline_of_two_cities_joined_by_slash(text, place, date_text):
    result = extract(text)
    assert result.fields.get("dateline") == place
    assert result.fields.get("source") == "XYZ"
    assert result.determined_date == date_text


@pytest.mark.parametrize(("line", "expected"), [
    ("BAMAKO (AFP) - Deux soldats de la paix ont été blessés jeudi par", True),
    ("Cascos azules reciben la medalla de las Naciones Unidas en Haití", False),
    ("BAMAKO (AFP) -", False),  # the dateline alone on its line: no lead follows it
])
def test_opens_with_wire_dateline(line, expected):
    assert opens_with_wire_dateline(line) is expected
