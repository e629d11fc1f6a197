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
