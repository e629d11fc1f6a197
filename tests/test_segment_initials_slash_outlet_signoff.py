"""A writer's initials, a slash and the outlet, on a line of their own under the text's last
paragraph ("JR/ GuinéeMatin", "MR / El Faro del Sur"): the sign-off a site prints for its own
writer, kept when another site reposts the story. The initials are the writer (a byline of
initials, as the rulebook reads "J. P." over a date line), the outlet is the story's source.
Initials that name a body or a place ("U.N.", "ONU") sign nothing, and the same line over the
text, under a picture, is the picture's credit.

An outlet's brand written as one word with a capital inside it reads as an outlet's name
whatever accents its letters carry ("GuinéeMatin", "ÉcoSahel"), as "ExampleNews" does; a
surname's "Mc" or "Mac" ("McKenzie") and a plain capitalised word ("Hélène") do not.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract
from newsdossier.segment import reads_as_outlet_name


# a last paragraph long enough to read as running prose
_LAST = {
    "en": "Its commander met the army chief of staff on Thursday to discuss the situation along the line, the mission said in a statement.",
    "fr": "Son commandant a rencontré jeudi le chef d'état-major de l'armée pour évoquer la situation le long de la ligne, a précisé la mission.",
    "es": "Su comandante se reunió el jueves con el jefe del Estado Mayor del ejército para analizar la situación en la línea, precisó la misión.",
    "vi": "Chỉ huy của phái bộ đã gặp tổng tham mưu trưởng quân đội hôm thứ Năm để bàn về tình hình dọc đường ranh giới, phái bộ cho biết.",
}


def _page(language: str, *bottom: str) -> str:
    return "\n".join([_HEAD[language], _LEAD[language], _MORE[language], _LAST[language], *bottom])


@pytest.mark.parametrize(("language", "signoff", "source", "authors"), [
    ("fr", "JR/ GuinéeMatin", "GuinéeMatin", ["JR"]),
    ("fr", "A.B./ Le Courrier du Nord", "Le Courrier du Nord", ["A.B"]),  # (a byline's closing stop is dropped)
    ("en", "JR / Ridgeline Dispatch", "Ridgeline Dispatch", ["JR"]),
    ("es", "MR/ El Faro del Sur", "El Faro del Sur", ["MR"]),
    ("es", "MR/ ÉcoSahel", "ÉcoSahel", ["MR"]),
    ("vi", "HL/ Báo Ánh Dương", "Báo Ánh Dương", ["HL"]),
])
def test_initials_and_an_outlet_sign_the_text_off(language, signoff, source, authors):
    fields = extract(_page(language, signoff)).fields
    assert (fields["source"], fields["authors"]) == (source, authors)


@pytest.mark.parametrize(("language", "signoff"), [
    # initials that are a body's or a place's: no writer
    ("en", "U.N./ Ridgeline Dispatch"),
    ("fr", "ONU/ GuinéeMatin"),
    # a name after the slash that reads as no outlet's: nothing credited
    ("fr", "JR/ Hélène"),
])
def test_initials_of_a_body_or_no_outlet_sign_nothing(language, signoff):
    fields = extract(_page(language, signoff)).fields
    assert fields["authors"] == []


def test_the_line_under_a_picture_over_the_text_is_no_signoff():
    text = "\n".join([_HEAD["fr"], "Des casques bleus patrouillent dans les rues de la capitale.", "JR/ GuinéeMatin",
                      _LEAD["fr"], _MORE["fr"], _LAST["fr"]])
    assert extract(text).fields["authors"] == []


@pytest.mark.parametrize(("name", "reads"), [
    ("GuinéeMatin", True),
    ("ÉcoSahel", True),
    ("ExampleNews", True),
    ("RidgeTV", True),
    ("McKenzie", False),
    ("MacDonald", False),
    ("Hélène", False),
    ("GUINÉE", False),
])
def test_a_brand_with_an_inner_capital_reads_as_an_outlets_name(name, reads):
    assert reads_as_outlet_name(name) is reads
