"""A headline broken over two lines whose first line ends on a word a headline may end on (a
noun, a number, a verb: "Uruguay despide a 230 soldados" / "rumbo a la misión en el Congo"),
the second opening with a small letter: no headline opens with a small letter, so the line
taken for the headline is the second half of one, and the line right above it, opening with
a capital and ending on no stop or colon, its first half (newsdossier.segment).

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import segment

SECOND = "A second paragraph follows the first one. It ends here."


@pytest.mark.parametrize(
    ("first", "second", "lead"),
    [
        pytest.param("UN force sends 300 engineers", "to rebuild bridges in the south",
                     "The mission said on Monday it was sending 300 engineers to rebuild the bridges washed away in the south.", id="en"),
        pytest.param("Le Bénin envoie 300 soldats", "au sein de la mission au Mali",
                     "Le Bénin a annoncé lundi l'envoi de 300 soldats supplémentaires au sein de la mission des Nations unies au Mali.", id="fr"),
        pytest.param("Uruguay despide a 230 soldados", "rumbo a la misión en el Congo",
                     "Unos 230 soldados uruguayos partieron el lunes rumbo a la misión de las Naciones Unidas en el Congo.", id="es"),
        pytest.param("Việt Nam cử thêm 30 y bác sĩ", "sang phái bộ ở Nam Sudan",
                     "Việt Nam đã cử thêm 30 y bác sĩ sang làm nhiệm vụ tại phái bộ Liên hợp quốc ở Nam Sudan hôm thứ Hai.", id="vi"),
        pytest.param("Uruguay despide a 230 soldados", "rumbo a la misión en el Congo",
                     "Unos 230 soldados uruguayos partieron el lunes rumbo a la misión de las Naciones Unidas en el Congo.", id="es-under-section"),
    ],
)
def test_a_headline_broken_after_a_content_word_is_read_whole(first, second, lead, request):
    furniture = "Nuestra opinión\n\n" if request.node.callspec.id.endswith("section") else ""
    page = f"{first}\n{second}\n\n{furniture}{lead}\n\n{SECOND}"
    assert segment(page).title == f"{first} {second}"


@pytest.mark.parametrize("above", [
    pytest.param("Internacional", id="a-section-name"),
    pytest.param("The mission said so.", id="a-sentence"),
    pytest.param("Opinion:", id="a-label"),
])
def test_a_line_above_a_small_letter_headline_that_reads_as_no_headline_is_not_joined(above):
    headline = "iPhone users in the mission area get a new alert service"
    page = f"{above}\n{headline}\n\nUsers of the phones in the mission area will get alerts from Monday, a spokesman said.\n\n{SECOND}"
    assert not (segment(page).title or "").startswith(above)
