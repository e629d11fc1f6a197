"""An unlisted body whose name is proper words closed by a head word, in the English order
("the Arakan Army", "the Oromo Liberation Army", "the Nelson Mandela Foundation"), is an
organisation by that name: the head word ("Army") is not the country's armed forces left
untied, the outlet "Libération" is not met in the English word "Liberation" before a head
("Liberation Army", "Liberation Front-in-Exile"), and a name before the head makes a body
named after someone, not a fragment. A title before the name keeps it a person's business
("Colonel John Smith Army ..." names no body); the outlet printed alone is still found.
Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from actorcases import actors_of


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("The Arakan Army said it had taken the border post overnight.", "Arakan Army", id="army"),
        pytest.param("Fighters of the Oromo Liberation Army attacked the market town.", "Oromo Liberation Army", id="liberation-army"),
        pytest.param("The Karen National Liberation Army clashed with government troops near the river.",
                     "Karen National Liberation Army", id="national-liberation-army"),
        pytest.param("The Nelson Mandela Foundation said it would fund the clinic.", "Nelson Mandela Foundation", id="foundation"),
    ],
)
def test_proper_words_closed_by_a_head_word_name_the_body(text, body):
    assert actors_of(text) == ([], [body])


def test_liberation_before_a_head_is_no_outlet():
    assert "Libération" not in actors_of("Leaders of the Tigray People's Liberation Front-in-Exile met in Nairobi.")[1]


def test_the_outlet_printed_alone_is_still_found():
    assert "Libération" in actors_of("The French daily Libération reported that the minister had resigned.")[1]
