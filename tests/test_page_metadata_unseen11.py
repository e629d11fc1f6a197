"""Date, dateline and outlet of pages of kinds met on real pages of outlets the labelled
corpus does not hold: each case is a page of our own making (an agency in brackets before the
dateline's place, a day and month in numbers; a dated line between dashes after a wire
dateline; a day, month and year run together; an outlet written in lower case told something
in running text; a writer and an agency signing the text with a slash; a future day in the
body, which never dates the page)."""

import pytest

from newsdossier.extract import extract

_TAIL = {
    "en": "The ministry said the unit would serve for a year.",
    "es": "El ministerio dijo que la unidad servirá un año.",
    "fr": "Le ministère a indiqué que l'unité servira un an.",
    "vi": "Đơn vị sẽ làm nhiệm vụ trong một năm.",
}


def _page(headline: str, *lines: str) -> str:
    return "\n\n".join((headline, *lines))


# An agency credited in brackets opening the lead, then a known place, a day and a month in
# numbers (or a day and a month's short name) and a dash: the place is the dateline's, the day
# the text's date, its year unknown.
@pytest.mark.parametrize("lead, place, date, source", [
    ("(TTXVN) Hà Nội, 4/3 - Bộ Quốc phòng tiễn một tổ sĩ quan lên đường sang Nam Sudan.", "Hanoi", "XXXX-03-04", "Vietnam News Agency"),
    ("(TTXVN) Hà Nội, 14-11 - Một tổ sĩ quan lên đường sang Nam Sudan sáng nay.", "Hanoi", "XXXX-11-14", "Vietnam News Agency"),
    ("(VNA) Hanoi, 21/9 - A team of officers left for South Sudan this morning.", "Hanoi", "XXXX-09-21", "Vietnam News Agency"),
    # (a known place, a day and a month's short name, the Spanish stop and dash)
    ("Nicosia, 22 jun.- Un grupo de cascos azules relevó hoy al contingente anterior.", "Nicosia", "XXXX-06-22", ""),
    ("Madrid, 3 feb. - Un grupo de cascos azules partió hoy hacia el Líbano.", "Madrid", "XXXX-02-03", ""),
    # (must not change) a number that is no date after a place
    ("Bunia, 300 - Les habitants ont manifesté devant la base de la mission.", "", "", ""),
])
def test_a_place_and_a_day_in_numbers_after_an_agency_credit(lead, place, date, source):
    language = "vi" if "Nam Sudan" in lead else "es" if "cascos" in lead else "fr" if "Les " in lead else "en"
    x = extract(_page("Sĩ quan lên đường" if language == "vi" else "Officers leave", lead, _TAIL[language]))
    assert (x.fields["dateline"], x.determined_date, x.fields["source"]) == (place, date, source)


# A wire dateline (a place and an agency in brackets) followed by the day printed whole between
# two dashes ("CITY (Agency) – 04.03.2024 – The ..."): the day is the dateline's, the text's date.
@pytest.mark.parametrize("lead, date", [
    ("MONTEVIDEO (Uypress) – 04.03.2024 – Un contingente de cascos azules partió hacia el Congo.", "2024-03-04"),
    ("MONTEVIDEO (Uypress) - 17/10/2023 - Un contingente de cascos azules partió hacia el Congo.", "2023-10-17"),
    ("ASUNCIÓN (EFE) — 5 de mayo de 2022 — Un contingente de cascos azules partió hacia Chipre.", "2022-05-05"),
    # (must not change) a dateline whose lead opens with no date
    ("MONTEVIDEO (Uypress) – Un contingente de cascos azules partió hacia el Congo.", ""),
])
def test_a_whole_date_between_dashes_after_a_wire_dateline(lead, date):
    x = extract(_page("Parten cascos azules", lead, _TAIL["es"]))
    assert (x.fields["dateline"].lower() in ("montevideo", "asunción"), x.determined_date) == (True, date)


