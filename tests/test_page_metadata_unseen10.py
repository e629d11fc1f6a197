"""Outlet and dateline of pages of kinds met on real pages of outlets the labelled corpus does
not hold: each case is a page of our own making (an agency told something in a verb's
own form, or named after the words of its kind; a dateline whose place carries its country in
brackets; ...)."""

import pytest

from newsdossier.extract import extract

_TAIL = "The mission said an inquiry was open."


def _page(headline: str, *lines: str) -> str:
    return "\n\n".join((headline, *lines))


# An agency the text tells something to in any form of a verb of telling ("informaron a",
# "ont précisé à"), or names after the words of its kind ("la agencia de noticias X",
# "l'agence de presse officielle X"), or writes with one capital ("Efe"), is the source the
# text cites. An outlet's kind alone with no outlet after it credits nothing.
@pytest.mark.parametrize("lead, expected", [
    ("Dos soldados de la misión resultaron heridos ayer en el norte, informaron a EFE fuentes militares.", "Agencia EFE"),
    ("Dos soldados de la misión resultaron heridos ayer en el norte, según explicó a Efe un oficial.", "Agencia EFE"),
    ("Dos soldados de la misión resultaron heridos ayer, según un oficial citado por la agencia de noticias EFE.", "Agencia EFE"),
    ("Dos soldados de la misión resultaron heridos ayer en el norte, según la agencia estatal EFE.", "Agencia EFE"),
    ("Deux soldats de la mission ont été blessés hier dans le nord, ont précisé à l'AFP des sources militaires.", "Agence France-Presse"),
    ("Deux soldats de la mission ont été blessés hier, selon l'agence de presse officielle AFP.", "Agence France-Presse"),
    ("L'attaque a suscité de vives réactions dans la région, rapporte l'agence de presse américaine AP.", "Associated Press"),
    # (must not change) no outlet after the words of telling
    ("Dos soldados de la misión resultaron heridos ayer, informaron a la prensa fuentes militares.", ""),
    ("Dos soldados de la misión resultaron heridos ayer, dijo a Fernando un oficial de la base.", ""),
])
def test_an_agency_told_or_named_after_its_kind_is_the_cited_source(lead, expected):
    text = _page("Soldados heridos en el norte", lead, _TAIL)
    assert extract(text).fields["source"] == expected


_LEAD = "Two peacekeepers were hurt on Monday when their convoy struck a mine, officials said."


# A wire dateline whose place carries its country in brackets before the agency's bracket
# ("Goma (Example Land) (AFP) -", "Tyre [Lebanon] (AFP) -"), alone above the lead or opening
# it, names the place without its country and credits the agency; the line alone is no
# headline.
@pytest.mark.parametrize("lines, place", [
    (["Bunia (DR Congo) (AFP) \u2013", _LEAD], "Bunia"),
    (["Bunia (DR Congo) (AFP) \u2013 " + _LEAD], "Bunia"),
    (["Tyre [Lebanon] (AFP) - " + _LEAD], "Tyre"),
    (["Tyre [Lebanon], March 3 (AFP) - " + _LEAD], "Tyre"),
    # (must not change) a dateline with no country
    (["Bunia (AFP) - " + _LEAD], "Bunia"),
])
def test_a_place_with_its_country_in_brackets_before_the_agency(lines, place):
    fields = extract(_page("Convoy hit near the border", *lines, _TAIL)).fields
    assert (fields["dateline"], fields["source"], fields["title"]) == (place, "Agence France-Presse", "Convoy hit near the border")


# A place the gazetteer does not know, dated to a day and credited to a known agency in
# brackets, opens the lead without a dash ("Puerto Example, 14 may (Prensa Latina) El ..."):
# a dateline, its day the text's date. Without a day, or with an outlet the reference does
# not know, it stays part of the lead.
@pytest.mark.parametrize("lead, place, date", [
    ("San Isidro del Monte, 14 may (Prensa Latina) El gobierno anunció hoy el envío de médicos a la misión.", "San Isidro del Monte", "XXXX-05-14"),
    ("Villa Serrana, 2 de junio (Prensa Latina) El gobierno anunció hoy el envío de médicos a la misión.", "Villa Serrana", "XXXX-06-02"),
    # (must not change) no day; an outlet nobody listed
    ("San Isidro del Monte (Prensa Latina) El gobierno anunció hoy el envío de médicos a la misión.", "", ""),
    ("San Isidro del Monte, 14 may (Radio Serrana) El gobierno anunció hoy el envío de médicos a la misión.", "", ""),
])
def test_a_dated_agency_dateline_of_a_place_nobody_listed(lead, place, date):
    extraction = extract(_page("Médicos para la misión", lead, "La misión agradeció el gesto."))
    assert (extraction.fields["dateline"], extraction.determined_date) == (place, date)


