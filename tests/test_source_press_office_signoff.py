"""A press office's sign-off, its name then a dash or a slash and its body's name or short form
("Oficina de Prensa - MINDEF", "Press Office - MODEX", "Service de presse / MINARM", "Văn
phòng báo chí - Bộ Ví Dụ"), credits the body that issued the text, as "Source: Ministère des
Armées" does: the source is the name after the dash, as printed (vocabulary
press_office_words). The office alone, or a place, a date, a telephone number, a person's
name or a contact's label after the dash, credits no one: the name must read as a body's.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

PAGES = {
    "en": "Peacekeepers leave the border town\nThe last peacekeepers left the border town on Tuesday, a spokesman for the "
          "mission said. The troops handed their base over to the army.\n\n{line}\n",
    "fr": "Les casques bleus quittent la ville\nLes derniers casques bleus ont quitté mardi la ville frontalière, a indiqué "
          "un porte-parole de la mission. Les soldats ont remis leur base à l'armée.\n\n{line}\n",
    "es": "Los cascos azules dejan la ciudad\nLos últimos cascos azules dejaron el martes la ciudad fronteriza, dijo un "
          "portavoz de la misión. Las tropas entregaron su base al ejército.\n\n{line}\n",
    "vi": "Lực lượng gìn giữ hòa bình rời thị trấn\nNhững binh sĩ gìn giữ hòa bình cuối cùng đã rời thị trấn biên giới "
          "hôm thứ Ba, người phát ngôn của phái bộ cho biết. Các binh sĩ đã bàn giao căn cứ.\n\n{line}\n",
}


@pytest.mark.parametrize(
    ("language", "line", "issuer"),
    [
        pytest.param("es", "Oficina de Prensa - MINDEX", "MINDEX", id="es-acronym"),
        pytest.param("es", "Oficina de Comunicaciones / Ejército de Ejemplo", "Ejército de Ejemplo", id="es-slash"),
        pytest.param("en", "Press Office - MODEX", "MODEX", id="en"),
        pytest.param("en", "Public Affairs Office – Example Defence Force", "Example Defence Force", id="en-dash"),
        pytest.param("fr", "Service de presse / MINARX", "MINARX", id="fr"),
        pytest.param("fr", "Cellule de communication - FAEX", "FAEX", id="fr-cellule"),
        pytest.param("vi", "Văn phòng báo chí - Bộ Ví Dụ", "Bộ Ví Dụ", id="vi"),
        pytest.param("vi", "Văn phòng báo chí - Ủy ban nhân dân tỉnh Ví Dụ", "Ủy ban nhân dân tỉnh Ví Dụ", id="vi-seven-syllables"),
        pytest.param("fr", "Service de presse - Ministère des Armées de Exemple", "Ministère des Armées de Exemple", id="fr-ministry"),
        pytest.param("es", "Oficina de Prensa - Ministerio de Defensa de Ejemplo", "Ministerio de Defensa de Ejemplo", id="es-ministry"),
    ],
)
def test_a_press_office_signoff_credits_its_body(language, line, issuer):
    assert extract(PAGES[language].format(line=line)).fields["source"] == issuer


@pytest.mark.parametrize(
    ("language", "line"),
    [
        pytest.param("es", "Oficina de Prensa", id="es-office-alone"),
        pytest.param("es", "Oficina de Prensa - Lima, 3 de marzo de 2021", id="es-place-and-day"),
        pytest.param("en", "Press Office - 555 0101", id="en-number"),
        pytest.param("fr", "Service de presse - Bamako", id="fr-place"),
        # a person or a contact's label after the office names no body
        pytest.param("en", "Press Office - Jane Roe", id="en-person"),
        pytest.param("en", "Press Office / Contact: Jane Roe", id="en-contact"),
        pytest.param("en", "Press Office – For immediate release", id="en-release-note"),
        pytest.param("en", "Media Office - Media Contact", id="en-contact-label"),
        pytest.param("fr", "Service de presse - Contact presse", id="fr-contact-label"),
        pytest.param("fr", "Bureau de presse – Communiqué", id="fr-release"),
        pytest.param("es", "Oficina de Prensa - Contacto: Ana Gil", id="es-contact"),
        pytest.param("es", "Oficina de Prensa - Teléfono", id="es-telephone"),
        pytest.param("vi", "Văn phòng báo chí - Liên hệ", id="vi-contact"),
        pytest.param("vi", "Văn phòng báo chí - Nguyễn Văn An", id="vi-person"),
    ],
)
def test_no_body_after_the_office_credits_no_one(language, line):
    assert (extract(PAGES[language].format(line=line)).fields["source"] or "") == ""
