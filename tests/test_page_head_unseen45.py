"""Page heads of kinds met on whole pages of outlets the labelled corpus does not hold: each case
is a page of our own making (a byline's name glued to the written date after it; an empty
byline label over the page's date line)."""

import datetime

import pytest

from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)
_HEADLINE = "Harbour pilots honoured in the old port"
_BODY = "Six harbour pilots were honoured on Friday in the old port, officials said. The pilots have served there since 2001."
_CUERPO = "Seis prácticos del puerto fueron homenajeados el viernes, dijeron las autoridades. Sirven allí desde 2001."
_CORPS = "Six pilotes du port ont été honorés vendredi dans le vieux port, ont indiqué les autorités. Ils y servent depuis 2001."


def _page(*lines: str) -> str:
    return "\n".join(lines)


# A byline's name run into the written date after it ("By Agencies20 Oct 2012 1:39 AM GMT",
# "Por Ana Ruiz14 de mayo de 2021"): the name is the writer's (or none, for "Agencies"), the
# date the page's.
@pytest.mark.parametrize("line, body, authors, date", [
    pytest.param("BY Agencies20 Oct 2012 1:39 AM GMT", _BODY, [], "2012-10-20", id="en-agencies"),
    pytest.param("By Jane Roe20 Oct 2012 1:39 AM GMT", _BODY, ["Jane Roe"], "2012-10-20", id="en-name"),
    pytest.param("Por Ana Ruiz14 de mayo de 2021", _CUERPO, ["Ana Ruiz"], "2021-05-14", id="es-de-mayo"),
    pytest.param("Par Marc Dubois3 juin 2019", _CORPS, ["Marc Dubois"], "2019-06-03", id="fr-juin"),
    # (must not change) the same apart
    pytest.param("By Jane Roe 20 Oct 2012 1:39 AM GMT", _BODY, ["Jane Roe"], "2012-10-20", id="en-apart"),
])
def test_a_byline_glued_to_a_written_date(line, body, authors, date):
    x = extract(_page(_HEADLINE, line, body), today=_TODAY)
    assert (x.fields["authors"], x.determined_date) == (authors, date)


# (must not change) a name in capitals with its number before a month is no glue: "COVID19"
# stays one word
def test_a_capitalised_name_with_its_number_stays_whole():
    from newsdossier.segment import split_lines

    assert "COVID19 Oct 2020" in split_lines("Vaccines for COVID19 Oct 2020 report\n")[0]


# A byline label printed alone with its name left out, over the page's date line ("Por:" then
# "28 Noviembre, 2015"): the date line is no writer, it is the page's date.
@pytest.mark.parametrize("label, line, body, date", [
    pytest.param("Por:", "28 Noviembre, 2015", _CUERPO, "2015-11-28", id="es-por"),
    pytest.param("By:", "November 28, 2015", _BODY, "2015-11-28", id="en-by"),
    pytest.param("Par :", "28 novembre 2015", _CORPS, "2015-11-28", id="fr-par"),
])
def test_an_empty_byline_label_over_the_date_line(label, line, body, date):
    x = extract(_page(_HEADLINE, label, line, body), today=_TODAY)
    assert (x.fields["authors"], x.determined_date) == ([], date)


# (must not change) the label over a name keeps the name, the date line under it the day
def test_a_byline_label_over_a_name_keeps_it():
    x = extract(_page(_HEADLINE, "By:", "Jane Roe", "November 28, 2015", _BODY), today=_TODAY)
    assert (x.fields["authors"], x.determined_date) == (["Jane Roe"], "2015-11-28")


_STANDFIRST = "Six pilots and a tug crew were honoured for forty years of safe work in the harbour."


# A day without its year printed above every headline (a site's widget, "28 Marzo"), then the
# headline, maybe its standfirst, and the article's full date line: the full date is the
# page's, the day without a year the widget's.
@pytest.mark.parametrize("lines, date", [
    pytest.param(["Radio Ejemplo", "EN VIVO", "Notables", "28 Marzo", _HEADLINE, _STANDFIRST, "28 Noviembre, 2015", _CUERPO],
                 "2015-11-28", id="es-widget-standfirst"),
    pytest.param(["Example Radio", "LIVE", "Highlights", "March 28", _HEADLINE, _STANDFIRST, "November 28, 2015", _BODY],
                 "2015-11-28", id="en-widget-standfirst"),
    pytest.param(["Radio Ejemplo", "Notables", "28 Marzo", _HEADLINE, "28 Noviembre, 2015", _CUERPO],
                 "2015-11-28", id="es-widget-no-standfirst"),
    # (must not change) a full date above every headline and a day without its year under it:
    # the full date stays
    pytest.param(["Radio Ejemplo", "28 Noviembre, 2015", _HEADLINE, _STANDFIRST, "28 Marzo", _CUERPO],
                 "2015-11-28", id="es-full-date-above-stays"),
])
def test_a_yearless_day_above_the_headline_yields_to_the_full_date_under_it(lines, date):
    assert extract(_page(*lines), today=_TODAY).determined_date == date


