"""Outlet and date of pasted pages: a date written with commas throughout, a footer link read
as a copyright holder, a publishing company's name over its newspaper's, an agency credited on
the lines of a picture gallery, a site named in its search box. Each case is a page of our own,
written to the layout of a kind met on real pages of outlets the labelled corpus does not hold."""

import pytest

from newsdossier.dates import find_dates
from newsdossier.extract import copyright_holder, extract
from newsdossier.datevalue import PartialDate


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


_BODY = ("The river authority agreed on Monday to rebuild the flood wall along the old quay, a plan the "
         "town's shopkeepers had asked for since the water reached their doors last winter.\n"
         "Work starts in the spring and should last eight months, a spokeswoman for the authority told "
         "the council, which will pay a third of the cost.")

_CUERPO = ("La autoridad del río aprobó el lunes reconstruir el muro del muelle viejo, un plan que los "
           "comerciantes del pueblo pedían desde que el agua llegó a sus puertas el invierno pasado.\n"
           "Las obras empezarán en primavera y durarán ocho meses, dijo una portavoz de la autoridad "
           "ante el concejo, que pagará un tercio del costo.")


# A date written with commas throughout ("26, Abril, 2022"): the day is kept.
@pytest.mark.parametrize("printed, expected", [
    ("14, Mayo, 2021", PartialDate(2021, 5, 14)),
    ("3, March, 2020", PartialDate(2020, 3, 3)),
    ("9, juillet, 2019", PartialDate(2019, 7, 9)),
])
def test_a_date_written_with_commas_throughout_keeps_its_day(printed, expected):
    assert [d.value for d in find_dates(printed)] == [expected]


# (must not change) a number before a comma and a month with no comma before the year is no day
@pytest.mark.parametrize("printed, expected", [
    ("chapter 3, March 2020", [PartialDate(2020, 3, None)]),
    ("apartado 2, mayo", []),
    ("14 Mayo, 2021", [PartialDate(2021, 5, 14)]),
])
def test_a_number_before_a_comma_is_no_day_of_the_month(printed, expected):
    assert [d.value for d in find_dates(printed)] == expected


@pytest.mark.parametrize("line", ["14, Mayo, 2021", "Publicado: 14, Mayo, 2021"])
def test_a_pages_date_line_with_commas_throughout(line):
    text = _page("Inicio", "Noticias", "El río tendrá un muro nuevo en el muelle viejo", "Por Marta Ibáñez", line, _CUERPO)
    assert extract(text).determined_date == "2021-05-14"


# The text of the footer's next link read where a copyright line names its holder ("Todos los
# derechos reservados - 2022 Políticas y estándares") is no outlet.
@pytest.mark.parametrize("line", [
    "©Todos los derechos reservados - 2022 Políticas y estándares",
    "All rights reserved - 2023 Privacy Policy",
    "Tous droits réservés - 2021 Mentions légales",
])
def test_a_footer_link_is_no_copyright_holder(line):
    assert copyright_holder(line) is None


# (must not change) a holder's name is still read
@pytest.mark.parametrize("line, expected", [
    ("© 2022 Diario del Valle. Todos los derechos reservados", "Diario del Valle"),
    ("Copyright 2023 Foreign Affairs Weekly. All rights reserved.", "Foreign Affairs Weekly"),
])
def test_a_holders_name_is_still_read(line, expected):
    assert copyright_holder(line) == expected


def test_a_footer_link_gives_the_page_no_outlet():
    text = _page("Inicio", "El río tendrá un muro nuevo en el muelle viejo", "Por Marta Ibáñez", "14 de mayo de 2021",
                 _CUERPO, "SUSCRÍBETE", "©Todos los derechos reservados - 2022 Políticas y estándares", "DEPORTES")
    assert extract(text).fields.get("source") != "Políticas y estándares"


