"""The outlet and the publication date of whole pages copied from a browser (menus, footer,
related articles and all): each case is a page of our own, written to the layout of a kind
met on real pages of outlets the labelled corpus does not hold."""

import pytest

from newsdossier.extract import copyright_holder, extract
from newsdossier.reference import reference


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


LEAD = {
    "en": "The engineers of the town reopened the old bridge on Tuesday after three days of work on its pillars, the mayor said.",
    "fr": "Les ingénieurs de la ville ont rouvert le vieux pont mardi après trois jours de travaux sur ses piliers, a indiqué le maire.",
    "es": "Los ingenieros de la ciudad reabrieron el viejo puente el martes tras tres días de obras en sus pilares, informó el alcalde.",
    "vi": "Các kỹ sư của thành phố đã mở lại cây cầu cũ vào thứ Ba sau ba ngày sửa chữa các trụ cầu, ông thị trưởng cho biết.",
}
SECOND = {
    "en": "Traffic on the bridge will stay limited to light vehicles until the end of the month.",
    "fr": "La circulation sur le pont restera limitée aux véhicules légers jusqu'à la fin du mois.",
    "es": "El tráfico en el puente quedará limitado a vehículos ligeros hasta fin de mes.",
    "vi": "Giao thông trên cầu sẽ chỉ dành cho xe nhẹ cho đến cuối tháng.",
}


def _source(*lines: str) -> str | None:
    return extract(_page(*lines)).fields.get("source")


# A page's link to its news feed ("RSS") is no credit to the Nepalese agency of that
# abbreviation; the agency is still read where it is credited in brackets.
@pytest.mark.parametrize("menu", ["RSS", "Subscribe to our RSS feeds", "S'abonner aux flux RSS", "Suscríbete al RSS"])
def test_a_news_feed_link_is_no_agency(menu):
    page = _page("Home", "World", menu, "Engineers reopen the old bridge after three days of work", LEAD["en"], SECOND["en"])
    assert extract(page).fields.get("source") in (None, "")


def test_the_agency_credited_in_brackets_is_still_read():
    assert reference().reporting_sources_in("Kathmandu, 4 May (RSS): The bridge reopened on Tuesday.")[0]["name"] == "Rastriya Samachar Samiti"


# A word written with an accent the outlet's name lacks is another word ("República", a
# country's name, is no "Republica"); the name written without its accents still counts.
@pytest.mark.parametrize("line, expected", [
    ("LA REPÚBLICA", None),
    ("República Dominicana", None),
    ("EL PAIS", "El País"),
    ("El Pais", "El País"),
    ("El País", "El País"),
])
def test_an_added_accent_makes_another_word(line, expected):
    # (as a copyright line's holder: "El País" alone in a menu is also a section's name)
    row = reference().sources_in(line, credit=True)
    assert (row["name"] if row else None) == expected


# An outlet whose spellings differ in capitals ("Dân trí", "Dan Tri") is known in any of them.
@pytest.mark.parametrize("line", ["Dân trí", "Dan Tri"])
def test_any_spelling_of_an_outlet(line):
    assert reference().sources_in(line)["name"] == "Dân trí"


# Where two names start at the same place, the longer one is the outlet ("ABC News" is not
# the Spanish daily ABC).
def test_the_longest_outlet_name_wins():
    assert reference().sources_in("© 2023 ABC News Internet Ventures. All rights reserved.")["name"] == "ABC News"


@pytest.mark.parametrize("line, holder", [
    ("Copyright 2021 © The Riverside Gazette. All rights reserved.", "The Riverside Gazette"),
    ("© 2021 The Riverside Gazette", "The Riverside Gazette"),
    # the reserved rights printed in capitals without their accents
    ("© 2021 GAZETTE DU NORD TOUS DROITS RESERVES", "GAZETTE DU NORD"),
    ("© 2021 Gaceta del Norte. Derechos reservados.", "Gaceta del Norte"),
    # a dash left before the reserved rights
    ("© 2020 Riverside Média - Tous droits réservés |", "Riverside Média"),
    # the year after the holder, closed by a stop
    ("© Riverside Media Group 2021.", "Riverside Media Group"),
])
def test_a_year_between_two_copyright_marks(line, holder):
    assert copyright_holder(line) == holder