# A known place and a colon opening the lead after a standfirst and the page's date line
# ("Beirut: ...") is the dateline, as it is opening the first paragraph.
@pytest.mark.parametrize("above, place", [
    (["Nobody was hurt in the second incident, the source said.", "Oct 3, 2024, 10:15 AM"], "Beirut"),
    (["Nobody was hurt in the second incident, the source said."], "Beirut"),
    ([], "Beirut"),
])
def test_a_colon_dateline_after_a_standfirst(above, place):
    lead = "Beirut: A patrol of peacekeepers came under fire on Tuesday near the line, a source said."
    fields = extract(_page("Patrol fired on near the line", *above, lead, _TAIL)).fields
    assert fields["dateline"] == place


# An outlet's short form in capitals signing the lead before a dash, without brackets ("NDO -
# ", "TP - "), credits the outlet as printed, and leaves the lead; a place, body or mission so
# printed is no outlet ("GAO \u2014 " a dateline, "MINUSMA - " the lead's own word).
@pytest.mark.parametrize("lead, source, dateline", [
    ("XT - Sáng 5/3, đơn vị công binh lên đường làm nhiệm vụ tại Abyei theo kế hoạch của Bộ Quốc phòng.", "XT", ""),
    ("QBV - Sáng 5/3, đơn vị công binh lên đường làm nhiệm vụ tại Abyei theo kế hoạch của Bộ Quốc phòng.", "QBV", ""),
    # (must not change) a known place; a known mission
    ("GAO \u2014 Two peacekeepers were hurt on Monday when their convoy struck a mine, officials said.", "", "Gao"),
    ("MINUSMA - Two peacekeepers were hurt on Monday when their convoy struck a mine, officials said.", "", ""),
])
def test_an_outlet_short_form_signing_the_lead(lead, source, dateline):
    fields = extract(_page("Đơn vị công binh lên đường", lead, "Đơn vị gồm 184 người.")).fields
    assert (fields["source"], fields["dateline"]) == (source, dateline)
    assert not fields["title"].startswith(source or "\0")


# A byline closing on the place the writer filed from ("Jane Roe in Bunia", "Jean Dupont, à
# Goma"), a page's word for no single writer ("Staff and agencies"), or a writer's name in
# capitals after "From" ("From JANE ROE in Bunia"): the writer's name (as a name, not in
# capitals) is the author, the place the dateline; a place nobody listed stays in the byline,
# and a line opening with "From" without a name in capitals is no byline.
@pytest.mark.parametrize("byline, authors, dateline", [
    ("By Jane Roe in Bunia", ["Jane Roe"], "Bunia"),
    ("Par Jean Dupont, à Goma", ["Jean Dupont"], "Goma"),
    ("Staff and agencies in Bunia", [], "Bunia"),
    ("By staff and agencies", [], ""),
    ("Jane Roe and agencies", ["Jane Roe"], ""),
    ("From JANE ROE in Bunia", ["Jane Roe"], "Bunia"),
    # (must not change) no place known; no name in capitals after "From"
    ("By Jane Roe", ["Jane Roe"], ""),
    ("From the archive", [], ""),
])
def test_a_byline_with_the_place_filed_from(byline, authors, dateline):
    fields = extract(_page("Convoy hit near the border", byline, _LEAD, _TAIL)).fields
    assert (fields["authors"], fields["dateline"], fields["title"]) == (authors, dateline, "Convoy hit near the border")


_LAST = ("The mission said on Tuesday that an inquiry into the blast was open and that the wounded "
         "men were in a stable condition.")


# A writer's name signed in capitals under the last paragraph ("JANE ROE", "JANE ROE / ANA
# GIL") is the author, written as a name; a heading in capitals there is none.
@pytest.mark.parametrize("signed, authors", [
    ("PAUL MBEKI", ["Paul Mbeki"]),
    ("PAUL MBEKI / ANA GIL", ["Paul Mbeki", "Ana Gil"]),
    # (must not change) a name in ordinary case; headings in capitals
    ("Paul Mbeki", ["Paul Mbeki"]),
    ("FOLLOW US", []),
    ("RELATED STORIES", []),
])
def test_a_signature_in_capitals(signed, authors):
    text = _page("Convoy hit near the border", _LEAD, _LAST, signed)
    assert extract(text).fields["authors"] == authors


