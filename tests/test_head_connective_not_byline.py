"""A sentence opening on a byline word used as a preposition ("Por su parte, los vecinos ...",
"Par ailleurs, la mission ...", "By then, the convoy ..."), standing short on its own line
(a text cut short, a one-line paragraph), is prose, not a byline: a writer's credit names
people or an outlet, capitalised, where these phrases go on in lower case. A byline so opened
("Por Ana Gómez Ruiz", "Par la rédaction de Example", "By Jane Roe"), or by the writer's
role in lower case before the name ("Por nuestro enviado especial Luis Vargas"), is kept.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract


@pytest.mark.parametrize(("language", "line"), [
    ("es", "Por su parte, los vecinos del barrio"),
    ("es", "Por otra parte, el gobierno local"),
    ("es", "Por último, la misión recordó"),
    ("fr", "Par ailleurs, les habitants du quartier"),
    ("fr", "Par contre, le convoi"),
    ("en", "By then, the convoy had left"),
    ("es", "Por su parte, el ministro Juan Pérez"),
])
@pytest.mark.parametrize("where", ["foot", "under_lead"])
def test_a_connective_opening_a_short_line_is_no_byline(language, line, where):
    parts = [_HEAD[language], _LEAD[language], _MORE[language], line] if where == "foot" else [
        _HEAD[language], _LEAD[language], line, _MORE[language]]
    assert extract("\n".join(parts)).fields["authors"] == []


@pytest.mark.parametrize(("language", "line", "writer"), [
    ("es", "Por Ana Gómez Ruiz", "Ana Gómez Ruiz"),
    ("fr", "Par Jeanne Martin", "Jeanne Martin"),
    ("en", "By Jane Roe", "Jane Roe"),
    ("es", "Por nuestro enviado especial Luis Vargas", "Luis Vargas"),
    ("fr", "Par notre correspondante Jeanne Martin", "Jeanne Martin"),
])
def test_a_byline_under_the_headline_is_kept(language, line, writer):
    fields = extract("\n".join([_HEAD[language], line, _LEAD[language], _MORE[language]])).fields
    assert writer in fields["authors"]
