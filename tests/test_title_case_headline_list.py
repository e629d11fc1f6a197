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