# A photo's copyright ("© Jane Roe" under a picture: no year, no reserved rights, a name the
# page's menus never print) is the photographer's, not the publisher's.
@pytest.mark.parametrize("language, credit", [
    ("en", "© Jane Roe"), ("fr", "© Jean Dupont"), ("es", "© Juan Pérez"),
])
def test_a_photo_copyright_is_no_outlet(language, credit):
    page = _page("Home", "Engineers reopen the old bridge after three days of work", LEAD[language], credit, SECOND[language])
    assert extract(page).fields.get("source") in (None, "")


# The same bare "© Name" line is the site's when the page's menus print that name too.
def test_a_bare_copyright_naming_the_site_of_the_menus():
    page = _page("The Riverside Gazette", "Home", "Engineers reopen the old bridge after three days of work",
                 LEAD["en"], SECOND["en"], "About The Riverside Gazette", "© The Riverside Gazette")
    assert extract(page).fields.get("source") == "The Riverside Gazette"


# The outlet a page's menus name again and again is its publisher; one named once in a list
# of partner sites is another site.
@pytest.mark.parametrize("language, own, other", [
    ("en", "Fox News", "Financial Times"),
    ("fr", "Ouest-France", "Le Figaro"),
    ("es", "Infobae", "El País"),
])
def test_the_outlet_the_menus_repeat(language, own, other):
    page = _page(own, "Home", other, "Engineers reopen the old bridge after three days of work",
                 LEAD[language], SECOND[language], f"{own} newsletters", f"About {own}")
    assert extract(page).fields.get("source") == own


# A copyright line's holder is the publisher, not the group it names as owner further on.
def test_the_copyright_holder_not_its_owner():
    page = _page("Home", "Engineers reopen the old bridge after three days of work", LEAD["fr"], SECOND["fr"],
                 "Ouest-France", "Le Figaro", "© 2020 gazette-du-nord.fr, détenu par Ouest-France")
    assert extract(page).fields.get("source") == "gazette-du-nord.fr"


# The site's copyright printed in the footer after the related articles still names it.
@pytest.mark.parametrize("language, marker, copyright_line, expected", [
    ("en", "Related stories", "© 2023 Newsweek Digital LLC. All rights reserved.", "Newsweek"),
    ("fr", "À lire aussi", "© 2023 Le Parisien. Tous droits réservés.", "Le Parisien"),
    ("es", "Noticias relacionadas", "© 2023 Listín Diario. Todos los derechos reservados.", "Listín Diario"),
])
def test_the_copyright_after_the_related_articles(language, marker, copyright_line, expected):
    page = _page("Home", "Engineers reopen the old bridge after three days of work", LEAD[language], SECOND[language],
                 marker, "Floods close the road to the coast for a week", copyright_line)
    assert extract(page).fields.get("source") == expected


# A Vietnamese date widget's month and year, copied glued together or apart at the end of a
# line ("Tháng 102018"), is that month of that year; a month followed by a count is not.
@pytest.mark.parametrize("text, expected", [
    ("Tháng 102018", "2018-10"),
    ("Tháng 12019", "2019-01"),
    ("Tháng 122020", "2020-12"),
    ("Tháng 10 2018", "2018-10"),
    ("tháng 5 2000 người dân", "XXXX-05"),
])
def test_a_month_and_year_glued(text, expected):
    from newsdossier.dates import find_dates

    first = next(d for d in find_dates(text) if d.kind == "date")
    assert first.value.edtf() == expected


# Digits glued after "tháng" inside a line are a count, not a month and a year: only a date
# widget's line ends with them.
@pytest.mark.parametrize("text", [
    "Tháng 12000 người dân đã nhận được hàng cứu trợ.",
    "Trong tháng 12020 lượt khách đã đến thăm bảo tàng.",
])
def test_digits_glued_inside_a_line_are_no_date(text):
    from newsdossier.dates import find_dates

    assert [d for d in find_dates(text) if d.kind == "date"] == []


# An embedded post's signature ("— Name (@handle) date") dates the post, not the article:
# a text with no other date has no printed publication date.
@pytest.mark.parametrize("language, signature", [
    ("en", "— Harbour Office (@harbour_office) February 6, 2020"),
    ("fr", "— Service météo (@meteo_nord) 6 février 2020"),
    ("es", "— Servicio Meteorológico (@smn_sur) 6 de febrero de 2020"),
])
def test_an_embedded_post_signature_is_no_date_line(language, signature):
    page = _page("Engineers reopen the old bridge after three days of work", LEAD[language],
                 "The storm that closed it was the strongest of the winter.", signature, SECOND[language])
    extraction = extract(page)
    assert not extraction.text_date[1] == "explicit"
    assert "2020-02-06" != extraction.determined_date


