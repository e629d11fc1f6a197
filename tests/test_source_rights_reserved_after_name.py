"""A site's rights line that names the site before the rights reserved, with no copyright
mark ("Example Ledger (Port City News Service) All rights reserved."): the site is the
source. A person's name so closed (a photographer's) is none. Every text here is written for
the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import copyright_holder, extract

BODY = {
    "en": ("Two peacekeepers were killed in the north", "Two peacekeepers were killed in an attack on their convoy in the north of the country on Tuesday, the mission said.",
           "The mission opened an inquiry into the attack."),
    "fr": ("Deux casques bleus tués dans le nord", "Deux casques bleus ont été tués mardi dans une attaque contre leur convoi dans le nord du pays, a indiqué la mission.",
           "La mission a ouvert une enquête sur l'attaque."),
    "es": ("Mueren dos cascos azules en el norte", "Dos cascos azules murieron el martes en un ataque contra su convoy en el norte del país, informó la misión.",
           "La misión abrió una investigación sobre el ataque."),
    "vi": ("Hai binh sĩ gìn giữ hòa bình thiệt mạng ở miền bắc", "Hai binh sĩ gìn giữ hòa bình đã thiệt mạng hôm thứ Ba trong một vụ tấn công đoàn xe ở miền bắc, phái bộ cho biết.",
           "Phái bộ đã mở một cuộc điều tra về vụ tấn công."),
}


@pytest.mark.parametrize(("language", "line", "outlet"), [
    ("en", "Harbour Daily (Port City News Service - Examplia) All rights reserved.", "Harbour Daily"),
    ("en", "Harbourdaily.com. All rights reserved.", "Harbourdaily.com"),
    ("fr", "Le Courrier des Lacs. Tous droits réservés.", "Le Courrier des Lacs"),
    ("es", "Diario del Puerto - Todos los derechos reservados", "Diario del Puerto"),
    ("vi", "Báo Bình Minh - Bảo lưu mọi quyền", "Báo Bình Minh"),
])
def test_the_name_before_the_rights_reserved_is_the_source(language, line, outlet):
    headline, lead, second = BODY[language]
    assert copyright_holder(line) == outlet
    assert extract(f"{headline}\n{lead}\n{second}\n{line}\n").fields["source"] == outlet


@pytest.mark.parametrize("line", ["Jane Roe. All rights reserved.", "Photo: Jeanne Dupont. Tous droits réservés."])
def test_a_person_s_name_before_the_rights_reserved_is_no_source(line):
    headline, lead, second = BODY["en"]
    assert copyright_holder(line) is None
    assert extract(f"{headline}\n{lead}\n{second}\n{line}\n").fields["source"] == ""
