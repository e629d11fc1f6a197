"""The page's date and outlet as far as the text (and what came with it) allows, on kinds of
fault met in articles collected after the corpus was labelled: datelines with the day
first, days to come in headlines and labelled lines, outlets credited after a preposition,
spelled apart, cited through a report noun or continued on by an aggregator, photo credits,
print-edition notices. Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _date(text: str) -> str:
    return extract(text, None).determined_date


def _source(text: str) -> str:
    return extract(text, None).fields.get("source") or ""


# --- a dateline that prints the day before the place in brackets ------------------------------

@pytest.mark.parametrize(("lead", "expected"), [
    ("March 3, 2021 (JUBA) – The army on Tuesday graduated 500 soldiers bound for a regional force.", "2021-03-03"),
    ("March 3 (JUBA) – The army on Tuesday graduated 500 soldiers bound for a regional force.", "XXXX-03-03"),
    ("November 9, 2019 (MALAKAL)- Two patrols of the mission were stopped at a checkpoint, officials said.", "2019-11-09"),
    ("12 de mayo de 2020 (BANGUI) – Los cascos azules reforzaron las patrullas en la capital, dijo la misión.", "2020-05-12"),
])
def test_a_dateline_with_the_day_before_the_bracketed_place_dates_the_page(lead, expected):
    assert _date(f"Troops on the move\n\n{lead}\n\nMore units will follow.\n") == expected


# --- a day to come is never the page's ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Engineers to leave for Abyei on 14 April 2023\n\nThe engineering unit held a ceremony on Friday before its departure, officials said.\n",
    "Medical team to fly to Juba on May 2, 2024\n\nThe team finished its training, the ministry said.\n",
    "Field hospital ready for its mission\n\nDeparture: 20 June 2024\n\nThe hospital staff completed their training, the ministry said.\n",
    "Call for police officers\n\nDeadline: 30 September 2022\n\nThe mission is looking for police officers who speak French.\n",
    "Appel à candidatures\n\nDate limite : 15 octobre 2021\n\nLa mission recrute des observateurs militaires.\n",
    "Convocatoria\n\nFecha límite: 3 de agosto de 2022\n\nLa misión busca oficiales de enlace.\n",
    "Thông báo tuyển chọn\n\nHạn chót: 10/11/2023\n\nCục tuyển chọn sĩ quan tham gia phái bộ.\n",
])
def test_a_day_to_come_in_a_headline_or_a_labelled_line_is_not_the_page_date(text):
    assert _date(text) == ""


@pytest.mark.parametrize(("text", "expected"), [
    # a label of the page's own date still dates it
    ("Field hospital ready\n\nPublished: 20 June 2024\n\nThe hospital staff completed their training.\n", "2024-06-20"),
    ("Engineers honoured in Abyei\n\nMonday, 14 April 2023\n\nThe unit received medals at a parade.\n", "2023-04-14"),
])
def test_the_page_date_line_is_still_read(text, expected):
    assert _date(text) == expected


# --- outlets credited after a preposition, or spelled apart ------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Deux soldats blessés\n\nAvec Africa News\n\nDeux soldats de la paix ont été blessés lundi près de Kidal, a indiqué la mission.\n", "Africanews"),
    ("Patrols resume\n\nPatrols resumed on Monday near the border, the mission said.\n\nWith Africa News\n", "Africanews"),
    ("Llegan los soldados\n\nLos soldados llegaron el martes, confirmó el ministro a El Observador.\n\nEl contingente pasó un año en el Congo.\n", "El Observador"),
    ("Llegan los soldados\n\nEl relevo se completará en tres vuelos, confirmaron desde el Ejército a El Observador.\n", "El Observador"),
    ("Retour des soldats\n\nLes soldats sont rentrés mardi, a précisé le ministre à Jeune Afrique.\n", "Jeune Afrique"),
])
def test_an_outlet_credited_after_a_preposition_is_the_source(text, expected):
    assert _source(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Attacks rise\n\nAttacks on peacekeepers doubled in a year, according to a report by Reuters.\n", "Reuters"),
    ("Attacks rise\n\nAttacks on peacekeepers doubled in a year, according to a report from Reuters.\n", "Reuters"),
    ("Hausse des attaques\n\nLes attaques ont doublé en un an, selon une dépêche de l'AFP.\n", "Agence France-Presse"),
    ("Hausse des attaques\n\nLes attaques ont doublé en un an, selon un rapport de Reuters.\n", "Reuters"),
    ("Aumentan los ataques\n\nLos ataques se duplicaron en un año, según un informe de Reuters.\n", "Reuters"),
    ("Aumentan los ataques\n\nLos ataques se duplicaron en un año, según un despacho de la agencia EFE.\n", "Agencia EFE"),
])
def test_an_outlet_cited_through_a_report_noun_is_the_source(text, expected):
    assert _source(text) == expected


@pytest.mark.parametrize("text", [
    "Hausse des attaques\n\nLes attaques ont doublé en un an, selon un rapport de Human Rights Watch.\n",
    "Aumentan los ataques\n\nLos ataques se duplicaron, según un informe de la Misión de la ONU (MINUSMA).\n",
    "Attacks rise\n\nAttacks doubled, the spokesman said, citing a report from the staff union.\n",
    "Llegan los soldados\n\nEl ministro dijo que el contingente viajará a El Salvador en mayo.\n",
    "Ministre en visite\n\nLe ministre a annoncé qu'il se rendra à France 24 vendredi pour un entretien.\n",
])
def test_a_report_of_a_body_that_is_no_outlet_credits_none(text):
    assert _source(text) == ""


@pytest.mark.parametrize("caption", [
    "Lễ tiễn các chiến sĩ tại sân bay. (Ảnh: Báo VietnamNet)",
    "Lễ tiễn các chiến sĩ tại sân bay. Ảnh: Báo VietnamNet",
    "Lễ tiễn các chiến sĩ tại sân bay (Ảnh: VietnamNet)",
])
def test_a_photo_credit_is_no_outlet(caption):
    text = f"Đoàn công binh lên đường\n\nĐoàn công binh đã lên đường sang Abyei sáng nay.\n\n{caption}\n\nĐây là đợt thứ ba.\n"
    assert _source(text) == ""


# --- the print edition a text appeared in ----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Llegan los soldados a Goma\n\nUn primer grupo de soldados aterrizó ayer en Goma para proteger a los observadores.\n\n"
     "* Este artículo apareció en la edición impresa del Martes, 12 de junio de 2001\n", "2001-06-12"),
    ("Blue helmets land in Goma\n\nA first group of soldiers landed in Goma yesterday to protect the observers.\n\n"
     "A version of this article appears in print on June 12, 2001, Section A, Page 8.\n", "2001-06-12"),
    ("Les casques bleus à Goma\n\nUn premier groupe de soldats a atterri hier à Goma pour protéger les observateurs.\n\n"
     "Cet article est paru dans l'édition du 12 juin 2001.\n", "2001-06-12"),
])
def test_the_print_edition_a_text_appeared_in_dates_it(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tin nhanh\nTrang chủ » Quốc tế 15.06.2023 09:12\nĐoàn sĩ quan lên đường sang Nam Sudan\n04.01.2019 20:45\n\n"
     "Sáng nay, đoàn sĩ quan đã lên đường sang Nam Sudan thực hiện nhiệm vụ của Liên Hợp Quốc.\n", "2019-01-04"),
    ("Home › World 15/06/2023 09:12\nPeacekeepers leave for Juba\n04/01/2019 20:45\n\n"
     "A group of officers left for Juba this morning to serve with the United Nations mission.\n", "2019-01-04"),
    ("Menu\nNews > Africa 15/06/2023 09:12\nPeacekeepers leave for Juba\n\n"
     "A group of officers left for Juba this morning to serve with the United Nations mission.\n", ""),
])
def test_a_date_beside_a_breadcrumb_is_the_site_clock_not_the_page_date(text, expected):
    assert _date(text) == expected


# --- an aggregator's credit, a credit after a caption -------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Deux casques bleus blessés au Mali\n\nDeux casques bleus ont été blessés dimanche dans le centre du Mali, a-t-on appris "
     "de sources militaires.\n« Nous avons deux blessés légers », a dit un officier de la mission.... suite de l'article sur Jeune Afrique\n",
     "Jeune Afrique"),
    ("Two peacekeepers wounded in Mali\n\nTwo peacekeepers were wounded on Sunday in central Mali, military sources said.\n\n"
     "Both were flown to the mission's hospital in the capital. Continue reading on Reuters\n", "Reuters"),
    ("Dos cascos azules heridos en Mali\n\nDos cascos azules resultaron heridos el domingo en el centro de Mali, según fuentes militares.\n\n"
     "Ambos fueron trasladados al hospital de la misión en la capital.\n\nLeer más en El Observador\n", "El Observador"),
])
def test_an_aggregator_credits_the_outlet_it_continues_on(text, expected):
    assert _source(text) == expected


def test_a_continuation_on_something_that_is_no_outlet_credits_none():
    text = ("Deux casques bleus blessés au Mali\n\nDeux casques bleus ont été blessés dimanche dans le centre du Mali.\n"
            "Les deux soldats ont été évacués vers la capitale.... suite de l'article sur Autre presse\n")
    assert _source(text) == ""


def test_a_bracketed_credit_opening_the_lead_after_a_caption_is_the_outlet():
    text = ("Những người lính công binh tại Abyei\n\nĐại tá Trần Văn Bình (bên trái) trao quà cho trẻ em địa phương.\n"
            "(BXY) - Sau ba tháng làm nhiệm vụ tại Abyei, đội công binh đã sửa xong hai cây cầu và nhiều đoạn đường.\n")
    assert _source(text) == "BXY"
