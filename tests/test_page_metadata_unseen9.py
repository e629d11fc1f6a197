"""Outlet and date of pages of kinds met on real pages of outlets the labelled corpus does not
hold: each case is a page of our own making (a copyright holder whose first word is an
ordinary word opening sentences; ...)."""

import pytest

from newsdossier.extract import extract
from test_page_metadata_unseen8 import _BODY, _page

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


_STAMPED_BODY = ("The port authority said the new cranes would double the number of ships the harbour can unload "
                 "each week, a change the shipping lines had asked for.\n"
                 "The cranes arrive by sea from two yards abroad and should be working before the monsoon, an "
                 "official told reporters at the quay.")


# An update stamp glued to the byline before it ("... (with inputs from agencies)Updated: April
# 7, 2020") is a line of its own. A page printing only its update is dated by it as an
# estimate (the latest day the article can be from; htmldate's original_date mode falls back
# on the markup's modified date the same way), but the update is no publication date: the
# text's own date (determined_date) stays empty, as schema.org keeps dateModified apart from
# datePublished. A publication date, where printed, always outranks the update. The estimate
# an update gives is inferred (the update's day is printed, the publication's is not); a
# printed publication date is explicit.
@pytest.mark.parametrize("stamps, estimate, basis, own", [
    (["Port CityWritten by Jane Roe (with inputs from agencies)Updated: April 07, 2020 03:49 pm IST"], "2020-04-07", "inferred", ""),
    (["Port City | Jane RoeMis à jour le: 7 avril 2020 à 15:49"], "2020-04-07", "inferred", ""),
    (["Updated: April 07, 2020 03:49 pm IST"], "2020-04-07", "inferred", ""),
    # (must not change) the publication date outranks the update
    (["Published: April 06, 2020", "Updated: April 07, 2020 03:49 pm IST"], "2020-04-06", "explicit", "2020-04-06"),
    (["Updated: April 07, 2020 03:49 pm IST", "Published: April 06, 2020"], "2020-04-06", "explicit", "2020-04-06"),
])
def test_a_page_printing_only_its_update(stamps, estimate, basis, own):
    extraction = extract(_page("Home", "Harbour doubles its cranes", *stamps, _STAMPED_BODY))
    assert (extraction.text_date[0], extraction.text_date[1], extraction.determined_date) == (estimate, basis, own)


_PAGE = """<html lang="en"><head><meta charset="utf-8"><title>Harbour doubles its cranes</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header>{above}<h1>Harbour doubles its cranes</h1>
<div class="byline"><span>By Jane Roe</span></div>{stamp}</header>
<article>{inside}<p>The port authority said the new cranes would double the number of ships the harbour can unload
each week, a change the shipping lines had asked for since the spring.</p>
<p>The cranes arrive by sea from two yards abroad and should be working before the monsoon, an official told
reporters at the quay on a grey morning.</p>
<p>Dock workers welcomed the plan but asked for training on the new machines, which lift twice the weight of the
old ones and need fewer hands.</p></article></body></html>"""


# A saved page whose date line, printed under its headline beside the byline, is left out of
# the article's text by the text extractor: the line goes back under the title, and the text
# is dated by it. Not where the page prints no such line before the text begins; nothing is
# added where the text already holds a publication date line (an update's does not count).
@pytest.mark.parametrize("above, stamp, inside, expected", [
    ("", '<div class="stamp"><span>May 3, 2021 10:00 AM</span></div>', "", "2021-05-03"),
    ("", '<p class="stamp">Publicado el 3 de mayo de 2021</p>', "", "2021-05-03"),
    # the text printing only an update: the header's publication date still outranks it
    ("", '<div class="stamp"><span>May 3, 2021 10:00 AM</span></div>', "<p>Updated: May 4, 2021</p>", "2021-05-03"),
    # (must not change) no date line after the headline, or a publication date the text prints
    ("", "", "", ""),
    ("", '<div class="stamp"><span>May 3, 2021 10:00 AM</span></div>', "<p>Published May 4, 2021</p>", "2021-05-04"),
])
def test_a_date_line_under_the_headline_left_out_of_the_text(tmp_path, above, stamp, inside, expected):
    from newsdossier.ingest import collect
    page = tmp_path / "harbour.html"
    page.write_text(_PAGE.format(above=above, stamp=stamp, inside=inside), encoding="utf-8")
    articles, _problems = collect(page)
    reading = articles[0].read()
    assert extract(reading.text, reading.known).determined_date == expected
