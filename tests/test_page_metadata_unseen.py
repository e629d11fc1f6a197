"""Title, publication date and outlet on kinds of page the labelled corpus did not show:
each case is a page of our own, written to the layout of a kind met on real articles."""

import pytest

from newsdossier.extract import extract
from newsdossier.segment import segment, without_caps_kicker


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


# A label printed alone whose value the page left out ("Actualizado" above the lead): the
# lead stays the text's first paragraph, and is no "updated" value.
@pytest.mark.parametrize("label, lead", [
    ("Updated", "Troops from the engineering company reached the camp near the river on a rainy morning after a long drive."),
    ("Mis à jour", "Les soldats de la compagnie du génie ont atteint le camp près du fleuve après une longue route sous la pluie."),
    ("Actualizado", "Los soldados de la compañía de ingenieros llegaron al campamento junto al río tras un largo viaje bajo la lluvia."),
    ("Cập nhật", "Các chiến sĩ của đội công binh đã đến doanh trại bên sông sau một chặng đường dài dưới mưa."),
])
def test_a_label_without_its_value_keeps_the_lead(label, lead):
    layout = segment(_page("Engineers reach the river camp after a long drive", label, lead))
    assert layout.paragraphs[0] == lead
    assert "updated" not in layout.metadata


@pytest.mark.parametrize("label, value", [
    ("Mise à jour : 04/05/2016", "date"),
    ("Date de mise à jour : 04/05/2016", "date"),
    ("Fecha de actualización: 04/05/2016", "date"),
])
def test_an_update_line_is_not_the_publication_date(label, value):
    extraction = extract(_page("Des casques bleus quittent la base du nord", label,
                               "Les casques bleus ont quitté la base du nord de la région après six mois de mission dans le secteur."))
    assert extraction.determined_date == ""


# A photo's legend printed twice, the second time with its credit glued on, is a caption,
# not the lead; the headline is the one above it, not its standfirst.
@pytest.mark.parametrize("headline, standfirst, legend, credit, lead", [
    ("The mission holds the line in the south",
     "Its engineers, needed to keep the roads open, ask for more trucks before the rains",
     "The commander, yesterday, during a medal parade for the troops at the base.", "Jane RoeAFP",
     "The peacekeepers of the mission in the south have become the line that holds between the armed groups and the mission's engineers."),
    ("La misión resiste en el sur del país",
     "Sus ingenieros, necesarios para abrir los caminos, piden más camiones antes de las lluvias",
     "El comandante, ayer, durante un desfile de medallas para las tropas en la base.", "Juan PérezEFE",
     "Los cascos azules de la misión en el sur del país se han convertido en la línea que resiste entre los grupos armados y la misión."),
    ("La mission tient la ligne dans le sud du pays",
     "Ses ingénieurs, nécessaires pour ouvrir les routes, demandent plus de camions avant les pluies",
     "Le commandant, hier, lors d'une remise de médailles aux troupes de la base.", "Jean DupontAFP",
     "Les casques bleus de la mission dans le sud du pays sont devenus la ligne qui tient entre les groupes armés et la mission."),
])
def test_a_legend_printed_again_with_its_credit_is_a_caption(headline, standfirst, legend, credit, lead):
    layout = segment(_page("WORLD", headline, standfirst, legend, legend + credit, lead))
    assert layout.title == headline
    assert layout.paragraphs[0] == lead


# A headline that opens with a figure is still a headline, over a section name or a
# station's menu line above it.
@pytest.mark.parametrize("above, headline, lead", [
    (["Listen Live Sports", "Government News"], "2 UN peacekeepers hurt when patrol hits a mine near the border",
     "Two peacekeepers were hurt on Tuesday when their patrol hit a mine near the border, the mission said."),
    (["Écouter en direct", "International"], "3 casques bleus blessés par une mine près de la frontière",
     "Trois casques bleus ont été blessés mardi quand leur patrouille a heurté une mine près de la frontière."),
    (["Escuchar en vivo", "Internacional"], "4 cascos azules heridos por una mina cerca de la frontera",
     "Cuatro cascos azules resultaron heridos el martes cuando su patrulla pisó una mina cerca de la frontera."),
])
def test_a_headline_opening_with_a_figure(above, headline, lead):
    assert segment(_page(*above, headline, lead)).title == headline


