"""A page that prints only the day it was updated ("Updated: ...", "Mis à jour le ...",
"Actualizado el ...", "Cập nhật ...") is dated by that day as an estimate, the latest day the
article can be from: its basis is inferred, not explicit, since no publication date is
printed; a printed publication date stays explicit.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

@pytest.mark.parametrize(("language", "stamp", "date", "basis"), [
    ("en", "Updated: 9:40pm, 3 Mar, 2022", "2022-03-03", "inferred"),
    ("fr", "Mis à jour le 3 mars 2022 à 21h40", "2022-03-03", "inferred"),
    ("es", "Actualizado el 3 de marzo de 2022 a las 21:40", "2022-03-03", "inferred"),
    ("vi", "Cập nhật: 21:40 03/03/2022", "2022-03-03", "inferred"),
    # (must not change) a publication date printed
    ("en", "Published: 9:40pm, 3 Mar, 2022", "2022-03-03", "explicit"),
    ("fr", "Publié le 3 mars 2022 à 21h40", "2022-03-03", "explicit"),
])
def test_an_update_alone_dates_the_page_by_inference(language, stamp, date, basis):
    extraction = extract("\n".join([HEADLINE[language], stamp, LEAD[language], MORE[language]]))
    assert extraction.fields["date"] == date
    assert extraction.fields["date_basis"] == basis
