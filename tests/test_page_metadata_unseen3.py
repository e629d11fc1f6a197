"""Title, outlet and date of whole pages copied from a browser (headlines, company names, sections): each case is a
page of our own, written to the layout of a kind met on real pages of outlets the labelled
corpus does not hold (long menus above the article, quoted or question headlines, company
names in copyright lines, menu sections named like outlets)."""

import pytest

from newsdossier.extract import copyright_holder, extract
from newsdossier.segment import page_chrome, segment, split_lines


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


# A site's menus: many short lines, a few teaser headlines among them.
MENU = {
    "en": ["Home", "World", "Politics", "Business", "Sport", "Weather", "Opinion", "Video", "Podcasts",
           "Newsletters", "Contact us", "Advertise", "Harbour cranes stand idle as the dockers strike for a second week",
           "Most read", "The school choir wins the regional contest", "Subscribe", "Log in"],
    "fr": ["Accueil", "Monde", "Politique", "Économie", "Sport", "Météo", "Opinions", "Vidéos", "Podcasts",
           "Lettres d'information", "Nous contacter", "Publicité", "Les grues du port restent à l'arrêt pendant la grève des dockers",
           "Les plus lus", "La chorale du lycée remporte le concours régional", "S'abonner", "Connexion"],
    "es": ["Inicio", "Mundo", "Política", "Economía", "Deportes", "Clima", "Opinión", "Videos", "Pódcasts",
           "Boletines", "Contacto", "Publicidad", "Las grúas del puerto siguen paradas por la huelga de los estibadores",
           "Lo más leído", "El coro del liceo gana el concurso regional", "Suscríbete", "Ingresar"],
}
HEADLINE = {
    "en": "Old bridge reopens to traffic after repairs to its pillars",
    "fr": "Le vieux pont rouvre à la circulation après la réparation de ses piliers",
    "es": "El viejo puente reabre al tráfico tras la reparación de sus pilares",
}
LEAD = {
    "en": "The engineers of the town reopened the old bridge on Tuesday after three days of work on its pillars, the mayor said.",
    "fr": "Les ingénieurs de la ville ont rouvert le vieux pont mardi après trois jours de travaux sur ses piliers, a indiqué le maire.",
    "es": "Los ingenieros de la ciudad reabrieron el viejo puente el martes tras tres días de obras en sus pilares, informó el alcalde.",
}
SECOND = {
    "en": "Traffic on the bridge will stay limited to light vehicles until the end of the month, according to the council.",
    "fr": "La circulation sur le pont restera limitée aux véhicules légers jusqu'à la fin du mois, selon le conseil municipal.",
    "es": "El tráfico en el puente quedará limitado a vehículos ligeros hasta fin de mes, según el concejo municipal.",
}
DATE = {"en": "March 3, 2022", "fr": "3 mars 2022", "es": "3 de marzo de 2022"}


# The headline of a page copied whole sits under its menus, far from the top; it is the
# heading right above the article's first paragraphs, not a teaser or a menu line.
@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_the_headline_under_long_menus(lang):
    page = _page(*MENU[lang], HEADLINE[lang], DATE[lang], LEAD[lang], SECOND[lang])
    assert extract(page).fields["title"] == HEADLINE[lang]


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_the_menus_above_the_headline_are_no_text(lang):
    layout = segment(_page(*MENU[lang], HEADLINE[lang], DATE[lang], LEAD[lang], SECOND[lang]))
    assert layout.paragraphs[0] == LEAD[lang]
    assert MENU[lang][12] in layout.boilerplate


# A date printed right above the headline is still read; the teasers' headlines above it are not
# taken for the title.
def test_a_date_right_above_the_headline_is_kept():
    layout = segment(_page(*MENU["en"], DATE["en"], HEADLINE["en"], LEAD["en"], SECOND["en"]))
    assert layout.title == HEADLINE["en"]
    assert layout.metadata.get("date") == DATE["en"]