@pytest.mark.parametrize("line, expected", [
    ("MALI Trois casques bleus blessés par une mine", "Trois casques bleus blessés par une mine"),
    ("SOUTH SUDAN Engineers repair the road to the camp", "Engineers repair the road to the camp"),
    ("HAITÍ Muere un casco azul en un accidente", "Muere un casco azul en un accidente"),
    ("VIỆT NAM Bệnh viện dã chiến lên đường", "Bệnh viện dã chiến lên đường"),
    ("LIBAN 2 casques bleus blessés à la frontière", "2 casques bleus blessés à la frontière"),
    # an acronym opening the headline names no place: it stays
    ("UNIFIL Troops hold their positions in the south", "UNIFIL Troops hold their positions in the south"),
    # a headline in capitals throughout is no kicker
    ("BREAKING UN PEACEKEEPERS HURT", "BREAKING UN PEACEKEEPERS HURT"),
    # a place written as a word, not in capitals, is the headline's own
    ("Mali Deux casques bleus blessés", "Mali Deux casques bleus blessés"),
])
def test_a_place_in_capitals_glued_before_the_headline(line, expected):
    assert without_caps_kicker(line) == expected


# A breadcrumb whose last crumb is the headline, above the headline printed bare: the
# headline is the bare one.
@pytest.mark.parametrize("crumbs, headline, lead", [
    ("Home / World", "Engineers of the mission reopen the road to the camp",
     "The engineers of the mission reopened the road to the camp after the rains, the force said."),
    ("Accueil › Monde", "Les ingénieurs de la mission rouvrent la route du camp",
     "Les ingénieurs de la mission ont rouvert la route du camp après les pluies, a indiqué la force."),
    ("Inicio | Mundo", "Los ingenieros de la misión reabren el camino al campamento",
     "Los ingenieros de la misión reabrieron el camino al campamento tras las lluvias, informó la fuerza."),
    ("Trang chủ / Thế giới", "Công binh của phái bộ mở lại con đường tới doanh trại",
     "Công binh của phái bộ đã mở lại con đường tới doanh trại sau mùa mưa, lực lượng cho biết."),
])
def test_a_breadcrumb_ending_with_the_headline(crumbs, headline, lead):
    layout = segment(_page(f"{crumbs} / {headline}" if "/" in crumbs else f"{crumbs} › {headline}" if "›" in crumbs else f"{crumbs} | {headline}",
                           headline, lead))
    assert layout.title == headline
    assert layout.paragraphs[0] == lead


# The page's date opening the lead with a dash and no place is the publication date.
@pytest.mark.parametrize("lead, expected", [
    ("3 March 2021 – Two peacekeepers were hurt on Wednesday when their patrol hit a mine, the mission said.", "2021-03-03"),
    ("March 3, 2021 -- Two peacekeepers were hurt on Wednesday when their patrol hit a mine, the mission said.", "2021-03-03"),
    ("3 mars 2021 – Deux casques bleus ont été blessés mercredi quand leur patrouille a heurté une mine.", "2021-03-03"),
    ("3 de marzo de 2021 – Dos cascos azules resultaron heridos el miércoles cuando su patrulla pisó una mina.", "2021-03-03"),
])
def test_a_date_opening_the_lead(lead, expected):
    extraction = extract(_page("Two peacekeepers hurt by a mine on patrol", lead, "The mission opened an inquiry."))
    assert extraction.determined_date == expected
    assert not extraction.text_date[0] or extraction.text_date[0] == expected
    assert extraction.body[0].split()[0] in ("Two", "Deux", "Dos")


# A clause opening with a date and a dash is the text, not a date line.
@pytest.mark.parametrize("lead", [
    "In March 2021 – after years of talks – the two sides signed an accord that the mission now watches over.",
    "Since 3 March 2021 and the accord – signed in the capital – the mission has watched over the ceasefire line.",
])
def test_a_clause_with_a_date_and_a_dash_is_no_date_line(lead):
    assert extract(_page("The mission watches over the ceasefire line", lead)).determined_date == ""


# A year glued to the word after it ("1 mars 2017Publicité") is still a full date line.
@pytest.mark.parametrize("line, expected", [
    ("1 mars 2017Publicité", "2017-03-01"),
    ("12 de mayo de 2019Compartir", "2019-05-12"),
    ("May 12, 2019Share", "2019-05-12"),
    ("12/5/2019Chia sẻ", "2019-05-12"),
])
def test_a_year_glued_to_the_next_word(line, expected):
    extraction = extract(_page("Des casques bleus quittent la base du nord", line,
                               "Les casques bleus ont quitté la base du nord de la région après six mois de mission dans le secteur."))
    assert extraction.determined_date == expected


def _source(*lines: str) -> str:
    return extract(_page(*lines)).fields.get("source") or ""


