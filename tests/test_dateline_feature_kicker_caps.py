"""A word naming the kind of story a page prints in capitals before a spaced hyphen, an en
dash or an em dash opening the lead ("FOCUS - Environ 90.000 ...", "ANALYSIS – The ...",
"ENTREVISTA — El ...", "PHỎNG VẤN - ...") labels the item, as the kickers of vocabulary
headline_kickers do ("EXCLUSIF - ..."): it is no dateline, though the gazetteer knows no such
place. A place in capitals before the hyphen or the dash ("KOLOVANE - ...") stays the dateline.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

FR = "Les casques bleus en chiffres\n{lead} Environ 80.000 militaires venant de 110 pays servent sous le drapeau de l'ONU.\n"
EN = "Peacekeepers in numbers\n{lead} Some 80,000 troops from 110 countries serve under the UN flag, the mission said.\n"
ES = "Los cascos azules en cifras\n{lead} Unos 80.000 militares de 110 países sirven bajo la bandera de la ONU.\n"
VI = "Lực lượng gìn giữ hòa bình qua các con số\n{lead} Khoảng 80.000 quân nhân từ 110 nước đang phục vụ dưới lá cờ Liên hợp quốc.\n"


@pytest.mark.parametrize(
    ("template", "lead"),
    [
        pytest.param(FR, "FOCUS -", id="fr-focus"),
        pytest.param(FR, "DÉCRYPTAGE -", id="fr-decryptage"),
        pytest.param(FR, "REPORTAGE -", id="fr-reportage"),
        pytest.param(FR, "ENQUÊTE -", id="fr-enquete"),
        pytest.param(EN, "FEATURE -", id="en-feature"),
        pytest.param(EN, "INTERVIEW -", id="en-interview"),
        pytest.param(EN, "FOCUS -", id="en-focus"),
        pytest.param(ES, "ENTREVISTA -", id="es-entrevista"),
        pytest.param(ES, "CRÓNICA -", id="es-cronica"),
        pytest.param(ES, "REPORTAJE -", id="es-reportaje"),
        pytest.param(VI, "PHÓNG SỰ -", id="vi-phong-su"),
        pytest.param(VI, "GÓC NHÌN -", id="vi-goc-nhin"),
        # before an en or an em dash as before a hyphen
        pytest.param(FR, "FOCUS –", id="fr-focus-en-dash"),
        pytest.param(EN, "FEATURE —", id="en-feature-em-dash"),
        pytest.param(ES, "CRÓNICA –", id="es-cronica-en-dash"),
        pytest.param(VI, "PHÓNG SỰ —", id="vi-phong-su-em-dash"),
        # the same kinds in each language
        pytest.param(FR, "ANALYSE -", id="fr-analyse"),
        pytest.param(FR, "CHRONIQUE -", id="fr-chronique"),
        pytest.param(EN, "INVESTIGATION -", id="en-investigation"),
        pytest.param(ES, "INVESTIGACIÓN -", id="es-investigacion"),
        pytest.param(VI, "PHỎNG VẤN -", id="vi-phong-van"),
        pytest.param(VI, "PHÂN TÍCH -", id="vi-phan-tich"),
        pytest.param(VI, "ĐIỀU TRA -", id="vi-dieu-tra"),
        pytest.param(VI, "BÌNH LUẬN -", id="vi-binh-luan"),
    ],
)
def test_a_story_kind_in_capitals_before_a_spaced_hyphen_is_no_dateline(template, lead):
    assert extract(template.format(lead=lead)).fields["dateline"] == ""


@pytest.mark.parametrize(
    ("template", "lead", "place"),
    [
        pytest.param(FR, "KOLOVANE -", "Kolovane", id="fr-place"),
        pytest.param(EN, "PORT HARLOWE -", "Port Harlowe", id="en-place"),
        pytest.param(ES, "PUERTO ALMENDRA -", "Puerto Almendra", id="es-place"),
        pytest.param(FR, "KOLOVANE –", "Kolovane", id="fr-place-en-dash"),
        pytest.param(EN, "PORT HARLOWE —", "Port Harlowe", id="en-place-em-dash"),
    ],
)
def test_a_place_in_capitals_stays_the_dateline(template, lead, place):
    assert extract(template.format(lead=lead)).fields["dateline"].lower() == place.lower()