# An agency's name alone under a picture's legend ("..., en una imagen de archivo." / "EFE")
# credits the picture, not the page: agencies sell pictures to every outlet. Under the lead,
# or under a line naming no picture, it is still the page's credit.
@pytest.mark.parametrize("above, agency, expected", [
    ("Un casco azul vigila la frontera desde una torre, en una imagen de archivo.", "EFE", ""),
    ("Un casque bleu dans une tour de guet près de la frontière (photo d'illustration).", "AFP", ""),
    ("A file photo of a watchtower near the line.", "AFP", ""),
    # (must not change) the agency alone under the lead
    ("Dos cascos azules resultaron heridos el lunes en el sur del país, informó la misión en un comunicado.", "EFE", "Agencia EFE"),
])
def test_an_agency_alone_under_a_picture_legend(above, agency, expected):
    text = _page("Soldados heridos en el sur", f"{above}\n{agency}",
                 "Dos cascos azules resultaron heridos el lunes en el sur, informó la misión.",
                 "La misión abrió una investigación sobre el ataque del lunes en la frontera.")
    assert extract(text).fields["source"] == expected


_FR_BODY = ("Deux casques bleus ont été blessés lundi dans le sud du pays, a annoncé la mission.",
            "La mission a ouvert une enquête sur cette attaque contre la base de Naqoura.")


# An outlet's acronym the reference does not know making up a byline, alone ("par EXTV", under
# a video's title too) or after a word introducing an outlet ("Jean Dupont avec EXTV"), is the
# page's outlet, not a writer; a short byline is no section name.
@pytest.mark.parametrize("lines, source, authors", [
    (["par EXTV"], "EXTV", []),
    (["Les images de la base touchée", "par EXTV"], "EXTV", []),
    (["Par Jean Dupont avec EXTV"], "EXTV", ["Jean Dupont"]),
    (["Par Jean Dupont pour RTXB"], "RTXB", ["Jean Dupont"]),
    # (must not change) a writer's name, in capitals or not; a page's word for no writer
    (["Par Jean Dupont"], "", ["Jean Dupont"]),
    (["Par JEAN DUPONT"], "", ["Jean Dupont"]),
    (["Par ADMIN"], "", []),
])
def test_an_unlisted_outlet_acronym_as_a_byline(lines, source, authors):
    fields = extract(_page("Des casques bleus blessés dans le sud", *lines, *_FR_BODY)).fields
    assert (fields["source"], fields["authors"], fields["title"]) == (source, authors, "Des casques bleus blessés dans le sud")


# A comment form copied above the text (its fields, its consent line, its button) is page
# furniture: the lead after it still opens with the outlet's name ("BBC - ").
@pytest.mark.parametrize("form", [
    ["Leave a Reply Cancel reply", "Comment *", "Name *", "Email *", "Website",
     "Save my name, email, and website in this browser for the next time I comment.", "Post Comment"],
    ["Laisser un commentaire", "Commentaire *", "Nom *", "E-mail *",
     "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire."],
    ["Deja una respuesta", "Comentario *", "Nombre *", "Correo electrónico *",
     "Guardar mi nombre, correo electrónico y web en este navegador para la próxima vez que comente."],
])
def test_a_comment_form_above_the_lead(form):
    text = _page("Convoy hit near the border", "\n".join(form), "BBC - " + _LEAD, _LAST)
    fields = extract(text).fields
    assert (fields["source"], fields["title"]) == ("BBC", "Convoy hit near the border")


# A known town and its country before a dash, no agency ("Bunia, DR Congo — "), and a place in
# capitals before the Spanish stop and dash ("SAN PEDRO.- "), open the lead as its dateline; two
# countries before a dash are no dateline.
@pytest.mark.parametrize("opening, place", [
    ("Bunia, DR Congo \u2014 ", "Bunia"),
    ("Goma, Democratic Republic of the Congo -- ", "Goma"),
    ("SAN PEDRO DEL MAR.- ", "San Pedro Del Mar"),
    # (must not change) two countries; a town and a word that is no country
    ("Mali, Niger \u2014 ", ""),
    ("Bunia, Sunday \u2014 ", ""),
])
def test_a_town_and_its_country_or_a_spanish_stop_and_dash(opening, place):
    fields = extract(_page("Convoy hit near the border", opening + _LEAD, _LAST)).fields
    assert fields["dateline"] == place


