"""A press release reposted by a news wire site prints its short headline twice: once as the
page's title, then again over the text, with the issuer's name, its motto and the kind of
release between them ("Medals Awarded" / "Harbour Defence Force" / "Media Release" / a date /
"Medals Awarded" / the text). The short line printed twice is the headline. Main skipped
headlines under four words and took the issuer's name. A short line printed once is not taken,
nor one printed twice above a headline printed once under it (a section's name: the menu, then
the section's heading).

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract

PAGES = {
    "en": ("Peacekeepers Honoured", ["Harbour Defence Force", "Media Release", "Thursday May 26, 2005"],
           "The service of the Harbour Defence Force peacekeepers will be honoured this Sunday, the International Day of Peacekeepers.",
           "The defence force has five hundred personnel deployed on missions of the United Nations, the chief of staff said."),
    "fr": ("Casques bleus honorés", ["Forces armées de l'Exemple", "Communiqué de presse", "Jeudi 26 mai 2005"],
           "Le service des casques bleus du pays sera honoré dimanche, Journée internationale des Casques bleus.",
           "Les forces armées comptent cinq cents militaires déployés dans des missions des Nations unies, a dit le chef d'état-major."),
    "es": ("Cascos azules homenajeados", ["Fuerzas Armadas del Ejemplo", "Comunicado de prensa", "Jueves 26 de mayo de 2005"],
           "El servicio de los cascos azules del país será homenajeado este domingo, Día Internacional del Personal de Paz.",
           "Las fuerzas armadas tienen quinientos efectivos desplegados en misiones de las Naciones Unidas, dijo el jefe del Estado Mayor."),
}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_short_headline_printed_twice_is_the_headline(language):
    head, between, lead, more = PAGES[language]
    text = "\n".join([head, *between, head, lead, more, more])
    assert extract(text).fields["title"] == head


@pytest.mark.parametrize("language", ["en", "fr"])
def test_short_line_printed_once_is_not_taken(language):
    # (must not change) the same page with its short title printed once, above the issuer:
    # the issuer's lines are read as before
    head, between, lead, more = PAGES[language]
    text = "\n".join([head, *between, lead, more, more])
    assert extract(text).fields["title"] != head


# A section's name or a menu item of two or three words, printed twice above the article (the
# menu, then the section's heading) and sharing a word with the lead, over a headline printed
# once: the headline printed once under it is the page's headline.
SECTIONS = [
    ("en", "Mission Updates"),
    ("en", "Peacekeeping Mission"),
    ("fr", "Mission de paix"),
    ("fr", "Troupes et mission"),
    ("es", "Misión de paz"),
    ("vi", "Phái bộ"),
    ("vi", "Lực lượng"),
]
OTHER = {"en": "Officials from the mission said talks with both sides would resume next week in the capital.",
         "fr": "Des responsables de la mission ont dit que les discussions avec les deux camps reprendraient la semaine prochaine.",
         "es": "Responsables de la misión dijeron que las conversaciones con ambas partes se reanudarán la próxima semana.",
         "vi": "Các quan chức của phái bộ cho biết các cuộc đàm phán với hai bên sẽ được nối lại vào tuần tới."}


@pytest.mark.parametrize("menu", [["Home | World | Africa"], ["Video"]])
@pytest.mark.parametrize("language,section", SECTIONS)
def test_section_printed_twice_over_a_headline_is_not_taken(language, section, menu):
    # (must not change) the short line printed twice is the section's name: the headline under it stands
    text = "\n".join([section, *menu, section, "", _HEAD[language], "", _LEAD[language], "",
                      _MORE[language], "", OTHER[language]])
    assert extract(text).fields["title"] == _HEAD[language]



@pytest.mark.parametrize("shape", ["headline, section, section", "menu, headline, tags, section, share, section"])
@pytest.mark.parametrize("language,section", SECTIONS)
def test_section_printed_twice_under_a_headline_is_not_taken(language, section, shape):
    # (must not change) the headline printed once above the section's two copies (its label,
    # then a tag) is the page's headline
    head = {"headline, section, section": [_HEAD[language], section, "", section, ""],
            "menu, headline, tags, section, share, section": ["Menu", _HEAD[language], "Tags:", section, "Share", section]}[shape]
    text = "\n".join([*head, _LEAD[language], "", _MORE[language], "", OTHER[language]])
    assert extract(text).fields["title"] == _HEAD[language]

# A section's name of four words or more printed twice above the article, its words echoed by
# the text ("Gìn giữ hòa bình", peacekeeping, as a Vietnamese site's section): it gives way to
# the headline under it that the text echoes more. Only a short headline printed twice stays
# the title where the text echoes it.
LONGER_SECTIONS = [
    ("vi", "Gìn giữ hòa bình"),
    ("vi", "Tin tức phái bộ"),
    ("vi", "Quốc phòng an ninh"),
]


@pytest.mark.parametrize("menu", [["Home | World | Africa"], ["Video"]])
@pytest.mark.parametrize("language,section", LONGER_SECTIONS)
def test_longer_section_printed_twice_gives_way_to_the_headline(language, section, menu):
    # (must not change) the headline the text echoes more is the page's, as before
    text = "\n".join([section, *menu, section, "", _HEAD[language], "", _LEAD[language], "",
                      _MORE[language]])
    assert extract(text).fields["title"] == _HEAD[language]
