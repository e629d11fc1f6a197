"""A news outlet named by the running text after an elided article ("selon l'AFP", "a rapporté
l'Agence France-Presse", "d'après l'AFP") is a party to the story, as "selon Reuters" is, and
counts among the article's organisations; the same outlet in a dateline's bracket stays a
credit. Every page here is of our own making."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def organisations(text: str) -> set[str]:
    return {f.name for f in extract(text).entities.values() if f.kind == "organisation"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Un casque bleu tué\n\nUn casque bleu a été tué mardi près de Bunia, selon l'AFP.\n\nL'enquête est ouverte.\n", id="fr-selon"),
        pytest.param("Un casque bleu tué\n\nC'est ce qu'a rapporté l'Agence France-Presse, citant un officier de la mission.\n\n"
                     "L'enquête est ouverte.\n", id="fr-a-rapporte"),
        pytest.param("Un casque bleu tué\n\nD'après l'AFP, deux soldats ont aussi été blessés.\n\nL'enquête est ouverte.\n", id="fr-d-apres"),
    ],
)
def test_an_outlet_after_an_elided_article_is_named_by_the_text(text):
    assert "Agence France-Presse" in organisations(text)


def test_the_outlet_of_a_dateline_stays_a_credit():
    text = "Un casque bleu tué\n\nBUNIA (AFP) - Un casque bleu a été tué mardi près de la ville.\n\nL'enquête est ouverte.\n"
    assert "Agence France-Presse" not in organisations(text)
