"""A body's name closing a place's or an institution's name ("the Museum of the Armed Forces",
"le Musée des Forces armées", "el Museo de las Fuerzas Armadas", "Bảo tàng Quân đội nhân dân
Việt Nam") names the place, not the body: the country's armed forces are no actor there. The
body named alone in the same kind of sentence stays one.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _organisations(text: str) -> set[str]:
    return {f.name for f in extract(text).entities.values() if f.kind == "organisation"}


@pytest.mark.parametrize("text", [
    "Dakar, 12 March 2021 - The Museum of the Armed Forces opened on Tuesday an exhibition on Senegalese peacekeepers.",
    "Dakar, le 12 mars 2021 - Le Musée des Forces armées a ouvert mardi une exposition sur les casques bleus sénégalais.",
    "Dakar, 12 de marzo de 2021 - El Museo de las Fuerzas Armadas abrió el martes una muestra sobre los cascos azules senegaleses.",
    "Les élèves de l'École des Forces armées du Sénégal ont rendu visite mardi aux casques bleus blessés.",
    "Hà Nội - Bảo tàng Quân đội nhân dân Việt Nam mở cửa triển lãm về lính gìn giữ hòa bình hôm thứ Ba.",
])
def test_a_body_closing_a_places_name_is_no_actor(text):
    # (the place itself may be read as a body of its own: only the armed forces are asked)
    assert not {name for name in _organisations(text)
                if any(word in name for word in ("Army", "Armed Forces", "Fuerzas Armadas", "Forces armées", "Quân đội"))}


@pytest.mark.parametrize("text", [
    "Dakar, le 12 mars 2021 - Les Forces armées sénégalaises ont envoyé mardi un nouveau contingent au Mali.",
    "Quân đội nhân dân Việt Nam đã cử thêm lực lượng gìn giữ hòa bình tới Nam Sudan.",
    "The school of the mission in Juba was rebuilt by the United Nations last year.",
])
def test_a_body_named_on_its_own_stays_an_actor(text):
    assert _organisations(text)
