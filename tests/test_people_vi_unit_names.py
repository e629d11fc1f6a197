"""A Vietnamese unit's, department's or team's name printed with its first syllables
capitalised ("Tổ Công tác", a working team; "Khoa Khám bệnh", an outpatients' department;
"Quân chủng Phòng Không - Không quân"; "Lực lượng gìn giữ hòa bình") is no person's name,
though it follows a title ("Tổ trưởng", "Điều dưỡng trưởng", "Trung úy"): the run opens with
a word that opens a body's name (vocabulary "unit_heads", "organisation_heads": tổ, khoa,
phòng, lực lượng ...), never a family name ("Đoàn", "Ban" open names: the guards). The person
named beside it is kept. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def people_of(text: str) -> list[str]:
    """The names of the people the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "person")


@pytest.mark.parametrize(
    "text, people",
    [
        pytest.param("Trung tá Đặng Văn Lâm, Tổ trưởng Tổ Công tác tại phái bộ, đã báo cáo tình hình với đoàn kiểm tra.",
                     ["Đặng Văn Lâm"], id="team-after-its-head-title"),
        pytest.param("Thiếu tá Lê Thị Hạnh hiện là Điều dưỡng trưởng Khoa Khám bệnh của Bệnh viện Quân y 175.",
                     ["Lê Thị Hạnh"], id="department-after-a-title"),
        pytest.param("Hai mươi chiến sĩ thuộc Quân chủng Phòng Không - Không quân đã tham gia buổi huấn luyện.",
                     [], id="service-branch"),
        pytest.param("Cuốn sách ghi lại lời kể của Trung úy Lực lượng gìn giữ hòa bình Vũ Minh Khang về Nam Sudan.",
                     ["Vũ Minh Khang"], id="force-after-a-rank"),
        pytest.param("Thượng tá Hồ Văn Tài, Trưởng Phòng Kế hoạch của Cục, đã trình bày báo cáo tổng kết năm.",
                     ["Hồ Văn Tài"], id="office-after-its-head-title"),
        pytest.param("Đại úy Trịnh Quốc Bảo được điều về Tiểu đoàn Bộ binh số 3 từ đầu tháng trước.",
                     ["Trịnh Quốc Bảo"], id="battalion"),
    ],
)
def test_a_vietnamese_units_name_is_no_person(text, people):
    assert people_of(text) == people


@pytest.mark.parametrize(
    "text, people",
    [
        pytest.param("Trung tá Đoàn Văn Hậu đã trao quà cho các em học sinh ở Abyei vào sáng qua.",
                     ["Đoàn Văn Hậu"], id="family-name-doan"),
        pytest.param("Thiếu tá Khoa cho biết đơn vị đã sẵn sàng lên đường vào tuần sau.",
                     ["Khoa"], id="given-name-alone-after-rank"),
        pytest.param("Đại tá Hùng đã đến thăm bệnh viện dã chiến ở Nam Sudan vào tuần trước.",
                     ["Hùng"], id="name-alone-after-rank"),
        pytest.param("Ông Phan Văn Khải, nguyên Thủ tướng, đã đến dự lễ kỷ niệm tại Hà Nội.",
                     ["Phan Văn Khải"], id="full-name"),
    ],
)
def test_names_beside_unit_words_are_kept(text, people):
    assert people_of(text) == people
