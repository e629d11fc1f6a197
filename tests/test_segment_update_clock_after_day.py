"""A date line that prints the day and hour of publication, then an update's label with only
the update's hour ("2025-11-14 09:05 Last Updated At:11:40", "14/11/2025 08:30 - Mis à jour à
12h10"): the label opens the update's own value, so the day before it is the publication's
and the line is the page's date line, not an update's stamp. A label closing the line with
nothing after it ("14/11/2025 10:20 Cập nhật") still stamps the day before it.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract
from newsdossier.segment import publication_date_line


@pytest.mark.parametrize(("language", "stamp"), [
    pytest.param("en", "2025-11-14 09:05 Last Updated At:11:40", id="en-iso"),
    pytest.param("en", "14 Nov 2025 08:30 | Updated: 12:10", id="en-bar"),
    pytest.param("fr", "14/11/2025 08:30 - Mis à jour à 12h10", id="fr"),
    pytest.param("es", "14/11/2025 08:30 - Actualizado a las 12:10", id="es"),
    pytest.param("vi", "14/11/2025 08:30 Cập nhật lúc 12:10", id="vi"),
])
def test_the_day_before_an_update_hour_is_the_publication(language, stamp):
    assert publication_date_line(stamp)
    text = "\n".join([_HEAD[language], stamp, _LEAD[language], _MORE[language]])
    fields = extract(text).fields
    assert (fields["date"], fields["date_basis"]) == ("2025-11-14", "explicit")


@pytest.mark.parametrize("stamp", [
    # (must not change) the label closes the line: the day before it is the update's
    pytest.param("14/11/2025 10:20 Cập nhật", id="vi-closing"),
    pytest.param("Nov 14, 2025 (Updated)", id="en-closing"),
])
def test_a_closing_update_label_still_stamps_its_day(stamp):
    assert not publication_date_line(stamp)