# An agency named before a word of reporting ("Reuters reported", "AFP đưa tin"), after
# "auprès de" or "de acuerdo con", or after the lower-case word of its kind that opens one of
# its names ("la agencia Reuters", "Agencia Reuters" listed) is the source the text cites; an
# outlet's reporters seeing a report cite none. In the lead, an outlet that is no agency
# reporting is cited too ("..., Radio Okapi reported": the story is its report); further down
# it is one the story quotes for a fact (test_outlet_credits).
@pytest.mark.parametrize("lead, expected", [
    ("Two peacekeepers were hurt on Monday when their convoy struck a mine, Reuters reported.", "Reuters"),
    ("Two peacekeepers were hurt on Monday near the border, the news agency Reuters reported.", "Reuters"),
    ("Hai binh sĩ bị thương hôm thứ Hai khi đoàn xe trúng mìn gần biên giới, AFP đưa tin.", "Agence France-Presse"),
    ("Deux casques bleus ont été blessés lundi près de la frontière, a-t-on appris auprès de l'AFP.", "Agence France-Presse"),
    ("Dos cascos azules resultaron heridos el lunes cerca de la frontera, de acuerdo con la agencia AFP.", "Agence France-Presse"),
    ("Dos cascos azules resultaron heridos el lunes cerca de la frontera, según reportó la agencia Reuters.", "Reuters"),
    ("Two peacekeepers were hurt on Monday when their convoy struck a mine, Radio Okapi reported.", "Radio Okapi"),
    # (must not change) an outlet's reporters
    ("Two peacekeepers were hurt on Monday, officials said in a report seen by Reuters reporters.", ""),
])
def test_an_outlet_reporting_or_named_after_its_kind_in_lower_case(lead, expected):
    assert extract(_page("Convoy hit near the border", lead, _LAST)).fields["source"] == expected


# (must not change) a word in capitals opening the lead that the text names again (an armed
# group, a country's acronym) or a kicker ("HOT - ") is no outlet's short form.
@pytest.mark.parametrize("lead", [
    "XLF - Two peacekeepers were hurt on Monday near the border, the XLF said in a statement.",
    "HOT - Two peacekeepers were hurt on Monday when their convoy struck a mine, officials said.",
])
def test_a_word_named_again_or_a_kicker_is_no_short_form(lead):
    assert extract(_page("Convoy hit near the border", lead, _LAST)).fields["source"] == ""


_VI_BODY = ("Hai binh sĩ gìn giữ hòa bình bị thương hôm thứ Hai khi đoàn xe trúng mìn gần biên giới, phái bộ cho biết.",
            "Phái bộ cho biết đã mở cuộc điều tra và các binh sĩ bị thương đã ổn định, đồng thời tăng cường tuần tra "
            "dọc biên giới trong những ngày tới.")


# A writer signing the text off with a note of how it was put together ("Minh Anh (tổng
# hợp)") or of the outlet it came from ("Minh Anh (theo AFP)") is its author, the outlet its
# source; a name whose folded word is a photo word's ("Anh", "ảnh") is still a name.
@pytest.mark.parametrize("signed, authors, source", [
    ("Quế Anh (theo AFP)", ["Quế Anh"], "Agence France-Presse"),
    ("Quế Anh (Theo Reuters)", ["Quế Anh"], "Reuters"),
    ("Quế Anh (tổng hợp)", ["Quế Anh"], ""),
    ("By Quế Anh, AFP", ["Quế Anh"], "Agence France-Presse"),
    # (must not change) a place with its country; a photo's note
    ("Hà Nội (Việt Nam)", [], ""),
    ("Quế Anh (ảnh)", [], ""),
])
def test_a_signature_with_a_note_or_its_outlet(signed, authors, source):
    lines = [signed, *_VI_BODY] if signed.startswith("By ") else [*_VI_BODY, signed]
    fields = extract(_page("Hai binh sĩ bị thương gần biên giới", *lines)).fields
    assert (fields["authors"], fields["source"]) == (authors, source)