# A publishing company named after its newspaper ("La Voz Serrana Ediciones, SLU"): the
# newspaper's name where the page prints it.
@pytest.mark.parametrize("masthead, copyright_line, expected", [
    ("La Voz Serrana", "© La Voz Serrana Ediciones, SLU Todos los derechos reservados.", "La Voz Serrana"),
    ("Harbour Express", "Copyright © 2023 Harbour Express Newspapers Ltd. All rights reserved.", "Harbour Express"),
    # (must not change) a name the page does not print alone stays the holder's
    ("Portada", "© La Voz Serrana Ediciones Todos los derechos reservados.", "La Voz Serrana Ediciones"),
])
def test_a_publishing_companys_name_gives_its_newspapers(masthead, copyright_line, expected):
    text = _page("Inicio", "El río tendrá un muro nuevo en el muelle viejo", "Por Marta Ibáñez", "14 de mayo de 2021",
                 _CUERPO, "Lee también", "Más noticias del valle", masthead, copyright_line, "Aviso legal")
    assert extract(text).fields["source"] == expected


# An agency credited on lines of its own under a gallery's pictures ("EFE") does not outrank
# the site's name printed as a web domain on lines of its own ("vozserrana.es").
@pytest.mark.parametrize("credit", ["EFE", "Reuters"])
def test_the_sites_web_name_over_a_gallerys_agency_credits(credit):
    text = _page("Portada", "Política", "El río tendrá un muro nuevo en el muelle viejo", "Marta Ibáñez",
                 "14 de mayo de 2021", _CUERPO, "Vecinos ante el muelle viejo.", credit, "El muro en obras.", credit,
                 "vozserrana.es / Agencias", "vozserrana.es", "Síguenos", "vozserrana.es", "Quiénes somos")
    assert extract(text).fields["source"] == "vozserrana.es"


# (must not change) a web name printed once is no masthead; the agency credits stay as before
def test_a_web_name_printed_once_is_left_to_the_other_rules():
    text = _page("Portada", "El río tendrá un muro nuevo en el muelle viejo", "Marta Ibáñez", "14 de mayo de 2021",
                 _CUERPO, "Vecinos ante el muelle viejo.", "EFE", "El muro en obras.", "EFE", "vozserrana.es")
    assert extract(text).fields["source"] != "vozserrana.es"


# A site named in its search box ("Search Example"), printed again in its furniture.
@pytest.mark.parametrize("search, handle", [("Search Courier", "@Courier.co.uk"), ("Search Courier", "Follow Courier")])
def test_a_site_named_in_its_search_box(search, handle):
    text = _page("Home", "News", "River wall to be rebuilt along the old quay", "Ann BakerPublished Mar 3, 2024, 9:10am",
                 _BODY, "© 2024 Example Newspapers Group Limited", "Back to top", "Jobs", search, "Stay in touch", handle)
    assert extract(text).fields["source"] == "Courier"


# (must not change) a search box over a menu word names no outlet
@pytest.mark.parametrize("search", ["Search Jobs", "Search Results"])
def test_a_search_box_over_a_menu_word_names_no_outlet(search):
    text = _page("Home", "News", "River wall to be rebuilt along the old quay", "Ann BakerPublished Mar 3, 2024, 9:10am",
                 _BODY, "Jobs", "Results", search, "Jobs", "Results")
    assert extract(text).fields.get("source") in (None, "")


# The masthead: a newspaper-like name printed alone on lines of the page's furniture, twice,
# or once and in other short lines ("Subscribe to read Valley Herald").
@pytest.mark.parametrize("furniture, expected", [
    (["LA VOZ SERRANA", "Portada", "Deportes", "La Voz Serrana"], "La Voz Serrana"),
    (["EL CORREO SERRANO", "Hazte socio de EL CORREO SERRANO", "La app de EL CORREO SERRANO"], "EL CORREO SERRANO"),
    (["Subscribe now to read Valley Herald.", "Valley Herald", "Subscribe now to read Valley Herald."], "Valley Herald"),
])
def test_a_masthead_printed_in_the_furniture(furniture, expected):
    text = _page("Portada", "El río tendrá un muro nuevo en el muelle viejo", "Marta Ibáñez", "14 de mayo de 2021",
                 _CUERPO, *furniture)
    assert extract(text).fields["source"] == expected


