"""A label that credits the writers only with its colon ("Texto:", "Thực hiện:",
"Réalisation :") opens a byline only before names. The same words before a kicker's words
("Reportage : Au cœur du camp", "Reporting: Inside the camp") open a section's or a story's
label, no writer.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.segment import byline_match, opens_with_byline, segment

KICKERS = [
    ("fr", "Reportage : Au cœur du camp de déplacés de Bentiu"),
    ("en", "Reporting: Inside the camp at the edge of town"),
    ("es", "Reportaje: La vida en el campamento de Bentiu"),
    ("fr", "Texte : Ce que dit la résolution adoptée hier"),
    ("vi", "Thực hiện: Những ngày cuối cùng ở trại"),
]


@pytest.mark.parametrize(("language", "kicker"), KICKERS)
def test_a_colon_label_before_a_kickers_words_is_no_byline(language, kicker):
    assert byline_match(kicker) is None and not opens_with_byline(kicker)
    text = "\n\n".join([HEADLINE[language], kicker, "7/11/2024", LEAD[language], MORE[language]])
    assert segment(text).bylines == []


CREDITS = [
    ("vi", "Thực hiện: Minh Anh – Quốc Bảo", ["Minh Anh – Quốc Bảo"]),
    ("es", "Texto: Ana Gómez y Luis Ortega", ["Ana Gómez y Luis Ortega"]),
    ("fr", "Réalisation : Jean de la Croix", ["Jean de la Croix"]),
]


@pytest.mark.parametrize(("language", "credit", "names"), CREDITS)
def test_a_colon_label_before_names_is_still_a_byline(language, credit, names):
    assert byline_match(credit) is not None and opens_with_byline(credit)
    text = "\n\n".join([HEADLINE[language], credit, "7/11/2024", LEAD[language], MORE[language]])
    assert segment(text).bylines == names
