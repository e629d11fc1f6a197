"""A country named as the home of troops ("peacekeepers from Tanzania", "Casques bleus de
Tanzanie") sent them: it is not where the happening took place, and a second telling naming
it is no happening of its own. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events, troops_from, troops_of_demonym

ANCHOR = PartialDate(2019, 3, 15)  # a Friday


def events_of(sentences: list[str], language: str):
    told = [("Une phrase sans rien.", [])] + [(s, find_in_sentence(s, language)) for s in sentences]
    return find_events(told, ANCHOR, None, language)[0]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Two peacekeepers from Tanzania were killed on Thursday when their convoy was ambushed.", "en", id="en"),
        pytest.param("Deux Casques bleus de Tanzanie ont été tués jeudi dans l'embuscade tendue à leur convoi.", "fr", id="fr"),
        pytest.param("Dos cascos azules de Tanzania murieron el jueves en una emboscada contra su convoy.", "es", id="es"),
        pytest.param("Hai binh sĩ từ Tanzania thiệt mạng hôm thứ Năm khi đoàn xe của họ bị phục kích.", "vi", id="vi"),
    ],
)
def test_the_troops_home_country_is_not_the_place(sentence, language):
    found = events_of([sentence], language)
    assert found and all(e.place != "Tanzania" for e in found)


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["Rebels attacked a patrol near Beni on Thursday, killing two peacekeepers.",
                      "The peacekeepers from Tanzania were attacked on Thursday while on patrol."], "en", id="en"),
        pytest.param(["Des rebelles ont attaqué une patrouille près de Beni jeudi, tuant deux Casques bleus.",
                      "Les Casques bleus de Tanzanie ont été attaqués jeudi pendant leur patrouille."], "fr", id="fr"),
    ],
)
def test_a_second_telling_naming_the_troops_country_is_the_same_event(sentences, language):
    assert len(events_of(sentences, language)) == 1


@pytest.mark.parametrize(
    "sentence, country, expected",
    [
        pytest.param("Two peacekeepers from Tanzania were killed.", "Tanzania", True, id="en-troops"),
        pytest.param("Les soldats venus du Tchad ont été blessés.", "Tchad", True, id="fr-venus-du"),
        pytest.param("The minister flew in from Tanzania on Thursday.", "Tanzania", False, id="en-no-troops"),
        pytest.param("Two peacekeepers were killed in Tanzania.", "Tanzania", False, id="en-in"),
        # a definite article between the word of origin and the country, elided or whole
        pytest.param("Trois soldats de l'Ouganda ont été blessés.", "Ouganda", True, id="fr-elided-article"),
        pytest.param("Trois soldats de l\u2019Ouganda ont été blessés.", "Ouganda", True, id="fr-elided-curly"),
        pytest.param("Des militaires de la Guinée ont été blessés.", "Guinée", True, id="fr-la"),
        pytest.param("Tres soldados del Congo resultaron heridos.", "Congo", True, id="es-del"),
        pytest.param("Three soldiers from the Gambia were hurt.", "Gambia", True, id="en-the"),
        pytest.param("La patrulla salió del Congo hacia el norte.", "Congo", False, id="es-del-no-troops"),
    ],
)
def test_troops_from(sentence, country, expected):
    assert troops_from(sentence, sentence.index(country)) is expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("A Tanzanian military contingent was shelled on Thursday as it left the camp.", "en", id="en-demonym-military"),
        pytest.param("A Tanzanian contingent was shelled on Thursday as it left the camp.", "en", id="en-demonym"),
        pytest.param("Un contingent militaire venu de Tanzanie a été visé jeudi à sa sortie du camp.", "fr", id="fr-venu-de"),
        pytest.param("Un contingent militaire en provenance de Tanzanie a été visé jeudi à sa sortie du camp.", "fr", id="fr-en-provenance-de"),
        pytest.param("Un contingente militar procedente de Uruguay fue atacado el jueves al salir del campamento.", "es", id="es-procedente-de"),
        pytest.param("Un contingente militar proveniente de Uruguay fue atacado el jueves al salir del campamento.", "es", id="es-proveniente-de"),
    ],
)
def test_troops_with_a_military_word_come_from_the_country(sentence, language):
    found = events_of([sentence], language)
    assert found and all(e.place not in ("Tanzania", "Uruguay") for e in found), [(e.date, e.place) for e in found]


@pytest.mark.parametrize(
    "sentence, surface, expected",
    [
        pytest.param("Un contingent militaire tanzanien a été visé jeudi.", "tanzanien", True, id="fr-after-militaire"),
        pytest.param("Un contingente militar uruguayo fue atacado el jueves.", "uruguayo", True, id="es-after-militar"),
        pytest.param("Des Casques bleus tanzaniens ont été visés jeudi.", "tanzaniens", True, id="fr-after-troops"),
        pytest.param("A Tanzanian military contingent was shelled.", "Tanzanian", True, id="en-before-military"),
        pytest.param("The Tanzanian minister flew in on Thursday.", "Tanzanian", False, id="en-no-troops"),
        pytest.param("Le convoi militaire a quitté la Tanzanie jeudi.", "Tanzanie", False, id="fr-name-not-demonym"),
    ],
)
def test_troops_of_demonym(sentence, surface, expected):
    assert troops_of_demonym(sentence, sentence.find(surface), surface) is expected


@pytest.mark.parametrize(
    "sentence, place",
    [
        pytest.param("A Tanzanian engineer was killed on Thursday when his truck overturned.", None, id="en-article-a"),
        pytest.param("Two peacekeepers were killed on Thursday in Malian territory.", "Mali", id="en-in-demonym"),
    ],
)
def test_the_article_a_before_a_demonym_is_no_locative(sentence, place):
    assert [e.place for e in events_of([sentence], "en")] == [place]
