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
        # the "que" after the object opens a relative clause of its noun (quotes.yaml object_relatives)
        pytest.param("GAO - El coronel Pablo Mbarga descartó la opción que proponía la Minusma para Gao.", id="es-descarto-relative"),
        pytest.param("GAO - El coronel Pablo Mbarga negó las acusaciones que hizo la Minusma sobre el convoy.", id="es-nego-relative"),
    ],
)
def test_dismissing_or_rejecting_with_no_words_is_no_quote(text):
    assert speakers_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("GAO - El coronel Pablo Mbarga negó las acusaciones de que el convoy fuera atacado cerca de Gao.",
                     id="es-noun-de-que"),
        pytest.param("GAO - El coronel Pablo Mbarga negó el lunes que el convoy fuera atacado cerca de Gao.", id="es-day-then-que"),
        pytest.param("GAO - El coronel Pablo Mbarga descartó ante la prensa que el convoy fuera atacado cerca de Gao.",
                     id="es-before-the-press-que"),
    ],
)
def test_a_clause_after_a_noun_or_a_day_still_reports(text):
    """Near misses of the relative clause: "de que" after the noun, a day or a phrase of place
    between the verb and "que", report the denial."""
    assert speakers_of(text) == ["Pablo Mbarga"]
