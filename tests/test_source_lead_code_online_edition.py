"""A Vietnamese paper's lead code for its online edition ("(NLĐO) -", "Người Lao Động Online")
and its short form ("(NLĐ) -") name the paper (sources.yaml aliases).

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

LEAD = "Phái bộ cho biết hôm thứ Sáu rằng lực lượng sẽ ở lại tất cả các vị trí bất chấp các cảnh báo của hai bên."


@pytest.mark.parametrize("code", ["(NLĐO) - ", "(NLĐO)- ", "(NLĐ) - "])
def test_the_online_editions_code_names_the_paper(code):
    text = f"Lính gìn giữ hòa bình ở lại các vị trí ở miền nam\n{code}{LEAD}\n"
    assert extract(text).fields["source"] == "Người Lao Động"
