"""A site's rights line that forbids copying instead of reserving the rights ("© Le Courrier
des Lacs - Reproduction interdite", "© Diario del Puerto. Prohibida su reproducción", "© Báo
Bình Minh. Nghiêm cấm sao chép"): the site's copyright line as much as one
closing on "All rights reserved", its holder the source, with no year printed. A bare "© Jane
Roe" under a picture stays a photographer's credit. Every text here is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

BODY = {
    "en": ("Two peacekeepers hurt near the border", "Two peacekeepers were hurt when their patrol hit a mine near the border on Friday, the mission said.",
           "The mission opened an inquiry into the blast."),
    "fr": ("Deux casques bleus blessés près de la frontière", "Deux casques bleus ont été blessés vendredi quand leur patrouille a heurté une mine près de la frontière, a indiqué la mission.",
           "La mission a ouvert une enquête sur l'explosion."),
    "es": ("Dos cascos azules heridos cerca de la frontera", "Dos cascos azules resultaron heridos el viernes cuando su patrulla pisó una mina cerca de la frontera, informó la misión.",
           "La misión abrió una investigación sobre la explosión."),
    "vi": ("Hai binh sĩ gìn giữ hòa bình bị thương gần biên giới", "Hai binh sĩ gìn giữ hòa bình bị thương hôm thứ Sáu khi đội tuần tra trúng mìn gần biên giới, phái bộ cho biết.",
           "Phái bộ đã mở một cuộc điều tra về vụ nổ."),
}


@pytest.mark.parametrize(("language", "line", "outlet"), [
    pytest.param("en", "© Harbour Daily. Reproduction prohibited.", "Harbour Daily", id="en"),
    pytest.param("fr", "© Le Courrier des Lacs - Reproduction interdite", "Le Courrier des Lacs", id="fr"),
    pytest.param("fr", "© Le Courrier des Lacs. Toute reproduction interdite.", "Le Courrier des Lacs", id="fr-toute"),
    pytest.param("es", "© Diario del Puerto. Prohibida su reproducción.", "Diario del Puerto", id="es"),
    pytest.param("vi", "© Báo Bình Minh. Nghiêm cấm sao chép dưới mọi hình thức.", "Báo Bình Minh", id="vi"),
])
def test_a_copy_forbidding_line_names_the_source(language, line, outlet):
    headline, lead, second = BODY[language]
    assert extract(f"{headline}\n{lead}\n{second}\n{line}\n").fields["source"] == outlet


def test_a_bare_mark_under_the_text_stays_a_credit():
    headline, lead, second = BODY["en"]
    assert extract(f"{headline}\n{lead}\n{second}\n© Jane Roe\n").fields["source"] == ""
