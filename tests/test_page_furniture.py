"""Page furniture around an article's text read on pages of kinds met in collected articles of
outlets the labelled corpus does not hold: sign-off lines, labelled source lines carrying a
date, agencies cited in running text. Every page here is of our own making."""

import pytest

from newsdossier.extract import copyright_holder, extract

_BODY = ("The river authority agreed on Monday to rebuild the flood wall along the old quay, a plan the "
         "town's shopkeepers had asked for since the water reached their doors last winter.\n"
         "Work starts in the spring and should last eight months, a spokeswoman for the authority told "
         "the council, which will pay a third of the cost.")


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# A writer's name alone on a line under the text's last paragraph signs it (the foot of a
# press release, a wire story, a Vietnamese paper's "initial.Name - initial.Name"); a live
# blog signs an entry off with its outlet in the possessive. A place, an organisation, a
# newspaper's name or a menu word alone there signs nothing, nor does a name with more of the
# text after it or one further down the footer.
@pytest.mark.parametrize("tail, authors, source", [
    (["Maria Kowalczyk"], ["Maria Kowalczyk"], ""),
    (["B.Lan - T.Hùng"], ["B.Lan", "T.Hùng"], ""),
    (["— Reuters' Tom Ashby"], ["Tom Ashby"], "Reuters"),
    # (must not change)
    (["United Nations"], [], ""),
    (["South Sudan"], [], ""),
    (["Related News"], [], ""),
    (["Maria Kowalczyk", "The wall will be the town's third in a century, and the first built of concrete."], [], ""),
    (["Valley Gazette"], [], ""),
    (["Share", "Home", "Sport", "Maria Kowalczyk"], [], ""),
])
def test_a_name_signing_the_text_off_is_its_writer(tail, authors, source):
    fields = extract(_page("Old quay to get a new flood wall next spring", _BODY, *tail)).fields
    assert (fields["authors"], fields["source"]) == (authors, source)


# A "Source:" line printing the outlet's name and then a day (an aggregator's stamp) gives the
# name as the source and the day as the page's date, where the page prints no other date line.
@pytest.mark.parametrize("line, source, date", [
    ("Source: Harbour Weekly March 3, 2021 09:40 UTC", "Harbour Weekly", "2021-03-03"),
    ("Nguồn: Báo Sông Hồng - 12/05/2020", "Báo Sông Hồng", "2020-05-12"),
    ("Fuente: Diario del Puerto, 4 de junio de 2019", "Diario del Puerto", "2019-06-04"),
    # (must not change) a name alone
    ("Source: Harbour Weekly", "Harbour Weekly", ""),
])
def test_a_source_line_with_a_day_gives_the_outlet_and_the_date(line, source, date):
    extraction = extract(_page("Old quay to get a new flood wall next spring", _BODY, line))
    assert (extraction.fields["source"], extraction.determined_date) == (source, date)


# Copying a page can join its caption credit, its byline and the wire dateline into one run of
# words ("... Photo ReutersBy Jane RoeNAIROBI (Reuters) - The ..."): the byline's word glued to
# a lower-case letter and a place in capitals with an agency and a dash after one still open
# lines of their own.
@pytest.mark.parametrize("opening, authors, dateline, source", [
    ("Workers on the quay. REUTERS/Ann Lee ReutersBy Tom AshbyHARBOURTON (Reuters) - ", ["Tom Ashby"], "Harbourton", "Reuters"),
    ("Les ouvriers sur le quai. AFP/Ann LeePar Paul MartinZIGUINCHOR (AFP) - ", ["Paul Martin"], "Ziguinchor", "Agence France-Presse"),
    # (must not change) a capitalised word inside a sentence
    ("The StandBy Power Unit ran the pumps. ", [], "", ""),
])
def test_a_byline_and_a_dateline_glued_to_the_words_before_them_are_read(opening, authors, dateline, source):
    fields = extract(_page("Old quay to get a new flood wall next spring", opening + _BODY)).fields
    assert (fields["authors"], fields["dateline"], fields["source"]) == (authors, dateline, source)


