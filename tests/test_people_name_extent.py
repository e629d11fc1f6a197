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


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("Thiếu tá Trần Văn Hải đảm nhiệm vị trí Sĩ quan Tham mưu hậu cần.", {"Trần Văn Hải"}, id="staff-officer"),
        pytest.param("Đại úy Lê Thị Hoa giữ vị trí Phó Chỉ huy trưởng lực lượng.", {"Lê Thị Hoa"}, id="deputy-commander"),
        pytest.param("Đại tá Nguyễn Văn Tâm phát biểu. Đại tá Tâm cho biết đội sẵn sàng.", {"Nguyễn Văn Tâm"}, id="given-name-again-kept"),
    ],
)
def test_a_capitalised_syllable_of_an_office_is_no_given_name(text, names):
    assert article_people(text) == names


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("Lt Col FK Mensah led the parade on Friday. Later, Lt Col Francis Kojo Mensah thanked the troops.",
                     {"Francis Kojo Mensah"}, id="glued-initials-first"),
        pytest.param("Colonel Ama Serwaa Boateng arrived. Colonel A. S. Boateng then inspected the guard.",
                     {"Ama Serwaa Boateng"}, id="dotted-initials-after"),
        pytest.param("Lt Col KA Mensah led the parade. Later, Lt Col Francis Kojo Mensah thanked the troops.",
                     {"KA Mensah", "Francis Kojo Mensah"}, id="other-initials-kept-apart"),
    ],
)
def test_a_name_again_with_its_given_names_as_initials_is_one_person(text, names):
    assert article_people(text) == names


@pytest.mark.parametrize(
    "sentence, name",
    [
        pytest.param("Foreign Minister Retno L. P. Marsudi met the envoy in Jakarta.", "Retno L. P. Marsudi", id="two-initials"),
        pytest.param("The report was signed by Ana M. Ruiz on Monday.", "Ana M. Ruiz", id="one-initial"),
    ],
)
def test_middle_names_initials_stay_inside_the_name(sentence, name):
    assert name in people(sentence, "en")


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("The frigate KRI Sultan Iskandar Muda left Jakarta for Lebanon.", set(), id="kri-sultan"),
        pytest.param("Sailors of the corvette KRI Bung Tomo waved goodbye to Captain Agus Salim.", {"Agus Salim"}, id="kri-and-captain"),
        pytest.param("The crew of HMS Queen Elizabeth welcomed Admiral Jane Doe aboard.", {"Jane Doe"}, id="hms"),
    ],
)
def test_a_name_after_a_ships_prefix_is_the_ships(text, names):
    assert article_people(text) == names


@pytest.mark.parametrize(
    "language, text, names",
    [
        pytest.param("es", "La Brigada de Infantería Mecanizada n.° 1 Gral. Ramón Díaz despidió al contingente.", set(), id="es-unit-number"),
        pytest.param("fr", "Le camp Général Paul Kaboré a accueilli les soldats.", set(), id="fr-camp"),
        pytest.param("en", "The team visited Camp Lt Gen Ahmed Sharif in Kisangani.", set(), id="en-camp"),
        pytest.param("vi", "Sáng 28/06/2019 Thượng tướng Lê Văn Bình trao quyết định cho các sĩ quan.", {"Lê Văn Bình"}, id="vi-date-before-rank"),
        pytest.param("es", "El comandante del Batallón Uruguay IV, coronel Martín Pérez, habló.", {"Martín Pérez"}, id="es-comma-before-rank"),
        pytest.param("en", "Hundreds attended at the base on 12 May 2020 Colonel Jane Doe said.", {"Jane Doe"}, id="en-date-before-rank"),
    ],
)
def test_a_name_after_a_rank_after_a_camp_or_a_units_number_is_a_namesake(language, text, names):
    assert {e.name for e in extract(text).entities.values() if e.kind == "person"} == names


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        pytest.param("The task force is commanded by Col. Inf. Bambang Hartono, a graduate of the academy.", "Bambang Hartono", "Col. Inf.", id="corps-abbreviation"),
        pytest.param("Brigjen TNI Hadi Prasetyo inspected the troops in Jakarta.", "Hadi Prasetyo", "Brigjen TNI", id="service-acronym"),
        pytest.param("Air Cdre Kwame Osei inspected the aircraft at the base.", "Kwame Osei", "Cdre", id="air-commodore"),
        pytest.param("Captain JIN Min-ho of the engineering unit greeted the mayor.", "JIN Min-ho", "Captain", id="family-name-in-capitals-kept"),
    ],
)
def test_a_corps_or_services_tag_after_a_rank_is_the_roles(sentence, name, role):
    found = people(sentence, "en")
    assert name in found and len(found) == 1, found
    assert role in (found[name] or ""), found


@pytest.mark.parametrize(
    "sentence, names",
    [
        pytest.param("The Army Chief General Abu Kamal Muhammad Rafiq Huq met him on Sunday.", {"Abu Kamal Muhammad Rafiq Huq"}, id="five-words-after-rank"),
        pytest.param("Lt Col Abu Naser Mohammad Tarique Kamal led the team.", {"Abu Naser Mohammad Tarique Kamal"}, id="five-words-after-abbreviated-rank"),
        pytest.param("Officers of the Bangladesh Army Peace Support Operations Training Centre arrived.", set(), id="five-words-no-title"),
    ],
)
def test_a_name_of_five_words_after_a_rank_is_whole(sentence, names):
    assert set(people(sentence, "en")) == names