# A day, a month's short name and a year run together ("04Mar2024", "4mar2024", "15ENE2023")
# opening the lead before the Spanish stop and dash is the page's date.
@pytest.mark.parametrize("lead, date", [
    ("04Mar2024.- Un contingente de cascos azules partió hoy hacia el Congo.", "2024-03-04"),
    ("4mar2024.- Un contingente de cascos azules partió hoy hacia el Congo.", "2024-03-04"),
    ("15ENE2023.- Un contingente de cascos azules partió hoy hacia el Líbano.", "2023-01-15"),
    # (must not change) a code of letters and digits that is no date
    ("A4X2024.- Un contingente de cascos azules partió hoy hacia el Líbano.", ""),
])
def test_a_day_month_and_year_run_together(lead, date):
    x = extract(_page("Parten cascos azules", lead, _TAIL["es"]))
    assert x.determined_date == date


# An outlet whose name is written in lower case ("la diaria") told something in running text
# ("dijo a la diaria", "explicó a la diaria") is the source the text cites.
@pytest.mark.parametrize("sentence, expected", [
    ("«Estamos listos para partir», dijo a la diaria el jefe del contingente.", "la diaria"),
    ("El coronel explicó a la diaria que el relevo se hará en mayo.", "la diaria"),
    ("Según contó a la diaria una fuente del ministerio, el grupo parte en mayo.", "la diaria"),
    # (must not change) the same words as an ordinary phrase, no outlet
    ("El coronel habló de la diaria rutina del contingente en la base.", ""),
])
def test_an_outlet_written_in_lower_case_told_in_running_text(sentence, expected):
    x = extract(_page("El relevo del contingente", "Un grupo de cascos azules partirá en mayo hacia el Congo.", sentence, _TAIL["es"]))
    assert x.fields["source"] == expected


# A writer and an agency signing the text with a slash under its last paragraph ("Tuấn
# Anh/TTXVN", "Jane Roe/AFP"): the writer is the author, the agency the source.
@pytest.mark.parametrize("signature, author, source", [
    ("Tuấn Anh/TTXVN", "Tuấn Anh", "Vietnam News Agency"),
    ("Minh Hà / TTXVN", "Minh Hà", "Vietnam News Agency"),
    ("Jane Roe/AFP", "Jane Roe", "Agence France-Presse"),
    # (must not change) two writers and no agency
    ("Tuấn Anh/Minh Hà", None, ""),
])
def test_a_writer_and_an_agency_signing_with_a_slash(signature, author, source):
    x = extract(_page("Sĩ quan lên đường",
                      "Sáng nay, một tổ sĩ quan lên đường làm nhiệm vụ gìn giữ hòa bình tại Nam Sudan.",
                      "Các sĩ quan sẽ làm việc tại phái bộ trong một năm.", signature))
    assert x.fields["source"] == source
    if author:
        assert x.fields["authors"] == [author]


# A day in the body that a verb puts in the future (a deployment, a vote to come) never dates
# the page: the text prints no publication date.
@pytest.mark.parametrize("lead, language", [
    ("A unit of peacekeepers will leave for South Sudan on 12 May 2025, the ministry said on Tuesday.", "en"),
    ("The Council is expected to vote on the mandate on 30 June 2025.", "en"),
    ("El contingente partirá el 12 de mayo de 2025 hacia el Congo, informó el ministerio.", "es"),
    ("Le contingent partira le 12 mai 2025 pour le Liban, a annoncé le ministère.", "fr"),
    ("Đơn vị sẽ lên đường sang Nam Sudan vào ngày 12/5/2025.", "vi"),
])
def test_a_future_day_never_dates_the_page(lead, language):
    x = extract(_page("Peacekeepers to deploy", lead, _TAIL[language]))
    assert x.determined_date == ""


_EN_LEAD = "A unit of peacekeepers left for South Sudan on Monday, the ministry said in a statement."


# A line crediting the text to an outlet with a phrase of writing before "by" ("Article by
# Example News", "Story by VOA News", "Écrit par ...") is a byline: a known outlet so named is
# the source.
@pytest.mark.parametrize("line, expected", [
    ("Article by VOA News", "Voice of America"),
    ("Story by Reuters", "Reuters"),
    ("Report by Xinhua", "Xinhua"),
    # (must not change) a line of prose that holds the same words
    ("The article by a local writer was widely shared on the day of the attack.", ""),
])
def test_a_credit_line_with_a_phrase_of_writing(line, expected):
    x = extract(_page("Peacekeepers leave", _EN_LEAD, _TAIL["en"], line))
    assert x.fields["source"] == expected