_CORPS = ("Le conseil municipal a approuvé lundi le plan de reconstruction de la digue du vieux port, "
          "une demande des commerçants depuis la dernière crue.\n"
          "Les travaux commenceront au printemps et dureront huit mois.")
_CUERPO = ("El concejo aprobó el lunes el plan para reconstruir el muro del viejo muelle, una obra que los "
           "comerciantes pedían desde la última inundación.\n"
           "Las obras empezarán en primavera y durarán ocho meses.")


# An agency the text says it is "quoted by" or "reported by" in French or Spanish ("cité par
# l'APS", "citado por EFE", "rapporté par la MAP") is the text's source, as "quoted by" is in
# English; a person or a body quoted so is no outlet.
@pytest.mark.parametrize("lines, source", [
    (["Une nouvelle digue pour le vieux port", "La mairie l'a annoncé mardi, citée par l'APS. " + _CORPS], "Agence de presse sénégalaise"),
    (["Une nouvelle digue pour le vieux port", "Le projet a été rapporté par la MAP. " + _CORPS], "Maghreb Arabe Presse"),
    (["Un muro nuevo para el viejo muelle", "La alcaldía lo anunció el martes, en un comunicado citado por EFE. " + _CUERPO], "Agencia EFE"),
    # (must not change)
    (["Une nouvelle digue pour le vieux port", "Le rapport cité par le maire date de 2019. " + _CORPS], ""),
])
def test_an_agency_quoting_the_text_in_french_or_spanish_is_its_source(lines, source):
    assert extract(_page(*lines)).fields["source"] == source


_TICKER = ("Copper prices slip as demand cools in Asia • City marathon draws record field of runners • "
           "Rail strike called off after late-night talks • Museum reopens its hall of old maps")


# A news ticker above the headline strings other stories' headlines together with bullets or
# bars, and a breadcrumb's label ("You are here:") stands before the headline: neither opens
# the text, so the headline under them is the title and the wire dateline under it is read.
@pytest.mark.parametrize("above", [
    ["Off the wire", _TICKER, "You are here:"],
    ["Dernières nouvelles", _TICKER.replace(" • ", " | "), "Vous êtes ici :"],
    [_TICKER],
])
def test_a_ticker_and_a_breadcrumb_label_above_the_headline_are_no_text(above):
    text = _page(*above, "Old quay to get a new flood wall next spring", "Xinhua, May 16, 2021",
                 "HARBOURTON, May 14 (Xinhua) -- " + _BODY)
    fields = extract(text).fields
    assert (fields["title"], fields["dateline"]) == ("Old quay to get a new flood wall next spring", "Harbourton")


# (must not change) a line of sentences parted by bullets stays text
def test_a_line_of_sentences_parted_by_bullets_stays_text():
    line = ("The wall is four metres high. • It runs for a kilometre along the quay. • "
            "It will be built of concrete. • The work starts in spring.")
    layout_text = extract(_page("Old quay to get a new flood wall next spring", _BODY, line)).body
    assert any("It runs for a kilometre along the quay." in paragraph for paragraph in layout_text)


# A page that appends its own name to its pictures' alt texts ("legend - Site") prints the
# legend bare as well: a name closing two such lines, one of them printed bare too, is the
# site's. One line so closed, or lines none of which is printed bare, name no site.
@pytest.mark.parametrize("pictures, source", [
    (["Workers on the old quay. - Harbour Online", "Workers on the old quay.",
      "The flood of last winter - Harbour Online", "The flood of last winter"], "Harbour Online"),
    (["Công nhân trên bến cảng cũ - Báo Bến Cảng", "Công nhân trên bến cảng cũ",
      "Trận lũ mùa đông năm ngoái - Báo Bến Cảng"], "Báo Bến Cảng"),
    # (must not change)
    (["Workers on the old quay. - Harbour Online", "Workers on the old quay."], ""),
    (["Workers on the old quay - Harbour Online", "The flood of last winter - Harbour Online"], ""),
])
def test_a_name_appended_to_the_legends_printed_bare_is_the_sites(pictures, source):
    text = _page("Old quay to get a new flood wall next spring", _BODY.split("\n")[0], *pictures, _BODY.split("\n")[1])
    assert extract(text).fields["source"] == source


