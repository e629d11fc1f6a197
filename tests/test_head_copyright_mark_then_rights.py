"""A site's copyright line that prints its name first, then the mark, the year and the
rights reserved ("Harbour Daily © 2019 – All rights reserved"): the name before the mark is
the holder, and the site it names is the page's source, as for the same line without the
rights reserved ("Harbour Daily © 2019"). A picture's credit so printed names no outlet.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import copyright_holder, extract

@pytest.mark.parametrize(("language", "line", "holder"), [
    ("en", "Harbour Daily © 2019 – All rights reserved", "Harbour Daily"),
    ("en", "Harbour Daily © 2017-2019. All rights reserved.", "Harbour Daily"),
    ("fr", "KSPL/ARPA © 2018 – Tous droits réservés", "KSPL/ARPA"),
    ("es", "Brújula Sur © 2025 Todos los derechos reservados", "Brújula Sur"),
    ("vi", "Bình Minh Online © 2020 - Bảo lưu mọi quyền", "Bình Minh Online"),
])
def test_the_name_before_the_mark_and_the_rights_reserved_is_the_source(language, line, holder):
    assert copyright_holder(line) == holder
    text = "\n".join([HEADLINE[language], LEAD[language], MORE[language], line])
    assert extract(text).fields["source"] == holder


def test_a_picture_s_credit_so_printed_names_no_outlet():
    text = "\n".join([HEADLINE["en"], LEAD["en"], MORE["en"], "Photo © 2019 – All rights reserved"])
    assert extract(text).fields["source"] == ""
