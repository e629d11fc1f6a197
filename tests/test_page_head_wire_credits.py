"""The page's date and outlet as far as the text allows, on two kinds of fault met in fresh
articles: a wire's dateline that prints the day and the agency with no place ("Oct. 28
(UPI) --"), and an outlet's abbreviation in brackets after its name spelled out with a word
between ("the official National News Agency (NNA) said"), which defines the name and
credits nothing. Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.reference import reference


def _head(text: str) -> tuple[str, str]:
    found = extract(text, None)
    return found.determined_date, found.fields.get("source") or ""


# --- a wire's dateline with the day and the agency, no place ---------------------------------

@pytest.mark.parametrize(("lead", "date", "source"), [
    ("Nov. 4 (UPI) -- Three peacekeepers were wounded when their patrol drove over a mine, the mission said.",
     "XXXX-11-04", "United Press International"),
    ("Feb. 17, 2022 (UPI) -- A convoy of the mission came under fire near the border on Wednesday, officials said.",
     "2022-02-17", "United Press International"),
    ("9 avril (AFP) - Un soldat de la paix a été blessé par un tir près du camp de la mission, selon un responsable.",
     "XXXX-04-09", "Agence France-Presse"),
    ("Friday, June 2, 2023 (Reuters) - Engineers of the force repaired a bridge washed away by the floods, the army said.",
     "2023-06-02", "Reuters"),
])
def test_a_dateline_of_day_and_agency_without_a_place_dates_and_credits_the_page(lead, date, source):
    assert _head(f"Patrol hit on the road\n\n{lead}\n\nThe mission opened an inquiry.\n") == (date, source)


@pytest.mark.parametrize(("lead", "date", "source"), [
    # the agency's name as it is spelled, not in capitals
    ("Aug. 12 (Reuters) - Two armoured vehicles of the mission were damaged by a blast, a spokesperson said.",
     "XXXX-08-12", "Reuters"),
    ("12 août (Belga) - Une patrouille de la mission a essuyé des tirs près de la frontière, selon un porte-parole.",
     "XXXX-08-12", "Belga"),
    ("July 30 (Xinhua) -- Chinese engineers of the mission finished a road to the district hospital.",
     "XXXX-07-30", "Xinhua"),
])
def test_an_agency_spelled_in_ordinary_case_after_the_day_credits_the_page(lead, date, source):
    assert _head(f"Patrol hit on the road\n\n{lead}\n\nThe mission opened an inquiry.\n") == (date, source)


@pytest.mark.parametrize(("lead", "date", "source"), [
    # a known place in ordinary case and a comma before the day: the capitals in brackets after
    # the day are an agency the reference does not know, printed as it is
    ("Bangui, 5 mars 2024 (XYZP) - Des casques bleus ont escorté un convoi de vivres vers le nord.", "2024-03-05", "XYZP"),
    ("Juba, 21 May 2023 (QTV) - Peacekeepers escorted a food convoy to the north, officials said.", "2023-05-21", "QTV"),
    ("Dakar, March 5 (UN) - Peacekeepers from Senegal were honoured at a parade on Sunday.", "XXXX-03-05", "UN"),
])
def test_an_unknown_agency_after_a_place_and_its_day_is_the_credit(lead, date, source):
    assert _head(f"Convoy escorted\n\n{lead}\n\nMore convoys will follow.\n") == (date, source)


@pytest.mark.parametrize("lead", [
    # a place in brackets after the day is still the dateline's place, not an outlet
    "March 3 (JUBA) - The army on Tuesday sent 200 soldiers to the regional force, officials said.",
])
def test_a_bracketed_place_after_the_day_is_no_credit(lead):
    assert _head(f"Troops on the move\n\n{lead}\n\nMore units will follow.\n")[1] == ""


# --- an abbreviation defining an outlet's name is no credit ----------------------------------

@pytest.mark.parametrize("text", [
    ("Shells fall near the border\n\nBeirut - The peacekeeping force said a shell landed near one of its positions overnight.\n\n"
     "On Monday, Lebanon's official National News Agency (NNA) said drones had struck two villages further east.\n"),
    ("Shells fall near the border\n\nBeirut - The peacekeeping force said a shell landed near one of its positions overnight.\n\n"
     "Later, the state-run National News Agency (NNA) said artillery fire had hit the outskirts of two villages.\n"),
])
def test_an_abbreviation_after_the_spelled_out_name_credits_nothing(text):
    assert _head(text)[1] == ""


@pytest.mark.parametrize(("before", "abbreviation", "expected"), [
    ("the official National News Agency", "NNA", True),
    ("Agence France-Presse", "AFP", True),
    ("the Bureau of Example Broadcasting", "BEB", True),
    ("a spokesperson told", "AFP", False),
    ("the news was confirmed", "NNA", False),
    ("Ghana News", "GNA", False),
])
def test_the_initials_of_the_capitalised_words_before_an_abbreviation_spell_it_out(before, abbreviation, expected):
    assert reference().spelled_out_before(before, abbreviation) is expected


@pytest.mark.parametrize("text", [
    # an abbreviation alone in brackets still credits its agency
    "Shells fall near the border\n\n(NNA) - Drones struck two villages in the south on Monday, residents said.\n",
])
def test_a_bracketed_abbreviation_alone_still_credits(text):
    assert _head(text)[1] == "National News Agency of Lebanon"


# --- an outlet quoted for one fact further down is not the page's source -----------------------

_LEADS = {
    "en": "Peacekeepers repaired the bridge over the river on Tuesday, the mission said in a statement.",
    "fr": "Les casques bleus ont réparé mardi le pont sur la rivière, a indiqué la mission dans un communiqué.",
    "es": "Los cascos azules repararon el martes el puente sobre el río, informó la misión en un comunicado.",
}


@pytest.mark.parametrize(("language", "later"), [
    ("en", "According to Al Jazeera, two more bridges were damaged by the floods last month."),
    ("en", "The flooding was first reported by Radio Okapi, which counted twelve villages cut off."),
    ("en", "Two more bridges were damaged last month, according to the daily Example Courier."),
    ("fr", "Selon RFI, deux autres ponts avaient été emportés par la crue le mois dernier."),
    ("fr", "Deux autres ponts ont été emportés, selon le quotidien Example Matin."),
    ("es", "Según la BBC, otros dos puentes fueron dañados por la crecida el mes pasado."),
])
def test_an_outlet_cited_for_a_fact_after_the_lead_is_not_the_source(language, later):
    text = f"Bridge repaired\n\n{_LEADS[language]}\n\n{later}\n\nTraffic resumed in the afternoon.\n"
    assert _head(text)[1] == ""


@pytest.mark.parametrize(("lead", "source"), [
    # in the lead, the outlet whose report the story follows is its source
    ("Peacekeepers repaired the bridge over the river on Tuesday, according to Al Jazeera.", "Al Jazeera"),
    ("Les casques bleus ont réparé mardi le pont sur la rivière, selon RFI.", "Radio France Internationale"),
])
def test_an_outlet_cited_in_the_lead_is_still_the_source(lead, source):
    assert _head(f"Bridge repaired\n\n{lead}\n\nTraffic resumed in the afternoon.\n")[1] == source


@pytest.mark.parametrize("later", [
    # an outlet told something is cited anywhere
    "A local official told the BBC that two more bridges had been damaged.",
    "Un responsable local a déclaré à RFI que deux autres ponts avaient été emportés.",
])
def test_an_outlet_told_something_after_the_lead_is_still_cited(later):
    text = f"Bridge repaired\n\n{_LEADS['en']}\n\n{later}\n\nTraffic resumed in the afternoon.\n"
    assert _head(text)[1] != ""


# --- a credit line with an article before the agency --------------------------------------------

@pytest.mark.parametrize(("line", "source"), [
    ("(Avec l'AFP)", "Agence France-Presse"),
    ("Avec l'AFP", "Agence France-Presse"),
    ("(with the AP)", "Associated Press"),
    ("Con la EFE", "Agencia EFE"),
])
def test_a_credit_line_with_an_article_before_the_agency_credits_it(line, source):
    text = f"Bridge repaired\n\n{_LEADS['fr']}\n\nLa circulation a repris dans l'après-midi.\n\n{line}\n"
    assert _head(text)[1] == source


@pytest.mark.parametrize(("line", "expected"), [
    ("Source: Le Monde", "Le Monde"),  # an outlet whose name opens with an article
    ("Avec l'ONU", None),  # a body, no outlet
])
def test_credit_line_reads_names_opening_with_an_article(line, expected):
    from newsdossier.segment import credit_line

    assert credit_line(line) == expected


# --- "with inputs from" an agency closing the story -----------------------------------------------

@pytest.mark.parametrize(("line", "source"), [
    ("With inputs from PTI", "Press Trust of India"),
    ("(With inputs from ANI)", "Asian News International"),
    ("With input from IANS", "Indo-Asian News Service"),
    ("Inputs from Reuters", "Reuters"),
])
def test_inputs_from_an_agency_credit_it(line, source):
    text = f"Bridge repaired\n\n{_LEADS['en']}\n\nTraffic resumed in the afternoon.\n\n{line}\n"
    assert _head(text)[1] == source


def test_inputs_from_agencies_unnamed_credit_no_outlet():
    text = f"Bridge repaired\n\n{_LEADS['en']}\n\nTraffic resumed in the afternoon.\n\nWith inputs from agencies\n"
    assert _head(text)[1] == ""


# --- a bracketed credit closed by a stop before its dash, then the dateline ------------------

@pytest.mark.parametrize(("lead", "date", "source"), [
    ("(EFE).- Bamako, 5 mar 2024 - Los cascos azules escoltaron un convoy de víveres hacia el norte.",
     "2024-03-05", "Agencia EFE"),
    ("(EFE).- Los cascos azules escoltaron el martes un convoy de víveres hacia el norte, informó la misión.",
     "", "Agencia EFE"),
    ("(Prensa Latina).- Juba, 9 de abril de 2023 - Los ingenieros de la misión repararon un puente.",
     "2023-04-09", "Prensa Latina"),
])
def test_a_credit_closed_by_a_stop_and_a_dash_opens_the_lead(lead, date, source):
    assert _head(f"Convoy escoltado\n\n{lead}\n\nOtros convoyes seguirán.\n") == (date, source)
