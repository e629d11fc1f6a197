"""The page's outlet and title where the text names other bodies than its publisher: a news
agency credited for a picture, against the site a scraper record's address names; a
station's name glued to the first sentence; a numbered menu item and a kicker ending on a
colon above the headline; an advertising banner naming the publisher. Every text here is
written for the test."""
from __future__ import annotations

import datetime
import json

import pytest

from newsdossier.extract import extract
from newsdossier.ingest import collect
from newsdossier.ingest.precedence import settle

_TODAY = datetime.date(2030, 1, 1)


def _record_fields(tmp_path, url: str, title: str, text: str) -> dict:
    path = tmp_path / "record.json"
    path.write_text(json.dumps({"url": url, "title": title, "text": text}, ensure_ascii=False), encoding="utf-8")
    articles, _ = collect(path)
    reading = articles[0].read()
    x = extract(reading.text, reading.known, today=_TODAY)
    return settle(x.fields, x.text_date, reading.known, x.source_cited)


# --- an agency credited for a picture: not the record's site ----------------------------------

PICTURE_AGENCY = [
    ("https://www.harbourexample-times.ng/medals-for-the-battalion/", "Medals for the battalion",
     """Soldiers of the battalion on parade in the capital. AFP/Jane Roe
Soldiers of the battalion on parade in the capital.
AFP/Jane Roe

The battalion received its medals at a ceremony in the capital on the last day of its tour.

The commander thanked the families for their patience during the year.""", "harbourexample-times.ng"),
    ("https://journal-exemple.info/medailles-pour-le-bataillon/", "Des médailles pour le bataillon",
     """Des soldats du bataillon défilent dans la capitale. Reuters/Jean Dupont
Des soldats du bataillon défilent dans la capitale.
Reuters/Jean Dupont

Le bataillon a reçu ses médailles lors d'une cérémonie dans la capitale au dernier jour de sa mission.

Le commandant a remercié les familles pour leur patience pendant l'année.""", "journal-exemple.info"),
]


@pytest.mark.parametrize(("url", "title", "text", "expected"), PICTURE_AGENCY)
def test_an_agency_credited_for_a_picture_gives_way_to_the_records_own_site(tmp_path, url, title, text, expected):
    assert _record_fields(tmp_path, url, title, text)["source"] == expected


# --- a station's name in capitals glued to the first sentence ---------------------------------

GLUED_STATION = [
    ("""KTX NEWS Three United Nations peacekeepers were wounded on Sunday when their patrol hit a mine in the east, the mission said.
The patrol was returning to its base after a week in the hills.
A fourth soldier was treated at the scene.""", "KTX News"),
    ("""RADIO EXEMPLE FM Trois casques bleus ont été blessés dimanche lorsque leur patrouille a heurté une mine dans l'est.
La patrouille rentrait à sa base après une semaine dans les collines.
Un quatrième soldat a été soigné sur place.""", "Radio Exemple FM"),
    ("""CANAL EJEMPLO TV Tres cascos azules resultaron heridos el domingo cuando su patrulla pisó una mina en el este.
La patrulla regresaba a su base tras una semana en las colinas.
Un cuarto soldado fue atendido en el lugar.""", "Canal Ejemplo TV"),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_STATION)
def test_a_station_name_glued_to_the_first_sentence_is_the_outlet(text, expected):
    assert extract(text, None, today=_TODAY).fields["source"] == expected


def test_capitals_opening_a_sentence_are_no_station():
    text = """UN PEACEKEEPERS Three soldiers were wounded on Sunday when their patrol hit a mine in the east.
The patrol was returning to its base after a week in the hills."""
    assert extract(text, None, today=_TODAY).fields["source"] in ("", None)


# --- a numbered menu item above the headline --------------------------------------------------

MENU_ITEM = [
    ("""  1. Politics
Mar 4, 2024, 9:10 AM

Minister:

Army to double its presence along the southern border

Army to double its presence along the southern border

The government plans to double the number of troops stationed along the southern border, the minister said on Monday.

The troops will work alongside the peacekeepers of the mission.""", "Army to double its presence along the southern border"),
    ("""  2. Monde
4 mars 2024, 09:10

L'armée doublera sa présence le long de la frontière sud

L'armée doublera sa présence le long de la frontière sud

Le gouvernement prévoit de doubler le nombre de soldats stationnés le long de la frontière sud, a indiqué le ministre lundi.

Les soldats travailleront aux côtés des casques bleus de la mission.""", "L'armée doublera sa présence le long de la frontière sud"),
]


@pytest.mark.parametrize(("text", "expected"), MENU_ITEM)
def test_a_numbered_menu_item_is_not_the_title(text, expected):
    assert extract(text, None, today=_TODAY).fields["title"] == expected


# --- an advertising banner naming the publisher ---------------------------------------------

