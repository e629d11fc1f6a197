"""A contact's label or an office's name printed with an e-mail address ("Media Contact
press@example.org", "Press Office" over "press@example.org", "Contacto Prensa <prensa@...>") names no
writer: no author, the line furniture (vocabulary contact_label_words, byline_desk_words). A
writer's name with the address stays the byline (test_head_byline_with_mail_on_its_line).

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract


def _page(language: str, *foot: str) -> str:
    return "\n\n".join([_HEAD[language], _LEAD[language], _MORE[language]]) + "\n\n" + "\n".join(foot)


@pytest.mark.parametrize(("language", "foot"), [
    pytest.param("en", ("Media Contact press@example.org",), id="en-one-row"),
    pytest.param("en", ("Media Contact", "press@example.org"), id="en-two-rows"),
    pytest.param("en", ("Communications Unit <news@example.org>",), id="en-unit-bracketed"),
    pytest.param("fr", ("Contact Presse", "presse@example.fr"), id="fr-two-rows"),
    pytest.param("es", ("Contacto Prensa <prensa@example.es>",), id="es-bracketed"),
])
def test_contact_label_with_a_mail_is_no_writer(language, foot):
    found = extract(_page(language, *foot))
    assert (found.fields["authors"], [para for para in found.body if "@" in para]) == ([], [])


@pytest.mark.parametrize("foot", [
    # (must not change) a writer's name with the address
    pytest.param(("Jane Roe jroe@example.org",), id="one-row"),
    pytest.param(("Jane Roe", "jroe@example.org"), id="two-rows"),
])
def test_writer_with_a_mail_stays_the_author(foot):
    assert extract(_page("en", *foot)).fields["authors"] == ["Jane Roe"]
