"""A note on the writer under the article ("Jane Roe is a freelance reporter based in Juba",
"Jean Dupont – journaliste, ...") credits its author: the name is in `authors`, not among
the people the article tells of (tests/corpus/README.md). A name the body also tells of stays
a person. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _read(text: str) -> tuple[set[str], list[str]]:
    x = extract(text)
    return {f.name for f in x.entities.values() if f.kind == "person"}, x.fields["authors"]


@pytest.mark.parametrize(
    "text, writer, person",
    [
        pytest.param("Juba, 3 May 2024 - Peacekeepers repaired the road on Monday, said Colonel John Smith.\n\n"
                     "Jane Roe is a freelance reporter based in Juba.", "Jane Roe", "John Smith", id="en-is-a-reporter"),
        pytest.param("Les troupes arrivent au camp, a indiqué le colonel Marc Ledoux.\n\nThierry Dubarre\n\n"
                     "Thierry DUBARRE\nThierry Dubarre - Spécialiste en nouvelles technologies et journaliste.",
                     "Thierry Dubarre", "Marc Ledoux", id="fr-dash-signature"),
        pytest.param("Los cascos azules llegaron el lunes, dijo el coronel Pedro Salas.\n\n"
                     "Lucía Ferrer es periodista y corresponsal en Beirut.", "Lucía Ferrer", "Pedro Salas", id="es-es-periodista"),
        pytest.param("Hà Nội - Đại tá Nguyễn Văn Hùng phát biểu tại lễ.\n\nTrần Thị Mai là phóng viên thường trú tại Juba.",
                     "Trần Thị Mai", "Nguyễn Văn Hùng", id="vi-la-phong-vien"),
    ],
)
def test_writer_note_credits_the_author(text: str, writer: str, person: str) -> None:
    people, authors = _read(text)
    assert writer not in people
    assert person in people
    assert authors == [writer]


def test_writer_the_body_tells_of_stays_a_person() -> None:
    people, _authors = _read("Juba - Jane Roe, a reporter, was wounded on Monday.\n\n"
                             "Jane Roe is a freelance reporter based in Juba.")
    assert "Jane Roe" in people
