"""A press release reposted by a news wire site prints its short headline twice: once as the
page's title, then again over the text, with the issuer's name, its motto and the kind of
release between them ("Medals Awarded" / "Harbour Defence Force" / "Media Release" / a date /
"Medals Awarded" / the text). The short line printed twice is the headline. Main skipped
headlines under four words and took the issuer's name. A short line printed once is read as
before.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

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
    main_like = extract("\n".join([*between, lead, more, more])).fields["title"]
    assert extract(text).fields["title"] in (head, main_like)
