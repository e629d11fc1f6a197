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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("BAMAKO - Awa Traoré a visité le camp de Gao lundi. Le responsable onusien a déclaré qu'elle reviendrait en juin.",
                     "Awa Traoré", id="subject"),
        pytest.param("BAMAKO - Awa Traoré a visité le camp de Gao lundi. Elle reviendra en juin, a précisé le haut responsable onusien.",
                     "Awa Traoré", id="inverted-with-adjective"),
        pytest.param("GOMA - Pedro Ruiz visitó la base el lunes. El funcionario onusiano dijo que volvería en junio.",
                     "Pedro Ruiz", id="es-subject"),
    ],
)
def test_the_official_so_qualified_after_a_person_was_named_is_that_person(text, expected):
    """The same words after a definite article once a person has been named refer back to that
    person ("the minister said" after the minister was named: the rulebook's person referred to
    again), as "le responsable de l'ONU" does."""
    assert speakers_of(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("BAMAKO - Awa Traoré a visité le camp de Gao lundi. Des responsables onusiens ont déclaré que les blessés avaient été évacués.",
                     id="plural-after-a-person"),
        pytest.param("BAMAKO - Awa Traoré a visité le camp de Gao lundi. Un responsable onusien a déclaré que les blessés avaient été évacués.",
                     id="indefinite-after-a-person"),
    ],
)
def test_an_indefinite_or_plural_official_so_qualified_after_a_person_speaks_as_the_body(text):
    assert speakers_of(text)[-1] == "United Nations"
