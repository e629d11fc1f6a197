"""A site's footer may state its copyright with the year in place of the mark ("2021 Harbour
Daily News. All rights reserved."). The line is the site's copyright line, and the name in it
is the page's outlet. Main read the line as a paragraph of the text and credited no outlet. The
same notice with its mark was read as before, and a year alone before the phrase names no one.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import copyright_holder, extract

CASES = [
    ("en", "2021 Harbour Daily News. All rights reserved.", "Harbour Daily News"),
    ("es", "2019 Diario El Ejemplo . Todos los derechos reservados", "Diario El Ejemplo"),
    ("fr", "2018-2021 Le Petit Courrier. Tous droits réservés.", "Le Petit Courrier"),
    ("vi", "2020 Báo Ví Dụ. Bảo lưu mọi quyền.", "Báo Ví Dụ"),
]


@pytest.mark.parametrize("language,line,outlet", CASES)
def test_year_opened_copyright_line_names_the_outlet(language, line, outlet):
    text = "\n".join([_HEAD[language], _LEAD[language], _MORE[language], "Tags: ONU", line])
    assert extract(text).fields["source"] == outlet


@pytest.mark.parametrize("line,holder", [("2021 Harbour Daily News. All rights reserved.", "Harbour Daily News"),
                                         ("© 2021 Harbour Daily News. All rights reserved.", "Harbour Daily News"),
                                         ("2021. All rights reserved.", None)])
def test_copyright_holder_of_a_year_opened_line(line, holder):
    # the marked line reads as before; a year alone names no holder
    assert copyright_holder(line) == holder