# Headlines that open with a question's or a quotation's mark, or close on a quotation.
@pytest.mark.parametrize("headline, lang", [
    ("¿Quién pagará la reparación del viejo puente de la ciudad?", "es"),
    ("«Le vieux pont tiendra encore cent ans», assure le maire de la ville", "fr"),
    ("“The old bridge will stand for another century,” says the town's mayor", "en"),
    ('Engineers reopen the old bridge and tell drivers: "slow down"', "en"),
])
def test_a_quoted_or_question_headline_under_menus(headline, lang):
    page = _page(*MENU[lang], headline, DATE[lang], LEAD[lang], SECOND[lang])
    assert extract(page).fields["title"] == headline


# A headline worded otherwise than its lead (one word in common) is still the heading
# right above the article.
def test_a_headline_sharing_one_word_with_the_lead():
    headline = "A bridge, three days of work and a relieved town"
    page = _page(*MENU["en"], headline, "By Jane Roe", DATE["en"], LEAD["en"], SECOND["en"])
    assert extract(page).fields["title"] == headline


# An abbreviation's stop ("U.S.") inside a headline does not make it running text.
def test_a_headline_with_an_abbreviation_is_no_prose():
    headline = "Old bridge in a small U.S. town reopens after repairs to all of its old stone pillars"
    lines = split_lines(_page(*MENU["en"], headline, LEAD["en"], SECOND["en"]))
    assert lines[page_chrome(lines)] == headline


# A short page (menus of a few lines) is read as it comes.
def test_a_short_page_is_read_from_its_top():
    lines = split_lines(_page("Home", "World", HEADLINE["en"], LEAD["en"], SECOND["en"]))
    assert page_chrome(lines) == 0


def _source(*lines: str) -> str | None:
    return extract(_page(*lines)).fields.get("source")


ARTICLE = ["Home", "World", "Sport", HEADLINE["en"], LEAD["en"], SECOND["en"]]


# The company that owns a site, named in its copyright line with a legal form, is not the
# outlet: nothing is named rather than the company, unless the page prints the name left
# without the form (its masthead) or that name is a newspaper's.
@pytest.mark.parametrize("footer", [
    "© 2023 Riverside Media Group. All rights reserved.",
    "Copyright © 2022 Northfield Broadcasting Inc. | All Rights Reserved",
    "© 2021 Harbourline Holdings, LLC. All rights reserved",
    "Todos los derechos reservados Editora Cordillera S.A. - Ciudad del Valle",
])
def test_a_company_in_the_copyright_line_is_no_outlet(footer):
    assert _source(*ARTICLE, footer) in (None, "")


@pytest.mark.parametrize("footer, masthead, expected", [
    ("© 2022 The Valley Courier Company. All rights reserved.", None, "The Valley Courier"),
    ("Copyright © 2022 The Lakeside Sentinel Company (Media) Limited. All Rights Reserved.", None, None),
    ("Copyright © 2022 The Lakeside Sentinel Company (Media) Limited. All Rights Reserved.", "The Lakeside Sentinel", "The Lakeside Sentinel"),
    ("© 2022 Bayview Observer / Bayview Printing Ltd", None, "Bayview Observer"),
])
def test_the_outlet_behind_a_company_name(footer, masthead, expected):
    lines = [masthead] if masthead else []
    assert (_source(*lines, *ARTICLE, footer) or None) == expected


# The stop of an abbreviation does not end the holder's name; an open licence's wording, a
# label or a date in a copyright line names no holder.
@pytest.mark.parametrize("line, expected", [
    ("© Copyright 2022 - St. Martin Gazette. A production of the island.", "St. Martin Gazette"),
    ("© 2019 - Algunos derechos reservados.", None),
    ("© 2020 - Some rights reserved.", None),
    ("© Derechos Reservados - Editor de la sección: Juana Pérez | juana@example.org", None),
    ("Copyright© 1987 - 2022. Fundado el 12 de junio de 1987.", None),
])
def test_copyright_holder_names(line, expected):
    assert copyright_holder(line) == expected


# A Spanish-language site's sections "El Mundo" (world news), "El País" (national news) and
# "El Tiempo" (the weather) in its menus are not the outlets of those names; the outlets are
# still read from a copyright line.
@pytest.mark.parametrize("section", ["El Mundo", "El País", "El Tiempo"])
def test_a_section_named_like_an_outlet(section):
    page = _page("Inicio", "Nacionales", section, "Deportes", section, HEADLINE["es"], LEAD["es"], SECOND["es"])
    assert extract(page).fields.get("source") in (None, "")


