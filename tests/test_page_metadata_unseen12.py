"""Date and outlet of pages of kinds met on real pages of outlets the labelled corpus does not
hold: each case is a page of our own making (a press-release wire's dateline, "PLACE, date
/Wire/ -"; a weekday with its day in brackets in a dateline; an outlet's name printed on the
date line where a writer's would stand; a periodical's credit "Name, month year"; a writer's
e-mail address on a line of its own; a writer's name after a "Source:" label; the site's name
run twice into the date line)."""

import datetime

import pytest

from newsdossier.extract import extract

_TAIL = {
    "en": "The ministry said the unit would serve for a year.",
    "es": "El ministerio dijo que la unidad servirá un año.",
    "fr": "Le ministère a indiqué que l'unité servira un an.",
}

_TODAY = datetime.date(2026, 12, 1)


def _page(*lines: str) -> str:
    return "\n".join(lines)


# A press-release wire's dateline: the place (and its region), the day, then the wire's name
# between slashes and a dash. The day is the page's date, the wire the outlet that carried it.
@pytest.mark.parametrize("lead, language, date, source", [
    ("GENEVA, Switzerland, 3 March 2021/Example Press Wire (EPW)/ -- The engineering company began work on the road.",
     "en", "2021-03-03", "Example Press Wire"),
    ("TORONTO, ON, le 9 mars 2022 /Fil Exemple/ - Le ministre a fait aujourd'hui la déclaration suivante sur les casques bleus.",
     "fr", "2022-03-09", "Fil Exemple"),
    ("MADRID, 4 de mayo de 2020 /Agencia Ejemplo/ -- El ministerio anunció el relevo del contingente en el Líbano.",
     "es", "2020-05-04", "Agencia Ejemplo"),
    # (must not change) a dated dateline without a wire
    ("NAIROBI, 3 March 2021 - The engineering company began work on the road.", "en", "2021-03-03", ""),
])
def test_a_press_release_wire_between_slashes_after_the_dateline_day(lead, language, date, source):
    x = extract(_page("Engineers start work", lead, _TAIL[language]), today=_TODAY)
    assert (x.determined_date, x.fields["source"]) == (date, source)


# A weekday with its day and month in brackets after the dateline's place ("JUBA, Tuesday
# (14 March) -"): the day is the dateline's, its year pinned where the years the text allows
# (from a year it names to today) hold one such weekday, unknown otherwise.
@pytest.mark.parametrize("lead, date", [
    ("JUBA, Tuesday (14 March) – The battalion, deployed in the state since 2021, opened a clinic for the town.", "2023-03-14"),
    ("JUBA, Tuesday (14 March) – The battalion opened a clinic for the town.", "XXXX-03-14"),
    ("BOR, Friday (9 June) – The engineers repaired the airstrip before the rains.", "XXXX-06-09"),
    # (must not change) an agency in brackets after the place
    ("JUBA (Xinhua) – The battalion opened a clinic for the town.", ""),
])
def test_a_weekday_with_its_day_in_brackets_in_a_dateline(lead, date):
    x = extract(_page("A clinic opens", lead, _TAIL["en"]), today=_TODAY)
    assert (x.fields["dateline"], x.determined_date) == ("Juba" if "JUBA" in lead else "Bor", date)


# An outlet's name printed where a writer's stands on the date line ("News Meridian  16-Apr-2019"):
# a name opening with a newspaper's word is the outlet's, not a writer's.
@pytest.mark.parametrize("line, source, authors", [
    ("News Meridian    16-Apr-2019", "News Meridian", []),
    ("Diario Ejemplar | 16/04/2019", "Diario Ejemplar", []),
    # (must not change) a writer's name
    ("Jane Newsome    16-Apr-2019", "", ["Jane Newsome"]),
])
def test_a_newspaper_name_on_the_date_line_is_the_outlet(line, source, authors):
    x = extract(_page("Peacekeepers receive medals", line, "Malakal, Apr 16: Some 150 peacekeepers received medals at a parade in the town.",
                      _TAIL["en"]), today=_TODAY)
    assert (x.determined_date, x.fields["source"], x.fields["authors"]) == ("2019-04-16", source, authors)


# A periodical's credit on one line, "Name, month year" or "Name, day month year" (a reprint
# of a magazine's piece): the name is the outlet when it reads as a periodical's, the date the
# page's; a place or a writer so printed is no outlet.
@pytest.mark.parametrize("line, date, source", [
    ("Revista del Ejemplo, septiembre 2005", "2005-09", "Revista del Ejemplo"),
    ("The Example Gazette, 4 August 2006", "2006-08-04", "The Example Gazette"),
    # (must not change) a place, a writer
    ("Nairobi, 4 August 2006", "2006-08-04", ""),
    ("Jane Roe, 4 August 2006", "2006-08-04", ""),
])
def test_a_periodicals_name_before_the_date_on_one_line(line, date, source):
    x = extract(_page("Back from the mission", "A year of work abroad", line,
                      "Thirty officers served for a year with the mission, training the local police.", _TAIL["en"]), today=_TODAY)
    assert (x.determined_date, x.fields["source"]) == (date, source)