# A two-word byline naming an agency alone ("By AFP", "Par AFP") just above the date line reads
# like a section's name; it credits the agency and names no writer ("By" is none).
@pytest.mark.parametrize("byline, authors, source", [
    ("By AFP", [], "Agence France-Presse"),
    ("Par AFP", [], "Agence France-Presse"),
    ("Por EFE", [], "Agencia EFE"),
    # (must not change)
    ("By Tom Ashby", ["Tom Ashby"], ""),
])
def test_an_agency_alone_in_a_byline_above_the_date_is_no_writer(byline, authors, source):
    fields = extract(_page("Old quay to get a new flood wall next spring", byline, "May 14, 2021", _BODY)).fields
    assert (fields["authors"], fields["source"]) == (authors, source)


# A company's form joined to its name by "&", "and" or "y" ("Harbour Press & Co.", "Diario
# del Puerto y Cía.") goes with the conjunction: the outlet is the name before them.
@pytest.mark.parametrize("footer, source", [
    ("© 2021 Harbour Press & Co. All rights reserved.", "Harbour Press"),
    ("© 2021 Diario del Puerto y Cía. Todos los derechos reservados.", "Diario del Puerto"),
    # (must not change) a name that holds "&" itself
    ("© 2021 Harbour & Hill Press. All rights reserved.", "Harbour & Hill Press"),
])
def test_a_company_form_after_an_ampersand_leaves_the_outlets_name(footer, source):
    assert extract(_page("Old quay to get a new flood wall next spring", "May 14, 2021", _BODY, footer)).fields["source"] == source


# A furniture line saying whose property the page is names its publisher as a copyright line
# does; a sentence of the text about someone's property is no such line.
@pytest.mark.parametrize("footer, source", [
    ("Property of The Harbour Ledger", "The Harbour Ledger"),
    ("This story is the property of Harbour Ledger Media. Reproduction prohibited.", "Harbour Ledger Media"),
    ("Propriété de La Gazette du Port", "La Gazette du Port"),
    ("Propiedad de El Diario del Puerto. Prohibida su reproducción.", "El Diario del Puerto"),
    # (must not change)
    ("Property of the late harbour master was sold at auction last year.", ""),
])
def test_a_property_line_names_the_publisher(footer, source):
    assert extract(_page("Old quay to get a new flood wall next spring", "May 14, 2021", _BODY, footer)).fields["source"] == source


_PARAGRAPH = "<p>" + ("The river authority agreed on Monday to rebuild the flood wall along the old quay, "
                      "a plan the town's shopkeepers had asked for since the last flood. ") * 3 + "</p>"


# A saved page whose markup declares no date of its own: a date in its frame (a footer's link
# to another story with its <time>, a footer's "last updated", a sidebar's list) is no date of
# the article's. The article's own <time> and the head's metadata still date it.
@pytest.mark.parametrize("extra, expected", [
    ('<footer><ul><li><a href="/a">Flood report <time datetime="2019-03-01">1 March 2019</time></a></li></ul></footer>', None),
    ('<footer><p>Last updated 2019-03-01</p></footer>', None),
    ('<aside><h2>Most read</h2><a href="/b">Rail strike <time datetime="2019-03-01">1 March 2019</time></a></aside>', None),
    ('<div role="contentinfo"><time datetime="2019-03-01">1 March 2019</time></div>', None),
    # (must not change)
    ('<p class="byline"><time datetime="2021-05-14">14 May 2021</time></p>', "2021-05-14"),
])
def test_a_date_in_the_page_frame_is_no_markup_date(extra, expected):
    from lxml import html

    from newsdossier.ingest.html import _markup_date

    tree = html.fromstring(f"<html><head><title>Old quay</title></head><body><article><h1>Old quay</h1>"
                           f"{_PARAGRAPH}</article>{extra}</body></html>")
    assert _markup_date(tree)[0] == expected