# (must not change) a section's name, a share button, a place, a byline's name, an outlet the
# reference knows whose name is a section's too, printed on two lines alone, are no masthead
@pytest.mark.parametrize("name", ["Latest News", "Facebook Messenger", "La Paz", "Marta Ibáñez", "El Mundo"])
def test_names_on_two_lines_alone_that_are_no_masthead(name):
    text = _page("Portada", name, "El río tendrá un muro nuevo en el muelle viejo", "Marta Ibáñez", "14 de mayo de 2021",
                 _CUERPO, "Portada", name)
    assert extract(text).fields.get("source") in (None, "")


# An outlet known to the reference whose name is a section's too, as a masthead: alone and in
# its own products' lines.
def test_a_known_outlets_masthead_in_its_products_lines():
    text = _page("EL MUNDO", "El río tendrá un muro nuevo en el muelle viejo", "Marta Ibáñez", "14 de mayo de 2021",
                 _CUERPO, "El Mundo", "Viajes El Mundo", "Descuentos El Mundo")
    assert extract(text).fields["source"] == "El Mundo"


# Phrases in which a page names its own outlet: an account, a newsroom, "retrouvez X sur".
@pytest.mark.parametrize("furniture, expected", [
    (["Log in to your Harbour Daily Report account", "Harbour Daily Report"], "Harbour Daily Report"),
    (["Retrouvez Radio Vallée sur :", "La lettre de Radio Vallée"], "Radio Vallée"),
    (["Redacción Mirador", "Apoya el periodismo de Mirador"], "Mirador"),
])
def test_an_outlet_named_in_an_own_outlet_phrase(furniture, expected):
    text = _page("Home", "El río tendrá un muro nuevo en el muelle viejo", "14 de mayo de 2021", _CUERPO, *furniture)
    assert extract(text).fields["source"] == expected


# A name spelled like the domain with a lower-case connector inside ("Rest of World").
@pytest.mark.parametrize("domain, lines, expected", [
    ("endofroad.org", ["Two drivers told End of Road about the closure."], "End of Road"),
    ("vozdelsur.es", ["La redacción de Voz del Sur lo confirmó."], "Voz del Sur"),
    # (must not change) a name of capitalised words; a lower-case "the" before it is no part of it
    ("harbourdaily.com", ["A reporter for the Harbour Daily asked."], "Harbour Daily"),
    ("harbourdaily.com", ["Read The Harbour Daily on Sundays."], "The Harbour Daily"),
    # (must not change) words in lower case spell no name; a name does not end with a connector
    ("endofroad.org", ["the end of road works"], None),
    ("endof.org", ["the End of Road works"], None),
])
def test_a_name_spelled_like_the_domain_with_a_connector(domain, lines, expected):
    from newsdossier.ingest.sitename import name_spelled
    assert name_spelled(domain, lines) == expected


# A possessive ends a name spelled like the domain ("KBRT's newsroom" for kbrt.com).
@pytest.mark.parametrize("domain, lines, expected", [
    ("kbrt.com", ["A member of KBRT's advisory panel said so."], "KBRT"),
    ("endofroad.org", ["End of Road’s reporters found the records."], "End of Road"),
    # (must not change) a name whose own spelling ends in 's
    ("wilsons.com", ["Wilson's reported the sale first."], "Wilson's"),
])
def test_a_possessive_ends_a_name_spelled_like_the_domain(domain, lines, expected):
    from newsdossier.ingest.sitename import name_spelled
    assert name_spelled(domain, lines) == expected


# (must not change) a name printed once alone and then only inside wrapped sentences, its
# article in lower case ("the Harbour Times tower"), is no masthead
def test_a_name_in_wrapped_sentences_is_no_masthead():
    text = _page("Home", "River wall to be rebuilt along the old quay", "March 3, 2024", _BODY, "The Harbour Times",
                 "Crews near the Harbour Times", "tower began work, and", "the Harbour Times tower will", "close.")
    assert extract(text).fields.get("source") != "The Harbour Times"