# A writer's e-mail address on a line of its own under the writer's name: the name is the
# byline, the address's domain the outlet's (not a web mail service's).
@pytest.mark.parametrize("mail, source", [
    ("jroe@examplecourier.com.gt", "examplecourier.com.gt"),
    ("a.perez@diarioejemplo.es", "diarioejemplo.es"),
    # (must not change) a web mail service names no outlet
    ("jroe@gmail.com", ""),
])
def test_a_writers_mail_on_its_own_line_under_the_byline(mail, source):
    x = extract(_page("Juran los soldados", "Los soldados partirán a finales del mes.", "Juana Rodas", mail,
                      "Esta mañana un total de 115 soldados fueron despedidos por el presidente en la plaza central.",
                      _TAIL["es"]), today=_TODAY)
    assert (x.fields["source"], x.fields["authors"]) == (source, ["Juana Rodas"])


# A "Source:" label followed by a person's name (a given name, then a surname: the writer the
# site credits) names no outlet; an outlet's name after it still does.
@pytest.mark.parametrize("line, source", [
    ("Source: RAYMOND ASHIE", ""),
    ("Source: Michael Owusu", ""),
    # (must not change) an outlet known or not
    ("Source: Ghana News Agency", "Ghana News Agency"),
    ("Source: Example Courier", "Example Courier"),
])
def test_a_persons_name_after_a_source_label(line, source):
    x = extract(_page("General News of Monday, 29 January 2007", line, "Peacekeepers receive medals",
                      "The mission presented medals to the battalion at a parade in the capital.", _TAIL["en"]), today=_TODAY)
    assert (x.determined_date, x.fields["source"]) == ("2007-01-29", source)


# The site's name run twice into the date line after the day ("POLÍTICA14/03/2024DiarioSurDiarioSur":
# the page's author and publisher fields, both the site's): the name is the outlet.
@pytest.mark.parametrize("line, source", [
    ("NACIONALES30/08/2025PortalEjemploPortalEjemplo", "PortalEjemplo"),
    ("Política 14/03/2024 Sur Hoy Sur Hoy", "Sur Hoy"),
    # (must not change) a writer's name after the day, printed once
    ("NACIONALES30/08/2025Juana Rodas", ""),
])
def test_the_site_name_twice_on_the_date_line(line, source):
    x = extract(_page("Arribó el segundo contingente", "Los efectivos regresaron desde el Congo.", line,
                      "Los 174 efectivos fueron recibidos por la ministra de Defensa en la brigada.", _TAIL["es"]), today=_TODAY)
    assert x.fields["source"] == source


# An outlet's name opening a longer name in brackets ("(Voice of America Premises)": a
# building, a place) credits nothing; the outlet's name alone in brackets still does.
@pytest.mark.parametrize("sentence, source", [
    ("A parade was held at the battalion's base (Voice of America Premises) in Careysburg on Friday.", ""),
    ("A parade was held at the old station (Radio Okapi Building) in Bunia on Friday.", ""),
    # (must not change) the outlet alone in brackets
    ("A parade was held at the battalion's base in Bunia on Friday (Radio Okapi).", "Radio Okapi"),
])
def test_an_outlets_name_opening_a_longer_name_in_brackets(sentence, source):
    x = extract(_page("Medals for the battalion", sentence, _TAIL["en"]), today=_TODAY)
    assert x.fields["source"] == source


# A press release's label alone on its line ("Media Release", "Communiqué de presse") under
# the issuing body's name (its name in another language may follow it): the body issued the
# page, the top name of the block above the label; a label with no name above it names none.
@pytest.mark.parametrize("lines, source", [
    (("Example Defence Force", "Te Ope Taua Tauira", "Media Release", "Thursday May 26, 2005"), "Example Defence Force"),
    (("Ministère de la Défense de l'Exemple", "Communiqué de presse", "Lundi 4 mars 2019"), "Ministère de la Défense de l'Exemple"),
    (("Ministerio de Defensa de Ejemplo", "Nota de prensa", "4 de marzo de 2019"), "Ministerio de Defensa de Ejemplo"),
    # (must not change) the label alone
    (("Media Release", "Thursday May 26, 2005"), ""),
])
def test_the_body_above_a_press_release_label_issued_the_page(lines, source):
    x = extract(_page("Peacekeepers Honoured", *lines, "Peacekeepers Honoured",
                      "The contribution of the peacekeepers will be marked this Sunday at a parade in the capital.",
                      _TAIL["en"]), today=_TODAY)
    assert x.fields["source"] == source


