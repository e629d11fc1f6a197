"""Outlet and date of pages whose outlet the reference does not know: the name a page spells
like its domain, the outlet's own name in its photo credits, a parent company's copyright
line, a wire agency credited under teasers. Each case is a page or a line of our own, written
to the layout of a kind met on real pages of outlets the labelled corpus does not hold."""

import pytest

from newsdossier.extract import extract
from newsdossier.ingest.known import Known
from newsdossier.ingest.precedence import settle
from newsdossier.ingest.sitename import name_spelled


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _known(url: str) -> Known:
    known = Known()
    known.add("url", url, "collector", "the scraper's url field")
    return known.with_address()


@pytest.mark.parametrize("domain, lines, expected", [
    ("harbourgazette.org", ["Photo: Ana Lima / Harbour Gazette"], "Harbour Gazette"),
    ("theharbourgazette.com", ["Read The Harbour Gazette every morning"], "The Harbour Gazette"),
    # the article printed before the name in capitals is the name's; in running text it is not
    ("harbourgazette.org", ["© 2021 The Harbour Gazette", "Harbour Gazette staff", "a story the Harbour Gazette ran"],
     "The Harbour Gazette"),
    ("valley-post.fr", ["Abonnez-vous à Valley-Post."], "Valley-Post"),
    ("kvtx.com", ["Watch KVTX at six"], "KVTX"),
    ("lanterne.fr", ["Le journal La Lanterne du soir", "Lire La Lanterne"], "La Lanterne"),
])
def test_the_name_a_page_spells_like_its_domain(domain, lines, expected):
    assert name_spelled(domain, lines) == expected


@pytest.mark.parametrize("domain, lines", [
    ("harbourgazette.org", ["The harbour gazette was closed."]),  # lower case: no name
    ("harbourgazette.org", ["Harbour, Gazette"]),  # not one after the other
    ("harbourgazette.org", ["Harbour Gazetteer"]),  # a longer word
    ("dw.com", ["DW"]),  # a label too short to trust
    ("harbourgazette.org", []),
    (None, ["Harbour Gazette"]),
])
def test_no_name_spelled_like_the_domain(domain, lines):
    assert name_spelled(domain, lines) is None


SCRAPED = _page(
    "Ferry crossings suspended as the storm reaches the coast",
    "The ferry company suspended all crossings on Monday as the storm reached the coast, the port authority said.",
    "Passengers booked on the evening sailings were offered seats on Wednesday's boats.",
    "Image: Ana Lima / Harbour Gazette",
)


def test_a_scraped_text_names_an_outlet_known_only_by_its_domain():
    known = _known("https://www.harbourgazette.org/news/ferry-crossings-suspended")
    extraction = extract(SCRAPED, known)
    fields = settle(extraction.fields, extraction.text_date, known, extraction.source_cited)
    assert fields["source"] == "Harbour Gazette"


def test_a_text_that_spells_no_name_keeps_the_domain():
    known = _known("https://www.harbourgazette.org/news/ferry-crossings-suspended")
    text = SCRAPED.replace("Image: Ana Lima / Harbour Gazette", "The next sailing is due on Thursday.")
    extraction = extract(text, known)
    fields = settle(extraction.fields, extraction.text_date, known, extraction.source_cited)
    assert fields["source"] == "harbourgazette.org"



HEADLINE = "Ferry crossings suspended as the storm reaches the coast"
LEAD = "The ferry company suspended all crossings on Monday as the storm reached the coast, the port authority said."
SECOND = "Passengers booked on the evening sailings were offered seats on Wednesday's boats."
MENU = ["Home", "World", "Politics", "Business", "Sport", "Video", "Newsletters", "Subscribe", "Log in"]
# Videos picked for the reader after the text, each under the agency that shot it.
VIDEOS = ["Video picks", "Harvest festival draws record crowds", "Reuters", "Lighthouse keeper retires after forty years",
          "Reuters", "City council votes on the new tram line", "AP"]


@pytest.mark.parametrize("footer, expected", [
    # the site's copyright line names an outlet the reference does not know
    (["Copyright © 2021 Harbour Gazette", "About us", "Contact"], "Harbour Gazette"),
    # no copyright line of the site's own: the agency the furniture names most
    (["About us", "Contact"], "Reuters"),
    # a company's copyright line, its name printed nowhere else: no outlet of its own
    (["© 2021 Coastline Holdings Ltd", "About us", "Contact"], "Reuters"),
])
def test_the_site_copyright_outranks_an_agency_credited_under_teasers(footer, expected):
    text = _page(*MENU, HEADLINE, "By Ana Lima", LEAD, SECOND, *VIDEOS, *footer)
    assert extract(text).fields["source"] == expected


CAPTION = "Passengers wait outside the closed ferry terminal."
FOOTER = ["Most read", "Privacy policy", "Terms of use", "Cookie settings", "Advertise", "Careers", "Newsletters"]
THIRD = "The port authority expects the sailings to resume once the wind drops below gale force on the coast."


@pytest.mark.parametrize("credit, footer, expected", [
    # the outlet's own photographer, the outlet printed again in the footer: over its owner
    ("Photo by Ana Lima/Harbour Gazette", ["About Harbour Gazette", "Contact", "© 2021 Coastline Media, LLC"],
     "Harbour Gazette"),
    ("Image: Ana Lima / Harbour Gazette", ["Harbour Gazette homepage", "About us", "Contact"], "Harbour Gazette"),
])
def test_a_picture_credited_to_the_outlets_own_photographer(credit, footer, expected):
    text = _page(*MENU, HEADLINE, "By Ana Lima", CAPTION, credit, LEAD, SECOND, THIRD, *FOOTER, *footer)
    assert extract(text).fields["source"] == expected


