"""Quotes: an accusation or blame reports what the accuser said ("X accused Y of
attacking...", "X blamed Y for the ambush", "X a accusé Y d'avoir...", "X acusó a Y de...",
"X culpó a Y de...", "X cáo buộc Y đã...", "X đổ lỗi cho Y"): the accuser speaks. A passive
("was accused of") and "the accused" name no speaker. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("BAMAKO -- MINUSMA accused armed groups of attacking the convoy near Gao on Sunday.", "MINUSMA", id="en-accused"),
        pytest.param("BAMAKO -- MINUSMA blamed armed groups for the attack on the convoy near Gao.", "MINUSMA", id="en-blamed"),
        pytest.param("BAMAKO - La Minusma a accusé les groupes armés d'avoir attaqué le convoi près de Gao.", "MINUSMA", id="fr-a-accuse"),
        pytest.param("BAMAKO - La Minusma a imputé l'attaque du convoi aux groupes armés actifs près de Gao.", "MINUSMA", id="fr-a-impute"),
        pytest.param("BAMAKO - La Minusma acusó a los grupos armados de atacar el convoy cerca de Gao.", "MINUSMA", id="es-acuso"),
        pytest.param("BAMAKO - La Minusma culpó a los grupos armados del ataque contra el convoy cerca de Gao.", "MINUSMA", id="es-culpo"),
        pytest.param("Phái bộ UNISFA cáo buộc các nhóm vũ trang đã tấn công đoàn xe gần Abyei.", "UNISFA", id="vi-cao-buoc"),
        pytest.param("Phái bộ UNISFA đổ lỗi cho các nhóm vũ trang về vụ tấn công đoàn xe gần Abyei.", "UNISFA", id="vi-do-loi-cho"),
    ],
)
def test_the_accuser_speaks(text, speaker):
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("BAMAKO -- Two soldiers were accused of looting shops near the camp in Gao.", id="en-passive"),
        pytest.param("BAMAKO -- The accused were flown to Bamako on Sunday for their trial.", id="en-the-accused"),
    ],
)
def test_no_accuser_no_quote(text):
    assert speakers_of(text) == []
