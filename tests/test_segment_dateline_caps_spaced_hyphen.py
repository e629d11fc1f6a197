"""A dateline printed as a place in capitals, then a spaced hyphen, opening the lead
("KOLOVANE - Le capitaine ...", "PUERTO ALMENDRA - La ..."), is the dateline whether or not the
gazetteer knows the place, as the same capitals before a dash already are ("KINSHASA --"): the
lead reads from the capital after the hyphen, and the clause opening there is the sentence's
(a person introducing a quotation before a colon opens it). A kicker of vocabulary
headline_kickers ("EXCLUSIF - ..."), a country the gazetteer knows ("MALI - ...", the
story's kicker) or a body the reference knows by that name (a mission's or an organisation's
acronym: "MINUSMA - ...", "ONU - ...") is no such dateline.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

FR = "Les casques bleus restent sur leurs positions\n{lead} La mission de paix a annoncé mardi que ses troupes resteraient sur toutes leurs positions.\n"
EN = "Peacekeepers stay in their positions\n{lead} The peacekeeping mission said on Tuesday that its troops would stay in all their positions.\n"
ES = "Los cascos azules se quedan en sus posiciones\n{lead} La misión de paz anunció el martes que sus tropas seguirán en todas sus posiciones.\n"


@pytest.mark.parametrize(
    ("template", "lead"),
    [
        pytest.param(FR, "KOLOVANE -", id="fr-one-word"),
        pytest.param(FR, "SAINT-ALBAN-DES-BOIS -", id="fr-hyphenated"),
        pytest.param(EN, "PORT HARLOWE -", id="en-two-words"),
        pytest.param(ES, "PUERTO ALMENDRA -", id="es-two-words"),
    ],
)
def test_a_place_in_capitals_before_a_spaced_hyphen_is_the_dateline(template, lead):
    fields = extract(template.format(lead=lead)).fields
    assert fields["dateline"] and fold_words(fields["dateline"]) == fold_words(lead.rstrip(" -"))


@pytest.mark.parametrize("lead", ["EXCLUSIF -", "MALI -", "Kolovane -", "MINUSMA -", "ONU -", "UNICEF -"])
def test_no_dateline_for_a_kicker_a_country_or_ordinary_case(lead):
    assert extract(FR.format(lead=lead)).fields["dateline"] == ""


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("KOLOVANE - Le capitaine Awa Touré, porte-parole de la Police de la mission, abonde dans le même "
                     "sens : « Que ce soit à Kolovane ou à Mirabel, nous sommes là pour aider ».", "Awa Touré", id="fr"),
        pytest.param("PUERTO ALMENDRA - La capitana Ana Touré fue tajante: «Nos quedaremos en Puerto Almendra hasta el "
                     "final de las lluvias».", "Ana Touré", id="es"),
        pytest.param("PORT HARLOWE - Captain Ann Touré was blunt: \"We will stay in Port Harlowe until the rains end.\"",
                     "Ann Touré", id="en"),
    ],
)
def test_the_person_after_the_dateline_introduces_the_quotation(text, speaker):
    assert [q.speaker for q in extract(text, None).quotes] == [speaker]


def fold_words(text: str) -> str:
    return " ".join(text.replace("-", " ").lower().split())
