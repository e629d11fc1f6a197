"""A name no reference data lists, printed right after a noun that calls it a non-governmental
body behind a definite article ("the NGO Harbour Watch", "l'ONG Paix Durable", "la ONG Paz
Activa"; Vietnamese with no article: "tổ chức phi chính phủ Harbour Watch"), or quoted after
it ("l'ONG « The Lantern »"), is an organisation (tests/corpus/README.md: other named
organisations, non-governmental ones among them, are listed by their name). The noun alone,
or a quoted phrase after another word, names none. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def organisations(text: str) -> set[str]:
    return {f.name for f in extract(text).entities.values() if f.kind == "organisation"}


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("A survey by the NGO Harbour Watch counted 40 displaced families near the base.", "Harbour Watch", id="en-ngo"),
        pytest.param("The charity Bread Bridges sent two trucks of flour to the camp on Monday.", "Bread Bridges", id="en-charity"),
        pytest.param("Selon l’ONG Paix Durable, trois villages ont été vidés de leurs habitants.", "Paix Durable", id="fr-ong-curly"),
        pytest.param("Un rapport obtenu par l'ONG « The Lantern » décrit les exactions commises.", "The Lantern", id="fr-ong-quoted"),
        pytest.param("Según la ONG Paz Activa, los combates siguen cerca de la frontera.", "Paz Activa", id="es-ong"),
        pytest.param("Theo tổ chức phi chính phủ Harbour Watch, hơn 40 gia đình đã rời khỏi làng.", "Harbour Watch", id="vi-ngo"),
        pytest.param("A study by the think tank “Peace Ledger” found that patrols doubled.", "Peace Ledger", id="en-think-tank-quoted"),
    ],
)
def test_the_name_after_a_body_noun_is_an_organisation(text, name):
    assert name in organisations(text)


@pytest.mark.parametrize(
    "text, wrong",
    [
        pytest.param("The NGO said the \"Peace Days\" would go on despite the rain.", "Peace Days", id="en-quoted-after-verb"),
        pytest.param("La fondation « les amis » aide les familles.", "les amis", id="fr-quoted-lowercase"),
    ],
)
def test_no_body_without_the_noun_right_before(text, wrong):
    assert wrong not in organisations(text)