# A page may print its update's stamp and its publication's on one line, the update first,
# parted by a slash, a dash or a space: the publication's day is the article's date. A
# sentence naming two days stays one sentence.
@pytest.mark.parametrize("headline, stamps, body, expected", [
    ("Old quay to get a new flood wall next spring", "Last Updated: May 15, 2021 / Published: May 14, 2021", _BODY, "2021-05-14"),
    ("Une nouvelle digue pour le vieux port", "Mis à jour le 15/05/2021 - Publié le 14/05/2021", _CORPS, "2021-05-14"),
    ("Un muro nuevo para el viejo muelle", "Actualizado 15/05/2021 08:00 Publicado 14/05/2021 22:30", _CUERPO, "2021-05-14"),
    # (must not change)
    ("Old quay to get a new flood wall next spring", "Published: May 14, 2021 | Updated: May 15, 2021", _BODY, "2021-05-14"),
])
def test_an_update_stamp_before_the_publication_stamp_on_one_line(headline, stamps, body, expected):
    assert extract(_page(headline, stamps, body)).determined_date == expected


def test_a_sentence_naming_two_days_stays_whole():
    from newsdossier.segment import split_lines

    line = "Reported on 3 May 2021, updated figures on 4 May 2021 show more families have left the quay."
    assert split_lines(line) == [line]


# A section's name printed as a masthead (on the page's top and bottom menus) is no outlet,
# its words listed as menu or section words in the plural as in the singular ("Noticias
# Internacionales", "Columns") or a desk's ("News Desk").
@pytest.mark.parametrize("section, headline, body", [
    ("News Desk", "Old quay to get a new flood wall next spring", _BODY),
    ("Noticias Internacionales", "Un muro nuevo para el viejo muelle", _CUERPO),
    ("Africa Desk", "Old quay to get a new flood wall next spring", _BODY),
])
def test_a_section_name_printed_as_a_masthead_is_no_outlet(section, headline, body):
    text = _page(section, section, headline, "14/05/2021", body, section)
    assert extract(text).fields["source"] == ""


# (must not change) a newspaper's name printed as a masthead is the outlet
def test_a_newspaper_name_printed_as_a_masthead_is_the_outlet():
    text = _page("The Harbour Herald", "The Harbour Herald", "Old quay to get a new flood wall next spring", "14/05/2021", _BODY, "The Harbour Herald")
    assert extract(text).fields["source"] == "The Harbour Herald"


# A wire story's closing credit in brackets names its writers (and its translator) after a
# writer's phrase, its editors after an editor's: the writers are the authors.
@pytest.mark.parametrize("credit, authors", [
    ("(Reporting by Tom Ashby and Ann Lee in Harbourton; Writing by Ed Stone; Editing by Mary Fox)", ["Tom Ashby", "Ann Lee", "Ed Stone"]),
    ("(Rédigé par Paul Martin, version française Claire Dubois, édité par Luc Petit)", ["Paul Martin", "Claire Dubois"]),
    ("(Reportaje de Ana Gómez; Editado en español por Luis Pérez)", ["Ana Gómez"]),
    # (must not change) a bracket of another kind
    ("(The wall was last rebuilt in 1987.)", []),
])
def test_a_wire_story_closing_credit_names_its_writers(credit, authors):
    assert extract(_page("Old quay to get a new flood wall next spring", "May 14, 2021", _BODY, credit)).fields["authors"] == authors


