"""A credit line naming an outlet before a colon and the address of its page after it
("Nguồn EXTV: https://extv.example/a.htm", "Source Example Herald: https://..."), as news
aggregators credit the page they copy: the outlet named is the source, known to the
reference or not.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("Lực lượng gìn giữ hòa bình bị tấn công\nBa binh sĩ của phái bộ đã bị thương nặng trong một vụ tấn công bằng tên lửa nhằm vào căn cứ ở miền Bắc.\n"
                     "Nguồn TVXYZ: https://tvxyz.example/video/bai-viet-123.htm\n", "TVXYZ", id="vi-unknown-outlet"),
        pytest.param("Lực lượng gìn giữ hòa bình bị tấn công\nBa binh sĩ của phái bộ đã bị thương nặng trong một vụ tấn công bằng tên lửa nhằm vào căn cứ ở miền Bắc.\n"
                     "Nguồn TTXVN: https://example.test/bai-viet-456.htm\n", "Vietnam News Agency", id="vi-known-outlet"),
        pytest.param("Peacekeepers attacked in the north\nThree peacekeepers were badly wounded in a rocket attack on a base in the north of the country on Sunday.\n"
                     "Source Example Herald: https://example-herald.test/news/a.html\n", "Example Herald", id="en-unknown-outlet"),
        pytest.param("Cascos azules atacados\nTres cascos azules resultaron heridos en un ataque con cohetes contra una base en el norte del país.\n"
                     "Fuente El Diario Ejemplo: https://diarioejemplo.test/a.html\n", "El Diario Ejemplo", id="es-unknown-outlet"),
    ],
)
def test_a_credit_with_the_outlets_address_names_the_source(text, source):
    assert extract(text).fields["source"] == source
