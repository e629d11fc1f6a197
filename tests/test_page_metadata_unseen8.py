"""Outlet and date of pages of kinds met on real pages of outlets the labelled corpus does not
hold: each case is a page or a value of our own making (the markup's time in UTC and the
address's local day; a company's copyright over the outlet's own name; a name the page
prints only in a phrase or in its running text; the outlet of a scraper's record)."""

import pytest

from newsdossier.extract import extract
from newsdossier.ingest.known import Known
from newsdossier.ingest.precedence import settle_date


# The markup's time is in UTC in the morning, the address files the page under the day
# before (the site's local evening west of Greenwich), and the text prints no day: the
# address's day is kept. Not where the address gives the markup's own day, where the
# markup's time is local (another offset) or in the UTC afternoon, nor where the text
# prints a day of its own.
@pytest.mark.parametrize("address, time, text_date, expected", [
    ("2021-03-04", "2021-03-05T01:40:00+0000", ("", "unknown", "no date"), "2021-03-04"),
    ("2021-03-05", "2021-03-05T01:40:00+0000", ("", "unknown", "no date"), "2021-03-05"),
    ("2021-03-04", "2021-03-05T01:40:00+0100", ("", "unknown", "no date"), "2021-03-05"),
    ("2021-03-04", "2021-03-05T16:40:00+0000", ("", "unknown", "no date"), "2021-03-05"),
    ("2021-03-04", None, ("", "unknown", "no date"), "2021-03-05"),
    ("2021-03-04", "2021-03-05T01:40:00+0000", ("2021-03-05", "explicit", "printed: a date line"), "2021-03-05"),
    ("2021-03-03", "2021-03-05T01:40:00+0000", ("", "unknown", "no date"), "2021-03-05"),
])
def test_the_address_local_day_before_a_utc_markup_time(address, time, text_date, expected):
    known = Known()
    known.add("date", "2021-03-05", "markup", "the page's date metadata")
    known.add("time", time, "markup", "the page's date metadata")
    known.add("date", address, "address", "the address's path")
    assert settle_date(text_date, known)[0] == expected


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


_BODY = ("The river authority agreed on Monday to rebuild the flood wall along the old quay, a plan the "
         "town's shopkeepers had asked for since the water reached their doors last winter.\n"
         "Work starts in the spring and should last eight months, a spokeswoman for the authority told "
         "the council, which will pay a third of the cost.")
_HEAD = ("Home", "Health", "Old quay to get a new flood wall next spring", "May 14, 2021")


# A name the phrase closes may end with a word of the phrase stops ("Today", "Now"): "your
# Coastal Health Today account" names "Coastal Health Today". Where the phrase leaves the
# name's end open ("Subscribe to ... Today"), the stop is still none of it.
@pytest.mark.parametrize("furniture, expected", [
    (["Log in with your Coastal Health Today account", "Sign up for a free Coastal Health Today account"], "Coastal Health Today"),
    (["Open your Valley Now account", "Valley Now"], "Valley Now"),
    # (must not change) a stop alone, or opening the name, names no outlet
    (["Log in to your Today account", "Today"], ""),
    (["Subscribe to Our Newsletter Today", "Subscribe to Our Newsletter Today"], ""),
])
def test_a_name_the_phrase_closes_may_end_with_a_stop_word(furniture, expected):
    text = _page(*_HEAD, _BODY, *furniture)
    assert extract(text).fields["source"] == expected


# A copyright line of a media company named after its site ("Example Media, LLC") names
# the site ("Example") where the page prints that name alone, twice or more; not where the
# name is printed only inside a longer one ("the Example Times"), nor once.
@pytest.mark.parametrize("furniture, expected", [
    (["Millions turn to Lantern to understand the news.", "Will you support Lantern's reporting?",
      "© 2022 Lantern Media, LLC. All Rights Reserved"], "Lantern"),
    (["Lantern", "Stories from Lantern reporters", "Copyright 2021 Lantern Digital Inc. All rights reserved."], "Lantern"),
    # (must not change) printed only inside other names, or once: the company's name, as before
    (["Read the Lantern Times", "Lantern Media careers", "© 2022 Lantern Media, LLC. All Rights Reserved"], "Lantern Media"),
    (["Millions turn to Lantern to understand the news.", "© 2022 Lantern Media, LLC. All Rights Reserved"], ""),
])
def test_a_media_company_named_after_its_site(furniture, expected):
    text = _page(*_HEAD, _BODY, *furniture)
    assert extract(text).fields["source"] == expected