# A byline a page writes for no person ("Par La Rédaction", "Por Redacción", "By Newsroom")
# names no author.
@pytest.mark.parametrize("byline, authors", [
    ("Par La Rédaction", []),
    ("Por Redacción", []),
    ("By Newsroom", []),
    # (must not change)
    ("By Tom Ashby", ["Tom Ashby"]),
])
def test_a_newsroom_byline_names_no_author(byline, authors):
    assert extract(_page("Old quay to get a new flood wall next spring", byline, "May 14, 2021", _BODY)).fields["authors"] == authors


# An agency's credit closing the last paragraph after a double hyphen or a dash, maybe with
# a credit's word ("-- Xinhua", "— With AFP", " - Avec AFP"), names the source.
@pytest.mark.parametrize("tail, source", [
    (" -- Xinhua", "Xinhua"),
    (" — With AFP", "Agence France-Presse"),
    (" - Avec AFP", "Agence France-Presse"),
    # (must not change) a dash inside the last sentence
    (" — and then the council", ""),
])
def test_an_agency_credit_closing_the_last_paragraph(tail, source):
    assert extract(_page("Old quay to get a new flood wall next spring", "May 14, 2021", _BODY + tail)).fields["source"] == source


# A wire dateline printed on a line of its own above the lead ("MADRID, 15 Ago. (EUROPA
# PRESS) -") gives the dateline's place and agency and the day.
@pytest.mark.parametrize("headline, line, body, dateline, source, date", [
    ("Un muro nuevo para el viejo muelle", "SEVILLA, 14 May. (EUROPA PRESS) -", _CUERPO, "Sevilla", "Europa Press", "XXXX-05-14"),
    ("Old quay to get a new flood wall next spring", "HARBOURTON, May 14, 2021 (Reuters) -", _BODY, "Harbourton", "Reuters", "2021-05-14"),
    ("Old quay to get a new flood wall next spring", "HARBOURTON (Reuters)", _BODY, "Harbourton", "Reuters", ""),
])
def test_a_dateline_alone_above_the_lead(headline, line, body, dateline, source, date):
    extraction = extract(_page(headline, line, body))
    assert (extraction.fields["dateline"], extraction.fields["source"], extraction.determined_date) == (dateline, source, date)


# A wire dateline may qualify its place in brackets before the day ("NEW YORK (Nations
# Unies), 27 octobre (Xinhua) --"): the agency is the last bracket, the place the first words.
@pytest.mark.parametrize("opening, dateline", [
    ("HARBOURTON (Ruritanie), 14 mai (Xinhua) -- ", "Harbourton"),
    ("HARBOURTON (Port Authority), May 14 (Reuters) - ", "Harbourton"),
    # (must not change)
    ("HARBOURTON (Reuters) - ", "Harbourton"),
])
def test_a_dateline_with_its_place_qualified_in_brackets(opening, dateline):
    fields = extract(_page("Old quay to get a new flood wall next spring", opening + _BODY)).fields
    assert fields["dateline"] == dateline


# A date line written year first with slashes or stops ("2021/05/14 22:30", "2021.5.14"), as
# East Asian sites and their French, Spanish and Vietnamese editions print it, dates the page;
# a season or a version number is no date.
@pytest.mark.parametrize("line, expected", [
    ("2021/05/14 22:30", "2021-05-14"),
    ("2021.5.14", "2021-05-14"),
    ("Publié le 2021/05/14", "2021-05-14"),
])
def test_a_year_first_date_line_dates_the_page(line, expected):
    assert extract(_page("Old quay to get a new flood wall next spring", line, _BODY)).determined_date == expected


@pytest.mark.parametrize("text", ["the 2020/21 season", "version 2021.5.14.3", "in 2019.5 million"])
def test_a_season_or_a_version_is_no_year_first_date(text):
    from newsdossier.dates import find_dates

    assert [d for d in find_dates(text) if d.kind == "date"] == []


