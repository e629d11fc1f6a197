"""An outlet the reference does not know that signs its lead with its initials ("GD&TĐ - ",
"(HCP) - ") under a masthead printing its name: the masthead's name, whose words' initials
spell the code, is the source. A code no line of the page spells stays as printed. Every
text here is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

CASES = [
    ("en", "Harbour Courier Post", ["Home", "World"], "Peacekeepers stay in their positions in the south", "March 12, 2021", "HCP - ",
     "The peacekeeping mission said on Friday that its troops would stay in all their positions despite the warnings."),
    ("fr", "Courrier Lacustre Hebdo", ["Accueil", "Monde"], "Les casques bleus restent sur leurs positions dans le sud", "12 mars 2021", "(CLH) - ",
     "La mission de paix a annoncé vendredi que ses troupes resteraient sur toutes leurs positions malgré les avertissements."),
    ("es", "Gaceta Marina & Portuaria", ["Inicio", "Mundo"], "Los cascos azules se quedan en sus posiciones del sur", "12/03/2021", "GM&P - ",
     "La misión de paz anunció el viernes que sus tropas seguirán en todas sus posiciones pese a las advertencias."),
    ("vi", "Gió mới & Tương lai", ["Thời sự", "Thế giới"], "Lính gìn giữ hòa bình ở lại các vị trí ở miền nam", "12/03/2021 10:15", "GM&TL - ",
     "Phái bộ cho biết hôm thứ Sáu rằng lực lượng sẽ ở lại tất cả các vị trí bất chấp các cảnh báo của hai bên."),
]


def _text(masthead: str, menu: list[str], headline: str, date: str, code: str, lead: str) -> str:
    return "\n".join([masthead, *menu, headline, date, code + lead, lead]) + "\n"


@pytest.mark.parametrize(("language", "masthead", "menu", "headline", "date", "code", "lead"), CASES)
def test_the_masthead_spelling_the_code_is_the_source(language, masthead, menu, headline, date, code, lead):
    assert extract(_text(masthead, menu, headline, date, code, lead)).fields["source"] == masthead


@pytest.mark.parametrize(("language", "masthead", "menu", "headline", "date", "code", "lead"), CASES[:2])
def test_a_code_no_line_spells_stays_as_printed(language, masthead, menu, headline, date, code, lead):
    other = "Nouvelles du Jour" if language == "fr" else "Daily Wire Today"
    printed = code.strip(" ()-")
    assert extract(_text(other, menu, headline, date, code, lead)).fields["source"] == printed
