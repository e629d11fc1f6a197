"""A headline opening with a name written with a capital inside its first word ("iPhone",
"eSwatini", "al-Shabaab") opens with a small letter, yet is whole: the kicker or section's
line printed above it is no first half of it (newsdossier.segment). A headline broken in two
whose taken half opens with an ordinary small-letter word is still joined to the line above.

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import segment

SECOND = "The rest of the story follows here. It ends."


@pytest.mark.parametrize(("kicker", "headline", "lead"), [
    pytest.param("Tecnología y operaciones de paz", "iPhone avisará a los cascos azules en el Líbano",
                 "Los cascos azules en el Líbano recibirán avisos en sus teléfonos, dijo el viernes la misión.", id="es-iphone"),
    pytest.param("Crisis in the Horn", "al-Shabaab fighters attack a base of the AU mission",
                 "Fighters of the group attacked a base of the African Union mission in Somalia on Friday, officials said.", id="en-al"),
    pytest.param("Crisis in the Sahel region", "eSwatini sends 200 troops to the mission in Mozambique",
                 "The kingdom of eSwatini will send 200 troops to the mission in Mozambique, its government said on Friday.", id="en-eswatini"),
    pytest.param("Technology and peace operations", "iPhone alerts reach peacekeepers in the south of Lebanon",
                 "Peacekeepers in the south of Lebanon will get alerts on their phones, the mission said on Friday.", id="en-iphone"),
])
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["next-line", "after-a-blank"])
def test_a_headline_opening_with_a_name_takes_no_line_above(kicker, headline, lead, gap):
    page = f"{kicker}{gap}{headline}\n\n{lead}\n\n{SECOND}"
    assert segment(page).title == headline


def test_a_second_half_opening_with_a_common_word_is_still_joined():
    page = ("Le Tchad retire ses casques bleus\nde la mission au nord du Mali\n\n"
            f"Le Tchad a commencé lundi à retirer ses casques bleus de la mission au nord du Mali.\n\n{SECOND}")
    assert segment(page).title == "Le Tchad retire ses casques bleus de la mission au nord du Mali"
