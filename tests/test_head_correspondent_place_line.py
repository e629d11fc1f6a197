"""French and Spanish papers print the place a reporter filed from as a line of its own in the
head, with the reporter's role and no name ("Juba envoyé spécial", "Goma, envoyée spéciale",
"Bamako, correspondance", "De notre envoyé spécial à Juba", "Enviado especial a Beirut"): the
place is the story's dateline. Main read no dateline there, and took a line printed alone on
top of the text for its headline. A writer's name with the role stays a byline, and a role with
no place the gazetteer knows names no dateline.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract


@pytest.mark.parametrize(("language", "line", "place"), [
    pytest.param("fr", "Juba envoyé spécial", "Juba", id="fr-place-role"),
    pytest.param("fr", "Goma, envoyée spéciale", "Goma", id="fr-place-comma-role"),
    pytest.param("fr", "Bamako, correspondance", "Bamako", id="fr-correspondance"),
    pytest.param("fr", "Bangui (Centrafrique), envoyé spécial", "Bangui", id="fr-place-country"),
    pytest.param("fr", "De notre envoyé spécial à Juba", "Juba", id="fr-de-notre"),
    pytest.param("fr", "Par notre correspondante à Bamako", "Bamako", id="fr-par-notre"),
    pytest.param("es", "Enviado especial a Beirut", "Beirut", id="es-enviado"),
    pytest.param("es", "Beirut, corresponsal", "Beirut", id="es-place-role"),
])
@pytest.mark.parametrize("headline", [True, False])
def test_role_line_gives_the_dateline(language, line, place, headline):
    rows = ([_HEAD[language], ""] if headline else []) + [line, "", _LEAD[language], "", _MORE[language]]
    fields = extract("\n".join(rows)).fields
    assert fields["dateline"] == place
    assert fields["title"] != line


@pytest.mark.parametrize("line", [
    # (must not change) a writer's name with the role is the byline; a role alone names no place
    pytest.param("Jean Dupont, envoyé spécial", id="named-writer"),
    pytest.param("Notre envoyé spécial", id="no-place"),
])
def test_no_place_no_dateline(line):
    rows = [_HEAD["fr"], "", line, "", _LEAD["fr"], "", _MORE["fr"]]
    assert extract("\n".join(rows)).fields["dateline"] in ("", None)
