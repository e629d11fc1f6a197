"""A list of other stories' headlines in Title Case, one a line in a row below the text, is
a list of teasers: not joined into one paragraph of the text, and its names are not the
article's actors."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import segment

_LISTS = {
    "fr": ("Des ingénieurs chinois décorés au Liban",
           "Quelque deux cents ingénieurs de la force ont reçu mardi une médaille des Nations unies lors d'une cérémonie tenue dans leur camp.",
           ["Pérou-Japon : Les Deux Pays Signent Un Accord Sur La Pêche Côtière",
            "Niger : Un Camion Citerne Prend Feu Sur La Route De Zinder",
            "Tchad : Le Gouvernement Annonce Une Hausse Des Salaires Publics"]),
    "en": ("Engineers honoured in Lebanon",
           "About two hundred engineers of the force received a United Nations medal on Tuesday at a ceremony held in their camp near the coast.",
           ["Peru-Japan Sign A New Agreement On Coastal Fishing Rights",
            "Tanker Truck Catches Fire On The Road Out Of Zinder In Niger",
            "Chad Government Announces A Rise In Public Sector Salaries"]),
    "es": ("Ingenieros condecorados en el Líbano",
           "Unos doscientos ingenieros de la fuerza recibieron el martes una medalla de las Naciones Unidas en una ceremonia celebrada en su campamento.",
           ["Perú-Japón: Los Dos Países Firman Un Acuerdo Sobre Pesca Costera",
            "Níger: Un Camión Cisterna Se Incendia En La Ruta De Zinder",
            "Chad: El Gobierno Anuncia Una Subida De Los Salarios Públicos"]),
}


@pytest.mark.parametrize("language", sorted(_LISTS))
def test_title_case_headline_list_is_teasers(language):
    title, lead, headlines = _LISTS[language]
    text = f"{title}\n\n{lead}\n\n" + "\n".join(headlines) + "\n"
    layout = segment(text)
    assert layout.paragraphs == [lead]
    assert layout.teasers == headlines
    countries = {f.name for f in extract(text).entities.values() if f.kind == "country"}
    assert not countries & {"Peru", "Japan", "Niger", "Chad"}, countries


def test_one_title_case_line_under_the_text_is_no_list():
    # a name-and-title caption in Title Case stays the article's
    text = ("Engineers honoured in Lebanon\n\nAbout two hundred engineers of the force received a United Nations "
            "medal on Tuesday at a ceremony held in their camp near the coast.\n\nJane Roe, Commander Of The Engineer Company\n")
    assert segment(text).teasers == []


# A roll of people the story names, one a line: a rank or title, then a full name. Such rows
# are in Title Case too, but they are the text's, and their names are its people. (The roll's
# first and last rows hold a lowercase word, as ranks of several words do; the page prints no
# headline over the text.)
_ROLLS = {
    "fr": ("La mission a rendu hommage mardi aux soldats tombés pendant son mandat, lors d'une cérémonie au quartier général.\n"
           "Selon le ministère, douze militaires ont perdu la vie depuis le déploiement du contingent en 2013.\n"
           "Voici leurs noms :",
           ["- Soldat de 1ère classe Abdou Karim Seck", "- Caporal Amadou Seydi Ndour", "- Matelot Lamine Tabara Sy",
            "- Maître Ibou Dieynaba Gaye", "- L'agent de police Moussa Kane"],
           ["Abdou Karim Seck", "Amadou Seydi Ndour", "Ibou Dieynaba Gaye", "Lamine Tabara Sy", "Moussa Kane"]),
    "en": ("The mission paid tribute on Tuesday to the soldiers who fell during its mandate, at a ceremony at its headquarters.\n"
           "According to the ministry, twelve soldiers have lost their lives since the contingent deployed in 2013.\n"
           "These are their names:",
           ["- Warrant officer class two Paul Ochieng", "- Major Peter Okello Ssali", "- Captain Ruth Anyango Obara",
            "- Sergeant Moses Kato Lubega", "- Private first class Joseph Mugisha"],
           ["Joseph Mugisha", "Moses Kato Lubega", "Paul Ochieng", "Peter Okello Ssali", "Ruth Anyango Obara"]),
    "es": ("La misión rindió homenaje el martes a los soldados caídos durante su mandato, en una ceremonia en su cuartel general.\n"
           "Según el ministerio, doce militares perdieron la vida desde el despliegue del contingente en 2013.\n"
           "Estos son sus nombres:",
           ["- Soldado de primera Luis Alberto Sosa", "- Sargento Julio Cabrera Ríos", "- Cabo Matías Ferrer Sosa",
            "- Soldado Nicolás Benítez Acosta", "- El suboficial de primera Diego Pereira"],
           ["Diego Pereira", "Julio Cabrera Ríos", "Luis Alberto Sosa", "Matías Ferrer Sosa", "Nicolás Benítez Acosta"]),
}


@pytest.mark.parametrize("language", sorted(_ROLLS))
def test_a_roll_of_ranks_and_names_is_text_not_teasers(language):
    lead, rows, people = _ROLLS[language]
    text = lead + "\n" + "\n".join(rows) + "\n"
    assert segment(text).teasers == []
    found = sorted(f.name for f in extract(text).entities.values() if f.kind == "person")
    assert found == sorted(people), found


@pytest.mark.parametrize("headlines", [
    # near misses: headlines that open on a title word but say more than a name
    ["Général Diallo Visite Les Troupes À Gao Ce Lundi", "Ministre Kaboré Annonce Un Nouveau Budget Militaire",
     "Président Touré Reçoit Les Chefs De Contingent"],
    ["General Okello Visits Troops In Bentiu On Monday", "Minister Kato Announces New Defence Budget Today",
     "President Ruto Meets Contingent Commanders In Nairobi"],
])
def test_headlines_opening_on_a_title_stay_teasers(headlines):
    text = ("Engineers honoured in Lebanon\n\nAbout two hundred engineers of the force received a United Nations "
            "medal on Tuesday at a ceremony held in their camp near the coast.\n\n" + "\n".join(headlines) + "\n")
    assert segment(text).teasers == headlines


@pytest.mark.parametrize("headlines", [
    # near misses: short headlines in Title Case that open on a title, then a surname and what
    # the person did: everyday words no roll's name holds
    pytest.param(["- General Okello Visits Bentiu", "- Minister Kato Resigns Today", "- President Ruto Meets Commanders"],
                 id="en-verbs"),
    pytest.param(["- Pope Francis Visits Juba", "- President Kiir Sacks Minister", "- Colonel Goita Takes Power"],
                 id="en-given-name-row-among-verbs"),
])
def test_short_headlines_opening_on_a_title_bring_no_people(headlines):
    text = ("Engineers honoured in Lebanon\n\nAbout two hundred engineers of the force received a United Nations "
            "medal on Tuesday at a ceremony held in their camp near the coast.\n\n" + "\n".join(headlines) + "\n")
    assert segment(text).teasers
    assert [f.name for f in extract(text).entities.values() if f.kind == "person"] == []


def test_a_roll_with_a_family_name_that_is_a_word_stays_text():
    # near miss of the test above: one family name in the roll is an everyday word ("blanco")
    lead, rows, people = _ROLLS["es"]
    rows = [*rows[:4], "- Cabo Matías Blanco"]
    text = lead + "\n" + "\n".join(rows) + "\n"
    assert segment(text).teasers == []
    found = sorted(f.name for f in extract(text).entities.values() if f.kind == "person")
    assert "Matías Blanco" in found, found
