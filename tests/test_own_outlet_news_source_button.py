"""A button asking the reader to take the site as a news source of theirs ("Make Example your
preferred source", "Add Example as a preferred source on Google", "Convierta a Example en su
fuente de noticias", "Ajoutez Example comme source préférée") names the page's own outlet,
where the page prints that name again (its masthead, its footer), as the other phrases of
vocabulary "own_outlet_phrases" do. Every page here is of our own making."""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


def _page(language: str, masthead: str, button: str) -> str:
    return (f"{masthead}\nSections\n\n{HEADLINE[language]}\n\n{LEAD[language]}\n\n{MORE[language]}\n\n"
            f"Facebook\nTwitter\n{button}\n")


@pytest.mark.parametrize("language, masthead, button, outlet", [
    pytest.param("en", "Harbour Courier", "Make Harbour Courier your preferred source on Google", "Harbour Courier", id="en-make"),
    pytest.param("en", "Valley Ledger", "Add Valley Ledger as a preferred source on Google", "Valley Ledger", id="en-add"),
    # a name opening on its article, the next word no stop's
    pytest.param("en", "The Harbour Courier", "Make The Harbour Courier your preferred source on Google", "The Harbour Courier", id="en-article"),
    pytest.param("es", "El Faro Austral", "Convierta a El Faro Austral en su fuente de noticias", "El Faro Austral", id="es-convierta"),
    pytest.param("es", "La Voz Austral", "Agrega a La Voz Austral como tu fuente preferida en Google", "La Voz Austral", id="es-agrega"),
    pytest.param("fr", "Le Courrier Lacustre", "Ajoutez Le Courrier Lacustre comme source préférée sur Google", "Le Courrier Lacustre", id="fr-ajoutez"),
])
def test_the_outlet_a_news_source_button_names(language, masthead, button, outlet):
    assert extract(_page(language, masthead, button)).fields["source"] == outlet


@pytest.mark.parametrize("language, masthead, button", [
    # a reader's call to save a phone number: no outlet in the phrase's place
    pytest.param("es", "Noticias", "Agrega a tu celular el número de nuestra línea", id="es-phone-number"),
    # the button's name printed nowhere else on the page
    pytest.param("en", "Home", "Make Daily Example your preferred source on Google", id="en-printed-once"),
    # an article, then a stop's word: a newsletter's button, printed twice, names no outlet
    pytest.param("en", "Subscribe to The Newsletter", "Subscribe to The Newsletter", id="en-article-then-stop"),
])
def test_no_outlet_from_a_button_without_one(language, masthead, button):
    assert extract(_page(language, masthead, button)).fields["source"] in ("", None)
