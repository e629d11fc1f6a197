"""Outlet and date of pasted pages: a picture's credit read in a byline's place, an outlet
the reference does not know named only by the domain of its e-mail addresses, a numeric date
whose order the page's locale settles. Each case is a page of our own, written to the layout
of a kind met on real pages of outlets the labelled corpus does not hold."""

import pytest

from newsdossier.extract import extract


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


_BODY = ("The harbour board voted on Tuesday to close the old ferry pier for repairs, a decision the "
         "mayor of the town welcomed after months of complaints from the fishermen who use it.\n"
         "The works will take three months and cost about two million, the board said in a statement "
         "read to the council.")


# A picture's credit printed where a byline goes ("Jane Doe/AP Photo"): the agency sold the
# picture, the page is the site's.
@pytest.mark.parametrize("credit", ["Lena Marsh/AP Photo", "Tom Ruiz/Reuters Photo", "Photo: Ana Lima/AFP"])
def test_a_pictures_credit_in_a_bylines_place_credits_no_outlet(credit):
    text = _page("Home", "News", "Facebook", "HARBOUR WEEKLY", "Harbour board closes the old ferry pier",
                 "By KATE MORROW", credit, _BODY, "Facebook", "HARBOUR WEEKLY", "© 2024 HARBOUR WEEKLY LLC")
    assert extract(text).fields["source"] == "HARBOUR WEEKLY"


# (must not change) an agency credited in the byline itself is the story's source
@pytest.mark.parametrize("byline, expected", [("By Kate Morrow, Associated Press", "Associated Press")])
def test_an_agency_in_the_byline_still_names_the_source(byline, expected):
    text = _page("Home", "News", "Facebook", "HARBOUR WEEKLY", "Harbour board closes the old ferry pier",
                 byline, _BODY, "Facebook", "HARBOUR WEEKLY", "© 2024 HARBOUR WEEKLY LLC")
    assert extract(text).fields["source"] == expected


# The outlet known only by the domain of its e-mail addresses, its name spelled in its text.
@pytest.mark.parametrize("contact, footer, expected", [
    ("Letters: letters@harbourweekly.com", ["Read the Harbour Weekly every Sunday."], "Harbour Weekly"),
    ("Tips: desk@valleyecho.net", ["The Valley Echo is an independent newspaper since 1990."], "The Valley Echo"),
    # (must not change) a domain the page spells nowhere stays the domain
    ("Tips: desk@hbwk.com", [], "hbwk.com"),
])
def test_the_e_mail_domain_gives_the_name_the_page_spells(contact, footer, expected):
    text = _page("Home", "News", contact, "Harbour board closes the old ferry pier", "By Kate Morrow", "11.03.2017",
                 _BODY, *footer)
    assert extract(text).fields["source"] == expected


# A numeric date's order where neither the outlet nor the dateline tells it: the page's other
# numeric dates that read one way only, else the edition it shows.
@pytest.mark.parametrize("extra, expected", [
    (["US Edition"], "2017-11-03"),
    (["Edition: United States"], "2017-11-03"),
    (["UK Edition"], "2017-03-11"),
    (["Older: 10.28.17 Harbour fees rise"], "2017-11-03"),
    (["Older: 28.10.17 Harbour fees rise"], "2017-03-11"),
    ([], "2017-03-11"),  # (must not change) no evidence: day first
])
def test_a_numeric_dates_order_follows_the_pages_locale(extra, expected):
    text = _page("Home", "News", *extra, "Harbour board closes the old ferry pier", "Kate Morrow", "11.03.17 in Local",
                 _BODY)
    assert extract(text).determined_date == expected


