"""Kinds of fault in people met on unseen articles, each a mechanism rather than one article's
wording: a Spanish name printed short (given name and first family name) and again in full
(middle name and second family name too); a region named by a compass word before its place
("West Papua", "North Sulawesi") read as a person; a name opening with an elided capital
letter ("M'Barki", "N'Diaye") cut at its apostrophe as if it were an elided French article;
a sovereign named with a regnal number ("Mohammed VI"); a French rank whose last word is elided
onto the word before it ("Général de Corps d'Armée", "chef d'escadron") read as no title, the
name after it left without its role. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence
from newsdossier.extract import extract
from newsdossier.text import tokenize


def people(sentence: str, language: str) -> set[str]:
    """The names of the people found in one sentence."""
    return {f.name for f in find_in_sentence(sentence, language) if f.kind == "person"}


def article_people(text: str) -> set[str]:
    """The names of the people the whole extraction keeps for a text."""
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("Entre los caídos están el chileno Tomás Rivera y el uruguayo Julio Sosa. Más tarde se recordó "
                     "al sargento Tomás Andrés Rivera Soto, de 40 años, y al soldado Julio Sosa Benítez.",
                     {"Tomás Andrés Rivera Soto", "Julio Sosa Benítez"}, id="es-short-then-full"),
        pytest.param("La ministra Carmen Ortiz inauguró el centro. Después, la diputada Carmen Lucía Ortiz Vega saludó a las tropas.",
                     {"Carmen Lucía Ortiz Vega"}, id="es-given-first-surname"),
        pytest.param("El capitán Diego Herrera habló primero ante las tropas. Al final de la ceremonia, el coronel Diego Herrera Ruiz cerró el acto con un discurso.",
                     {"Diego Herrera Ruiz"}, id="es-second-surname-only"),
        pytest.param("Según el parte, Ana Gómez, Ana Beatriz Gómez Lara y Ana Gómez Vidal eran tres enfermeras de la base.",
                     {"Ana Gómez", "Ana Beatriz Gómez Lara", "Ana Gómez Vidal"}, id="two-longer-fit-left-alone"),
    ],
)
def test_a_name_printed_short_then_in_full_is_one_person(text, names):
    assert article_people(text) == names


@pytest.mark.parametrize(
    "sentence, names",
    [
        pytest.param("The governor of West Papua met the troops before they flew to Lebanon.", set(), id="west"),
        pytest.param("Officials from Central Java and North Sulawesi attended the send-off.", set(), id="central-north"),
        pytest.param("Soldiers from East Kalimantan joined Captain Rudi Hartono at the port.", {"Rudi Hartono"}, id="east-then-person"),
        pytest.param("The ambassador, Rebecca West, welcomed the new battalion.", {"Rebecca West"}, id="compass-as-family-name"),
        pytest.param("The frigate sailed from Tanjung Perak in Surabaya with Colonel Agus Salim aboard.", {"Agus Salim"}, id="malay-cape-word"),
        pytest.param("Villagers of Pulau Seram welcomed Major Dewi Lestari and her engineers.", {"Dewi Lestari"}, id="malay-island-word"),
    ],
)
def test_a_place_opening_word_makes_a_run_a_place(sentence, names):
    assert people(sentence, "en") == names


@pytest.mark.parametrize(
    "language, sentence, names",
    [
        pytest.param("fr", "La délégation comptait Youssef M'Barki, du ministère de la Défense, et deux officiers.", {"Youssef M'Barki"}, id="m-straight"),
        pytest.param("en", "The delegation included Nadia El-Amrani and Hassan M’Rabet from Rabat.", {"Nadia El-Amrani", "Hassan M’Rabet"}, id="m-curly"),
        pytest.param("fr", "Le commandant Ousmane N’Diaye a salué les soldats à Dakar.", {"Ousmane N’Diaye"}, id="n-curly"),
    ],
)
def test_a_name_opening_with_an_elided_capital_stays_whole(language, sentence, names):
    assert people(sentence, language) == names


@pytest.mark.parametrize(
    "text, words",
    [
        pytest.param("M'a-t-il dit la vérité ?", ["M'", "a-t-il", "dit", "la", "vérité"], id="elided-pronoun"),
        pytest.param("Il n'a pas signé.", ["Il", "n'", "a", "pas", "signé"], id="elided-negation"),
        pytest.param("L'Organisation des Nations unies", ["L'", "Organisation", "des", "Nations", "unies"], id="elided-article-before-capital"),
    ],
)
def test_elided_french_words_still_cut(text, words):
    assert [t.text for t in tokenize(text)] == words


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("Le contingent est parti en mars. La décision a été prise par le roi Mohammed VI du Maroc, selon le ministère.",
                     {"Mohammed VI"}, id="fr-roi"),
        pytest.param("The troops left in March. King Charles III thanked them in London on Monday, officials said.",
                     {"Charles III"}, id="en-king"),
        pytest.param("Las tropas partieron en marzo. El rey Felipe VI despidió al contingente en Madrid.",
                     {"Felipe VI"}, id="es-rey"),
        pytest.param("Many years ago, Pope John Paul II blessed the blue helmets leaving for Angola, the chaplain recalled.",
                     {"John Paul II"}, id="en-pope-two-names"),
        pytest.param("The battalion began Phase II of the deployment in March, Colonel Ama Owusu said.",
                     {"Ama Owusu"}, id="numbered-phase-no-person"),
    ],
)
def test_a_sovereign_with_a_regnal_number_is_a_person(text, names):
    assert article_people(text) == names


@pytest.mark.parametrize(
    "language, sentence, name, role",
    [
        pytest.param("es", "Ayer habló el General de División Walter Rivas Duarte ante la tropa.",
                     "Walter Rivas Duarte", "General de División", id="es-division-given-name-a-word"),
        pytest.param("es", "Ayer habló el General de Brigada Elmer Rivas Duarte ante la tropa.",
                     "Elmer Rivas Duarte", "General de Brigada", id="es-brigada-unlisted-given-name"),
        pytest.param("es", "En el muelle esperaba el Capitán de Navío Walter Sosa Quiroga con su tripulación.",
                     "Walter Sosa Quiroga", "Capitán de Navío", id="es-navio"),
        pytest.param("fr", "Hier le Général de Brigade Walter Dupont a parlé aux soldats.",
                     "Walter Dupont", "Général de Brigade", id="fr-brigade"),
        pytest.param("fr", "La délégation comprenait le chef des opérations, Général de Corps d'Armée Yvon-Arsène Mbemba, et le maire.",
                     "Yvon-Arsène Mbemba", "Général de Corps d'Armée", id="fr-corps-d-armee-elided"),
        pytest.param("fr", "Le Général d\u2019Armée Yvon-Arsène Mbemba a passé les troupes en revue.",
                     "Yvon-Arsène Mbemba", "Général d\u2019Armée", id="fr-d-armee-typographic-apostrophe"),
        pytest.param("fr", "Hier le général de corps d'armée Jean-Rémi Tassin a parlé aux soldats.",
                     "Jean-Rémi Tassin", "général de corps d'armée", id="fr-lowercase-elided"),
        pytest.param("fr", "Le chef d'escadron Luc-Henri Vallat a conduit la patrouille.",
                     "Luc-Henri Vallat", "chef d'escadron", id="fr-chef-d-escadron"),
    ],
)
def test_a_capitalised_rank_of_several_words_keeps_the_whole_name(language, sentence, name, role):
    found = {f.name: f.role for f in find_in_sentence(sentence, language) if f.kind == "person"}
    assert found.get(name, "missing") == role