@pytest.mark.parametrize(
    "language, sentence, names",
    [
        pytest.param("fr", "Les soldats ont quitté l'aéroport international Moussa Traoré pour Bamako.", set(), id="fr-airport-adjective"),
        pytest.param("fr", "Les blessés ont été soignés à l'hôpital militaire Paul Dupont de Dakar.", set(), id="fr-hospital-adjective"),
        pytest.param("es", "Los soldados partieron desde la Base Aérea Capitán Luis Ferrer hacia Goma.", set(), id="es-base-rank-namesake"),
        pytest.param("fr", "Le camp a accueilli Jean Dupont, ministre de la Défense.", {"Jean Dupont"}, id="fr-verb-after-camp-kept"),
        pytest.param("fr", "« Personne ne quittera le camp », réplique Jean Dupont.", {"Jean Dupont"},
                     id="fr-verb-in-ique-after-a-quotation-kept"),
        pytest.param("fr", "Les ouvriers ont repeint le port, explique Marie Lenoir.", {"Marie Lenoir"},
                     id="fr-verb-in-ique-after-a-comma-kept"),
    ],
)
def test_a_name_after_a_things_word_and_its_adjective_is_the_things(language, sentence, names):
    assert set(people(sentence, language)) == names


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("es", "El presidente Santiago Peña saludó a los militares que partieron a Chipre.", "Santiago Peña", id="es-santiago"),
        pytest.param("fr", "La présidente Victoria Roche a salué les soldats.", "Victoria Roche", id="fr-victoria"),
    ],
)
def test_a_places_name_after_a_title_opens_a_persons_name(language, sentence, name):
    assert name in people(sentence, language)


@pytest.mark.parametrize(
    "language, text",
    [
        pytest.param("en", "At the Le Van Tam Mausoleum, the officers paid tribute before leaving.", id="en-mausoleum"),
        pytest.param("fr", "Le bataillon a quitté la caserne Lamine Sarr de Thiès mardi.", id="fr-caserne"),
        pytest.param("es", "Los soldados formaron en el cuartel Pedro Lagos de Montevideo.", id="es-cuartel"),
        pytest.param("en", "The troops laid a wreath at the Kofi Boateng Memorial in Accra.", id="en-memorial"),
    ],
)
def test_a_barracks_or_a_memorial_named_after_a_person_is_no_person(language, text):
    assert {e.name for e in extract(text).entities.values() if e.kind == "person"} == set()


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("President Kwesi Ampofo-Boateng spoke. President Ampofo Boateng later met the troops.",
                     {"Kwesi Ampofo-Boateng"}, id="hyphen-then-space"),
        pytest.param("Le colonel KOUASSI Yao a salué les troupes. Le colonel Yao Kouassi a remercié le ministre.",
                     {"KOUASSI Yao"}, id="family-name-first-then-last"),
        pytest.param("Captain Kim Min-su briefed the mayor. Later, Min-su Kim showed the clinic.",
                     {"Kim Min-su"}, id="korean-order"),
        pytest.param("Colonel Yao Kouassi and Colonel Kouassi Ama met the envoy.",
                     {"Yao Kouassi", "Kouassi Ama"}, id="other-words-kept-apart"),
    ],
)
def test_a_name_printed_again_in_another_order_or_without_its_hyphen_is_one_person(text, names):
    assert article_people(text) == names


@pytest.mark.parametrize(
    "language, text, names",
    [
        pytest.param("en", "Sailors of the corvette Sultan Mahmud waved goodbye.", set(), id="en-corvette"),
        pytest.param("en", "The warship Andres Bonifacio docked in Beirut.", set(), id="en-warship"),
        pytest.param("en", "The Kofi Boateng Novo Theatre hosted the ceremony.", set(), id="en-theatre"),
        pytest.param("es", "El capitán de corbeta Juan Pérez habló con la prensa.", {"Juan Pérez"}, id="es-rank-with-ship-type-kept"),
        pytest.param("fr", "Le capitaine de frégate Jean Dupont a parlé à la presse.", {"Jean Dupont"}, id="fr-rank-with-ship-type-kept"),
    ],
)
def test_a_ship_or_a_theatre_named_after_a_person_is_no_person(language, text, names):
    assert {e.name for e in extract(text).entities.values() if e.kind == "person"} == names


@pytest.mark.parametrize(
    "language, text, names",
    [
        pytest.param("vi", "Buổi họp diễn ra tại trụ sở, số 12 Lê Văn Lương, Hà Nội.", set(), id="vi-house-number"),
        pytest.param("vi", "Các em học sinh Trường Tiểu học Trần Quốc Toản tặng hoa cho các chiến sĩ.", set(), id="vi-school"),
        pytest.param("vi", "Tàu Lý Thái Tổ đã cập cảng Hải Phòng sau chuyến đi.", set(), id="vi-ship-and-port"),
        pytest.param("vi", "Đoàn xe đi qua đường Võ Văn Kiệt rồi đến Hà Nội.", set(), id="vi-street"),
        pytest.param("vi", "Đội trưởng Đội Công binh số 2, Đại tá Lê Văn Hòa, tặng quà cho trường học.", {"Lê Văn Hòa"}, id="vi-unit-number-comma-kept"),
        pytest.param("en", "The office is at No. 12 Kofi Annan Street in Accra.", set(), id="en-house-number"),
    ],
)
def test_a_name_after_a_house_number_or_a_vietnamese_places_word_is_no_person(language, text, names):
    assert {e.name for e in extract(text).entities.values() if e.kind == "person"} == names
