"""The UN agencies, courts, regional organisations and armed forces Vietnamese news names by
their Vietnamese names ("Tổ chức Y tế Thế giới", "Quỹ Nhi đồng Liên hợp quốc", "Tòa án Hình
sự Quốc tế", "Cộng đồng Đông Phi", "Lực lượng Phòng vệ Israel", "Phong trào 23 tháng 3") are
the bodies organisations.yaml lists, by their English names, as their French and Spanish
names already were. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

LEAD = "Hội đồng Bảo an đã nhất trí gia hạn nhiệm vụ của lực lượng gìn giữ hòa bình thêm một năm nữa. "


def organisations_of(text: str) -> list[str]:
    """The names of the organisations the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "organisation")


@pytest.mark.parametrize(
    "sentence, body",
    [
        pytest.param("Tổ chức Y tế Thế giới cảnh báo về dịch tả ở các trại tị nạn.", "World Health Organization", id="who"),
        pytest.param("Theo Quỹ Nhi đồng Liên hợp quốc, hàng nghìn trẻ em phải rời bỏ nhà cửa.", "UNICEF", id="unicef"),
        pytest.param("Tòa án Hình sự Quốc tế đã mở cuộc điều tra về các vụ tấn công.", "International Criminal Court", id="icc"),
        pytest.param("Cộng đồng Đông Phi đã triển khai lực lượng khu vực tới Goma.", "East African Community", id="eac"),
        pytest.param("Lực lượng Phòng vệ Israel thừa nhận đã nổ súng gần vị trí của phái bộ.", "Israel Defense Forces", id="idf"),
        pytest.param("Phong trào 23 tháng 3 đã kiểm soát nhiều thị trấn ở miền đông.", "March 23 Movement", id="m23"),
    ],
)
def test_a_listed_body_printed_by_its_vietnamese_name_is_found(sentence, body):
    assert body in organisations_of(LEAD + sentence)
