"""The UN Secretariat's departments under their Vietnamese names ("Cục Gìn giữ hòa bình Liên
hợp quốc", "Cục Hỗ trợ thực địa LHQ", "Cục Hoạt động hòa bình của Liên Hợp Quốc") are the
departments of organisations.yaml, not Vietnam's own peacekeeping department ("Cục Gìn giữ
hòa bình Việt Nam"). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("Ngày 5/3/2024, đoàn công tác của Cục Gìn giữ hòa bình Liên hợp quốc đã đến thăm Hà Nội.",
                     "department-of-peacekeeping-operations", id="dpko"),
        pytest.param("Ngày 5/3/2024, các chuyên gia của Cục Hỗ trợ thực địa LHQ đã kiểm tra bệnh viện.",
                     "department-of-field-support", id="dfs-lhq"),
        pytest.param("Ngày 5/3/2024, đại diện Cục Hoạt động hòa bình của Liên Hợp Quốc phát biểu tại hội nghị.",
                     "department-of-peace-operations", id="dpo-cua"),
        pytest.param("Ngày 5/3/2024, Cục Hỗ trợ hoạt động Liên hợp quốc đã gửi thêm trang thiết bị cho đơn vị.",
                     "department-of-operational-support", id="dos"),
    ],
)
def test_a_un_department_in_vietnamese_is_the_listed_department(text, body):
    actors = extract(text).fields["actors"]
    assert body in actors
    assert "vietnam-department-of-peacekeeping-operations" not in actors


def test_vietnams_own_department_stays_its_own() -> None:
    actors = extract("Ngày 5/3/2024, Cục Gìn giữ hòa bình Việt Nam tổ chức lễ xuất quân.").fields["actors"]
    assert "vietnam-department-of-peacekeeping-operations" in actors
    assert "department-of-peacekeeping-operations" not in actors
