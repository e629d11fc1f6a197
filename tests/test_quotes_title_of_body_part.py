"""Quotes: a title heading a body ("the secretary-general of the UN said", "el secretario
general del organismo mundial advirtió") is held by the person of the article introduced
with that body only when the body is not named in that person's role as the owner of
another body they head: "the president of the UN General Assembly, X" heads the Assembly and
is not "the secretary-general of the UN". A body called by its common noun after the title
("of the world body", "del organismo mundial", quotes.yaml "body_references") is the body the
title heads, as its name would be. With no one introduced with the title, the next person the
text names speaking holds it (the lead giving the head of a body, the name coming later).
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence.split()[0]) for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("The secretary-general of the UN said the mission would stay in the country.\n\n"
                     "Ana Lopes said in a statement that the raids would not go unpunished.\n\n"
                     "The president of the UN General Assembly, Paul Moreau, said he had met the wounded.",
                     ["Ana Lopes", "Ana Lopes", "Paul Moreau"], id="en"),
        pytest.param("Le secrétaire général de l'ONU a déclaré que la mission resterait dans le pays.\n\n"
                     "Ana Lopes a affirmé dans un communiqué que les raids ne resteraient pas impunis.\n\n"
                     "Le président de l'Assemblée générale de l'ONU, Paul Moreau, a dit qu'il avait rencontré les blessés.",
                     ["Ana Lopes", "Ana Lopes", "Paul Moreau"], id="fr"),
        pytest.param("El secretario general de la ONU dijo que la misión seguirá en el país.\n\n"
                     "Ana Lopes afirmó en un comunicado que los asaltos no quedarán impunes.\n\n"
                     "El presidente de la Asamblea General de la ONU, Paul Moreau, dijo que visitó a los heridos.",
                     ["Ana Lopes", "Ana Lopes", "Paul Moreau"], id="es"),
    ],
)
def test_the_head_of_a_part_does_not_hold_the_title_of_the_whole(text, speakers):
    assert [s for s, _ in speakers_of(text)] == speakers


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The raid on the UN camp may amount to a war crime, warned the secretary-general of the world body.\n\n"
                     "Ana Lopes said in a statement that the raids would not go unpunished.", id="en"),
        pytest.param("El asalto al campamento de la ONU podría ser un crimen de guerra, advirtió el secretario general del organismo mundial.\n\n"
                     "Ana Lopes afirmó en un comunicado que los asaltos no quedarán impunes.", id="es"),
    ],
)
def test_a_title_of_the_body_called_by_its_common_noun(text):
    assert [s for s, _ in speakers_of(text)] == ["Ana Lopes", "Ana Lopes"]
