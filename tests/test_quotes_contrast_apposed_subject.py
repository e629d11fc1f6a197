"""Quotes: two reports of one sentence joined by a conjunction of contrast are two quotes even
where the second speaker's name is set off by commas ("..., while the governor, Mary Achieng,
said...", "..., tandis que le gouverneur, Marie Achieng, a affirmé...", "..., mientras que la
gobernadora, María Achieng, afirmó..."): one apposition closing the subject is still one
subject (quotes._contrasted_reports). A clause whose commas hold more than an apposition is
not split. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("Police chief John Okello said two men were held, while the governor, Mary Achieng, said the town was calm.",
                     ["John Okello", "Mary Achieng"], id="en-title-then-name"),
        pytest.param("John Okello said two men were held, whereas Mary Achieng, the governor, said the town was calm.",
                     ["John Okello", "Mary Achieng"], id="en-name-then-title"),
        pytest.param("Le chef de la police, Jean Okello, a indiqué que deux hommes ont été arrêtés, tandis que le "
                     "gouverneur, Marie Achieng, a affirmé que la ville était calme.", ["Jean Okello", "Marie Achieng"], id="fr"),
        pytest.param("El jefe de policía, Juan Okello, dijo que dos hombres fueron detenidos, mientras que la gobernadora, "
                     "María Achieng, afirmó que la ciudad estaba tranquila.", ["Juan Okello", "María Achieng"], id="es"),
    ],
)
def test_each_contrasted_report_has_its_speaker(text, speakers):
    assert [q.speaker for q in extract(text, None).quotes] == speakers


def test_a_clause_with_an_aside_is_not_split():
    text = "John Okello said two men were held, but the town, as residents said, was calm."
    assert [q.speaker for q in extract(text, None).quotes] == ["John Okello"]
