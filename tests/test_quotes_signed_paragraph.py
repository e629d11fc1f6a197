"""Quotes: a paragraph of someone's own words printed with no quotation marks and no speech
verb ("We drove them out...", "On les a chassés..."), followed by a line on its own giving a
person's name then their role ("— Colonel X, commander of the sector", "Jean DUPONT,
commandant, chef des opérations"), is that person's direct quote (quotes._signed_paragraphs,
quotes.yaml first_person_words). A line that goes on as a sentence of its own, or a paragraph
where no one speaks of themselves, signs nothing. Every text is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Le commandant Dupont et ses hommes sont venus dans le village.\n\n"
                     "Partout, il y avait des miliciens. On les a chassés. Maintenant ils se cachent dans la brousse.\n\n"
                     "Jean DUPONT, commandant, chef des opérations à Bouar\n\nDans le village voisin, la même histoire se répète.",
                     "Jean DUPONT", id="fr"),
        pytest.param("The patrol reached the village at dawn.\n\n"
                     "We drove the fighters out of every house. Now they hide in the bush and we will keep looking for them.\n\n"
                     "— Colonel Paul Brand, commander of the sector\n\nIn the next village, the same story.",
                     "Paul Brand", id="en"),
        pytest.param("La patrulla llegó al pueblo al amanecer.\n\n"
                     "Expulsamos a los combatientes de cada casa. Ahora se esconden en el monte y nosotros seguiremos buscándolos.\n\n"
                     "— Coronel Pedro Gil, jefe del sector\n\nEn el pueblo vecino, la misma historia.",
                     "Pedro Gil", id="es"),
    ],
)
def test_signed_paragraph_is_the_signers_quote(text, speaker):
    quotes = extract(text, None).quotes
    assert [(q.speaker, q.kind) for q in quotes] == [(speaker, "direct")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The patrol reached the village at dawn.\n\nWe drove the fighters out of every house. Now they hide in the bush.\n\n"
                     "Colonel Paul Brand, commander of the sector, visited the camp on Monday and met the elders there.",
                     id="en-line-is-a-sentence"),
        pytest.param("The patrol reached the village at dawn.\n\nThe fighters left every house. Now they hide in the bush.\n\n"
                     "— Colonel Paul Brand, commander of the sector\n\nIn the next village, the same story.",
                     id="en-no-one-speaks-of-themselves"),
    ],
)
def test_unsigned_paragraph_is_no_quote(text):
    assert extract(text, None).quotes == []
