"""Quotes: a person, then a comma and a title of office whose complement names a body, then
the speech verb with no comma closing the apposition: the person speaks, the body only says
whose officer they are. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Le colonel Amadou Traoré, chef d’état-major de la Force de la MINUSMA a rappelé « le rôle essentiel "
                     "des contingents africains dans la protection des civils ».", "Amadou Traoré", id="fr-le-colonel"),
        pytest.param("Phát biểu tại hội nghị, Đại sứ Nguyễn Văn Long, Trưởng phái đoàn của Việt Nam tại Liên hợp quốc "
                     "khẳng định Việt Nam sẽ tiếp tục đóng góp cho các phái bộ.", "Nguyễn Văn Long", id="vi-dai-su"),
        pytest.param("Marta Oyono, jefa de la misión de la ONU en el país dijo que los heridos fueron evacuados a la capital.",
                     "Marta Oyono", id="es-no-closing-comma"),
        pytest.param("Brigadier Ola Hansen, commander of the UNIFIL sector west said the patrols would resume on Monday.",
                     "Ola Hansen", id="en-no-closing-comma"),
    ],
)
def test_the_titled_person_speaks_not_the_body_of_the_title(text, speaker):
    assert speakers_of(text) == [speaker]


def test_a_body_coordinated_after_the_apposition_is_a_subject_too():
    """"X, head of the police, and the mission said": two subjects; the person is not taken
    for the speaker by this rule (the nearest subject is)."""
    assert speakers_of("Karl Meier, head of the police, and UNIFIL said the road was open again.") != ["Karl Meier"]
