"""An opinion page prints the columnist's name alone on the line above the column's headline,
with no "By" ("Marta Ortega Ruiz" / "La frontera que nadie vigila" / the text): the writer,
not page furniture. Main kept the name as furniture and credited no writer. A name the text
goes on to name (the person the column is about) or a place stays out of the byline.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract

CASES = [
    ("es", "Marta Ortega Ruiz"),
    ("fr", "Jean-Marc Lefèvre"),
    ("en", "Thomas Whitfield"),
    ("es", "Opinión\n\nLuis Herrera Campos"),
]


@pytest.mark.parametrize("language,above", CASES)
def test_name_alone_above_headline_is_the_writer(language, above):
    text = "\n\n".join([above, _HEAD[language], _LEAD[language], _MORE[language]])
    fields = extract(text).fields
    assert (fields["title"], fields["authors"]) == (_HEAD[language], [above.split("\n")[-1]])


@pytest.mark.parametrize("language,above,lead", [
    # (must not change) the person the story is about, named again in the text: no writer
    ("en", "Thomas Whitfield", "Thomas Whitfield, the mission's chief, said on Friday that the troops would stay in all their positions."),
    # (must not change) a place above the headline is no writer, one opening with a word that
    # is also a given name too (the place check, not the given-name one, keeps it out)
    ("es", "Buenos Aires", None),
    ("en", "George Town", None),
    ("es", "Diego Garcia", None),
])
def test_name_of_the_story_or_place_is_no_writer(language, above, lead):
    text = "\n\n".join([above, _HEAD[language], lead or _LEAD[language], _MORE[language]])
    assert extract(text).fields["authors"] == []


@pytest.mark.parametrize("language,above,headline,lead", [
    # (must not change) the person the headline names, the text calling them by their office
    ("en", "Thomas Whitfield", "Whitfield takes command of the southern sector",
     "The new force commander arrived in the capital on Friday and will lead ten thousand troops."),
    ("fr", "Jean-Marc Lefèvre", "Lefèvre prend la tête du secteur sud",
     "Le nouveau commandant de la force est arrivé vendredi dans la capitale et dirigera dix mille soldats."),
    ("es", "Marta Ortega Ruiz", "Ortega asume el mando del sector sur",
     "La nueva comandante de la fuerza llegó el viernes a la capital y dirigirá a diez mil soldados."),
    # (must not change) a name of two surnames, the text naming the person by the first
    ("es", "Luis Herrera Campos", "El general que cruzó el desierto",
     "Herrera dirigió durante dos años a las tropas de la misión en el norte del país."),
    ("en", "Ana Pérez Gil", "The officer who crossed the desert",
     "Pérez led the mission's troops in the north of the country for two years."),
])
def test_person_the_headline_or_text_names_is_no_writer(language, above, headline, lead):
    text = "\n\n".join([above, headline, lead, _MORE[language]])
    assert extract(text).fields["authors"] == []


@pytest.mark.parametrize("language,menu,name", [
    # (must not change) a person's name ending a short menu or a list of topics above the
    # headline: the list's last item, no writer
    ("en", ["Home", "World", "Trending"], "Peter Young"),
    ("es", ["Inicio", "Política", "Mundo", "Tendencias"], "Carlos Méndez"),
    ("fr", ["Accueil", "Monde", "Afrique", "Sujets"], "Marc Lambert"),
])
def test_name_ending_a_list_above_headline_is_no_writer(language, menu, name):
    text = "\n\n".join([*menu, name, _HEAD[language], _LEAD[language], _MORE[language]])
    assert extract(text).fields["authors"] == []


@pytest.mark.parametrize("language,above", [
    # the site's name and the section's label above the columnist's name
    ("es", "El Diario del Sur\n\nOpinión\n\nMarta Ortega Ruiz"),
    ("fr", "Le Courrier du Fleuve\n\nTribune\n\nJean-Marc Lefèvre"),
])
def test_name_under_site_and_section_is_the_writer(language, above):
    text = "\n\n".join([above, _HEAD[language], _LEAD[language], _MORE[language]])
    assert extract(text).fields["authors"] == [above.split("\n")[-1]]


@pytest.mark.parametrize("language,above", [
    # the site's name, the day's date line and the section's label above the columnist's name:
    # a date line is no menu's item
    ("es", "El Diario del Sur\n\n12 de marzo de 2024\n\nOpinión\n\nMarta Ortega Ruiz"),
    ("fr", "Le Courrier du Fleuve\n\n12 mars 2024\n\nTribune\n\nJean-Marc Lefèvre"),
])
def test_date_line_above_the_name_counts_no_menu_item(language, above):
    text = "\n\n".join([above, _HEAD[language], _LEAD[language], _MORE[language]])
    assert extract(text).fields["authors"] == [above.split("\n")[-1]]