# An agency after a verb of reporting in running text ("..., reports UNB", "reported Xinhua")
# is the source the text cites.
@pytest.mark.parametrize("sentence, expected", [
    ("The unit will be deployed to the country's north, reports UNB.", "United News of Bangladesh"),
    ("The unit will be deployed to the country's north, reported Xinhua.", "Xinhua"),
    # (must not change) the same verb before a word that names no outlet
    ("The unit will be deployed to the north, reports said.", ""),
])
def test_an_agency_after_a_verb_of_reporting(sentence, expected):
    x = extract(_page("Peacekeepers leave", _EN_LEAD, sentence))
    assert x.fields["source"] == expected


# An agency and its desk's or writer's initials after a slash closing the text's last
# sentence after a dash (" – VNA/VI") sign the text: the agency is the source, the paragraph
# stays the text's (no photo's legend).
@pytest.mark.parametrize("last, expected", [
    ("Le colonel a indiqué que l'unité avait réparé une route de cinquante kilomètres entre les deux villes. – VNA/VI", "Vietnam News Agency"),
    ("Le colonel a indiqué que l'unité avait réparé une route de cinquante kilomètres entre les deux villes. - AFP/JR", "Agence France-Presse"),
    # (must not change) a photo's legend closed by an agency and a photographer's name
    ("Des soldats de l'unité sur la route de Abyei AFP/Jane Doe", ""),
])
def test_an_agency_and_initials_closing_the_text(last, expected):
    x = extract(_page("L'unité de génie revient d'Abyei", "L'unité de génie militaire est rentrée samedi après un an de mission à Abyei.", last))
    assert x.fields["source"] == expected


# A known place and a day without its year opening the lead below a standfirst ("• ..." then
# "Nicosia, 22 jun.- ..."): the dateline and the text's date.
@pytest.mark.parametrize("lines, place, date", [
    (["  • Cincuenta años después, la isla sigue dividida.", "Nicosia, 22 jun.- La misión sigue en la isla."], "Nicosia", "XXXX-06-22"),
    (["La misión cumple cincuenta años.", "Madrid, 3/2 - La misión sigue en la isla, dijo el ministerio."], "Madrid", "XXXX-02-03"),
])
def test_a_day_dated_dateline_after_a_standfirst(lines, place, date):
    x = extract(_page("La misión en la isla", *lines, _TAIL["es"]))
    assert (x.fields["dateline"], x.determined_date) == (place, date)


# The publication time of the page's markup copied into the text (a scraper's JSON record, a
# meta tag, a <time datetime>) dates the text where it prints no date line: its day as
# written, the local one before the UTC one, the UTC one where only it is given. A key of an
# edit ("modified") dates nothing.
@pytest.mark.parametrize("markup, date", [
    ('{"id":7,"date":"2022-01-17T19:37:52","date_gmt":"2022-01-17T12:37:52","content":{"rendered":"<p>' + _EN_LEAD + '</p>"}}', "2022-01-17"),
    ('{"id":7,"date_gmt":"2022-01-16T23:37:52","content":{"rendered":"<p>' + _EN_LEAD + '</p>"}}', "2022-01-16"),
    ('<time datetime="2021-11-30T06:00:00+07:00">', "2021-11-30"),
    # (must not change) a meta tag alone on its line, read as a date line already
    ('<meta property="article:published_time" content="2023-05-09T22:10:00Z">', "2023-05-09"),
    # (must not change) only an edit's time
    ('{"id":7,"modified":"2022-01-17T19:37:52","modified_gmt":"2022-01-17T12:37:52"}', ""),
])
def test_the_markup_publication_time_copied_into_the_text(markup, date):
    x = extract(_page("Peacekeepers leave", markup, _EN_LEAD, _TAIL["en"]))
    assert x.determined_date == date


