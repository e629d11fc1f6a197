"""How far a name reaches and what a capitalised run is when no title stands before it, as met
on articles the rules were not written from: a run right after "the" (a body's or an event's
name, not a person's), a run spelt out before its own acronym in brackets, a Vietnamese title
printed with its first syllables capitalised, an honorific of several words before a name, a
family name that is also a demonym closing a name, a body's long name after its capitalised head,
a government named after its leader. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence
from newsdossier.extract import extract


def people(sentence: str, language: str) -> dict[str, str | None]:
    """name -> role of the people found in one sentence."""
    return {f.name: f.role for f in find_in_sentence(sentence, language) if f.kind == "person"}


def article_people(text: str) -> set[str]:
    """The names of the people the whole extraction keeps for a text."""
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "sentence, names",
    [
        pytest.param("He was joined by the Chief of the Naval Staff, Colonel Kofi Mensah, and the envoy.", {"Kofi Mensah"}, id="office-complement"),
        pytest.param("Rear Admiral Yaw Boateng, the Chief of the Air Staff, Colonel Ama Owusu and the envoy met.", {"Yaw Boateng", "Ama Owusu"}, id="office-between-names"),
        pytest.param("Dancers chosen for the ‘World Karate Festival’ to be held in Seoul gave a show.", set(), id="quoted-event"),
        pytest.param("Pupils of the Golden Star Academy, Captain Lee Min-ho said, learnt taekwondo.", {"Lee Min-ho"}, id="school-then-rank"),
        pytest.param("The medal was pinned by the Commandant, Brigadier Kwame Asante.", {"Kwame Asante"}, id="title-after-the"),
    ],
)
def test_a_run_right_after_the_is_no_persons_name(sentence, names):
    assert set(people(sentence, "en")) == names


@pytest.mark.parametrize(
    "language, sentence, names",
    [
        pytest.param("en", "Singers of Ghana Korea Ma Sha Allah (GKM) performed for the soldiers in Tyre.", set(), id="en-spelt-out"),
        pytest.param("en", "Members of the Hope Sunrise Choir (HSC) sang for Colonel Park Ji-hoon.", {"Park Ji-hoon"}, id="en-choir-and-rank"),
        pytest.param("fr", "Les danseurs de Amitié Togo Liban (ATL) ont accueilli le colonel Koffi Agbo.", {"Koffi Agbo"}, id="fr-association"),
        pytest.param("en", "The convoy was led by Major Kofi Mensah (GAF) and a Nepali officer.", {"Kofi Mensah"}, id="en-person-with-other-acronym"),
    ],
)
def test_a_run_before_its_own_acronym_in_brackets_is_no_person(language, sentence, names):
    assert set(people(sentence, language)) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Thượng tướng Lê Văn Bình, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam chủ trì buổi lễ. "
                     "Ba sĩ quan Tham mưu hậu cần lên đường ngày 20/7.", id="deputy-chief-of-staff"),
        pytest.param("Đại tá Trần Văn Nam, Phó Tổng Cục trưởng Tổng cục Hậu cần dự lễ. "
                     "Các sĩ quan Cục trưởng mới nhận nhiệm vụ.", id="deputy-director-general"),
    ],
)
def test_a_vietnamese_title_with_its_first_syllables_capitalised_is_no_name(text):
    names = article_people(text)
    assert not any(n.startswith("Tổng") for n in names), names


@pytest.mark.parametrize(
    "language, sentence, name, role_word",
    [
        pytest.param("fr", "La cérémonie s'est tenue en présence de Son Excellence M. Moussa Diallo, ambassadeur du Mali.", "Moussa Diallo", "Excellence", id="fr-son-excellence-m"),
        pytest.param("fr", "Le message de Sa Majesté le Roi a été lu par Son Excellence Awa Touré.", "Awa Touré", "Excellence", id="fr-son-excellence"),
        pytest.param("es", "Asistió Su Excelencia el embajador Pedro Lugo Marín a la ceremonia.", "Pedro Lugo Marín", "embajador", id="es-su-excelencia"),
        pytest.param("es", "Lo recibió Su Excelencia Marta Ruiz Peña en la embajada.", "Marta Ruiz Peña", "Excelencia", id="es-su-excelencia-name"),
    ],
)
def test_an_honorific_of_several_words_is_the_role(language, sentence, name, role_word):
    found = people(sentence, language)
    assert name in found and len(found) == 1, found
    assert role_word in (found[name] or ""), found


@pytest.mark.parametrize(
    "sentence, name",
    [
        pytest.param("Corporal Ram Kumar Nepali, who served in Lebanon, will receive the medal.", "Ram Kumar Nepali", id="nepali-comma"),
        pytest.param("The prize went to Sergeant Hari Bahadur Nepali.", "Hari Bahadur Nepali", id="nepali-full-stop"),
        pytest.param("Private Min Thu Burmese, a cook, was injured.", "Min Thu Burmese", id="demonym-comma"),
    ],
)
def test_a_demonym_closing_a_name_is_the_family_name(sentence, name):
    assert name in people(sentence, "en")


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("fr", "Les soldats de la Mission Multidimensionnelle Intégrée de Stabilisation des Nations Unies au Mali sont rentrés.", id="fr-mission"),
        pytest.param("es", "La Misión Multidimensional Integrada de Estabilización de las Naciones Unidas en Malí cerró.", id="es-mision"),
        pytest.param("fr", "L'Office Interprofessionnel Régional de Coordination des Nations Unies a fermé.", id="fr-office"),
    ],
)
def test_a_bodys_long_name_after_its_head_is_no_person(language, sentence):
    assert people(sentence, language) == {}


@pytest.mark.parametrize(
    "sentence, name",
    [
        pytest.param("The minister reaffirmed the John Mahama Government's commitment to the army.", "John Mahama", id="government-possessive"),
        pytest.param("Troops were sent under the Ellen Johnson Sirleaf administration in 2006.", "Ellen Johnson Sirleaf", id="administration"),
    ],
)
def test_a_government_named_after_its_leader_names_the_leader(sentence, name):
    assert name in people(sentence, "en")


@pytest.mark.parametrize(
    "sentence, names",
    [
        pytest.param("Grants came from the Kofi Annan Foundation this year.", set(), id="foundation-stays-a-body"),
        pytest.param("Officers trained at the Kofi Annan International Peacekeeping Training Centre.", set(), id="centre-stays-a-body"),
    ],
)
def test_a_body_named_after_a_person_is_still_no_person(sentence, names):
    assert set(people(sentence, "en")) == names
