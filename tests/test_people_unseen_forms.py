"""People printed in forms met on articles the rules were not written from: ranks in another
spelling, lowercase particles of West African and French names, initials and family names in
capitals after a civilian title, a name given again in brackets in another romanisation, and a
name given again without its middle name. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence
from newsdossier.extract import extract


def people(sentence: str, language: str) -> dict[str, str | None]:
    """name -> role of the people found in one sentence."""
    return {f.name: f.role for f in find_in_sentence(sentence, language) if f.kind == "person"}


def article_people(text: str) -> list[str]:
    """The names of the people one article gives, sorted."""
    return sorted(e.name for e in extract(text).entities.values() if e.kind == "person")


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("es", "Ayer asumió el Contralmirante Tomás Ibarra Lugones el mando de la flota.", "Tomás Ibarra Lugones", id="es-contralmirante"),
        pytest.param("es", "La Contralmiranta Lucía Ferrer Olmedo visitó la base naval.", "Lucía Ferrer Olmedo", id="es-contralmiranta"),
    ],
)
def test_a_rank_in_another_spelling_is_the_role_not_the_name(language, sentence, name):
    assert name in people(sentence, language)


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("fr", "Le ministre, Ahmedou ould Bah, a reçu les officiers à Nouakchott.", "Ahmedou ould Bah", id="fr-ould"),
        pytest.param("en", "The deputy, Sidi Mohamed ould Cheikh, met the mission's envoy.", "Sidi Mohamed ould Cheikh", id="en-ould"),
        pytest.param("fr", "Le chef rebelle Alghabass ag Intalla a quitté Kidal lundi.", "Alghabass ag Intalla", id="fr-ag"),
        pytest.param("es", "La ministra Mariem mint Ahmed llegó a Dakar.", "Mariem mint Ahmed", id="es-mint"),
    ],
)
def test_a_lowercase_patronymic_particle_keeps_the_name_whole(language, sentence, name):
    assert name in people(sentence, language)


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("fr", "Le ministre, Jean-Marc le Gall, est arrivé à Bamako mardi.", "Jean-Marc le Gall", id="fr-le-after-given"),
        pytest.param("fr", "Pierre la Fontaine a présidé la cérémonie au camp.", "Pierre la Fontaine", id="fr-la-after-given"),
        pytest.param("en", "The envoy Marie le Goff spoke to the press in Juba.", "Marie le Goff", id="en-le-after-given"),
    ],
)
def test_a_lowercase_article_particle_after_a_given_name_joins_the_family_name(language, sentence, name):
    assert name in people(sentence, language)


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("fr", "Il l'a annoncé sur Twitter la Mission des Nations unies au Mali.", id="fr-outlet-then-body"),
    ],
)
def test_an_article_after_a_word_that_is_no_given_name_opens_the_next_name(language, sentence):
    assert not any(" la " in name for name in people(sentence, language))


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "Prime Minister RK Bhandari Thapa opened the training centre.", "RK Bhandari Thapa", id="en-initials-after-minister"),
        pytest.param("en", "The parade was reviewed by Defence Minister DB Gurung Rai.", "DB Gurung Rai", id="en-initials-after-portfolio"),
        pytest.param("en", "Brigadier General Anil KC said the troops were ready.", "Anil KC", id="en-two-capitals-family-name"),
        pytest.param("en", "The platoon was led by Captain Ramesh KC in Bunia.", "Ramesh KC", id="en-two-capitals-after-captain"),
        pytest.param("fr", "Le détachement était commandé par le capitaine Ramesh KC.", "Ramesh KC", id="fr-two-capitals-after-capitaine"),
    ],
)
def test_initials_and_short_family_names_in_capitals_stay_in_the_name(language, sentence, name):
    assert name in people(sentence, language)


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("Talks in Seoul\n\nDefence Minister Park Sung Min (Pắc Xung Min) received the delegation on Monday.\n\n"
                     "Minister Park Sung Min thanked the guests.", ["Park Sung Min"], id="vi-transliteration-in-brackets"),
        pytest.param("Farewell in Lima\n\nThe commander, Colonel Raúl Ernesto Paredes, addressed the troops.\n\n"
                     "Colonel Raúl Paredes then handed the flag to the unit.", ["Raúl Ernesto Paredes"], id="middle-name-dropped"),
        pytest.param("Relevo en Goma\n\nEl coronel Héctor Aníbal Quiroga despidió a la tropa.\n\n"
                     "Luego el coronel Héctor Quiroga habló con la prensa.", ["Héctor Aníbal Quiroga"], id="es-middle-name-dropped"),
    ],
)
def test_one_person_printed_two_ways_is_one_person(text, names):
    assert article_people(text) == names


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("Two officers\n\nColonel Raúl Ernesto Paredes and Colonel Raúl Tomás Paredes commanded the two battalions.\n\n"
                     "Colonel Raúl Paredes spoke first.", ["Raúl Ernesto Paredes", "Raúl Paredes", "Raúl Tomás Paredes"], id="two-longer-names"),
        pytest.param("Two officers\n\nColonel Ana Ruiz (retired) and Colonel Jorge Ruiz spoke.", ["Ana Ruiz", "Jorge Ruiz"], id="bracket-not-a-name"),
    ],
)
def test_a_shorter_name_that_fits_two_people_is_left_alone(text, names):
    assert article_people(text) == names