# An outlet credited in brackets before the lead's first word, maybe behind the platform
# that syndicates it; a dateline may follow the credit and still dates the text.
@pytest.mark.parametrize("lead, source, date", [
    ("(PLATFORMX- Kuwait News Agency (KUNA)) KUWAIT, Oct 15 (KUNA) -- The ministry said troops would stay.", "Kuwait News Agency", "XXXX-10-15"),
    ("(Belga) Un casque bleu a été blessé dimanche lors d'une patrouille dans le nord, a indiqué la mission.", "Belga", ""),
    ("(Notimex) Un casco azul resultó herido el domingo durante una patrulla en el norte, informó la misión.", "Notimex", ""),
])
def test_a_bracketed_credit_opening_the_lead(lead, source, date):
    extraction = extract(_page(lead, "The mission opened an inquiry into the incident."))
    assert extraction.fields["source"] == source
    assert extraction.determined_date == date
    assert not extraction.body[0].startswith("(")


# A credit word glued to the outlet's name at the foot of the page ("SourceNaharnet").
@pytest.mark.parametrize("footer, source", [
    ("SourceNaharnet", "Naharnet"),
    ("FuenteNotimex", "Notimex"),
    ("SourceBelga", "Belga"),
])
def test_a_credit_word_glued_to_the_outlet(footer, source):
    assert _source("Troops stay in their positions in the south",
                   "The force said its troops would stay in their positions in the south despite the fighting.",
                   footer, "Comments 0") == source


# "Place, day AGENCY.-": the agency after the date without a comma.
@pytest.mark.parametrize("lead, source, date", [
    ("Caracas, 25 Dic. ABN.- Un casco azul murió el domingo en un accidente, informó la misión.", "Agencia Bolivariana de Noticias", "XXXX-12-25"),
    ("Kuwait, 3 Mar. KUNA - A peacekeeper died on Sunday in an accident, the mission said.", "Kuwait News Agency", "XXXX-03-03"),
])
def test_an_agency_after_the_dateline_day(lead, source, date):
    extraction = extract(_page("Un casco azul muere en un accidente", lead))
    assert extraction.fields["source"] == source
    assert extraction.determined_date == date


# An outlet the text cites as its source: "a correspondent of X reported", "X reported citing Y".
@pytest.mark.parametrize("lead, source", [
    ("The base was looted by protesters on Monday, a correspondent for Reuters reported.", "Reuters"),
    ("La base a été pillée lundi par des manifestants, a rapporté un correspondant de l'AFP.", "Agence France-Presse"),
    ("La base fue saqueada el lunes por manifestantes, según informó un corresponsal de EFE.", "Agencia EFE"),
    ("A soldier was killed in an ambush, a local channel reported citing Inter-Services Public Relations (ISPR).", "Inter-Services Public Relations"),
    ("Un soldat a été tué dans une embuscade, a rapporté une chaîne locale citant l'Agence France-Presse.", "Agence France-Presse"),
])
def test_an_outlet_the_text_cites(lead, source):
    assert _source("A base is looted by protesters", lead) == source


# An outlet's abbreviation in brackets right after its own name spelled out defines it (the
# army and the army's paper share a name): it credits nothing.
@pytest.mark.parametrize("lead", [
    "Những người lính mũ nồi xanh của Quân đội nhân dân (QĐND) Việt Nam đã đến khu vực này từ ba năm trước.",
    "Los soldados de la Agencia Bolivariana de Noticias (ABN) visitaron la base el lunes.",
])
def test_an_abbreviation_defined_in_the_text_is_no_credit(lead):
    assert _source("Những người lính mũ nồi xanh ở châu Phi", lead) == ""


# A page's date line with its time of day stays a date line with a desk's name and the
# weekday beside it; the outlet opening the lead under it is still read.
@pytest.mark.parametrize("date_line, lead, date, source", [
    ("Ban Thời sự-Thứ ba, ngày 19/11/2019 17:05 GMT+7",
     "VTV.vn - Hôm nay, các quân nhân của bệnh viện dã chiến đã rời Hà Nội lên đường làm nhiệm vụ.", "2019-11-19", "Vietnam Television"),
    ("Service International-mardi, le 19 novembre 2019 à 17h05 GMT+1",
     "(AFP) - Les soldats de l'hôpital de campagne ont quitté la capitale mardi pour leur mission.", "2019-11-19", "Agence France-Presse"),
    ("World Desk-Tuesday, November 19, 2019 5:05 PM GMT+7",
     "(Reuters) - The soldiers of the field hospital left the capital on Tuesday for their mission.", "2019-11-19", "Reuters"),
])
def test_a_timed_date_line_with_a_desk_name(date_line, lead, date, source):
    extraction = extract(_page("Field hospital leaves for its mission in the south", date_line, lead))
    assert extraction.determined_date == date
    assert extraction.fields["source"] == source


