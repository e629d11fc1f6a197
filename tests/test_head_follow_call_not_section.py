"""Words glued before a call to follow an outlet ("... Follow us on Example News - The
mission ...", "... Theo dõi báo trên Example - ...") are the writer's name only when they are
no site section's name, kicker, place or outlet: "Breaking News", "Live Updates", "Thời Sự",
"Dernière Minute" before the call sign nobody.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, MORE
from newsdossier.extract import extract

LEADS = {
    "en": ("Follow us on Example News", "The mission said on Friday that its troops would stay in all their positions."),
    "vi": ("Theo dõi báo trên Example", "Phái bộ cho biết hôm thứ Sáu rằng lực lượng sẽ ở lại tất cả các vị trí."),
    "fr": ("Suivez-nous sur Example Info", "La mission a annoncé vendredi que ses troupes resteraient sur leurs positions."),
    "es": ("Síguenos en Example Noticias", "La misión anunció el viernes que sus tropas seguirán en todas sus posiciones."),
}


@pytest.mark.parametrize(("language", "words"), [
    ("en", "Breaking News"),
    ("en", "Live Updates"),
    ("vi", "Thời Sự"),
    ("fr", "Dernière Minute"),
    ("es", "Última Hora"),
])
def test_a_section_or_kicker_before_a_follow_call_is_no_writer(language, words):
    call, lead = LEADS[language]
    text = "\n\n".join([HEADLINE[language], f"{words} {call} - {lead}", MORE[language]])
    assert extract(text).fields["authors"] == []


def test_a_writers_name_before_the_call_is_still_the_byline():
    call, lead = LEADS["vi"]
    text = "\n\n".join([HEADLINE["vi"], f"Lâm Ngọc {call} -{lead}", MORE["vi"]])
    assert extract(text).fields["authors"] == ["Lâm Ngọc"]