# A "related stories" sidebar printed above the article: its headlines share a word or two
# with the text (one of them linked again inside it, "Read: ..."), the article's own headline
# many more; the headline, and the date under it, are the article's.
_SIDEBAR_BODY = ("(AFP) - The harbour board of Port Avel closed the old ferry pier on Tuesday for repairs, after "
                 "months of complaints from the fishermen of Port Avel who use the pier every morning.\n"
                 "{link}\n"
                 "The repairs to the ferry pier will take three months, the harbour board said in a statement "
                 "read to the town council of Port Avel on Tuesday evening.")


@pytest.mark.parametrize("heading, link", [
    ("RELATED STORIES", "Read: Port Avel school opens a new library"),
    ("Noticias relacionadas", "Lea: Port Avel school opens a new library"),
    ("Related stories", "Port Avel ferry timetable unchanged this winter, operator says"),
])
def test_a_related_sidebar_above_the_article_gives_neither_title_nor_date(heading, link):
    text = _page("7:05 a.m.", "Storm closes the coastal road for a day", heading, "7 p.m.",
                 "Port Avel school opens a new library", "6:03 p.m.", "Museum reopens after two years",
                 "Port Avel", "14 March 2023", "Port Avel harbour board closes the old ferry pier for repairs",
                 "Fishermen say the pier has been unsafe for months.", _SIDEBAR_BODY.format(link=link))
    ex = extract(text)
    assert ex.fields["title"] == "Port Avel harbour board closes the old ferry pier for repairs"
    assert ex.determined_date == "2023-03-14"
    assert ex.fields["source"] == "Agence France-Presse"


# (must not change) the related stories under the text are teasers; a standfirst that shares
# more words than the headline does not take its place
def test_related_stories_under_the_text_and_a_wordier_standfirst_keep_the_headline():
    text = _page("Port Avel harbour board closes pier", "14 March 2023",
                 "The harbour board of Port Avel closed the old ferry pier for repairs after complaints of fishermen.",
                 _SIDEBAR_BODY.format(link="The pier was built in 1921."), "Related stories",
                 "Port Avel school opens a new library", "12 March 2023")
    ex = extract(text)
    assert ex.fields["title"] == "Port Avel harbour board closes pier"
    assert ex.determined_date == "2023-03-14"


# A parent company's copyright line, with no legal form, on a page that names its own outlet in
# a phrase of its furniture and prints it more often; and an outlet named only in such a phrase.
_FEATURE = ("The harbour board of Port Avel closed the old ferry pier on Tuesday for repairs, after months of "
            "complaints from the fishermen who use the pier every morning.\n"
            "The repairs to the ferry pier will take three months, the harbour board said in a statement read "
            "to the town council on Tuesday evening.")


@pytest.mark.parametrize("furniture, copyright_line, expected", [
    (["More From HARBOUR LIGHT", "Lena Marsh is a staff writer for HARBOUR LIGHT."], "© 2024 Meridian Media. All rights reserved.",
     "HARBOUR LIGHT"),
    (["Get Tide Review delivered to your inbox", "Tide Review is a magazine about the coast, brought to you by Coastal Radio."],
     "©2024 Coastal Radio. All rights reserved.", "Tide Review"),
    (["Apoya a El Muelle", "El Muelle es un diario independiente."], "© 2024 Grupo Ribera. Todos los derechos reservados.",
     "El Muelle"),
    # a company with a legal form is no outlet (as before): the outlet named in the phrase
    (["More From HARBOUR LIGHT", "HARBOUR LIGHT"], "© 2024 Meridian Media, Inc. All rights reserved.", "HARBOUR LIGHT"),
    # (must not change) a holder with a legal form the page prints, or with a domain's shape,
    # stays; a phrase naming the outlet once is not enough
    (["More From HARBOUR LIGHT", "About Tide Review"], "© 2024 Tide Review Ltd. All rights reserved.", "Tide Review"),
    (["More From Salt Notes", "A writer for Salt Notes."], "© 2024 saltnotes.com. All rights reserved.", "saltnotes.com"),
    (["Subscribe to Tide Review"], "© 2024 Meridian Media. All rights reserved.", "Meridian Media"),
])
def test_an_outlet_named_in_a_phrase_of_its_furniture_over_a_parent_company(furniture, copyright_line, expected):
    text = _page("Home", "News", "Port Avel harbour board closes the old ferry pier", "By Lena Marsh", "14 March 2023",
                 _FEATURE, "Share", *furniture, "Privacy", copyright_line)
    assert extract(text).fields["source"] == expected