# A day the text prints without its year ("7 oct (EFE)") takes the year of an address that
# gives the year and the same month.
@pytest.mark.parametrize("text_day, address, expected", [
    ("XXXX-10-07", "2020-10", "2020-10-07"),
    ("XXXX-10-07", "2020", "2020-10-07"),
    ("XXXX-10-07", "2020-09", "2020-09"),
])
def test_the_year_of_the_address_dates_a_printed_day(text_day, address, expected):
    from newsdossier.ingest.known import Known
    from newsdossier.ingest.precedence import settle_date

    known = Known()
    known.add("date", address, "address", f"{address} in the address")
    assert settle_date((text_day, "inferred", "dateline without a year: 7 oct"), known)[0] == expected


# A day the text only names (an event's, "on the 7th of October") is not dated so: the
# address's month stays.
def test_an_event_day_takes_no_year_from_the_address():
    from newsdossier.ingest.known import Known
    from newsdossier.ingest.precedence import settle_date

    known = Known()
    known.add("date", "2020-10", "address", "2020/10 in the address")
    assert settle_date(("XXXX-10-07", "inferred", "the latest day the first paragraph names"), known)[0] == "2020-10"


# A lead that opens with a day put in the article's own week ("Ce vendredi 29 mai, ...") is
# of that day; its year stays unknown when nothing pins it.
@pytest.mark.parametrize("lead", [
    "Ce mardi 14 mars, les ingénieurs de la ville rouvrent le vieux pont après trois jours de travaux.",
    "Este 14 de marzo, los ingenieros de la ciudad reabren el viejo puente tras tres días de obras.",
    "This Tuesday, 14 March, the town's engineers reopen the old bridge after three days of work.",
])
def test_a_lead_opening_with_this_day(lead):
    page = _page("Engineers reopen the old bridge after three days of work", lead, "The bridge was built long ago.")
    assert extract(page).determined_date == "XXXX-03-14"


# The same opening about what is to come, or a "this Tuesday" later in the lead, does not
# date the article.
@pytest.mark.parametrize("lead", [
    "Ce mardi 14 mars, les ingénieurs de la ville rouvriront le vieux pont après trois jours de travaux.",
    "The town's engineers said the old bridge reopens this Tuesday, 14 March, after three days of work.",
])
def test_a_day_to_come_or_later_in_the_lead_is_not_the_article_day(lead):
    page = _page("Engineers reopen the old bridge after three days of work", lead, "The bridge was built long ago.")
    assert extract(page).determined_date == ""


# A site's header prints today's date above every headline; the date beside the author's
# name under the headline is the article's.
@pytest.mark.parametrize("language, header, byline, expected", [
    ("en", "Tuesday, March 21, 2023", "By Jane Roe, March 14, 2023 2:30 pm", "2023-03-14"),
    ("fr", "Mardi 21 mars 2023", "Par Jean Dupont, 14 mars 2023 à 14h30", "2023-03-14"),
    ("es", "Martes, 21 de marzo de 2023", "Por Juan Pérez, 14 de marzo de 2023", "2023-03-14"),
    # a byline's date after the header's: the header's is no today's date, it stays
    ("en", "March 10, 2023", "By Jane Roe, March 14, 2023 2:30 pm", "2023-03-10"),
])
def test_the_byline_date_under_a_header_date(language, header, byline, expected):
    page = _page(header, "Home", "World", "Engineers reopen the old bridge after three days of work", byline,
                 LEAD[language], SECOND[language])
    assert extract(page).determined_date == expected


# A site's name glued to the page's numeric date ("La Gaceta16.08.2020 - 21:03h") still
# leaves a date line.
@pytest.mark.parametrize("language, line, expected", [
    ("es", "La Gaceta del Sur16.08.2020 - 21:03h", "2020-08-16"),
    ("fr", "Le Courrier du Nord16/08/2020 à 21h03", "2020-08-16"),
    ("en", "Harbour Times16/08/2020 9:03", "2020-08-16"),
])
def test_a_site_name_glued_to_the_date_line(language, line, expected):
    page = _page("Engineers reopen the old bridge after three days of work", line, LEAD[language], SECOND[language])
    assert extract(page).determined_date == expected
