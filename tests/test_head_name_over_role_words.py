"""A writer's name alone under the headline, over a line printing the writer's role ("Ana
Torres" / "Reportera", "John Mensah" / "Contributing Columnist", "Practicante de
periodismo"): the name is the byline. Roles already read ("Corresponsal en Lima") stay
guards; a name over a line that is no role ("Internacional", a sentence) is no byline.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _authors(language: str, name: str, role: str):
    return extract("\n".join([HEADLINE[language], name, role, LEAD[language], MORE[language]])).fields["authors"]


@pytest.mark.parametrize(("language", "name", "role"), [
    ("es", "Ana María Torres", "Reportera"),
    ("es", "Luis Pérez Gómez", "Reportero de Política"),
    ("es", "Sara Ruiz Mora", "Practicante de periodismo"),
    ("es", "Marta Gil Soto", "Columnista invitada"),
    ("en", "John Mensah", "Contributing Columnist"),
    ("en", "Grace Owusu", "Editorial Intern"),
    ("en", "Ravi Sharma", "Photojournalist"),
    ("fr", "Marie Dupont", "Pigiste"),
    # guards: read before the change
    ("es", "Ana María Torres", "Corresponsal en Lima"),
    ("en", "John Mensah", "Staff Writer"),
])
def test_a_name_over_a_role_line_is_the_byline(language, name, role):
    assert _authors(language, name, role) == [name]


@pytest.mark.parametrize(("language", "name", "role"), [
    ("es", "Ana María Torres", "Internacional"),
    ("en", "John Mensah", "World News"),
])
def test_a_name_over_a_line_that_is_no_role_is_no_byline(language, name, role):
    assert _authors(language, name, role) == []
