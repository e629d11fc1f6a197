"""Outlet of pages copied from a browser or saved, in forms met on real pages of outlets the
labelled corpus does not hold: Vietnamese copyright lines ("Bản quyền thuộc về ..."), a
footer paragraph that opens with the copyright line, and a page whose text only cites
another outlet ("told the BBC") while its own address names the site. Each case is a page
of our own."""

import pytest

from newsdossier.extract import copyright_holder, extract
from newsdossier.ingest.known import Known
from newsdossier.ingest.precedence import settle


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


VI_HEADLINE = "Tỉnh khánh thành cây cầu mới nối hai bờ sông Lam"
VI_LEAD = ("Sáng nay, tỉnh đã khánh thành cây cầu mới nối hai xã bên bờ sông Lam sau hai năm thi công, "
           "giúp người dân đi lại thuận tiện hơn trong mùa mưa lũ.")
VI_SECOND = "Theo ông Trần Văn Hòa, giám đốc ban quản lý dự án, cây cầu dài 300 mét và có bốn làn xe."


@pytest.mark.parametrize("footer", [
    "© Bản quyền thuộc về Báo Sông Lam",
    "Bản quyền thuộc về Báo Sông Lam",
    "Bản quyền © 2024 Báo Sông Lam. Giữ toàn quyền.",
    "Bản quyền thuộc Báo Sông Lam. Cấm sao chép khi chưa được sự đồng ý bằng văn bản.",
])
def test_a_vietnamese_copyright_line_names_the_outlet(footer):
    page = _page("Thời sự", "Xã hội", VI_HEADLINE, "Thứ Hai, 12/3/2024 08:15 (GMT+7)", VI_LEAD, VI_SECOND, "Xem thêm", footer)
    assert extract(page).fields["source"] == "Báo Sông Lam"


@pytest.mark.parametrize("line", [
    "Bản quyền thuộc Báo Sông Lam. Cấm sao chép khi chưa được sự đồng ý bằng văn bản.",
    "© Bản quyền thuộc về Báo Sông Lam",
])
def test_vietnamese_copyright_holder(line):
    assert copyright_holder(line) == "Báo Sông Lam"


LONG_FOOTER = ("Copyright © 2021 Harbourline.com, LLC. Reproduction of material from any Harbourline pages without "
               "written permission is strictly prohibited. HARBOURLINE is a registered trademark in the United States. "
               "Wire stories are the property of their agencies and are printed here under licence; their copyright "
               "notices apply to them and to the pictures that come with them, wherever they are shown on this site.")


def test_a_long_footer_paragraph_opening_with_the_copyright_line():
    assert len(LONG_FOOTER) > 300
    assert copyright_holder(LONG_FOOTER) == "Harbourline.com"
    page = _page("Home", "News", "Old bridge reopens to traffic after repairs to its pillars",
                 "The engineers of the town reopened the old bridge on Tuesday after three days of work, the mayor said.",
                 "Traffic on the bridge will stay limited to light vehicles until the end of the month.",
                 "Most read", LONG_FOOTER)
    assert extract(page).fields["source"] == "Harbourline.com"


def test_a_paragraph_that_only_mentions_copyright_names_no_holder():
    paragraph = ("The court heard that the band had sued over copyright in the song, claiming that the producers had "
                 "copied its melody without asking; the judge said the case turned on whether the tune was original "
                 "enough to be protected, and asked both sides to bring their musicologists to the next hearing, "
                 "which is set for the spring.")
    assert len(paragraph) > 300
    assert copyright_holder(paragraph) is None


def _known(url: str) -> Known:
    known = Known()
    known.add("url", url, "markup", "the page's canonical link or og:url")
    return known.with_address()