@pytest.mark.parametrize("furniture, expected", [
    (["Get Tide Review delivered to your inbox", "About", "The Tide Review team"], "Tide Review"),
    # (must not change) a call to act inside running text, or naming no outlet, gives none
    (["Subscribe to Our Newsletter", "Support Us"], ""),
])
def test_an_outlet_named_only_in_a_phrase(furniture, expected):
    text = _page("Home", "News", "Port Avel harbour board closes the old ferry pier", "By Lena Marsh", "14 March 2023",
                 _FEATURE, "Share", *furniture, "Privacy")
    assert extract(text).fields["source"] == expected


# An og:site_name written as the site's address with a closing slash ("example.ch/") is the
# address's evidence, as the bare domain is: not kept as a name.
_ADDRESS_NAMED_PAGE = """<!doctype html><html lang="fr"><head><title>Le vieux quai du port ferme pour travaux</title>
<meta property="og:site_name" content="{site}">
<link rel="canonical" href="https://www.portavel-soir.ch/region/vieux-quai/story/123">
<meta property="article:published_time" content="2023-03-14T09:15:00+00:00"></head>
<body><article><h1>Le vieux quai du port ferme pour travaux</h1>
<p>La direction du port a fermé mardi le vieux quai des ferries pour des travaux, après des mois de plaintes des pêcheurs qui l'utilisent chaque matin.</p>
<p>Les travaux dureront trois mois, a indiqué la direction du port dans un communiqué lu devant le conseil communal.</p>
<p>Abonnez-vous à Portavel Soir pour recevoir chaque matin les nouvelles de la région, dit Portavel Soir.</p>
</article></body></html>"""


@pytest.mark.parametrize("site, expected", [("portavel-soir.ch/", "Portavel Soir"), ("portavel-soir.ch", "Portavel Soir"),
                                            ("Portavel Soir", "Portavel Soir")])
def test_a_site_name_written_as_an_address_with_a_slash(tmp_path, site, expected):
    from newsdossier.ingest import collect
    from newsdossier.ingest.precedence import settle

    seed = tmp_path / "quai.html"
    seed.write_text(_ADDRESS_NAMED_PAGE.format(site=site), encoding="utf-8")
    reading = collect(seed)[0][0].read()
    extraction = extract(reading.text, reading.known)
    fields = settle(extraction.fields, extraction.text_date, reading.known, extraction.source_cited)
    assert fields["source"] == expected


# A written date glued to the same date in numbers after it ("... de 202321/03/2023"): the
# two are parted, and the day is read; a year glued to another year's date is left alone.
@pytest.mark.parametrize("stamp, expected", [
    ("Martes, 21 de marzo de 202321/03/2023", "2023-03-21"),
    ("21 mars 202321.03.2023", "2023-03-21"),
])
def test_a_written_date_glued_to_its_numeric_twin(stamp, expected):
    text = _page("Inicio", "El puerto cierra el viejo muelle para repararlo", "Ana Lima", stamp,
                 "La junta del puerto cerró el martes el viejo muelle de los transbordadores para repararlo, tras meses "
                 "de quejas de los pescadores que lo usan cada mañana.",
                 "Las obras durarán tres meses, dijo la junta en un comunicado leído ante el concejo municipal.")
    assert extract(text).determined_date == expected


def test_a_year_glued_to_another_years_date_is_left_alone():
    from newsdossier.segment import split_lines

    assert split_lines("Code 202221/04/2021\n") == ["Code 202221/04/2021"]