@pytest.mark.parametrize("credit, footer", [
    # a picture from another outlet, named nowhere else on the page
    ("Photo by Ana Lima/Coast Times", ["About us", "Contact"]),
    # a picture agency the footer names as well: an agency's credit says nothing of the page
    ("Photo by Ana Lima/AFP", ["Pictures from AFP", "Contact"]),
])
def test_no_outlet_from_a_picture_credited_elsewhere(credit, footer):
    text = _page(*MENU, HEADLINE, "By Ana Lima", CAPTION, credit, LEAD, SECOND, THIRD, *FOOTER, *footer)
    assert extract(text).fields["source"] in ("", None)


def _declared(url: str, site_name: str) -> Known:
    known = Known()
    known.add("url", url, "markup", "the page's og:url")
    known.add("source", site_name, "markup", "the page's og:site_name")
    return known.with_address()


@pytest.mark.parametrize("url, site_name, expected", [
    # a title of its own the outlet publishes on a subdomain named after it
    ("https://jardin.lefigaro.fr/conseils/semer-en-mars", "Jardin Figaro", "Jardin Figaro"),
    # a section of the outlet, its name in the site name: the outlet
    ("https://sport.lefigaro.fr/rugby/match", "Le Figaro Sport", "Le Figaro"),
    # a company's name, on the outlet's own site
    ("https://www.lefigaro.fr/politique/vote", "Societe du Figaro SA", "Le Figaro"),
    # an edition's label
    ("https://amp.lefigaro.fr/politique/vote", "Figaro Amp", "Le Figaro"),
])
def test_a_title_published_on_a_subdomain_of_a_known_outlet(url, site_name, expected):
    known = _declared(url, site_name)
    extraction = extract(SCRAPED, known)
    fields = settle(extraction.fields, extraction.text_date, known, extraction.source_cited)
    assert fields["source"] == expected


BAR = f"{HEADLINE} | The Valley Ledger"


@pytest.mark.parametrize("lines, expected", [
    # the title bar names the site; an e-mail address under the text is a press contact's
    ([BAR, HEADLINE, "March 3, 2022", LEAD, SECOND, THIRD, *FOOTER, "Write to us: desk@riverside-printers.com"],
     "The Valley Ledger"),
    # no title bar: the e-mail addresses' domain
    ([HEADLINE, "March 3, 2022", LEAD, SECOND, THIRD, *FOOTER, "Write to us: desk@riverside-printers.com"],
     "riverside-printers.com"),
])
def test_the_title_bar_outranks_an_e_mail_domain(lines, expected):
    assert extract(_page(*lines)).fields["source"] == expected


RELATED = ["Related stories", "Harvest festival draws record crowds to the old market square",
           "Lighthouse keeper retires after forty years on the cliffs above the bay"]


@pytest.mark.parametrize("footer, expected", [
    # the story's own copyright under the text, the site's in the footer after the teasers
    (["© Harbour Gazette 2003 - 2021 powered by Coastline Wire"], "Harbour Gazette"),
    # no footer line of its own: the one under the text
    ([], "Coastline Wire"),
])
def test_the_footers_copyright_line_after_the_teasers_comes_first(footer, expected):
    text = _page(*MENU, HEADLINE, LEAD, SECOND, THIRD, "© 2021 Coastline Wire", *RELATED, *FOOTER, *footer)
    assert extract(text).fields["source"] == expected


@pytest.mark.parametrize("label", [["Source:", "Supplied"], ["Source: Handout"], ["Fuente: Archivo"]])
def test_a_pictures_source_label_names_no_outlet(label):
    text = _page(*MENU, HEADLINE, "By Ana Lima", CAPTION, *label, LEAD, SECOND, THIRD, *FOOTER)
    extraction = extract(text)
    assert extraction.fields["source"] in ("", None)
    assert label[-1] in extraction.fields["credits"]


@pytest.mark.parametrize("label, expected", [(["Source:", "Harbour Gazette"], "Harbour Gazette"),
                                             (["Source: Reuters"], "Reuters")])
def test_a_source_label_naming_an_outlet_still_names_it(label, expected):
    text = _page(*MENU, HEADLINE, "By Ana Lima", *label, LEAD, SECOND, THIRD, *FOOTER)
    assert extract(text).fields["source"] == expected


@pytest.mark.parametrize("footer, masthead, expected", [
    # a company's legal form printed after a comma: the company owning the site, no outlet
    ("© 2021 Coastline Productions, Inc. All rights reserved.", None, None),
    ("Copyright © 2020 Coastline Media, LLC", None, None),
    # its name printed as the page's masthead as well: the outlet
    ("© 2021 Coastline Productions, Inc. All rights reserved.", "Coastline Productions", "Coastline Productions"),
    # a web domain with a legal form is the site's name
    ("© 2021 Harbourgazette.com, LLC. All rights reserved.", None, "Harbourgazette.com"),
    # a place after the comma is no legal form
    ("© 2021 Harbour Gazette, Portsmouth", None, "Harbour Gazette"),
])
def test_a_legal_form_after_a_comma_in_the_copyright_line(footer, masthead, expected):
    lines = [masthead] if masthead else []
    text = _page(*lines, *MENU, HEADLINE, LEAD, SECOND, THIRD, *FOOTER, footer)
    assert (extract(text).fields["source"] or None) == expected
