"""An opinion page prints the columnist's name alone on the line above the column's headline,
with no "By" ("Marta Ortega Ruiz" / "La frontera que nadie vigila" / the text): the writer,
not page furniture. Main kept the name as furniture and credited no writer. A name the text
goes on to name (the person the column is about) or a place stays out of the byline.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract

CASES = [
    ("es", "Marta Ortega Ruiz"),
    ("fr", "Jean-Marc Lefèvre"),
    ("en", "Thomas Whitfield"),
    ("es", "Opinión\n\nLuis Herrera Campos"),
]


@pytest.mark.parametrize("language,above", CASES)
def test_name_alone_above_headline_is_the_writer(language, above):
    text = "\n\n".join([above, _HEAD[language], _LEAD[language], _MORE[language]])
    fields = extract(text).fields
    assert (fields["title"], fields["authors"]) == (_HEAD[language], [above.split("\n")[-1]])


@pytest.mark.parametrize("language,above,lead", [
    # (must not change) the person the story is about, named again in the text: no writer
    ("en", "Thomas Whitfield", "Thomas Whitfield, the mission's chief, said on Friday that the troops would stay in all their positions."),
    # (must not change) a place above the headline is no writer
    ("es", "Buenos Aires", None),
])
def test_name_of_the_story_or_place_is_no_writer(language, above, lead):
    text = "\n\n".join([above, _HEAD[language], lead or _LEAD[language], _MORE[language]])
    assert extract(text).fields["authors"] == []
