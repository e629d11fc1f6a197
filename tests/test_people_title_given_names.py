"""A given name that is a title word elsewhere ("Pape", "Sheikh", "Cheikh": vocabulary
title_given_names) cut off a person's name: after a rank or an office the word cannot be a
second title, it opens the name ("le général Pape Ndiaye", "Prime Minister Sheikh Rehana");
after a name's words it closes the name as its family name ("Abdul Karim Sheikh"). Before a
ruler's title or an honorific style it stays a title ("His Highness Sheikh Khalid"). Every
sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def people_of(text: str) -> list[str]:
    """The names of the people the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "person")


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Le colonel Pape Mbaye Sarr a pris le commandement du bataillon.", "Pape Mbaye Sarr", id="fr-rank-long"),
        pytest.param("Le général Pape Ndiaye a salué les troupes à Bouaké.", "Pape Ndiaye", id="fr-rank-short"),
        pytest.param("Prime Minister Sheikh Rehana opened the new barracks on Sunday.", "Sheikh Rehana", id="en-office-short"),
        pytest.param("Colonel Sheikh Mahmud Hasan led the contingent to Juba.", "Sheikh Mahmud Hasan", id="en-rank-long"),
        pytest.param("El general Cheikh Tidiane Diop visitó la base de Tombuctú.", "Cheikh Tidiane Diop", id="es-rank"),
    ],
)
def test_a_title_given_name_after_a_rank_or_office_opens_the_name(text, person):
    assert people_of(text) == [person]


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("The award was handed over by Abdul Karim Sheikh, the ambassador.", "Abdul Karim Sheikh", id="en-closing"),
        pytest.param("Lt Col Rafiqul Islam Sheikh inspected the camp at dawn.", "Rafiqul Islam Sheikh", id="en-rank-closing"),
    ],
)
def test_a_title_given_name_after_name_words_closes_the_name(text, person):
    assert people_of(text) == [person]


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("His Highness Sheikh Khalid met the delegation at the palace.", "Khalid", id="en-style"),
        pytest.param("The Emir Sheikh Nasser received the envoy in the capital.", "Nasser", id="en-ruler"),
        pytest.param("Sheikh Hasina addressed the crowd in the capital.", "Hasina", id="no-title-before"),
    ],
)
def test_a_title_given_name_after_a_style_or_ruler_stays_a_title(text, person):
    assert people_of(text) == [person]


@pytest.mark.parametrize(
    "text, person",
    [
        # "Papa" opens West African names in French text (the French list of title_given_names)
        pytest.param("Les blessés sont les marins Papa Ibrahima Seye Faye et Ousmane Kane.", ["Ousmane Kane", "Papa Ibrahima Seye Faye"],
                     id="fr-after-plural-noun"),
        pytest.param("Le sergent Papa Diouf a été évacué vers Dakar.", ["Papa Diouf"], id="fr-after-rank"),
        pytest.param("Papa Alioune Badiane a accueilli le contingent à Ziguinchor.", ["Papa Alioune Badiane"], id="fr-opening"),
    ],
)
def test_papa_opens_a_name_in_french(text, person):
    assert people_of(text) == person


@pytest.mark.parametrize(
    "text",
    [
        # near misses: in Spanish "Papa" is the Pope's title, never a name's word
        pytest.param("El Papa Francisco Javier recibió a los cascos azules en Roma.", id="es-article"),
        pytest.param("Papa Juan Pablo recibió a los soldados en Roma.", id="es-opening"),
    ],
)
def test_papa_stays_a_title_in_spanish(text):
    assert not any(name.startswith("Papa") for name in people_of(text))


@pytest.mark.parametrize(
    "language, sentence, person",
    [
        # an article the language detector reads as a language the list does not name keeps
        # every language's title given names, as before the list was split by language
        pytest.param("pt", "O ministro recebeu Pape Samba Diallo em Dakar ontem.", "Pape Samba Diallo", id="pt-pape"),
        pytest.param("it", "Colonel Sheikh Mahmud Hasan led the contingent to Juba.", "Sheikh Mahmud Hasan", id="it-sheikh"),
    ],
)
def test_a_language_the_list_does_not_name_keeps_every_title_given_name(language, sentence, person):
    from test_people import people

    assert person in people(sentence, language)
