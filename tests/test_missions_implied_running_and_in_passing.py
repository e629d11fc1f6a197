"""Operations implied, not named (tests/corpus/README.md `missions_inferred`): in a text of no
year, a country implies the one operation it hosts alone that still runs, though it hosted
others that ended (Lebanon: UNIFIL, not the UNOGIL of 1958; the Congo: MONUSCO, not ONUC or
MONUC); and in a text that names an operation, a country named in passing, in a sentence
that says nothing of peacekeeping, implies none of its own. Every sentence is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _missions(text: str) -> tuple[list[str], list[str]]:
    fields = extract(text).fields
    return fields["missions"], fields["missions_inferred"]


@pytest.mark.parametrize(
    "text, implied",
    [
        pytest.param("On Friday the blue helmets in southern Lebanon stayed in their shelters.", "unifil", id="en-lebanon"),
        pytest.param("Los cascos azules de la ONU en el sur de Líbano siguen en sus refugios.", "unifil", id="es-libano"),
        pytest.param("Les casques bleus en République démocratique du Congo ont quitté Bunia mardi.", "monusco", id="fr-rdc"),
        pytest.param("Lực lượng gìn giữ hòa bình LHQ và quân đội CHDC Congo mở chiến dịch mới.", "monusco", id="vi-chdc-congo"),
    ],
)
def test_no_year_implies_the_one_running_operation(text, implied):
    named, inferred = _missions(text)
    assert implied in inferred
    assert not named


@pytest.mark.parametrize(
    "text, named_id, absent",
    [
        pytest.param("UNIFIL peacekeepers patrolled near Naqoura in 2019. Fighters crossed into Syria, where the war "
                     "went on.", "unifil", "undof", id="en-syria-in-passing"),
        pytest.param("Des casques bleus de la FINUL ont été blessés en 2019. Les armes passent par la Syrie depuis "
                     "des années.", "unifil", "undof", id="fr-syrie-en-passant"),
        pytest.param("La MINUSCA a renforcé ses patrouilles en 2019. El comercio con Sudán del Sur sigue cerrado.",
                     "minusca", "unmiss", id="es-sudan-del-sur-en-passant"),
    ],
)
def test_a_country_in_passing_beside_a_named_operation_implies_nothing(text, named_id, absent):
    named, inferred = _missions(text)
    assert named_id in named
    assert absent not in inferred


def test_a_country_in_a_peacekeeping_sentence_still_implies_beside_a_named_one():
    named, inferred = _missions("UNIFIL patrolled the Blue Line in 2019. Peacekeepers in South Sudan opened a new camp.")
    assert named == ["unifil"]
    assert "unmiss" in inferred


@pytest.mark.parametrize(
    "text, implied",
    [
        pytest.param("Dakar, 3 mai 2019 - Des casques bleus tchadiens ont repoussé une attaque à Aguelhok.", "minusma",
                     id="fr-town-of-mali"),
        pytest.param("Dhaka, May 3, 2024 - Two peacekeepers were hurt by shelling near Naqoura.", "unifil",
                     id="en-town-of-lebanon"),
        pytest.param("Montevideo, 3 de mayo de 2024 - Los cascos azules uruguayos llegaron a Goma.", "monusco",
                     id="es-city-of-the-congo"),
    ],
)
def test_a_town_of_the_host_country_implies_its_operation(text, implied):
    assert implied in _missions(text)[1]


def test_a_town_outside_any_peacekeeping_context_implies_nothing():
    assert _missions("Dakar, 3 mai 2019 - Les commerçants d'Aguelhok ont rouvert le marché.")[1] == []
