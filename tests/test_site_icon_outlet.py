"""The outlet as far as the text allows: a mobile template's header copied with the page prints
the site's icon's text alternative and the site's name as one line ("Site icon Example",
"Icono del sitio Example"): the page names its own outlet there (tests/corpus/README: a site
name in the page furniture). Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_PAGES = {
    "en": ("Site icon Valley Courier", "The mission's field clinic reopens in the camp after three weeks of repairs",
           "The field clinic of the mission reopened on Thursday after three weeks of repairs to its roof, the mission said."),
    "fr": ("Icône du site Le Courrier Fluvial", "Le dispensaire de la mission rouvre dans le camp après trois semaines de travaux",
           "Le dispensaire de la mission a rouvert jeudi après trois semaines de travaux sur son toit, a annoncé la mission."),
    "es": ("Icono del sitio La Voz Ribereña", "La clínica de la misión reabre en el campamento tras tres semanas de obras",
           "La clínica de la misión reabrió el jueves tras tres semanas de obras en su techo, anunció la misión."),
}


@pytest.mark.parametrize(("language", "outlet"), [
    ("en", "Valley Courier"), ("fr", "Le Courrier Fluvial"), ("es", "La Voz Ribereña")])
def test_the_site_icons_line_names_the_pages_outlet(language, outlet):
    icon, title, lead = _PAGES[language]
    text = f"{icon}\n\n{title}\n\n{lead}\n\nPatients will be seen every morning.\n"
    assert extract(text, None).fields.get("source") == outlet


@pytest.mark.parametrize(("language", "line", "outlet"), [
    ("en", "Valley Courier logo", "Valley Courier"),
    ("en", "Logo of the Valley Courier", "Valley Courier"),
    ("fr", "Logo du Courrier Fluvial", "Courrier Fluvial"),
    ("fr", "Logo Le Courrier Fluvial", "Le Courrier Fluvial"),
    ("es", "Logo de La Voz Ribereña", "La Voz Ribereña"),
    ("es", "Logotipo La Voz Ribereña", "La Voz Ribereña"),
])
def test_the_sites_logo_line_names_the_pages_outlet(language, line, outlet):
    """A logo's text alternative copied with the header ("Example logo", "Logo de Example"),
    alone on its line, is the site naming itself."""
    _icon, title, lead = _PAGES[language]
    text = f"{line}\n\n{title}\n\n{lead}\n\nPatients will be seen every morning.\n"
    assert extract(text, None).fields.get("source") == outlet


@pytest.mark.parametrize("line", [
    # (must not change) a logo spoken of in a sentence, or an organisation's logo in a caption
    "The mission unveiled its new logo on Thursday.",
    "United Nations logo",
])
def test_a_logo_that_is_no_site_header_names_no_outlet(line):
    _icon, title, lead = _PAGES["en"]
    text = f"{title}\n\n{line}\n\n{lead}\n\nPatients will be seen every morning.\n"
    assert extract(text, None).fields.get("source") in (None, "")