# A headline with the page's stamp glued on after it, a full date and a clock time
# ("... Abyei 22/09/2025 14:11"), is the headline and the page's date line.
@pytest.mark.parametrize("first, title, date", [
    ("Chiến sĩ mũ nồi xanh lên đường sang Abyei 22/09/2025 14:11", "Chiến sĩ mũ nồi xanh lên đường sang Abyei", "2025-09-22"),
    ("Peacekeepers leave for Abyei March 3, 2024 10:15 am", "Peacekeepers leave for Abyei", "2024-03-03"),
    # (must not change) a sentence that closes with a day and its stop
    ("The unit will leave for Abyei on 22/09/2025 at 14:11.", None, ""),
])
def test_a_headline_with_the_stamp_glued_on(first, title, date):
    x = extract("\n\n".join((first, "Sáng nay, đơn vị lên đường làm nhiệm vụ tại Abyei, theo Bộ Quốc phòng cho biết hôm nay.", _TAIL["vi"])))
    assert x.determined_date == date
    if title:
        assert x.fields["title"] == title


_VI_LEAD = "Bộ Quốc phòng tiễn một tổ sĩ quan lên đường làm nhiệm vụ tại Nam Sudan."
_VI_SAPO = "Ba sĩ quan Việt Nam sẽ làm nhiệm vụ tại Nam Sudan trong một năm tới."


# The agency's credit and its dateline in the forms pages print around the lead: below a
# standfirst, alone on a line above the lead, glued to the place, the agency and its portal
# joined by a slash, a date word before the day.
@pytest.mark.parametrize("lines", [
    [_VI_SAPO, "(TTXVN) Hà Nội, 4/3 - " + _VI_LEAD],
    ["(TTXVN) Hà Nội, 4/3", _VI_LEAD],
    ["(TTXVN)Hà Nội, 4/3 - " + _VI_LEAD],
    ["(TTXVN/Vietnam+) Hà Nội, 4/3 - " + _VI_LEAD],
    ["(TTXVN) Hà Nội, ngày 4/3 - " + _VI_LEAD],
])
def test_an_agency_before_the_place_in_the_forms_pages_print(lines):
    x = extract(_page("Sĩ quan lên đường", *lines, _TAIL["vi"]))
    assert (x.fields["dateline"], x.determined_date, x.fields["source"]) == ("Hanoi", "XXXX-03-04", "Vietnam News Agency")


_ES_LEAD = "Un contingente de cascos azules partió hacia el Congo, informó el Ejército."


# A wire dateline with its day between dashes on a line of its own above the lead, and a day
# run together before the Spanish stop and dash glued to the lead's first word.
@pytest.mark.parametrize("lines, place, date", [
    (["MONTEVIDEO (Uypress) – 04.03.2024 –", _ES_LEAD], "Montevideo", "2024-03-04"),
    (["04Mar2024.-" + _ES_LEAD], "", "2024-03-04"),
    # (must not change) a word glued after a stop and a dash that follows no date
    (["Unos 200 cascos azules.-" + _ES_LEAD], "", ""),
])
def test_a_dated_wire_dateline_alone_and_a_glued_stop_and_dash(lines, place, date):
    x = extract(_page("Parten cascos azules", *lines, _TAIL["es"]))
    assert (x.fields["dateline"], x.determined_date) == (place, date)


# A short line naming a day that its words put in the future ("... will leave on 12 May
# 2025", "... partirá el ...", "... sẽ lên đường ngày ...") is no date line: the day is one to
# come, never the page's date.
@pytest.mark.parametrize("line, language", [
    ("Peacekeepers will leave for Abyei on 12 May 2025", "en"),
    ("El contingente partirá el 12 de mayo de 2025", "es"),
    ("Le contingent partira le 12 mai 2025", "fr"),
    ("Đơn vị sẽ lên đường ngày 12/5/2025", "vi"),
])
def test_a_line_naming_a_day_to_come_is_no_date_line(line, language):
    x = extract(_page(line, "Un contingente parte hacia la misión." if language == "es" else _EN_LEAD, _TAIL[language]))
    assert x.determined_date == ""
