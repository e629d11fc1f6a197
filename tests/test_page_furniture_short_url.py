"""A page's "Short Url" button (and its kin in other languages: "Short link", "Lien court",
"Enlace corto") printed on a line of its own under the headline is page furniture: no
writer's byline and no person of the story (tests/corpus/README.md: people named in the
article text). Main read "Short Url" as the article's author and as a person.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(("language", "button", "lead"), [
    pytest.param("en", "Short Url", "JUBA, South Sudan: Hundreds of peacekeepers left the camp on Monday.", id="en-short-url"),
    pytest.param("en", "Short URL", "JUBA, South Sudan: Hundreds of peacekeepers left the camp on Monday.", id="en-short-url-caps"),
    pytest.param("en", "Short Url", "NAIROBI, Kenya: Hundreds of police officers were leaving on Monday.", id="en-short-url-nairobi"),
])
def test_short_url_button_is_no_author_nor_person(language, button, lead):
    text = "\n".join(["Peacekeepers leave the camp", "", button, "Updated 25 June 2024", "Follow", "", lead])
    extraction = extract(text)
    people = {e.name.lower() for e in extraction.entities.values() if e.kind == "person"}
    assert button.lower() not in people
    assert button not in extraction.fields["authors"]