# A publishing company's name whose shortened name is one generic word or a bare article,
# which the page prints only inside its sentences, never alone on a line, gives no outlet of
# that word
@pytest.mark.parametrize("copyright_line, mention, wrong", [
    ("© 2024 Times Publishing Company", "A columnist for the New York Times wrote about the quay.", "Times"),
    ("© 2024 The Publishing Group", "The council met the shopkeepers again.", "The"),
    ("© 2023 Diario Ediciones, SLU", "Un diario de la capital lo publicó.", "Diario"),
])
def test_a_publishing_companys_generic_word_is_no_outlet(copyright_line, mention, wrong):
    text = _page("Home", "River wall to be rebuilt along the old quay", "Ann Baker", "March 3, 2024", _BODY, mention,
                 "Back to top", copyright_line, "Contact")
    assert extract(text).fields.get("source") != wrong


# A news agency's name printed on lines of its own (its credit under each picture) is no
# masthead: agencies sell their pictures and copy to every outlet.
@pytest.mark.parametrize("agency", ["The Associated Press", "Europa Press", "Prensa Latina"])
@pytest.mark.parametrize("where", ["captions", "boilerplate"])
def test_an_agencys_name_on_lines_of_its_own_is_no_masthead(agency, where):
    from newsdossier.extract import _masthead_outlet
    from newsdossier.segment import Layout
    layout = Layout(title="River wall to be rebuilt along the old quay", paragraphs=_BODY.split("\n"),
                    **{where: [agency, "Crews at the old quay.", agency, "The flood wall.", agency]})
    assert _masthead_outlet(layout) is None


# A newspaper-like name printed only as the pictures' captions, each under its credit, is no
# masthead.
@pytest.mark.parametrize("name", ["The Harbour Photo Desk", "La Foto del Día", "Le Cliché Presse"])
def test_a_name_printed_only_as_captions_is_no_masthead(name):
    text = _page("Home", "River wall to be rebuilt along the old quay", "Ann Baker", "March 3, 2024", _BODY,
                 "Photo: Jane Roe", name, "Photo: Ann Lee", name, "Photo: Tom Hill", name, "Contact")
    assert extract(text).fields.get("source") != name

# A web name printed only under the pictures, after their credits ("Shutterstock.com", an
# image bank's), is not the site's name.
@pytest.mark.parametrize("bank", ["Shutterstock.com", "Pixabay.com", "Banco-de-fotos.es"])
def test_an_image_banks_web_name_under_pictures_is_no_outlet(bank):
    text = _page("Home", "River wall to be rebuilt along the old quay", "Ann Baker", "March 3, 2024", _BODY,
                 "Photo: Jane Roe", bank, "The flood wall in March.", "Photo: Ann Lee", bank, "Contact")
    assert extract(text).fields.get("source") != bank


# A holder whose name holds a footer link's word among capitalised words of its own is still
# a holder ("Privacy International", an organisation): only a holder made of a link's text
# (its link words, and words in lower case after them) is the next link.
@pytest.mark.parametrize("line, expected", [
    ("© 2024 Privacy International", "Privacy International"),
    ("© 2023 Cookies Gazette. All rights reserved.", "Cookies Gazette"),
    ("© 2022 Observatorio de Privacidad Digital. Todos los derechos reservados", "Observatorio de Privacidad Digital"),
    ("© 2021 Revue Confidentialité Numérique. Tous droits réservés.", "Revue Confidentialité Numérique"),
])
def test_a_holder_holding_a_footer_link_word_is_still_read(line, expected):
    assert copyright_holder(line) == expected


# (must not change) a link's text in other forms is still no holder
@pytest.mark.parametrize("line", [
    "All rights reserved - 2023 Terms of Use",
    "Todos los derechos reservados - 2022 Política de privacidad",
    "Tous droits réservés - 2021 Politique de confidentialité",
    "All rights reserved - 2020 Cookie Policy",
    "Todos los derechos reservados - 2020 Términos y condiciones",
])
def test_a_footer_links_text_in_other_forms_is_no_holder(line):
    assert copyright_holder(line) is None
