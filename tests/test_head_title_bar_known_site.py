"""A page whose only headline line is its title bar, the headline then the name of an outlet the
reference knows after a bar or a dash ("Peacekeepers stay ... | Example Radio"): the headline
is the title and that outlet is the page's source, as for an outlet the reference lacks
(test_head_title_bar_site_on_headline_line). The known name is cut from the headline when the
line is read; it must not be lost there (the bar's row was once split and the name read from
the furniture; kept whole, the page had no outlet at all).

Every text is invented for the tests; the outlets are sources.yaml rows.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract


@pytest.mark.parametrize(("language", "separator", "printed", "source"), [
    pytest.param("en", " | ", "UN News", "UN News", id="en-bar"),
    pytest.param("en", " - ", "Africanews", "Africanews", id="en-dash"),
    pytest.param("fr", " | ", "Radio Okapi", "Radio Okapi", id="fr-bar"),
    pytest.param("fr", " - ", "RFI", "Radio France Internationale", id="fr-dash-short-name"),
    pytest.param("es", " | ", "El País", "El País", id="es-bar"),
    pytest.param("vi", " | ", "VnExpress", "VnExpress", id="vi-bar"),
])
def test_known_site_after_the_headline_is_the_outlet(language, separator, printed, source):
    page = "\n\n".join([_HEAD[language] + separator + printed, _LEAD[language], _MORE[language]])
    fields = extract(page).fields
    assert (fields["title"], fields["source"]) == (_HEAD[language], source)


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_bare_headline_names_no_outlet(language):
    # (must not change) no title bar: no outlet from the headline
    fields = extract("\n\n".join([_HEAD[language], _LEAD[language], _MORE[language]])).fields
    assert (fields["title"], fields["source"]) == (_HEAD[language], "")