# A city, a comma and a day with its month alone on a line under the headline, above the lead
# ("Kathmandu, December 14", "GOMA, 3 mars 2021 10:30"): the dispatch's dateline set on a line
# of its own, and the page's day.
@pytest.mark.parametrize("line, body, dateline, date", [
    pytest.param("Kathmandu, December 14", _BODY, "Kathmandu", "XXXX-12-14", id="en-city-day"),
    pytest.param("GOMA, 3 mars 2021 10:30", _CORPS, "Goma", "2021-03-03", id="fr-caps-city-full-date-time"),
    pytest.param("Bamako, 3 de marzo de 2021", _CUERPO, "Bamako", "2021-03-03", id="es-city-full-date"),
    # (must not change) a country so printed is no dateline; the date stays the page's
    pytest.param("Mali, 3 mars 2021", _CORPS, "", "2021-03-03", id="fr-country-no-dateline"),
])
def test_a_city_and_its_day_alone_under_the_headline(line, body, dateline, date):
    x = extract(_page(_HEADLINE, line, body), today=_TODAY)
    assert (x.fields["dateline"], x.determined_date) == (dateline, date)


# (must not change) a city and a day above the headline is the site's header, no dateline
def test_a_city_and_its_day_above_the_headline_is_no_dateline():
    x = extract(_page("Kathmandu, December 14", _HEADLINE, _BODY), today=_TODAY)
    assert x.fields["dateline"] == ""


# A dateline set on a line of its own with its colon, the lead on the line under it ("New
# Delhi:", "United Nations:"): the place is the dateline, as when the lead opens with it.
@pytest.mark.parametrize("line, dateline", [
    pytest.param("New Delhi:", "New Delhi", id="en-city-colon"),
    pytest.param("United Nations:", "United Nations", id="en-seat-colon"),
    # (must not change) a country, a label: no dateline
    pytest.param("Mali:", "", id="country-colon"),
    pytest.param("Note:", "", id="label-colon"),
])
def test_a_colon_dateline_alone_over_the_lead(line, dateline):
    body = "Six harbour pilots were honoured on Friday in the old port, officials said on the quay.\nThe pilots have served there since 2001."
    assert extract(_page(_HEADLINE, line, body), today=_TODAY).fields["dateline"] == dateline


# A byline's name glued to a day with its ending or a year after "del" ("Par Marc Dubois1er juin
# 2019", "Por Ana Ruiz14 de mayo del 2021") is the same glue; a term in lower case with its
# number before a month ("the covid19 March 2020 lockdown") is no glue and stays whole.
@pytest.mark.parametrize("line, body, authors, date", [
    pytest.param("Par Marc Dubois1er juin 2019", _CORPS, ["Marc Dubois"], "2019-06-01", id="fr-1er"),
    pytest.param("Por Ana Ruiz14 de mayo del 2021", _CUERPO, ["Ana Ruiz"], "2021-05-14", id="es-del"),
    # the day's link to its month read from the dates data file, English's "of" as Spanish's "de"
    pytest.param("By Jane Roe1st of March 2021", _BODY, ["Jane Roe"], "2021-03-01", id="en-1st-of"),
])
def test_a_byline_glued_to_a_day_with_its_ending_or_del(line, body, authors, date):
    x = extract(_page(_HEADLINE, line, body), today=_TODAY)
    assert (x.fields["authors"], x.determined_date) == (authors, date)


@pytest.mark.parametrize("row, kept", [
    pytest.param("Cases fell after the covid19 March 2020 lockdown", "covid19 March 2020", id="en-term"),
    pytest.param("Los datos de #covid19 abril 2020 bajaron", "#covid19 abril 2020", id="es-hashtag"),
    # (must not change) a short word glued to its day gets its space
    pytest.param("Publié le12 mai 2021", "le 12 mai 2021", id="fr-le"),
])
def test_a_term_with_its_number_before_a_month_stays_whole(row, kept):
    from newsdossier.segment import split_lines

    assert kept in split_lines(row + "\n")[0]


# Minutes with a reading word after a sentence's words, not after the day or its time ("El 14
# de mayo de 2021 el juez dedicó 40 minutos de lectura.", "Ngày 14/5/2021 ông đọc 5 phút.",
# he read for 5 minutes): the line stays a sentence.
@pytest.mark.parametrize("line", [
    pytest.param("El 14 de mayo de 2021 el juez dedicó 40 minutos de lectura.", id="es-dedico-de-lectura"),
    pytest.param("Ngày 14/5/2021 ông đọc 5 phút.", id="vi-ong-doc"),
])
def test_minutes_of_reading_in_a_sentence_keep_it_no_date_line(line):
    from newsdossier.segment import is_date_line

    assert not is_date_line(line)


