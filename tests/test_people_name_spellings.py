"""People whose names collide with other word lists or are printed two ways: a given name in
two romanisations is one person (entities.name_tails, romanised_key); a short month's name as
the last syllable of a name ("Jun") stays in the name; a month's name that is also a given name
("Marco") opens a name after a title; a Vietnamese minister's title with its portfolio (four
syllables) is a title. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import Found, find_in_sentence, name_tails, romanised_key
from newsdossier.extract import extract


def person(name: str) -> Found:
    return Found("person", name.lower().replace(" ", "-"), name, "")


def people_of(text: str) -> set[str]:
    return {e.name for e in extract(text, None).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "first, again",
    [
        pytest.param("Andrei Volkov", "Andrey Volkov", id="ei-ey"),
        pytest.param("Sergei Morozov", "Sergey Morozov", id="sergei-sergey"),
        pytest.param("Yuri Belov", "Yuriy Belov", id="yuri-yuriy"),
        pytest.param("Aleksandr Orlov", "Alexandr Orlov", id="ks-x"),
        pytest.param("Mohammed Saleh", "Mohamed Saleh", id="double-letter"),
    ],
)
def test_a_given_name_in_another_romanisation_is_the_first_printed(first, again):
    people = {p.id: p for p in map(person, [first, again])}
    tails = name_tails(people)
    assert tails[person(again).id].name == first


@pytest.mark.parametrize(
    "names",
    [
        pytest.param(["Raúl Ortega", "Daniel Ortega"], id="two-relatives"),
        pytest.param(["Andrei Volkov", "Andrei Vorobyov"], id="two-family-names"),
        pytest.param(["Ivan Petrov", "Ivana Petrov"], id="other-given-name"),
    ],
)
def test_other_given_names_stay_two_people(names):
    people = {p.id: p for p in map(person, names)}
    assert not name_tails(people)


def test_romanised_key_folds_the_common_variants():
    assert romanised_key("andrey") == romanised_key("andrei")
    assert romanised_key("aleksei") == romanised_key("alexei")


def test_an_article_with_two_spellings_gives_one_person():
    text = ("Colonel General Andrei Volkov inspected the brigade on Tuesday.\n\n"
            "\"The unit is ready for any task,\" Andrey Volkov told the officers.\n")
    assert people_of(text) == {"Andrei Volkov"}


@pytest.mark.parametrize(
    "sentence, name",
    [
        pytest.param("Zhang Jun, an economist at the institute, said exports fell.", "Zhang Jun", id="jun-apposed"),
        pytest.param("\"Nothing has changed,\" Wang Jun told the meeting.", "Wang Jun", id="jun-after-quote"),
        pytest.param("The trade envoy Li Mar met the delegation in the capital.", "Li Mar", id="mar-after-role"),
    ],
)
def test_a_short_month_ending_a_name_stays_in_the_name(sentence, name):
    found = {f.name for f in find_in_sentence(sentence, "en") if f.kind == "person"}
    assert name in found


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The talks resumed in Geneva Jun 5 after a pause.", id="day-after"),
        pytest.param("Updated Mar 12, 2024 by the desk.", id="updated-date"),
        pytest.param("The meeting ended on Friday Jun 7.", id="weekday-before"),
    ],
)
def test_a_short_month_in_a_date_is_no_name_word(sentence):
    found = [f.name for f in find_in_sentence(sentence, "en") if f.kind == "person"]
    assert not any(name.split()[-1] in ("Jun", "Mar") for name in found)


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        pytest.param("Ngoại trưởng Mỹ Marco Rubio đã điện đàm với người đồng cấp.", "Marco Rubio", "Ngoại trưởng Mỹ", id="marco-after-title"),
        pytest.param("Bộ trưởng Quốc phòng Mỹ Pete Hegseth thăm căn cứ hải quân.", "Pete Hegseth", "Bộ trưởng Quốc phòng Mỹ", id="defence-minister"),
        pytest.param("Bộ trưởng Ngoại giao Pháp Jean Dupré phát biểu tại hội nghị.", "Jean Dupré", "Bộ trưởng Ngoại giao Pháp", id="foreign-minister"),
    ],
)
def test_vietnamese_titles_before_foreign_names(sentence, name, role):
    found = {f.name: f.role for f in find_in_sentence(sentence, "vi") if f.kind == "person"}
    assert found.get(name) == role


@pytest.mark.parametrize(
    "sentence, language, phrase",
    [
        pytest.param("The spokesman of the mission, Blue Helmets Today, said the patrol was attacked.", "en",
                     "Blue Helmets Today", id="en-bulletin"),
        pytest.param("El portavoz de la misión, Cascos Azules Hoy, dijo que la patrulla fue atacada.", "es",
                     "Cascos Azules Hoy", id="es-bulletin"),
        pytest.param("The director of the unit, Peacekeeping Operations, said the base was quiet.", "en",
                     "Peacekeeping Operations", id="en-field-words"),
    ],
)
def test_field_words_apposed_to_a_title_are_no_person(sentence, language, phrase):
    found = {f.name for f in find_in_sentence(sentence, language) if f.kind == "person"}
    assert phrase not in found


@pytest.mark.parametrize(
    "sentence, name",
    [
        pytest.param("The head of the unit, Mark Brown, said the base was quiet.", "Mark Brown", id="common-words-name"),
        pytest.param("The spokesman of the force, Farid Haqqani, said the patrol was safe.", "Farid Haqqani", id="rare-name"),
    ],
)
def test_a_name_apposed_to_a_title_stays_a_person(sentence, name):
    found = {f.name for f in find_in_sentence(sentence, "en") if f.kind == "person"}
    assert name in found


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Major General Tomás Ibarra Lezcano took command of the force on Monday.\n\n"
                     "\"The patrols will go on,\" General Ibarra said after the ceremony.\n",
                     "Tomás Ibarra Lezcano", id="en-general"),
        pytest.param("Le colonel Andrés Salcedo Urrutia a pris la tête du bataillon lundi.\n\n"
                     "« Nous resterons ici », a déclaré le colonel Salcedo devant la presse.\n",
                     "Andrés Salcedo Urrutia", id="fr-colonel"),
        pytest.param("Colonel Andrés Salcedo Urrutia arrived at the base on Friday.\n\n"
                     "Colonel Salcedo told reporters that the roads were open again.\n",
                     "Andrés Salcedo Urrutia", id="en-colonel-reported"),
    ],
)
def test_the_first_family_name_after_a_rank_is_the_person(text, person):
    assert speakers_of(text) and all(s == person for s in speakers_of(text))


def test_the_middle_word_without_a_rank_is_no_mention():
    text = ("Major General Tomás Ibarra Lezcano took command of the force on Monday.\n\n"
            "\"The patrols will go on,\" Ibarra said after the ceremony.\n")
    assert "Ibarra" not in {e.name for e in extract(text, None).entities.values() if e.kind == "person"}