CITING = _page(
    "Council leaders call for a vote on the harbour plan",
    "Two council leaders called on Thursday for a vote on the harbour plan, saying that residents had not been heard.",
    "Speaking to the BBC on Friday morning, one of them said the plan would be changed before the summer.",
)
AGENCY = _page(
    "Council leaders call for a vote on the harbour plan",
    "Two council leaders called on Thursday for a vote on the harbour plan, according to Reuters.",
    "One of them said the plan would be changed before the summer.",
)

PRESS_OFFICE = _page(
    "Soldier wounded as patrol is ambushed near the border",
    "A soldier was wounded when a patrol was ambushed near the border on Sunday, the paper reported citing "
    "Inter-Services Public Relations (ISPR).",
    "The ISPR said the patrol had returned fire and that the wounded soldier had been taken to hospital.",
)


@pytest.mark.parametrize("text, expected", [
    (CITING, "harbourgazette.org"),  # an outlet the text only quotes: the page's own site
    (AGENCY, "Reuters"),  # an agency's report, printed by the site: the agency
    (PRESS_OFFICE, "Inter-Services Public Relations"),  # a press office's release: its source
])
def test_an_outlet_the_text_only_cites_gives_way_to_the_page_address(text, expected):
    known = _known("https://www.harbourgazette.org/news/council-vote")
    extraction = extract(text, known)
    fields = settle(extraction.fields, extraction.text_date, known, extraction.source_cited)
    assert fields["source"] == expected


