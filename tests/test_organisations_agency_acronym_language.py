"""A national news agency's short acronym (sources.yaml: kind agency, no world reach) in the
running text of a language none of its editions is in names the agency only where the words
around it say it is press: a noun of an outlet's kind before it, a credit, a citing phrase or
a word of reporting. Elsewhere the letters are another body's ("la ANP", the Palestinian
Authority in Spanish; "TAP", the Portuguese airline; "le PNA", a national adaptation plan in
French). Every sentence here is of our own making."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.reference import reference


def organisations(text: str) -> set[str]:
    return {f.name for f in extract(text).entities.values() if f.kind == "organisation"}


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        pytest.param("Cisjordania\n\nLa ANP condenó el martes el ataque contra una aldea cercana a Ramala y pidió una investigación.\n",
                     "Agence Nigérienne de Presse", id="es-anp-palestinian-authority"),
        pytest.param("Cisjordania\n\nEl portavoz de la ANP pidió el martes una investigación sobre el ataque contra la aldea.\n",
                     "Agence Nigérienne de Presse", id="es-anp-after-de-la"),
        pytest.param("Vuelos\n\nUn vuelo de TAP entre Lisboa y Madrid fue cancelado el lunes por la huelga de los pilotos.\n",
                     "Tunis Afrique Presse", id="es-tap-airline"),
        pytest.param("Comercio\n\nEl ACP de la empresa fue firmado el lunes en Kinshasa por los ministros de la región.\n",
                     "Agence congolaise de presse", id="es-acp"),
        pytest.param("Kinshasa talks\n\nThe ACP framework was signed on Monday by the ministers of trade of the region.\n",
                     "Agence congolaise de presse", id="en-acp-framework"),
        pytest.param("Abidjan\n\nThe AIP programme trained three hundred teachers in the region last year.\n",
                     "Agence ivoirienne de presse", id="en-aip-programme"),
        pytest.param("Climat\n\nLe PNA adopté mardi par le gouvernement prévoit de nouvelles digues le long du fleuve.\n",
                     "Philippine News Agency", id="fr-pna-plan"),
        pytest.param("Fréquences\n\nL'ANF a attribué lundi de nouvelles fréquences aux opérateurs de téléphonie du pays.\n",
                     "Agencia de Noticias Fides", id="fr-anf-elided"),
    ],
)
def test_the_acronym_in_another_language_is_no_agency(text, agency):
    assert agency not in organisations(text)


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        # a noun of an outlet's kind before it, qualified maybe
        pytest.param("Ataque en Niamey\n\nTres soldados murieron el martes en el oeste del país, informó la agencia estatal ANP citando al ejército.\n",
                     "Agence Nigérienne de Presse", id="es-agencia-estatal"),
        pytest.param("Vuelos\n\nLa agencia tunecina TAP informó el lunes de veinte detenidos en la capital.\n",
                     "Tunis Afrique Presse", id="es-agencia-tunecina"),
        pytest.param("Kinshasa talks\n\nThe ministers met on Monday in Kinshasa, Congolese news agency ACP reported.\n",
                     "Agence congolaise de presse", id="en-news-agency"),
        pytest.param("Climat\n\nLes digues seront renforcées le long du fleuve, a rapporté l'agence philippine PNA.\n",
                     "Philippine News Agency", id="fr-agence"),
        # a citing phrase, a word of reporting
        pytest.param("Ataque en Niamey\n\nTres soldados murieron el martes en el oeste del país, según ANP, que cita al ejército.\n",
                     "Agence Nigérienne de Presse", id="es-segun"),
        pytest.param("Ataque en Niamey\n\nTres soldados murieron el martes en el oeste del país, dijo un oficial a ANP.\n",
                     "Agence Nigérienne de Presse", id="es-dijo-a"),
        pytest.param("Ataque en Niamey\n\nANP informó que tres soldados murieron el martes en el oeste del país.\n",
                     "Agence Nigérienne de Presse", id="es-informo-after"),
        pytest.param("Kinshasa talks\n\nThe ministers met on Monday in Kinshasa, according to ACP.\n",
                     "Agence congolaise de presse", id="en-according-to"),
        pytest.param("Abidjan\n\nThe ministers met on Monday in Abidjan, the AIP reported.\n",
                     "Agence ivoirienne de presse", id="en-reported"),
        pytest.param("Climat\n\nLes digues seront renforcées le long du fleuve, selon l'ANF, qui cite le ministère.\n",
                     "Agencia de Noticias Fides", id="fr-selon-elided"),
        # the text in one of the agency's languages: the agency, cue or none
        pytest.param("Attaque\n\nTrois soldats ont été tués mardi dans l'ouest du pays, a rapporté l'APS citant l'armée.\n",
                     "Agence de presse sénégalaise", id="fr-aps-own-language"),
        pytest.param("Abidjan\n\nLes ministres se sont réunis lundi à Abidjan, selon l\u2019AIP.\n",
                     "Agence ivoirienne de presse", id="fr-aip-typographic-apostrophe"),
        # an agency of world reach, in any language
        pytest.param("Ataque\n\nTres soldados murieron el martes en el oeste del país, informó AFP citando al ejército.\n",
                     "Agence France-Presse", id="es-afp"),
        pytest.param("Attaque\n\nTrois soldats ont été tués mardi dans l'ouest du pays, selon l'AFP, qui cite l'armée.\n",
                     "Agence France-Presse", id="fr-afp"),
    ],
)
def test_named_as_press_the_acronym_stays_the_agency(text, agency):
    assert agency in organisations(text)


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        pytest.param("Tres soldados murieron el martes (ANP).", "ANP", True, id="bracket-credit"),
        pytest.param("Tres soldados murieron el martes (PNA/ANP).", "ANP", True, id="slash-credit"),
        pytest.param("Tres soldados murieron el martes. \u2014 APS", "APS", True, id="dash-signoff"),
        pytest.param("Les ministres se sont réunis, a indiqué l'ANP.", "ANP", True, id="reported-before-elided"),
        pytest.param("La ANP condenó el ataque del martes.", "ANP", False, id="subject"),
        pytest.param("El presidente de la ANP habló el martes.", "ANP", False, id="after-de-la"),
        pytest.param("La ANP (Autoridad Nacional Palestina) condenó el ataque.", "ANP", False, id="before-bracket"),
    ],
)
def test_named_as_press(sentence, name, expected):
    start = sentence.index(name)
    assert reference().named_as_press(sentence, start, start + len(name)) is expected


def test_the_credit_still_names_the_source():
    extraction = extract("Mali attack\n\nBAMAKO (Reuters) - Three soldiers were killed on Tuesday in the west of the country, the army said.\n")
    assert extraction.fields.get("source") == "Reuters"
