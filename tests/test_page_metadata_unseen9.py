"""Outlet and date of pages of kinds met on real pages of outlets the labelled corpus does not
hold: each case is a page of our own making (a copyright holder whose first word is an
ordinary word opening sentences; ...)."""

import pytest

from newsdossier.extract import extract


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


_BODY = ("The river authority agreed on Monday to rebuild the flood wall along the old quay, a plan the "
         "town's shopkeepers had asked for since the water reached their doors last winter.\n"
         "Work starts in the spring and should last eight months, a spokeswoman for the authority told "
         "the council, which will pay a third of the cost.")
_HEAD = ("Home", "Business", "Old quay to get a new flood wall next spring", "May 14, 2021")


# A media company's holder name whose first words open sentences of the page ("Digital
# payments rose", "Smart tools help") is no outlet of that name: a capital opening a sentence
# is the sentence's, not a name's. A name alone on a line or inside a sentence still counts.
@pytest.mark.parametrize("furniture, expected", [
    (["Digital payments rose again this year.", "Digital wallets are now common in the town.",
      "© 2023 Digital Media Ltd. All rights reserved."], ""),
    (["Smart tools help farmers. Smart meters help too.", "Smart sensors watch the quay.",
      "© 2023 Smart Media, LLC. All rights reserved."], ""),
    # (must not change) the name alone on a line, or inside a sentence
    (["Lantern", "Stories from Lantern reporters", "Copyright 2021 Lantern Digital Inc. All rights reserved."], "Lantern"),
    (["Millions turn to Lantern to understand the news.", "Will you support Lantern's reporting?",
      "© 2022 Lantern Media, LLC. All Rights Reserved"], "Lantern"),
])
def test_a_sentence_opening_word_is_no_company_site_name(furniture, expected):
    text = _page(*_HEAD, _BODY, *furniture)
    assert extract(text).fields["source"] == expected


_RELATED = ("Más recientes", "El alcalde inaugura el nuevo puente del río",
            "Las noticias de hoy martes, 3 de marzo de 2020, en cinco minutos",
            "Los comerciantes piden más policía en el centro")
_CUERPO = ("El concejo aprobó el lunes el plan para reconstruir el muro del viejo muelle, una obra que los "
           "comerciantes del barrio pedían desde la última inundación.\n"
           "Las obras empezarán en primavera y durarán ocho meses, dijo una portavoz de la autoridad del río, "
           "que pagará un tercio del costo.")


# A day called "today" in the headline of another story the page lists (its related or latest
# stories) dates that story, not the article: it is no date of the text's own. The article's
# own sentence or title saying "today" still dates it.
@pytest.mark.parametrize("lines, expected", [
    (["Un muro nuevo para el viejo muelle", _CUERPO, *_RELATED], ""),
    (["Old quay to get a new flood wall", _BODY, "Latest stories", "The mayor opens the new bridge",
      "Your briefing for today, Tuesday 3 March 2020, in five minutes", "Shopkeepers ask for more police"], ""),
    # (must not change) the text's own sentence, or its title
    (["Un muro nuevo para el viejo muelle", "El concejo aprobó hoy martes, 3 de marzo de 2020, el plan para "
      "reconstruir el muro del viejo muelle, una obra que los comerciantes pedían desde hace años.", _CUERPO], "2020-03-03"),
    (["Las noticias de hoy martes, 3 de marzo de 2020", _CUERPO], "2020-03-03"),
])
def test_today_in_another_story_headline_is_no_date_of_the_text(lines, expected):
    assert extract(_page("Inicio", "Antioquia", *lines)).determined_date == expected