STANDFIRST = {
    "en": ("Old bridge reopens to traffic after repairs to its pillars",
           "The town's engineers needed three days to shore up the pillars of the bridge, closed to all traffic since the storm of last winter flooded the valley and damaged its oldest arches",
           "Published on March 3, 2022, at 9:15 am (Paris)",
           "The engineers of the town reopened the old bridge on Thursday after three days of work on its pillars, the mayor said."),
    "fr": ("Le vieux pont rouvre à la circulation après la réparation de ses piliers",
           "Les ingénieurs de la ville ont eu besoin de trois jours pour consolider les piliers du pont, fermé à toute circulation depuis que la tempête de l'hiver dernier a inondé la vallée et abîmé ses plus vieilles arches",
           "Publié le 3 mars 2022 à 09h15",
           "Les ingénieurs de la ville ont rouvert le vieux pont jeudi après trois jours de travaux sur ses piliers, a indiqué le maire."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_date_line_under_a_standfirst(lang):
    headline, standfirst, stamp, lead = STANDFIRST[lang]
    page = _page("Home", "Society", headline, standfirst, stamp, "Share", lead,
                 "Traffic on the bridge will stay limited to light vehicles until the end of the month.")
    assert extract(page).determined_date == "2022-03-03"


@pytest.mark.parametrize("stamps", [
    "Publié le 3 mars 2022 à 09:15Mis à jour le 4 mars 2022 à 11:40",
    "Published 3 March 2022 at 09:15Updated 4 March 2022 at 11:40",
])
def test_a_publication_stamp_glued_to_the_update_stamp(stamps):
    headline, _standfirst, _stamp, lead = STANDFIRST["en"]
    page = _page("Home", "Society", headline, "By Jane Roe", stamps, lead,
                 "Traffic on the bridge will stay limited to light vehicles until the end of the month.")
    assert extract(page).determined_date == "2022-03-03"


EN_HEADLINE, _, _, EN_LEAD = STANDFIRST["en"]
EN_SECOND = "Traffic on the bridge will stay limited to light vehicles until the end of the month."


@pytest.mark.parametrize("bar", [
    f"{EN_HEADLINE} | The Valley Ledger",
    f"{EN_HEADLINE} - The Valley Ledger",
])
def test_the_title_bar_names_a_site_the_reference_does_not_know(bar):
    page = _page(bar, EN_HEADLINE, "March 3, 2022", EN_LEAD, EN_SECOND)
    extraction = extract(page)
    assert extraction.fields["source"] == "The Valley Ledger"
    assert extraction.fields["title"] == EN_HEADLINE


@pytest.mark.parametrize("byline, author, outlet", [
    ("By Jane Roe, The Valley Ledger", "Jane Roe", "The Valley Ledger"),
    ("By Jane Roe for The Valley Ledger", "Jane Roe", "The Valley Ledger"),
    ("Par Jean Dupont pour Le Progrès du Lac", "Jean Dupont", "Le Progrès du Lac"),
    ("Por Ana Gómez, El Heraldo de la Costa", "Ana Gómez", "El Heraldo de la Costa"),
])
def test_a_byline_crediting_an_outlet_the_reference_does_not_know(byline, author, outlet):
    page = _page(EN_HEADLINE, byline, "March 3, 2022", EN_LEAD, EN_SECOND)
    extraction = extract(page)
    assert extraction.fields["source"] == outlet
    assert extraction.fields["authors"] == [author]


@pytest.mark.parametrize("byline, authors", [
    ("By Jane Roe and Mark Daily", ["Jane Roe", "Mark Daily"]),  # a surname that is a newspaper's word
    ("By Jane Roe, Staff Writer", ["Jane Roe"]),
])
def test_a_writer_is_no_outlet(byline, authors):
    page = _page(EN_HEADLINE, byline, "March 3, 2022", EN_LEAD, EN_SECOND)
    extraction = extract(page)
    assert extraction.fields["authors"] == authors
    assert extraction.fields["source"] == ""


VI_PAGE = ("Thời sự", VI_HEADLINE, "Thứ Hai, 12/3/2024 08:15 (GMT+7)")


@pytest.mark.parametrize("lines, expected", [
    ((*VI_PAGE, VI_LEAD, VI_SECOND, "Theo Báo Sông Lam"), "Báo Sông Lam"),
    ((*VI_PAGE, VI_LEAD, VI_SECOND, "Theo Tạp chí Miền Trung"), "Tạp chí Miền Trung"),
    ((*VI_PAGE, "(Báo Sông Lam) - " + VI_LEAD, VI_SECOND), "Báo Sông Lam"),
    ((*VI_PAGE, "(SLO) – " + VI_LEAD, VI_SECOND), "SLO"),
    ((EN_HEADLINE, "March 3, 2022", "(Valley Ledger) - " + EN_LEAD, EN_SECOND), "Valley Ledger"),
])
def test_a_credit_to_an_outlet_the_reference_does_not_know(lines, expected):
    assert extract(_page(*lines)).fields["source"] == expected


@pytest.mark.parametrize("lines", [
    (*VI_PAGE, VI_LEAD, "Theo báo cáo của sở giao thông, cây cầu có thể chịu tải trọng 30 tấn."),  # "the report": no outlet
    (*VI_PAGE, "(Video) - " + VI_LEAD, VI_SECOND),  # a kicker in brackets
    (EN_HEADLINE, "March 3, 2022", "(Updated) - " + EN_LEAD, EN_SECOND),
])
def test_no_credit_where_none_is_printed(lines):
    assert extract(_page(*lines)).fields["source"] == ""


ADDRESS = "https://www.valleyledger.org/news/2022/03/03/old-bridge-reopens"


@pytest.mark.parametrize("lines, expected", [
    ((ADDRESS, EN_HEADLINE, "March 3, 2022", EN_LEAD, EN_SECOND), "valleyledger.org"),  # printed above the page
    ((EN_HEADLINE, "March 3, 2022", EN_LEAD, EN_SECOND, ADDRESS), "valleyledger.org"),  # printed under it
    ((EN_HEADLINE, "March 3, 2022", EN_LEAD, EN_SECOND, "https://www.facebook.com/valleyledger"), ""),  # a shared link
])
def test_the_page_address_printed_alone_names_the_site(lines, expected):
    assert extract(_page(*lines)).fields["source"] == expected


def test_a_printed_address_outranks_a_press_contact_mail():
    page = _page(EN_HEADLINE, "March 3, 2022", EN_LEAD, EN_SECOND,
                 "Media contact: press@harbourboard.org", "https://www.valleyledger.org/news/old-bridge-reopens")
    assert extract(page).fields["source"] == "valleyledger.org"


@pytest.mark.parametrize("line", ["© 2020 a Harbourline plc subsidiary", "© 2021 une société du groupe Harbourline"])
def test_a_description_of_the_owner_names_no_holder(line):
    assert copyright_holder(line) is None
    assert extract(_page(EN_HEADLINE, "March 3, 2022", EN_LEAD, EN_SECOND, line)).fields["source"] == ""


# (the canonical link printed in the body, as some sites' templates do: not where
# trafilatura looks for it)
SAVED_PAGE = """<!doctype html><html lang="en"><head><title>Old bridge reopens to traffic</title>
<meta property="og:site_name" content="World News">
<meta property="article:published_time" content="2022-03-03T09:15:00+00:00"></head>
<body><link rel="canonical" href="https://www.reuters.com/article/old-bridge-reopens-idUS123"><article><h1>Old bridge reopens to traffic after repairs to its pillars</h1>
<p>The engineers of the town reopened the old bridge on Thursday after three days of work on its pillars, the mayor said.</p>
<p>Traffic on the bridge will stay limited to light vehicles until the end of the month, according to the council.</p>
</article></body></html>"""


def test_a_saved_page_keeps_the_address_its_markup_declares(tmp_path):
    from newsdossier.ingest import collect

    seed = tmp_path / "bridge.html"
    seed.write_text(SAVED_PAGE, encoding="utf-8")
    reading = collect(seed)[0][0].read()
    assert str(reading.known.best("url").value) == "https://www.reuters.com/article/old-bridge-reopens-idUS123"
    extraction = extract(reading.text, reading.known)
    fields = settle(extraction.fields, extraction.text_date, reading.known, extraction.source_cited)
    # a site name the reference does not know (a section's) gives way to the address's outlet
    assert fields["source"] == "Reuters"


@pytest.mark.parametrize("stamp, expected", [
    ("Thứ Năm, 4 tháng 7, 2019", "2019-07-04"),  # a blog's date header: no "ngày", the year after a comma
    ("Thứ Năm, 4 tháng 7 năm 2019", "2019-07-04"),
    ("Thứ Hai, 12/3/2024 08:15 (GMT+7)", "2024-03-12"),
    ("12/03/2024 - 08:15", "2024-03-12"),
])
def test_vietnamese_date_lines(stamp, expected):
    page = _page("Thời sự", VI_HEADLINE, stamp, VI_LEAD, VI_SECOND)
    assert extract(page).determined_date == expected


@pytest.mark.parametrize("sentence", [
    "Công trình kéo dài 2 tháng 10 ngày.",
    "Công trình bị chậm 3 tháng 6 năm 2019 vì thiếu vốn, theo báo cáo của ban quản lý dự án.",
    "Việc thi công bị chậm 2 tháng 10, 2020 mới xong phần móng của cây cầu bắc qua sông.",
])
def test_a_count_of_months_is_no_date(sentence):
    from newsdossier.dates import find_dates

    found = [d for d in find_dates(sentence) if d.kind == "date" and d.value.day]
    assert found == []


@pytest.mark.parametrize("line, expected", [
    ("Thứ Năm, 4 tháng 7, 2019", (2019, 7, 4)),
    ("Chủ Nhật, 4 tháng 7 năm 2019 08:15 (GMT+7)", (2019, 7, 4)),
    ("4 tháng 7 năm 2019", (2019, 7, 4)),
    ("Cập nhật: 4 tháng 7 năm 2019 08:15", (2019, 7, 4)),
])
def test_a_vietnamese_date_line_without_ngay(line, expected):
    from newsdossier.dates import find_dates

    found = [(d.value.year, d.value.month, d.value.day) for d in find_dates(line) if d.kind == "date" and d.value.day]
    assert found == [expected]
