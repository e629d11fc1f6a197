"""An official or spokesperson the text does not name, qualified by a body's adjective ("un
responsable onusien", "des responsables onusiens", "un porte-parole onusien") speaks as that
body, as "un responsable de l'ONU" already does (tests/corpus/README.md: an unnamed official of
a body the text names speaks as that body). A source so qualified ("une source onusienne")
stays no one. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("BAMAKO - Les blessés ont été évacués vers Gao, a précisé un responsable onusien.", id="inverted"),
        pytest.param("BAMAKO - Un responsable onusien a précisé que les blessés avaient été évacués vers Gao.", id="subject"),
        pytest.param("BAMAKO - Les blessés ont été évacués vers Gao, a indiqué un porte-parole onusien.", id="spokesperson"),
    ],
)
def test_an_official_qualified_by_the_body_adjective_speaks_as_the_body(text):
    assert speakers_of(text) == ["United Nations"]


def test_a_source_qualified_by_the_body_adjective_stays_no_one():
    assert speakers_of("BAMAKO - Les blessés ont été évacués vers Gao, selon une source onusienne.") == [""]
