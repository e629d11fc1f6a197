"""Quotes: a denial reports words as "denied" does ("X a démenti que...", "X a nié que...",
"X negó que...", "X desmintió que...", "X descartó que...", "X dismissed reports that...", "X rejected claims
that..."), only with what was said after it ("dismissed the commander", "rejected the plan",
"a nié les accusations", "negó las acusaciones" say nothing). Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("GAO - Le colonel Paul Mbarga a démenti que le convoi ait été attaqué près de Gao.", "Paul Mbarga", id="fr-a-dementi"),
        pytest.param("GAO - Le colonel Paul Mbarga a nié que le convoi ait été attaqué près de Gao.", "Paul Mbarga", id="fr-a-nie"),
        pytest.param("GAO - La Minusma dément que le convoi ait été attaqué près de Gao.", "MINUSMA", id="fr-dement"),
        pytest.param("GAO - El coronel Pablo Mbarga negó que el convoy fuera atacado cerca de Gao.", "Pablo Mbarga", id="es-nego"),
        pytest.param("GAO - El coronel Pablo Mbarga desmintió que el convoy fuera atacado cerca de Gao.", "Pablo Mbarga", id="es-desmintio"),
        pytest.param("GAO - La Minusma ha negado que el convoy fuera atacado cerca de Gao.", "MINUSMA", id="es-ha-negado"),
        pytest.param("GAO - El coronel Pablo Mbarga descartó que el convoy fuera atacado cerca de Gao.", "Pablo Mbarga", id="es-descarto-que"),
        pytest.param("GAO - El coronel Pablo Mbarga descartó la posibilidad de que el convoy fuera atacado cerca de Gao.",
                     "Pablo Mbarga", id="es-descarto-la-posibilidad-de-que"),
        pytest.param("GAO - La Minusma ha descartado que el convoy fuera atacado cerca de Gao.", "MINUSMA", id="es-ha-descartado"),
        pytest.param("GAO -- Colonel Ama Tetteh dismissed reports that the convoy had been attacked near Gao.", "Ama Tetteh", id="en-dismissed"),
        pytest.param("GAO -- Colonel Ama Tetteh rejected claims that the convoy had been attacked near Gao.", "Ama Tetteh", id="en-rejected"),
    ],
)
def test_a_denial_reports(text, speaker):
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("GAO -- The general dismissed the commander of the convoy after the ambush near Gao.", id="en-dismissed-someone"),
        pytest.param("GAO -- The council rejected the plan to move the convoy through Gao in March.", id="en-rejected-plan"),
        pytest.param("GAO - Le colonel Paul Mbarga a nié les accusations portées contre le convoi.", id="fr-a-nie-accusations"),
        pytest.param("GAO - El coronel Pablo Mbarga negó las acusaciones contra el convoy.", id="es-nego-acusaciones"),
        pytest.param("GAO - El coronel Pablo Mbarga descartó el plan de mover el convoy por Gao.", id="es-descarto-plan"),
        pytest.param("GAO - El coronel Pablo Mbarga descartó a dos candidatos para el convoy.", id="es-descarto-candidatos"),
    ],
)
def test_dismissing_or_rejecting_with_no_words_is_no_quote(text):
    assert speakers_of(text) == []
