"""People: a compound given name printed with the hyphen (U+2010) or the non-breaking hyphen
(U+2011) a page's style sheet puts in names ("Jean\u2011Paul Kamau") is one name, read as with
the hyphen-minus: the person is found whole and speaks whole (segment reads both as "-"). Every
sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Jean\u2011Marie Kamau, the sector commander, said the roads to Jacmel were calm.", id="en-non-breaking"),
        pytest.param("Le colonel Jean\u2011Marie Kamau a déclaré que les routes de Jacmel étaient calmes.", id="fr-non-breaking"),
        pytest.param("El coronel Jean\u2010Marie Kamau dijo que las rutas de Jacmel están tranquilas.", id="es-hyphen"),
    ],
)
def test_a_name_with_a_typographic_hyphen_is_whole(text):
    extraction = extract(text, None)
    people = sorted(f.name for f in extraction.entities.values() if f.kind == "person")
    assert people == ["Jean-Marie Kamau"], people
    assert [q.speaker for q in extraction.quotes] == ["Jean-Marie Kamau"], extraction.quotes
