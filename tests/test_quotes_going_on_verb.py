"""Quotes in French: "poursuivre" goes on speaking only with the words it goes on with (a
quotation closed before it, one opening after it, a clause): "« ... », poursuit-il", "Il
poursuit : « ... »" report; "l'armée poursuit ses opérations", "la mission a poursuivi ses
patrouilles" go on with a thing done and are no quote (quotes.yaml
verbs_needing_complement); the plural too ("« ... », poursuivent les officiers"). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from quotecases import speakers_of

NAMED = "Le colonel Jean Kasongo a visité le camp de Bunia mardi.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("L'armée, en appui avec la Monusco, poursuit sans relâche ses opérations contre les miliciens.",
                     id="present-object"),
        pytest.param("La Minusca a poursuivi ses patrouilles autour de Bria pendant toute la semaine.", id="perfect-object"),
        pytest.param("Les casques bleus poursuivent leurs patrouilles autour de Bria chaque nuit.", id="plural-present-object"),
        pytest.param("Les casques bleus ont poursuivi les miliciens jusqu'aux collines de Bria.", id="plural-perfect-object"),
    ],
)
def test_going_on_with_a_thing_done_is_no_quote(text):
    assert speakers_of("fr", text, text[-25:]) == []


@pytest.mark.parametrize(
    "text, says",
    [
        pytest.param(NAMED + "« Les patrouilles reprendront jeudi », poursuit-il.", "reprendront jeudi", id="closed-before"),
        pytest.param(NAMED + "Il poursuit : « Les patrouilles reprendront jeudi ».", "reprendront jeudi", id="colon-after"),
        pytest.param(NAMED + "« Les patrouilles reprendront jeudi », a poursuivi le colonel.", "reprendront jeudi",
                     id="perfect-closed-before"),
    ],
)
def test_going_on_with_words_still_reports(text, says):
    assert speakers_of("fr", text, says) == ["Jean Kasongo"]


@pytest.mark.parametrize(
    "text, says",
    [
        pytest.param("Les soldats de la paix restent à Gao.\n\n« Nous ne partirons pas », poursuivent les officiers.",
                     "ne partirons pas", id="plural-present-closed-before"),
        pytest.param("Les soldats de la paix restent à Gao.\n\n« Nous ne partirons pas », ont poursuivi les officiers.",
                     "ne partirons pas", id="plural-perfect-closed-before"),
    ],
)
def test_going_on_in_the_plural_reports_unnamed(text, says):
    assert speakers_of("fr", text, says) == [""]