@pytest.mark.parametrize("footer, expected", [("© 2022 El Mundo. Todos los derechos reservados.", "El Mundo"),
                                              ("© EL TIEMPO 2022. Todos los derechos reservados.", "El Tiempo")])
def test_an_outlet_named_like_a_section_in_its_copyright_line(footer, expected):
    assert extract(_page(HEADLINE["es"], LEAD["es"], SECOND["es"], footer)).fields.get("source") == expected


# A site name declared with the site's tagline is cut to the name.
@pytest.mark.parametrize("declared, address, expected", [
    ("Riverside Daily | Local News, Weather, Sports | Springfield", "https://riversidedaily.example/a", "Riverside Daily"),
    ("Lakeview Online - The Largest Newsroom of the Valley", None, "Lakeview Online"),
    ("News of the Valley - The Example Press | Tell the truth", "https://www.theexamplepress.example/a", "The Example Press"),
    ("Le Journal du Lac", None, "Le Journal du Lac"),
])
def test_a_site_name_without_its_tagline(declared, address, expected):
    from newsdossier.ingest.sitename import site_keys, without_tagline

    assert without_tagline(declared, site_keys(address) if address else frozenset()) == expected


# A date line closing on a time of day's "p.m." is a date line, not a sentence.
@pytest.mark.parametrize("line", ["November 8, 2023 at 4:56 p.m.", "8 March 2022, 11:05 a.m.", "March 8, 2022 - 9:10 P.M."])
def test_a_date_line_closing_on_pm(line):
    layout = segment(_page(HEADLINE["en"], "By Jane Roe", line, LEAD["en"], SECOND["en"]))
    assert layout.metadata.get("date") == line


# "Published:Tuesday | April 26, 2022 | 9:52 PM": the weekday after the label is no date; the
# date printed after it is.
def test_a_date_label_with_a_weekday_alone():
    page = _page(HEADLINE["en"], "Published:Tuesday | April 26, 2022 | 9:52 PM", LEAD["en"], SECOND["en"])
    assert extract(page).determined_date == "2022-04-26"


# The site's header prints the day the page was seen, above its menus; the article's own
# date under its headline is the publication date.
@pytest.mark.parametrize("lang, header, own, expected", [
    ("en", "Thursday, March 10, 2022", "March 3, 2022 at 6:40 p.m.", "2022-03-03"),
    ("fr", "jeudi 10 mars 2022", "Publié le 3 mars 2022 à 18h40", "2022-03-03"),
    ("es", "Jueves, 10 de marzo de 2022", "3 de marzo de 2022 - 18:40", "2022-03-03"),
])
def test_the_header_date_above_the_menus_is_not_the_article_s(lang, header, own, expected):
    page = _page(header, *MENU[lang], HEADLINE[lang], own, LEAD[lang], SECOND[lang])
    assert extract(page).determined_date == expected


# The markup's date is the day after the one the page prints, its time in UTC in the
# morning (the page's evening west of Greenwich): the printed day is kept. A printed day
# after the markup's (a site header's today) is not; nor is the day before where the
# markup's time is local (an offset other than UTC), in the UTC afternoon, or not given.
@pytest.mark.parametrize("printed, markup, time, expected", [
    ("2023-11-08", "2023-11-09", "2023-11-09T04:30:00+0000", "2023-11-08"),
    ("2023-11-10", "2023-11-09", "2023-11-09T04:30:00+0000", "2023-11-09"),
    ("2023-11-06", "2023-11-09", "2023-11-09T04:30:00+0000", "2023-11-09"),
    ("2023-11-08", "2023-11-09", "2023-11-09T04:30:00-0500", "2023-11-09"),
    ("2023-11-08", "2023-11-09", "2023-11-09T15:30:00+0000", "2023-11-09"),
    ("2023-11-08", "2023-11-09", None, "2023-11-09"),
])
def test_a_markup_date_in_utc_a_day_after_the_printed_one(printed, markup, time, expected):
    from newsdossier.ingest.known import Known
    from newsdossier.ingest.precedence import settle_date

    known = Known()
    known.add("date", markup, "markup", "the page's date metadata")
    known.add("time", time, "markup", "the page's date metadata")
    assert settle_date((printed, "explicit", "printed: a date line"), known)[0] == expected