# An agency named alone beside the date line ("Publié le ... | AIB") is the source, over a
# photo's copyright line further down.
@pytest.mark.parametrize("date_line, source", [
    ("Publié le vendredi 10 juillet 2015  |  AIB", "Agence d'information du Burkina"),
    ("Publicado el viernes 10 de julio de 2015 | Latin Press", "Prensa Latina"),
])
def test_an_agency_beside_the_date_line(date_line, source):
    assert _source("Rapatriement des dépouilles de six militaires", date_line, "Casques", "© Autre presse par D.R",
                   "Les corps de six soldats ont été rapatriés jeudi à bord d'un avion militaire de l'ONU.") == source


# A headline led by the page's date ("21/03/08 - Liban : ..."), under a breadcrumb whose
# last crumb repeats it: the date is the publication date and the rest the headline.
@pytest.mark.parametrize("dated_headline, headline, date", [
    ("21/03/08 - Liban : Les 30 ans de la force", "Liban : Les 30 ans de la force", "2008-03-21"),
    ("12 March 2019 – Lebanon: the force marks forty years", "Lebanon: the force marks forty years", "2019-03-12"),
    ("12.03.2019 - Líbano: la fuerza cumple cuarenta años", "Líbano: la fuerza cumple cuarenta años", "2019-03-12"),
])
def test_a_headline_led_by_its_date(dated_headline, headline, date):
    breadcrumb = f"Home | Operations | Europe | Middle East | Briefs | {dated_headline} Operations ... Briefs | {dated_headline}"
    extraction = extract(_page(breadcrumb, dated_headline, "Mise à jour : 28/06/2010",
                               "Le mercredi de cette semaine, la force a célébré l'anniversaire de sa présence au sud du pays lors d'une cérémonie au quartier général."))
    assert extraction.fields["title"] == headline
    assert extraction.determined_date == date


@pytest.mark.parametrize("line", [
    "Accueil | Opérations | Europe | Brèves | Les casques bleus célèbrent les trente ans de leur présence au sud du pays",
    "Home › World › Africa › Peacekeepers mark thirty years of the force in the south of the country",
])
def test_a_breadcrumb_with_a_long_last_crumb_is_navigation(line):
    layout = segment(_page(line, "Peacekeepers mark thirty years in the south",
                           "The peacekeepers marked thirty years of the force in the south on Wednesday."))
    assert line in layout.boilerplate
    assert layout.title == "Peacekeepers mark thirty years in the south"


# A deadline or the end of a span in the lead ("until 30 November", "jusqu'au 30 juin") is
# not the day the article reports on: it never becomes the publication date.
@pytest.mark.parametrize("lead", [
    "The Security Council has extended the mandate of the mission until 30 November 2015, the council said.",
    "The mission must finish its withdrawal before 31 December 2023, according to the resolution.",
    "Le Conseil a prolongé le mandat de la mission jusqu'au 30 juin 2015, selon la résolution.",
    "El Consejo prorrogó el mandato de la misión hasta el 31 de agosto de 2025, según la resolución.",
    "Nghị quyết yêu cầu phái bộ hoàn tất việc rút quân trước ngày 31 tháng 12 năm 2023.",
])
def test_a_deadline_is_not_the_publication_date(lead):
    extraction = extract(_page(lead, "The mission has about 13,000 troops in the country."))
    assert extraction.fields["date"] == ""


@pytest.mark.parametrize("lead, expected", [
    ("The Security Council extended the mandate of the mission on 30 November 2015, the council said.", "2015-11-30"),
    ("Le Conseil a prolongé le mandat de la mission le 30 juin 2015, selon la résolution.", "2015-06-30"),
])
def test_a_day_the_lead_reports_still_dates_the_article(lead, expected):
    assert extract(_page(lead, "The mission has about 13,000 troops in the country.")).fields["date"] == expected


# A day printed without its year is not pushed past a date the text looks forward to (a
# later month in a clause about the future, a deadline): that date bounds nothing.
@pytest.mark.parametrize("lead", [
    "MADRID, 4 Feb. (EUROPA PRESS) - The country hopes to lead the force, and the choice of its commander will be made in July 2016.",
    "PARIS, 4 févr. (AFP) - Le pays espère commander la force, et le choix de son chef se fera en juillet 2016.",
    "MADRID, 4 Feb. (EUROPA PRESS) - España aspira al mando de la fuerza; la decisión se tomará a partir de julio de 2016.",
    "MADRID, 4 Feb. (EUROPA PRESS) - The council extended the mandate of the force until 31 July 2016.",
])
def test_a_date_looked_forward_to_does_not_push_the_year(lead):
    date = extract(_page(lead, "The force has about 10,000 troops.")).fields["date"]
    assert not date.startswith("2017")
    assert date.endswith("-02-04")