# A company owning many titles (vocabulary parent_media_companies) in the copyright line names
# none of them: the outlet comes from the page's other lines, or is left unknown.
@pytest.mark.parametrize("furniture, expected", [
    (["© 2020 Condé Nast. All rights reserved."], ""),
    (["Log in to your Harbour Weekly account", "Harbour Weekly", "© 2020 Condé Nast. All rights reserved."], "Harbour Weekly"),
    (["© 2021 Prisma Média - Tous droits réservés"], ""),
    # (must not change) a company not in the list still names the page's outlet
    (["© 2020 Harbour Weekly. All rights reserved."], "Harbour Weekly"),
])
def test_a_parent_company_names_none_of_its_titles(furniture, expected):
    text = _page(*_HEAD, _BODY, *furniture)
    assert extract(text).fields["source"] == expected


_INTERVIEW = ("The startup will hire forty engineers this year, Mara Quint, its founder, {verb} {outlet} in an interview.",
              "“We want to build the tools ourselves,” Quint {verb} {outlet}. Her rivals did not answer.",
              "The company raised twelve million dollars in March from two funds based in Lisbon.")


# Pasted text naming its outlet only as the one its speakers told things to, in two sentences
# or more: that outlet (the weakest evidence of the page's own: a page's address outranks it).
# Not a body told something ("told Parliament"), a name told once, nor a surname.
@pytest.mark.parametrize("verb, outlet, expected", [
    ("told", "Bytewire", "Bytewire"),
    ("explained to", "Circuit Ledger", "Circuit Ledger"),
    # (must not change)
    ("told", "Parliament", ""),
    ("told", "President Adams", ""),
])
def test_an_outlet_told_in_two_sentences(verb, outlet, expected):
    lines = [line.format(verb=verb, outlet=outlet) for line in _INTERVIEW]
    text = _page("Startup bets on its own tools", "May 14, 2021", *lines)
    assert extract(text).fields["source"] == expected


@pytest.mark.parametrize("lines, expected", [
    # told once only
    ([_INTERVIEW[0].format(verb="told", outlet="Bytewire"), _INTERVIEW[2]], ""),
    # a surname the text prints after a first name
    ([_INTERVIEW[0].format(verb="told", outlet="Adams"), _INTERVIEW[1].format(verb="told", outlet="Adams"),
      "Tom Adams runs the other fund."], ""),
])
def test_an_outlet_told_once_or_a_surname_is_none(lines, expected):
    text = _page("Startup bets on its own tools", "May 14, 2021", *lines)
    assert extract(text).fields["source"] == expected


# A masthead of one word joining a newspaper's words ("CoastTIMES", "HarbourPost"), printed
# alone on two lines: the outlet. Not a word without a newspaper's word ("PlayHub"), nor
# one printed alone once. (A first line right above the page's menu, "Home" / "Health", is
# the masthead by that place alone, whatever its word: test_head_masthead_over_menu; the
# pages that must name nothing here print no menu under it.)
@pytest.mark.parametrize("furniture, head, expected", [
    (["CoastTIMES", "Sport", "CoastTIMES"], _HEAD, "CoastTIMES"),
    (["HarbourPost", "Business", "HarbourPost"], _HEAD, "HarbourPost"),
    (["CoastTIMES", "Sport", "CoastTIMES"], _HEAD[2:], "CoastTIMES"),
    # (must not change)
    (["PlayHub", "Sport", "PlayHub"], _HEAD[2:], ""),
    (["CoastTIMES", "Sport"], _HEAD[2:], ""),
])
def test_a_one_word_masthead_joining_a_newspaper_s_words(furniture, head, expected):
    text = _page(furniture[0], *head, _BODY, *furniture[1:])
    assert extract(text).fields["source"] == expected


# The date of a picture in the page's JSON-LD (an ImageObject put online the day before) is
# not the article's: the article's own date is read. (must not change) an article's JSON-LD
# date is still read.
@pytest.mark.parametrize("ld, body, expected", [
    ('{"@type": "ImageObject", "datePublished": "2022-06-01T20:10Z", "name": "A photo"}',
     '<time datetime="2022-06-02T08:00:00Z">June 2, 2022</time>', "2022-06-02"),
    ('[{"@type": "NewsArticle", "image": {"@type": "ImageObject", "uploadDate": "2022-05-30"}}]',
     '<time datetime="2022-06-02T08:00:00Z">June 2, 2022</time>', "2022-06-02"),
    ('{"@type": "NewsArticle", "datePublished": "2022-06-02T09:00:00+02:00"}', '', "2022-06-02"),
])
def test_a_picture_s_date_in_the_json_ld_is_not_the_article_s(ld, body, expected):
    from trafilatura.utils import load_html

    from newsdossier.ingest.html import _markup_date

    tree = load_html(f'<html><head><script type="application/ld+json">{ld}</script></head>'
                     f'<body><article><h1>A title</h1>{body}<p>Text of the article.</p></article></body></html>')
    assert _markup_date(tree)[0] == expected


