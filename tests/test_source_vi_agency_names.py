"""A news agency a Vietnamese text names by its Vietnamese name ("Tân Hoa xã" for Xinhua),
credited in the lead ("Tân Hoa xã đưa tin ...", "Theo Tân Hoa xã, ..."), is the text's source,
as its name in any other language would be (sources.yaml aliases). A picture credited to it is
not the text's source.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_HEAD = "Lính gìn giữ hòa bình ở lại các vị trí ở miền nam"
_MORE = ("Phái bộ có khoảng mười nghìn binh sĩ đến từ bốn mươi quốc gia trong khu vực, và chỉ huy của phái bộ "
         "đã gặp tổng tham mưu trưởng quân đội hôm thứ Năm.")


@pytest.mark.parametrize(("lead", "source"), [
    ("Tân Hoa xã đưa tin phái bộ cho biết hôm thứ Sáu rằng lực lượng sẽ ở lại tất cả các vị trí.", "Xinhua"),
    ("Theo Tân Hoa xã, phái bộ cho biết hôm thứ Sáu rằng lực lượng sẽ ở lại tất cả các vị trí.", "Xinhua"),
    ("Hãng thông tấn Tân Hoa Xã đưa tin phái bộ cho biết hôm thứ Sáu rằng lực lượng sẽ ở lại tất cả các vị trí.", "Xinhua"),
    # (must not change) the agency credited for a picture only
    ("Phái bộ cho biết hôm thứ Sáu rằng lực lượng sẽ ở lại tất cả các vị trí. Ảnh: Tân Hoa xã", ""),
])
def test_an_agencys_vietnamese_name_credited_in_the_lead_is_the_source(lead, source):
    fields = extract("\n".join([_HEAD, lead, _MORE])).fields
    assert fields["source"] == source