# The markup's time is read with its UTC offset, where it writes one.
@pytest.mark.parametrize("content, expected", [
    ("2023-11-09T04:30:00Z", ("2023-11-09", "2023-11-09T04:30:00+0000")),
    ("2023-11-09T04:30:00-05:00", ("2023-11-09", "2023-11-09T04:30:00-0500")),
    ("2023-11-09", ("2023-11-09", None)),
])
def test_the_markup_time_with_its_offset(content, expected):
    from trafilatura.utils import load_html

    from newsdossier.ingest.html import _markup_date

    tree = load_html(f'<html><head><meta property="article:published_time" content="{content}"></head><body><p>Text.</p></body></html>')
    assert _markup_date(tree) == expected


# The browser's title bar copied at the top of a whole page ("Headline - Site") names the
# site, above menus that push the headline far down.
def test_the_title_bar_above_long_menus_names_the_site():
    page = _page(f"{HEADLINE['en']} - Riverside Courier", *MENU["en"], HEADLINE["en"], DATE["en"], LEAD["en"], SECOND["en"])
    fields = extract(page).fields
    assert (fields["title"], fields["source"]) == (HEADLINE["en"], "Riverside Courier")


# A section's name in capitalised words that shares the article's place names is no headline;
# the headline under it is.
def test_a_section_name_above_the_headline_is_no_headline():
    page = _page(*MENU["en"], "Riverside & Old Town News", "Transport March 3, 2022",
                 "Old Town bridge reopens to traffic after repairs to its pillars",
                 "The engineers of Riverside reopened the Old Town bridge on Tuesday after three days of work on its pillars, the mayor said.",
                 SECOND["en"])
    assert extract(page).fields["title"] == "Old Town bridge reopens to traffic after repairs to its pillars"


# A full date printed above the headline is not replaced by a day without its year in the
# standfirst under it ("Sales open from May 2").
def test_a_day_without_year_under_the_headline_does_not_replace_the_full_date():
    page = _page(*MENU["en"], "Transport March 3, 2022", HEADLINE["en"], "Night traffic will resume from May 2",
                 LEAD["en"], SECOND["en"])
    assert extract(page).determined_date == "2022-03-03"


# The headline found above a short page's first paragraphs is taken over a caption's line
# printed between them.
def test_the_headline_of_a_short_page_over_a_caption_line():
    page = _page("Home", HEADLINE["en"], "Jane Roe and John Doe at the bridge", DATE["en"], LEAD["en"], SECOND["en"])
    assert extract(page).fields["title"] == HEADLINE["en"]


# The rights reserved in the middle of a copyright line ("... All Rights Reserved. Published
# by X") make it the site's, year or not.
@pytest.mark.parametrize("footer", ["© Riverside Courier. All Rights Reserved. Published by Example Design Inc.",
                                    "© Riverside Courier. Tous droits réservés. Site réalisé par Example Studio"])
def test_rights_reserved_mid_line_make_a_site_copyright(footer):
    assert _source(*ARTICLE, footer) == "Riverside Courier"


# "© Example Compass Ltd." with no year: a company's copyright, not a photographer's; its name
# without the legal form is the outlet where the page prints it, in its text as well.
def test_a_company_copyright_without_year_names_the_outlet_the_page_prints():
    about = "Harbour Compass is the islands' daily news site, published every morning since the year of its founding."
    assert _source(*ARTICLE, about, "© Copyright Harbour Compass Ltd.") == "Harbour Compass"
    assert _source(*ARTICLE, "© Copyright Harbour Compass Ltd.") in (None, "")