# The text of the footer's next link glued after the holder's name is no part of it.
@pytest.mark.parametrize("line, expected", [
    ("Copyright © 2022 Harbour Weekly Condiciones de uso", "Harbour Weekly"),
    ("© 2021 Harbour Weekly Privacy Policy", "Harbour Weekly"),
    ("© 2020 Le Courrier du Port Politique de confidentialité", "Le Courrier du Port"),
    # (must not change) a name holding a link word, and a link word not in capitals
    ("© 2020 Privacy International", "Privacy International"),
    ("© 2019 Valley Terms Ltd", "Valley Terms Ltd"),
])
def test_a_footer_link_glued_after_the_holder(line, expected):
    from newsdossier.extract import copyright_holder

    assert copyright_holder(line) == expected


# A scraper's record naming the site under "site_name" or "publisher" (a name, or a
# schema.org object with its name): that outlet, not the address's bare domain.
@pytest.mark.parametrize("extra, expected", [
    ({"site_name": "Harbour Weekly"}, "Harbour Weekly"),
    ({"publisher": "Harbour Weekly"}, "Harbour Weekly"),
    ({"publisher": {"@type": "Organization", "name": "Harbour Weekly"}}, "Harbour Weekly"),
    # (must not change) none: the domain; a publisher object without a name: the domain
    ({}, "harbourweekly.example"),
    ({"publisher": {"@type": "Organization"}}, "harbourweekly.example"),
])
def test_a_scraper_record_names_its_site(tmp_path, extra, expected):
    import json

    from newsdossier.extract import extract
    from newsdossier.ingest import collect
    from newsdossier.ingest.precedence import settle

    record = {"url": "https://www.harbourweekly.example/2021/05/14/quay", "title": "Old quay to get a new flood wall",
              "text": _BODY, **extra}
    seed = tmp_path / "record.json"
    seed.write_text(json.dumps(record), encoding="utf-8")
    arts, _ = collect(seed)
    reading = arts[0].read()
    ex = extract(reading.text, reading.known)
    assert settle(ex.fields, ex.text_date, reading.known, ex.source_cited)["source"] == expected


# A person told something, twice, is no outlet: "the minister told Mara Quint" names whom
# the minister spoke to, as the entity finder reads it.
@pytest.mark.parametrize("line, repeat", [
    pytest.param("The plant will hire forty engineers this year, the minister told Mara Quint on Monday.",
     "“We want to build the tools ourselves,” the minister told Mara Quint. Her rivals did not answer.", id="en-told-a-person"),
    # (must not change)
    pytest.param("La planta contratará a cuarenta ingenieros, explicó a Pedro Quintana el ministro el lunes.",
     "“Queremos construir nuestras herramientas”, explicó a Pedro Quintana el ministro. Sus rivales no respondieron.", id="es-explico-a-a-person"),
])
def test_a_person_told_twice_is_no_outlet(line, repeat):
    text = _page("Startup bets on its own tools", "May 14, 2021", line, repeat, _INTERVIEW[2])
    assert extract(text).fields["source"] == ""


# Words after the name qualifying a noun ("told Congolese soldiers"): no outlet told; a
# function word or a time after it ("told Bytewire last week") leaves the outlet.
@pytest.mark.parametrize("first, second, expected", [
    pytest.param("The commander told Congolese soldiers to leave the town before the rains began in March.",
                 "“We will not stay here,” the officer told Congolese villagers. The mission did not answer.", "", id="en-demonym-before-a-noun"),
    # (must not change)
    pytest.param("El comandante dijo a Wakandeses armados que dejaran el pueblo antes de que empezaran las lluvias en marzo.",
                 "“No nos quedaremos aquí”, dijo a Wakandeses desarmados el oficial. La misión no respondió.", "", id="es-word-before-an-adjective"),
    pytest.param("The startup will hire forty engineers this year, Mara Quint, its founder, told Bytewire last week.",
                 "“We want to build the tools ourselves,” Quint told Bytewire on Monday. Her rivals did not answer.", "Bytewire", id="en-outlet-before-a-time"),
])
def test_a_name_before_a_noun_it_qualifies_is_no_outlet(first, second, expected):
    text = _page("Startup bets on its own tools", "May 14, 2021", first, second, _INTERVIEW[2])
    assert extract(text).fields["source"] == expected
