"""An outlet the reference does not know, cited by the lead after its kind word printed with a
capital ("rapporte Radio Exemple", "Según el Diario Ejemplo", "Theo Báo Ví Dụ", "According to
Radio Example"): the kind word is the name's first word, and the source is the whole name.
Printed in lower case ("selon le journal Exemple", "según el diario Ejemplo") it says what the
outlet is, and the name is the words after it.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from headcases import HEADLINE, MORE
from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)


@pytest.mark.parametrize(("language", "lead", "source"), [
    ("fr", "Les casques bleus ont reçu la médaille ce mois-ci, rapporte Radio Exemple.", "Radio Exemple"),
    ("fr", "Selon Radio Exemple, les casques bleus ont reçu la médaille ce mois-ci à Goma.", "Radio Exemple"),
    ("es", "Según el Diario Ejemplo, los cascos azules recibieron la medalla este mes en Goma.", "Diario Ejemplo"),
    ("vi", "Theo Báo Ví Dụ, lính gìn giữ hòa bình đã nhận huân chương trong tháng này tại Goma.", "Báo Ví Dụ"),
    ("en", "According to Radio Example, peacekeepers received the medal this month in Goma.", "Radio Example"),
    # (must not change) the kind word in lower case
    ("fr", "Les casques bleus ont reçu la médaille ce mois-ci, rapporte la radio Exemple.", "Exemple"),
    ("es", "Según el diario Ejemplo, los cascos azules recibieron la medalla este mes en Goma.", "Ejemplo"),
])
def test_a_capitalised_kind_word_is_part_of_the_outlets_name(language, lead, source):
    x = extract("\n\n".join([HEADLINE[language], lead, MORE[language]]), today=_TODAY)
    assert x.fields["source"] == source