# The site's e-mail addresses (a reporter's under the byline, the newsroom's in the footer)
# give its domain when nothing names the outlet; a public mail service's do not.
@pytest.mark.parametrize("lines, expected", [
    (["By Jane Roe", "jroe@riversidecourier.example", "newsroom@riversidecourier.example"], "riversidecourier.example"),
    (["Por Juana Pérez jperez@diariodelvalle-ejemplo.com.ar"], "diariodelvalle-ejemplo.com.ar"),
    (["By Jane Roe", "janeroe1980@gmail.com"], None),
])
def test_the_site_s_mail_domain_names_the_outlet(lines, expected):
    page = _page("Home", HEADLINE["en"], *lines, LEAD["en"], SECOND["en"], "Contact us")
    assert (extract(page).fields.get("source") or None) == expected


# A domain the text's e-mail addresses give comes after the page's own address.
def test_the_page_address_outranks_a_mail_domain():
    from newsdossier.ingest.known import Known
    from newsdossier.ingest.precedence import settle

    known = Known()
    known.add("url", "https://www.riverside-courier.example/news/1", "markup", "og:url")
    known.with_address()
    fields = settle({"source": "couriermedia.example", "date": ""}, ("", "unknown", ""), known)
    assert (fields["source"], fields.get("source_printed")) == ("riverside-courier.example", "couriermedia.example")


# A standfirst closing on a time of day ("... at 4:56 p.m.") is a sentence, not a date line.
@pytest.mark.parametrize("sentence", [
    "The council voted on the new budget on March 3, 2022 at 4:56 p.m.",
    "The last lorry crossed the old bridge on March 3, 2022 around 11:05 a.m.",
    "The vote closed on March 3, 2022 at 4:56 p.m.",
])
def test_a_sentence_closing_on_pm_is_no_date_line(sentence):
    layout = segment(_page(HEADLINE["en"], sentence, LEAD["en"], SECOND["en"]))
    assert layout.metadata.get("date") != sentence
    assert sentence in layout.paragraphs


# A headline in Title Case is not passed over for a caption in a sentence's case printed
# under it, above the text.
def test_a_title_case_headline_over_a_caption_under_it():
    headline = "Old Bridge Reopens After Repairs To Its Stone Pillars"
    caption = "Engineers at the old bridge during the repairs to its pillars"
    page = _page(*MENU["en"], headline, caption, DATE["en"], LEAD["en"], SECOND["en"])
    assert extract(page).fields["title"] == headline


# A photographer's credit under a picture ("© Ana Sa") is not a company's copyright whose
# name, without what looks like a legal form, the page prints inside a word ("canal").
def test_a_credit_with_a_name_like_a_legal_form_names_no_outlet():
    canal = "Boats on the canal under the bridge waited for the works to end before they could pass again, the harbour master said."
    assert _source(*ARTICLE, canal, "© Ana Sa") in (None, "")


# An open licence's wording ("some rights reserved") under a picture is a photographer's
# credit, not the site's copyright: it names no outlet.
@pytest.mark.parametrize("credit", ["© Jane Roe - Some rights reserved", "© Juana Pérez. Algunos derechos reservados",
                                    "© Jeanne Dupont, certains droits réservés"])
def test_an_open_licence_credit_names_no_outlet(credit):
    assert _source(*ARTICLE[:4], credit, *ARTICLE[4:]) in (None, "")


# A bare "© Name" is the site's where the name is printed elsewhere as whole words, not
# inside another word.
@pytest.mark.parametrize("furniture, expected", [(["Harbour Compass", "Contact"], "Harbour Compass"),
                                                 (["Harbour Compassion Fund", "Contact"], None)])
def test_a_bare_copyright_name_printed_in_the_furniture(furniture, expected):
    assert (_source(*furniture, *ARTICLE, "© Harbour Compass") or None) == expected


# A picture's file name copied with the page ("logo@2x.png", a screen's double-size image)
# is no e-mail address: it names no outlet.
@pytest.mark.parametrize("line", ["masthead-logo@2x.png", "Share icon-share@3x.webp"])
def test_an_image_file_name_is_no_mail_domain(line):
    page = _page(line, "Home", HEADLINE["en"], "By Jane Roe", LEAD["en"], SECOND["en"], "Contact us")
    assert (extract(page).fields.get("source") or None) is None