# A city, a comma and an article before the day ("Paris, le 3 mars 2021", as French pages and
# UN statements print it) is the same dateline set alone.
@pytest.mark.parametrize("line, body, dateline, date", [
    pytest.param("Paris, le 3 mars 2021", _CORPS, "Paris", "2021-03-03", id="fr-le"),
    pytest.param("Bamako, el 3 de marzo de 2021", _CUERPO, "Bamako", "2021-03-03", id="es-el"),
])
def test_a_city_and_its_day_after_an_article_alone_under_the_headline(line, body, dateline, date):
    x = extract(_page(_HEADLINE, line, body), today=_TODAY)
    assert (x.fields["dateline"], x.determined_date) == (dateline, date)


# (must not change the page's dateline) a city's name alone with its colon over each answer
# of an interview ("Santiago:") is the speaker's name, no place
def test_a_speaker_label_repeated_in_an_interview_is_no_dateline():
    page = _page("Una casco azul recuerda su primera misión", "Periodista:", "¿Cómo fue la llegada al campamento?", "Santiago:",
                 "Llegamos al campamento antes del alba y nadie nos explicó por qué debíamos irnos tan pronto.",
                 "Periodista:", "¿Quién dio la orden?", "Santiago:",
                 "El comandante de la compañía, que luego se disculpó con todos nosotros en el patio.")
    assert extract(page, today=_TODAY).fields["dateline"] == ""


# (must not change the page's dateline) two places alone with their colons ("Goma:", then
# "Bukavu:") head the parts of a round-up: the first is no dateline
@pytest.mark.parametrize("lines", [
    pytest.param(["Peacekeepers across the region report a quiet week", "Goma:",
                  "Twelve patrols crossed the lake shore this week without meeting any armed group, officers said.", "Bukavu:",
                  "Engineers finished the new bridge on the road to the airport after three months of work, the mission said."], id="en"),
    pytest.param(["Les casques bleus de la région font le point", "Goma :",
                  "Douze patrouilles ont longé la rive du lac cette semaine sans croiser de groupe armé, selon les officiers.", "Bukavu :",
                  "Les ingénieurs ont achevé le nouveau pont sur la route de l'aéroport après trois mois de travaux."], id="fr"),
])
def test_places_heading_a_round_up_are_no_dateline(lines):
    assert extract(_page(*lines), today=_TODAY).fields["dateline"] == ""


# A byline label printed alone over a name and the date after it ("By:" then "Jane Roe, May 28,
# 2015"): the name is the writer, the date the page's, as when label and value share a line; a
# weekday or a date label before the date ("Saturday, May 28, 2015") is no writer.
@pytest.mark.parametrize("label, line, body, authors, date", [
    pytest.param("By:", "Jane Roe, May 28, 2015", _BODY, ["Jane Roe"], "2015-05-28", id="en-name-comma-date"),
    pytest.param("Por:", "Ana Ruiz, 28 Noviembre, 2015", _CUERPO, ["Ana Ruiz"], "2015-11-28", id="es-name-comma-date"),
    # (must not change) a weekday or a date label before the date is no writer
    pytest.param("By:", "Saturday, May 28, 2015", _BODY, [], "2015-05-28", id="en-weekday"),
    pytest.param("Por:", "Publicado el 28 Noviembre, 2015", _CUERPO, [], "2015-11-28", id="es-publicado"),
])
def test_a_byline_label_over_a_name_and_its_date(label, line, body, authors, date):
    x = extract(_page(_HEADLINE, label, line, body), today=_TODAY)
    assert (x.fields["authors"], x.determined_date) == (authors, date)


# (must not change) a city's name with its colon over a long headline (a kicker, "New York:",
# "Hà Nội:") is not joined to it: the headline stays whole and no dateline is read
@pytest.mark.parametrize("lines, title", [
    pytest.param(["World News", "New York:", "Security Council extends the peacekeeping mission in South Sudan for another full year after long talks",
                  "May 28, 2015", _BODY], "Security Council extends the peacekeeping mission in South Sudan for another full year after long talks", id="en"),
    pytest.param(["Hà Nội:", "Lực lượng gìn giữ hòa bình Việt Nam nhận nhiệm vụ mới tại Nam Sudan trong năm nay với nhiều khó khăn", "28/05/2015",
                  "Sáu hoa tiêu cảng đã được vinh danh hôm thứ Sáu tại cảng cũ, các quan chức cho biết."],
                 "Lực lượng gìn giữ hòa bình Việt Nam nhận nhiệm vụ mới tại Nam Sudan trong năm nay với nhiều khó khăn", id="vi"),
])
def test_a_city_kicker_over_a_long_headline_is_not_joined_to_it(lines, title):
    x = extract(_page(*lines), today=_TODAY)
    assert (x.fields["title"], x.fields["dateline"]) == (title, "")