# An event word after a determiner that is no object pronoun ("the attacks", "des attaques"),
# or after "les", "los" in the plural ("les attaques"), is a noun naming the happening, not a
# verb telling one: a stance taken on it ("a condamné samedi les attaques") frames it.
@pytest.mark.parametrize("sentence, language, word, verb", [
    ("Le maire a condamné samedi les attaques contre le port.", "fr", "attaques", False),
    ("La mairie a dénoncé des attaques contre le port.", "fr", "attaques", False),
    ("Le préfet a condamné ces attaques contre le port.", "fr", "attaques", False),
])
def test_an_event_word_after_a_noun_determiner_is_a_noun(sentence, language, word, verb):
    from newsdossier.events import event_words

    found = [w for w in event_words(sentence, language) if sentence[w.start:w.end].lower().endswith(word)]
    assert found and found[0].verb is verb


# An outlet printed after the byline on its part of the row ("By Jane Roe | AFP") is the
# byline's outlet: it credits the article, over the site's copyright line.
@pytest.mark.parametrize("byline, authors, source", [
    ("By Tom Ashby | AFP", ["Tom Ashby"], "Agence France-Presse"),
    ("Par Paul Martin | Reuters", ["Paul Martin"], "Reuters"),
    # (must not change) a date after the byline
    ("By Tom Ashby | May 14, 2021", ["Tom Ashby"], "Harbour Ledger"),
])
def test_an_outlet_after_the_byline_credits_the_article(byline, authors, source):
    text = _page("Old quay to get a new flood wall next spring", byline, "May 14, 2021", _BODY,
                 "© 2021 Harbour Ledger. All rights reserved.")
    fields = extract(text).fields
    assert (fields["authors"], fields["source"]) == (authors, source)


_VI_THAN = ("Ngày thứ Hai, hội đồng thành phố đã thông qua kế hoạch xây lại bức tường chắn lũ dọc bến cảng cũ, "
            "điều mà các tiểu thương đã yêu cầu từ trận lũ năm 2020.\n"
            "Bức tường được xây năm 2019, công trình mới sẽ kéo dài tám tháng, một nữ phát ngôn viên cho biết.")


# A weekday printed with a day and month and no year pins the year where the years the text
# allows hold one such day: the weekday before a day/month in figures ("Thứ Sáu, 14/5",
# "vendredi 14/5") is read with it, and a weekday after a wire dateline's place ("HARBOURTON,
# Friday, May 14 (Reuters) -") is the date's, no region's.
@pytest.mark.parametrize("headline, line, body, expected", [
    ("Bến cảng cũ sẽ có tường chắn lũ mới", "Thứ Sáu, 14/5", _VI_THAN, "2021-05-14"),
    ("Une nouvelle digue pour le vieux port", "Vendredi 14/5", _CORPS + " La digue date de 2019 et la crue de 2020.", "2021-05-14"),
    ("Old quay to get a new flood wall next spring", "HARBOURTON, Friday, May 14 (Reuters) - ",
     _BODY + " The wall was built in 2019 and damaged in 2020.", "2021-05-14"),
    # (must not change) no weekday: the year stays unknown
    ("Old quay to get a new flood wall next spring", "HARBOURTON, May 14 (Reuters) - ",
     _BODY + " The wall was built in 2019 and damaged in 2020.", "XXXX-05-14"),
])
def test_a_weekday_with_a_day_and_month_pins_the_year(headline, line, body, expected):
    import datetime

    text = _page(headline, line + body) if line.endswith("- ") else _page(headline, line, body)
    assert extract(text, today=datetime.date(2021, 12, 1)).determined_date == expected


# A date line may close with an abbreviated unit of time and its stop ("22:30 h.", "Lecture 3
# min."), and a second stamp may follow such a stop: the stop is the unit's, no sentence's.
@pytest.mark.parametrize("headline, line, body, expected", [
    ("Un muro nuevo para el viejo muelle", "14 may 2021 . 22:30 h.", _CUERPO, "2021-05-14"),
    ("Une nouvelle digue pour le vieux port", "Publié le 14 mai 2021 à 22h30 Lecture 3 min.", _CORPS, "2021-05-14"),
    ("Un muro nuevo para el viejo muelle",
     "Actualizado el 15/05/2021 a las 08:00 h. Publicado el 14/05/2021 a las 22:30 h.", _CUERPO, "2021-05-14"),
])
def test_a_date_line_closing_with_a_unit_of_time(headline, line, body, expected):
    assert extract(_page(headline, line, body)).determined_date == expected


