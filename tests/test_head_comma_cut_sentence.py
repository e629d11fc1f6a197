"""A sentence cut off by a comma at its end (a copy cut the lead, or a picture's long
description runs on over the text) was taken for a headline above the text, over the
headline printed higher up. A line closing on a comma is no headline by itself; a headline
with a comma inside stays one.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import LEAD as _LEAD, page as _page
from newsdossier.extract import extract

# a headline, the page's date line, then a sentence cut off on a comma (a picture's long
# description running on into the text), then the text
CUT = {
    "en": ("New Year with the peacekeepers", "Published on 15 January 2024",
           "Visit of the Minister of Defence to the soldiers of the mission, for the New Year lunch, at the camp near the northern town,"),
    "es": ("Año nuevo con los cascos azules", "Publicado el 15 de enero de 2024",
           "Visita de la ministra de Defensa a los soldados de la misión, para el almuerzo de año nuevo, en el campamento cerca de la ciudad del norte,"),
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_sentence_cut_on_a_comma_above_the_text_is_no_headline(language):
    headline, day, cut = CUT[language]
    text = _page([headline, "Photo report", day, cut], _LEAD[language], language)
    assert extract(text).fields["title"] == headline


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_headline_with_a_comma_inside_is_still_a_headline(language):
    # (must not change) a comma inside the headline, none at its end
    headline = {"en": "Peacekeepers stay, the mission says", "fr": "Les casques bleus restent, dit la mission",
                "es": "Los cascos azules se quedan, dice la misión"}[language]
    text = _page([headline, ""], _LEAD[language], language)
    assert extract(text).fields["title"] == headline
