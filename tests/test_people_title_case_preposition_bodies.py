"""A preposition printed in title case ends a run of name words only where the run is a
person's name: a body's name styled in title case ("the Institute For Security Studies",
"la Fondation Pour la Recherche") keeps its preposition, its head word ("Institute",
"Fondation") or everyday words alone ("the Coalition For ...") standing before it; and a Vietnamese syllable that folds to such a preposition
("Ôn") is no preposition. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _names(text: str, kind: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == kind}


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("New York, 4 May 2022 - Analysts at the Institute For Regional Security said the mission was stretched.",
                     "Institute For Regional Security", id="en-institute-for"),
        pytest.param("New York, 4 May 2022 - The Centre For Ceasefire Dialogue hosted talks on Mali with the mission.",
                     "Centre For Ceasefire Dialogue", id="en-centre-for"),
        pytest.param("New York, 4 May 2022 - The Council On Sahel Relations published a study of MINUSMA.",
                     "Council On Sahel Relations", id="en-council-on"),
        pytest.param("Paris, 4 mai 2022 - La Fondation Pour la Recherche Sahélienne a publié un rapport sur la MINUSMA.",
                     "Fondation Pour la Recherche Sahélienne", id="fr-fondation-pour"),
        pytest.param("New York, 4 May 2022 - The Coalition For The Sahel Criminal Court urged the Council to act on Mali.",
                     "Coalition For The Sahel Criminal Court", id="en-everyday-words-for"),
        pytest.param("Madrid, 4 de mayo de 2022 - El Instituto Sobre Conflictos Armados publicó un informe sobre la MINUSMA.",
                     "Instituto Sobre Conflictos Armados", id="es-instituto-sobre"),
    ],
)
def test_a_body_styled_in_title_case_keeps_its_preposition(text, body):
    assert body in _names(text, "organisation")


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Hà Nội, 4 tháng 5 năm 2022 - Thượng tá Lê Văn Ôn đã dẫn đầu đoàn sang Nam Sudan.",
                     "Lê Văn Ôn", id="vi-on"),
        pytest.param("Hà Nội, 4 tháng 5 năm 2022 - Đại úy Trần Thị Ôn đã lên đường sang Cộng hòa Trung Phi.",
                     "Trần Thị Ôn", id="vi-thi-on"),
    ],
)
def test_a_vietnamese_syllable_folding_to_a_preposition_stays_in_the_name(text, person):
    assert person in _names(text, "person")