# A date line may close with the page's reading time, its unit in full and a stop ("Lecture :
# 2 minutes.", "Lectura: 3 minutos."): the reading time is furniture, the stop no sentence's.
@pytest.mark.parametrize("headline, line, body, expected", [
    pytest.param("Une nouvelle digue pour le vieux port", "Publié le 14 mai 2021 Lecture : 2 minutes.", _CORPS,
                 "2021-05-14", id="fr-label-minutes-stop"),
    pytest.param("Un muro nuevo para el viejo muelle", "14 de mayo de 2021 Lectura: 3 minutos.", _CUERPO,
                 "2021-05-14", id="es-label-minutos-stop"),
    pytest.param("Old quay to get a new flood wall next spring", "May 14, 2021 · 4 minutes read.", _BODY,
                 "2021-05-14", id="en-minutes-read-stop"),
    pytest.param("Bến cảng cũ sẽ có tường chắn lũ mới", "14/05/2021 Thời gian đọc: 5 phút.", _VI_THAN,
                 "2021-05-14", id="vi-label-phut-stop"),
])
def test_a_date_line_closing_with_a_reading_time(headline, line, body, expected):
    assert extract(_page(headline, line, body)).determined_date == expected


# (must not change) minutes told in a sentence, with no reading label, keep it a sentence
@pytest.mark.parametrize("line", [
    pytest.param("Talks on 14 May 2021 lasted 40 minutes.", id="en-lasted-minutes"),
    pytest.param("Le 14 mai 2021 la crue dura 20 minutes.", id="fr-dura-minutes"),
])
def test_minutes_in_a_sentence_keep_it_no_date_line(line):
    from newsdossier.segment import is_date_line

    assert not is_date_line(line, strict=True)


# (must not change) a sentence with a day and a time in hours stays a sentence
def test_a_sentence_closing_with_hours_is_no_date_line():
    from newsdossier.segment import is_date_line

    assert not is_date_line("On 14 May 2021 the ceremony began at 10 h.")


# A copyright line may print the holder after "by" ("Copyright © 2021 by Example Ledger") or
# before the mark and the year ("Example Ledger © 2021"): the holder is the name alone.
@pytest.mark.parametrize("footer, source", [
    ("Copyright © 2021 by Harbour Ledger", "Harbour Ledger"),
    ("Harbour Ledger © 2021", "Harbour Ledger"),
    ("La Gazette du Port (c) 2019-2021", "La Gazette du Port"),
    # (must not change)
    ("© 2021 Harbour Ledger. All rights reserved.", "Harbour Ledger"),
])
def test_a_copyright_holder_after_by_or_before_the_mark(footer, source):
    assert extract(_page("Old quay to get a new flood wall next spring", "May 14, 2021", _BODY, footer)).fields["source"] == source


# The name before the mark opens with a capital letter: a line of lowercase words before a
# mark and a year names no holder.
@pytest.mark.parametrize("line", [
    pytest.param("the patrol returned to the camp (c) 2021", id="en-c-in-brackets"),
    pytest.param("les soldats ont quitté le port © 2019", id="fr-mark"),
    pytest.param("la misión terminó en el norte (C) 2018-2020", id="es-capital-c"),
])
def test_no_holder_before_the_mark_without_a_capital_letter(line):
    assert copyright_holder(line) is None


@pytest.mark.parametrize("line, holder", [
    pytest.param("Harbour Ledger (C) 2021", "Harbour Ledger", id="capital-c"),
    pytest.param("La Gazette du Port COPYRIGHT 2020", "La Gazette du Port", id="word-in-capitals"),
])
def test_a_holder_before_a_mark_of_any_case(line, holder):
    assert copyright_holder(line) == holder