AD_BANNER = [
    ("""Pour vos insertions, contactez la régie publicitaire du Quotidien Exemple

Les casques bleus honorés au musée des armées

2 juin 2019

Le pays a célébré hier la journée des casques bleus au musée des armées, en présence des familles.

Une salle a été inaugurée à cette occasion en hommage aux soldats tombés.""", "Quotidien Exemple"),
    ("""To advertise here, contact the advertising department of the Example Herald

Peacekeepers honoured at the army museum

June 2, 2019

The country marked the day of the peacekeepers at the army museum yesterday, with the families present.

A hall was opened in honour of the soldiers who fell.""", "Example Herald"),
    ("""Para anunciarse, contacte al departamento de publicidad de Diario Ejemplo

Homenaje a los cascos azules en el museo del ejército

2 de junio de 2019

El país celebró ayer el día de los cascos azules en el museo del ejército, con las familias presentes.

Se inauguró una sala en honor a los soldados caídos.""", "Diario Ejemplo"),
]


@pytest.mark.parametrize(("text", "expected"), AD_BANNER)
def test_an_advertising_banner_names_the_publisher(text, expected):
    assert extract(text, None, today=_TODAY).fields["source"] == expected


# --- a place in capitals, the day, then an agency in brackets under the headline --------------

PLACE_DAY_AGENCY = [
    ("""Army to double its presence along the southern border

TEHRAN, Nov. 27 (XNA) – The government plans to double the number of troops stationed along the southern border, the minister said.

The troops will work alongside the peacekeepers of the mission.""", "Tehran", "XNA"),
    ("""L'armée doublera sa présence le long de la frontière sud

DAKAR, 3 mars (KPA) – Le gouvernement prévoit de doubler le nombre de soldats stationnés le long de la frontière sud, a indiqué le ministre.

Les soldats travailleront aux côtés des casques bleus de la mission.""", "Dakar", "KPA"),
]


@pytest.mark.parametrize(("text", "place", "agency"), PLACE_DAY_AGENCY)
def test_a_place_and_day_before_an_agency_in_brackets_is_a_wire_dateline(text, place, agency):
    from newsdossier.segment import segment

    dateline = segment(text).dateline
    assert (dateline.place, dateline.agency) == (place, agency)
    assert extract(text, None, today=_TODAY).fields["source"] == agency


# --- an address giving the month, a day the lead names for an event ---------------------------

MONTH_AND_EVENT_DAY = [
    ("https://example-newsroom.com/2021/03/battalion-receives-medals/", "Battalion receives medals",
     """The battalion held its medal parade on Tuesday, March 16, 2021, at its headquarters in the north.

The ceremony honoured the soldiers for their year of service with the mission.

The commander thanked the families for their patience."""),
    ("https://exemple-infos.net/2021/03/le-bataillon-recoit-ses-medailles/", "Le bataillon reçoit ses médailles",
     """Le bataillon a tenu sa parade de remise de médailles le mardi 16 mars 2021 à son quartier général du nord.

La cérémonie a honoré les soldats pour leur année de service au sein de la mission.

Le commandant a remercié les familles pour leur patience."""),
    ("https://noticias-ejemplo.net/2021/03/el-batallon-recibe-medallas/", "El batallón recibe medallas",
     """El batallón realizó su desfile de medallas el martes 16 de marzo de 2021 en su cuartel general del norte.

La ceremonia honró a los soldados por su año de servicio en la misión.

El comandante agradeció a las familias su paciencia."""),
]


@pytest.mark.parametrize(("url", "title", "text"), MONTH_AND_EVENT_DAY)
def test_an_event_day_the_lead_names_does_not_refine_the_addresss_month(tmp_path, url, title, text):
    assert _record_fields(tmp_path, url, title, text)["date"] == "2021-03"


# --- a day the lead recalls from a year before a mission the text names began ------------------

RECALLED_DAY = [
    """Blue helmets keep working in ever harder places

Peacekeepers protect the most vulnerable in Mali, Darfur and South Sudan, the UN said on Wednesday for the day devoted to them. The date of 29 May goes back to 1948, when the first unarmed force was sent to watch a truce.

In Mali, the soldiers of MINUSMA escort the convoys of the north.""",
    """Les casques bleus dans des contextes toujours plus difficiles

Les casques bleus protègent les plus vulnérables au Mali, au Darfour et au Soudan du Sud, souligne mercredi l'ONU pour la journée qui leur est consacrée. La date du 29 mai renvoie à 1948, lorsque la première force non armée fut envoyée pour surveiller une trêve.

Au Mali, les soldats de la MINUSMA escortent les convois du nord.""",
    """Los cascos azules en contextos cada vez más difíciles

Los cascos azules protegen a los más vulnerables en Malí, Darfur y Sudán del Sur, destacó el miércoles la ONU en el día que les está dedicado. La fecha del 29 de mayo remite a 1948, cuando se envió la primera fuerza desarmada para vigilar una tregua.

En Malí, los soldados de la MINUSMA escoltan los convoyes del norte.""",
]


@pytest.mark.parametrize("text", RECALLED_DAY)
def test_a_recalled_days_year_before_a_named_mission_does_not_date_the_page(text):
    assert not extract(text, None, today=_TODAY).fields["date"].startswith("1948")