# The press-release wires are outlets the reference knows: the name a release's dateline prints
# between slashes ("/PRNewswire/", "/CNW/", "/APO Group/") is read as the wire's one name.
@pytest.mark.parametrize("lead, source", [
    ("NEW YORK, Aug. 9, 2022 /PRNewswire/ -- A company opened a training centre for peacekeepers in the city.", "PR Newswire"),
    ("MONTRÉAL, le 9 août 2022 /CNW Telbec/ - Une entreprise a ouvert un centre de formation pour les casques bleus.", "Canada Newswire"),
    ("ABIDJAN, Côte d'Ivoire, 31 mai 2011/African Press Organization (APO)/ -- La mission a célébré la journée des casques bleus.", "APO Group"),
])
def test_a_press_release_wire_is_an_outlet_the_reference_knows(lead, source):
    x = extract(_page("A training centre opens", lead, _TAIL["en"]), today=_TODAY)
    assert x.fields["source"] == source


# A press release's label read where a byline stands ("Media Release" under the issuer's name)
# is no writer.
@pytest.mark.parametrize("label", ["Media Release", "Press Release", "Communiqué de presse", "Nota de prensa"])
def test_a_press_release_label_is_no_author(label):
    x = extract(_page("Peacekeepers Honoured", "Example Defence Force", label, "Thursday May 26, 2005", "Peacekeepers Honoured",
                      "The contribution of the peacekeepers will be marked this Sunday at a parade in the capital.",
                      _TAIL["en"]), today=_TODAY)
    assert label not in x.fields["authors"]


# A dateline with a colon after a known place: its country in square brackets ("NEW YORK [US]:")
# or its day ("Juba, Apr 16:", as South Asian papers print it in title case).
@pytest.mark.parametrize("lead, dateline", [
    ("NEW YORK [US]: As many as 135 peacekeepers received medals for their service in the state.", "New York"),
    ("Juba, Apr 16: Some 150 peacekeepers received medals at a parade in the town.", "Juba"),
    ("Goma, 3 March: The battalion opened a clinic for the displaced families.", "Goma"),
    # (must not change) a word that is no place before a day and a colon
    ("However, on March 3: the battalion opened a clinic for the displaced families.", ""),
])
def test_a_dateline_with_a_colon_after_a_bracketed_country_or_a_day(lead, dateline):
    x = extract(_page("Peacekeepers receive medals", lead, _TAIL["en"]), today=_TODAY)
    assert x.fields["dateline"] == dateline


# An agency's acronym written in title case alone on a line under the text ("Afp", as some
# sites sign a wire's copy) credits the agency; a word an alias shares with a page's menus
# ("Rss": a feed) does not.
@pytest.mark.parametrize("tail, source", [
    ("Afp", "Agence France-Presse"),
    ("Efe", "Agencia EFE"),
    # (must not change) the acronym in capitals; a menu's feed
    ("AFP", "Agence France-Presse"),
    ("Rss", ""),
])
def test_an_agencys_acronym_in_title_case_signing_the_text(tail, source):
    x = extract(_page("Le Maroc envoie des casques bleus",
                      "Le Maroc s'apprête à dépêcher près de 300 casques bleus à Haïti, a-t-on appris de source officielle.",
                      "Une cérémonie a été organisée en l'honneur de ce détachement dans une caserne du sud.",
                      tail, "Ces articles devraient vous intéresser :"), today=_TODAY)
    assert x.fields["source"] == source


# A numeric date whose order is ambiguous (day and month both 12 or less) printed with its
# weekday: the order the weekday agrees with ("Fri, 09/08/2017" is Friday 8 September 2017).
@pytest.mark.parametrize("line, date", [
    ("Fri, 09/08/2017 - 05:25", "2017-09-08"),
    ("Wed, 09/08/2017 - 05:25", "2017-08-09"),
    ("Thứ Sáu, 09/08/2017", "2017-09-08"),
    # (must not change) no weekday: the day first
    ("09/08/2017 - 05:25", "2017-08-09"),
])
def test_the_weekday_chooses_the_order_of_a_numeric_date(line, date):
    x = extract(_page("ID :", "460745", line, "First team departs for Lebanon",
                      "The first 215-member team left for Lebanon to join the interim force, the ministry said.",
                      _TAIL["en"]), today=_TODAY)
    assert x.determined_date == date


# A copyright line naming a paper whose name holds another paper's ("New Straits Times" holds
# "Straits Times"): the longer name, which the reference knows.
@pytest.mark.parametrize("line, source", [
    ("\u00a9 New Straits Times Press (M) Bhd", "New Straits Times"),
    # (must not change) the shorter name alone
    ("\u00a9 The Straits Times", "The Straits Times"),
])
def test_a_papers_name_holding_another_papers_name(line, source):
    x = extract(_page("Battalion to end its service", "KUALA LUMPUR: The battalion will end its service when the mandate expires next year.",
                      "The minister said the last team would leave next year.", line), today=_TODAY)
    assert x.fields["source"] == source
