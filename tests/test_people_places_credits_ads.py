"""Words read as people though they are none: a place whose name opens with an Arabic word
for a town's quarter or a river ("Haret ...", "Nahr ..."), the writers a wire story's closing
line credits as contributors (authors of the page, not people of the story), and an advertising
slot's label printed twice with its badge's mark glued on. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import contribution_credit


def people_of(text: str) -> list[str]:
    """The names of the people the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "person")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Drones struck Haret Mellouk before dawn, residents said.", id="en-haret"),
        pytest.param("The raid on Haret Naameh destroyed two shops.", id="en-haret-object"),
        pytest.param("Des frappes ont visé Haret Zeitoun dans la nuit de lundi.", id="fr-haret"),
        pytest.param("Los bombardeos alcanzaron Harat Jandal el martes.", id="es-harat"),
        pytest.param("The convoy crossed Nahr Qasmieh near the coast.", id="en-nahr"),
    ],
)
def test_an_arabic_quarter_or_river_word_opens_a_place_not_a_person(text):
    assert people_of(text) == []


@pytest.mark.parametrize(
    "line, names",
    [
        pytest.param("AP writer Lena Okafor in Kampala contributed to this report.", ["Lena Okafor"], id="en-one-placed"),
        pytest.param("Associated Press writer Bruno Ferraz contributed.", ["Bruno Ferraz"], id="en-one-bare"),
        pytest.param("Associated Press writers Ida Berg in Oslo and Tomas Veld in Riga contributed to this report.",
                     ["Ida Berg", "Tomas Veld"], id="en-two"),
        pytest.param("Le correspondant Marc Oyono à Douala a contribué à cet article.", ["Marc Oyono"], id="fr"),
        pytest.param("Los periodistas Rosa Ibarra y Hugo Salcedo colaboraron en esta información.",
                     ["Rosa Ibarra", "Hugo Salcedo"], id="es"),
        pytest.param("The writer Lena Okafor contributed to the relief effort by driving lorries to the camps.", None,
                     id="en-a-sentence-of-the-story"),
        pytest.param("Many writers contributed to the anthology.", None, id="en-no-name"),
    ],
)
def test_a_contributors_credit_names_its_writers(line, names):
    assert contribution_credit(line) == names


@pytest.mark.parametrize(
    "text, author",
    [
        pytest.param("Blast near market kills two\nA bomb went off near the market on Friday, police said.\n"
                     "Associated Press writer Bruno Ferraz in Lisbon contributed to this report.", "Bruno Ferraz", id="en"),
        pytest.param("Explosión cerca del mercado\nUna bomba estalló cerca del mercado el viernes, dijo la policía.\n"
                     "Los periodistas Rosa Ibarra y Hugo Salcedo colaboraron en esta información.", "Rosa Ibarra", id="es"),
    ],
)
def test_a_contributing_writer_is_an_author_not_a_person_of_the_story(text, author):
    result = extract(text, None)
    assert author in result.fields["authors"]
    assert people_of(text) == []


@pytest.mark.parametrize(
    "text, people",
    [
        pytest.param("Publicidad AiPublicidad Ai\nEl ministro Julio Arce visitó el cuartel.", ["Julio Arce"], id="es-glued-badge"),
        pytest.param("Advertisement AiAdvertisement Ai\nMinister Owen Blake visited the barracks.", ["Owen Blake"], id="en-glued-badge"),
        pytest.param("Publicité Publicité\nLe ministre Henri Lagarde a visité la caserne.", ["Henri Lagarde"], id="fr-twice"),
    ],
)
def test_an_advertising_label_repeated_is_no_person(text, people):
    assert people_of(text) == people
