"""People: names whole and only names, things that are not people, one person's spellings
joined, roles with their years. Every sentence here is written for the test, in English,
French, Spanish and Vietnamese."""
from __future__ import annotations

import pytest

from newsdossier.entities import Found, find_in_sentence, role_years
from newsdossier.extract import extract
from newsdossier.registry import Registry, merge_actor
from newsdossier.text import slugify


def people(sentence: str, language: str) -> dict[str, str | None]:
    """name -> role of the people found in one sentence."""
    return {f.name: f.role for f in find_in_sentence(sentence, language) if f.kind == "person"}


def kinds(sentence: str, language: str) -> dict[str, str]:
    return {f.name: f.kind for f in find_in_sentence(sentence, language)}


# --- Names whole -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "language, sentence, name, role",
    [
        pytest.param("en", "Minister Tran Quoc Hung opened the training course in Hanoi.", "Tran Quoc Hung", "Minister", id="en-vi-three-syllables"),
        pytest.param("en", "The delegation was welcomed by Deputy Minister Pham Thi Long.", "Pham Thi Long", "Deputy Minister", id="en-vi-common-last-syllable"),
        pytest.param("en", "A message was read by Ambassador Oh Jae Sung at the ceremony.", "Oh Jae Sung", "Ambassador", id="en-ko-three-syllables"),
        pytest.param("en", "Choi Jae Sung spoke to the engineers before the rotation.", "Choi Jae Sung", None, id="en-ko-no-title"),
        pytest.param("fr", "Le ministre Tran Quoc Hung a inauguré le cours.", "Tran Quoc Hung", "ministre", id="fr-vi-three-syllables"),
        pytest.param("es", "El ministro Park Min Ho inauguró el curso en Seúl.", "Park Min Ho", "ministro", id="es-ko-family-name-park"),
        pytest.param("vi", "Đại tá Park Min Ho đã đến thăm đơn vị tại Abyei.", "Park Min Ho", "Đại tá", id="vi-ko-before-locative"),
    ],
)
def test_a_name_of_three_syllables_keeps_every_syllable(language, sentence, name, role):
    assert people(sentence, language) == {name: role}


@pytest.mark.parametrize(
    "language, sentence, expected",
    [
        pytest.param("en", "The outgoing commander Colonel Park Min Ho handed over to Colonel Oh Jae Sung.",
                     {"Park Min Ho", "Oh Jae Sung"}, id="en-two-colonels"),
        pytest.param("en", "Lieutenant Colonel Kim Dong Hyun relieved Major Lee Sang Woo at the camp.",
                     {"Kim Dong Hyun", "Lee Sang Woo"}, id="en-ranks-of-two-words"),
        pytest.param("fr", "Le colonel Park Min Ho a passé le commandement au colonel Oh Jae Sung.",
                     {"Park Min Ho", "Oh Jae Sung"}, id="fr-two-colonels"),
        pytest.param("es", "El coronel Park Min Ho entregó el mando al coronel Oh Jae Sung.",
                     {"Park Min Ho", "Oh Jae Sung"}, id="es-two-colonels"),
        pytest.param("vi", "Đại tá Park Min Ho bàn giao cho Đại tá Oh Jae Sung.",
                     {"Park Min Ho", "Oh Jae Sung"}, id="vi-two-colonels"),
    ],
)
def test_names_after_military_ranks_are_found(language, sentence, expected):
    assert set(people(sentence, language)) == expected


@pytest.mark.parametrize(
    "language, sentence, name, role",
    [
        pytest.param("en", "Sepoy Ghulam Rasool Khan was wounded in the ambush.", "Ghulam Rasool Khan", "Sepoy", id="en-sepoy"),
        pytest.param("en", "Lance Naik Imran Ali Shah led the patrol.", "Imran Ali Shah", "Lance Naik", id="en-lance-naik"),
        pytest.param("en", "The convoy was commanded by Havildar Bishnu Prasad Thapa.", "Bishnu Prasad Thapa", "Havildar", id="en-havildar"),
        pytest.param("en", "Rifleman Tom Baker returned from the mission.", "Tom Baker", "Rifleman", id="en-rifleman-dictionary-surname"),
        pytest.param("fr", "Le sepoy Ghulam Rasool Khan a été blessé.", "Ghulam Rasool Khan", "sepoy", id="fr-sepoy"),
        pytest.param("es", "El ministro de Defensa Pedro Gómez Luna visitó el cuartel.", "Pedro Gómez Luna", "ministro de Defensa", id="es-ministro-de-defensa"),
        pytest.param("es", "Lo recibió el ministro de Relaciones Exteriores Aloysio Pérez.", "Aloysio Pérez", "ministro de Relaciones Exteriores", id="es-relaciones-exteriores"),
        pytest.param("fr", "Le ministre des Armées Paul Durand est arrivé à Gao.", "Paul Durand", "ministre des Armées", id="fr-ministre-des-armees"),
        pytest.param("en", "Interior Minister Ahmed Raza Khan visited the camp.", "Ahmed Raza Khan", "Interior Minister", id="en-interior-minister"),
        pytest.param("en", "Private First Class James Rose was wounded.", "James Rose", "Private First Class", id="en-rank-of-three-capitalised-words"),
        pytest.param("en", "Warrant Officer Peter Long led the convoy.", "Peter Long", "Warrant Officer", id="en-warrant-officer-dictionary-name"),
        pytest.param("en", "Pfc. James Rose was wounded.", "James Rose", "Pfc.", id="en-pfc-abbreviated"),
        pytest.param("fr", "Le soldat de première classe Jean Rose est mort.", "Jean Rose", "soldat de première classe", id="fr-soldat-de-premiere-classe"),
        pytest.param("fr", "Le maréchal des logis Paul Blanc a été blessé.", "Paul Blanc", "maréchal des logis", id="fr-marechal-des-logis"),
        pytest.param("fr", "Le casque bleu Paul Blanc est mort.", "Paul Blanc", "casque bleu", id="fr-casque-bleu"),
        pytest.param("es", "Murió el cabo primero Luis Flores Romero.", "Luis Flores Romero", "cabo primero", id="es-cabo-primero"),
        pytest.param("es", "El soldado Luis Flores Romero resultó herido.", "Luis Flores Romero", "soldado", id="es-soldado"),
        pytest.param("es", "El capitán de navío Pedro Rosa llegó.", "Pedro Rosa", "capitán de navío", id="es-capitan-de-navio"),
        pytest.param("vi", "Chiến sĩ Nguyễn Văn Nam đã hy sinh.", "Nguyễn Văn Nam", "Chiến sĩ", id="vi-chien-si"),
    ],
)
def test_the_rank_or_office_before_a_name_is_the_role_not_part_of_the_name(language, sentence, name, role):
    assert people(sentence, language) == {name: role}


@pytest.mark.parametrize(
    "language, sentence, name, surface, role",
    [
        pytest.param("en", "The camp was inspected by Maj Gen Md Abdul Karim on Monday.", "Abdul Karim", "Md Abdul Karim", "Maj Gen", id="en-md"),
        pytest.param("en", "The camp was inspected by Maj. Gen. Md. Abdul Karim on Monday.", "Abdul Karim", "Md. Abdul Karim", "Maj. Gen.", id="en-md-dotted"),
        pytest.param("en", "Lt Col Mohd Rizal Ahmad led the patrol near the border.", "Rizal Ahmad", "Mohd Rizal Ahmad", "Lt Col", id="en-mohd"),
        pytest.param("en", "Brig. Gen. Kofi Mensah Boateng addressed the troops.", "Kofi Mensah Boateng", "Kofi Mensah Boateng", "Brig. Gen.", id="en-brig-gen-dotted"),
        pytest.param("fr", "Le général de brigade Md Abdul Karim est arrivé à Bangui.", "Abdul Karim", "Md Abdul Karim", "général de brigade", id="fr-md"),
        pytest.param("es", "El Gral. Eugenio Pereyra visitó a las tropas.", "Eugenio Pereyra", "Eugenio Pereyra", "Gral.", id="es-gral-abbreviated"),
        pytest.param("es", "El Cnel. Mohd Rizal Ahmad llegó a Goma.", "Rizal Ahmad", "Mohd Rizal Ahmad", "Cnel.", id="es-cnel-mohd"),
    ],
)
def test_abbreviations_never_stay_in_nor_push_out_the_name(language, sentence, name, surface, role):
    found = [f for f in find_in_sentence(sentence, language) if f.kind == "person"]
    assert [(f.name, f.surfaces, f.role) for f in found] == [(name, [surface], role)]


@pytest.mark.parametrize(
    "language, sentence, name, role",
    [
        pytest.param("vi", "Đại úy Lê Văn Tâm nhận nhiệm vụ tại Bentiu.", "Lê Văn Tâm", "Đại úy", id="vi-family-le-is-no-particle"),
        pytest.param("vi", "Thiếu tá Đỗ Minh Hải đã lên đường.", "Đỗ Minh Hải", "Thiếu tá", id="vi-family-do-is-no-particle"),
        pytest.param("vi", "Trung tá Mạc Văn Lực báo cáo với đoàn.", "Mạc Văn Lực", "Trung tá", id="vi-family-mac-is-no-particle"),
        pytest.param("vi", "Đại úy Phạm Ngọc Sơn phát biểu tại buổi lễ.", "Phạm Ngọc Sơn", "Đại úy", id="vi-son-is-no-french-word"),
        pytest.param("vi", "Đại uý Phạm Ngọc Sơn phát biểu tại buổi lễ.", "Phạm Ngọc Sơn", "Đại uý", id="vi-old-tone-placement-of-rank"),
        pytest.param("vi", "Thượng uý Nguyễn Thị Thuý Hằng được khen thưởng.", "Nguyễn Thị Thuý Hằng", "Thượng uý", id="vi-four-syllables-old-tone"),
        pytest.param("en", "Captain Le Van Tam met the engineers in Juba.", "Le Van Tam", "Captain", id="en-vi-family-le"),
        pytest.param("fr", "Le capitaine Do Minh Hai a rencontré les ingénieurs.", "Do Minh Hai", "capitaine", id="fr-vi-family-do"),
        pytest.param("es", "El capitán Mac Van Luc se reunió con los ingenieros.", "Mac Van Luc", "capitán", id="es-vi-family-mac"),
        pytest.param("fr", "Le ministre de la Défense, El Hadji Moussa Diop, a reçu les soldats.", "El Hadji Moussa Diop", "ministre de la Défense", id="fr-el-opens-the-name"),
        pytest.param("en", "The minister, El Hadji Moussa Diop, received the soldiers.", "El Hadji Moussa Diop", "minister", id="en-el-opens-the-name"),
        pytest.param("es", "El coronel Hadji Moussa Diop recibió a los soldados.", "Hadji Moussa Diop", "coronel", id="es-el-stays-an-article"),
    ],
)
def test_a_family_name_spelled_like_a_particle_or_function_word_stays_in_the_name(language, sentence, name, role):
    assert people(sentence, language) == {name: role}


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "The talks were led by Jean-Yves Le Drian in Paris.", "Jean-Yves Le Drian", id="en-capitalised-particle-inside"),
        pytest.param("en", "Ursula Von der Leyen visited the mission.", "Ursula Von der Leyen", id="en-von-der"),
        pytest.param("fr", "Le ministre Jean-Yves Le Drian est arrivé à Bamako.", "Jean-Yves Le Drian", id="fr-capitalised-particle-inside"),
        pytest.param("es", "A la base llegó el presidente Fernando De la Rúa Brandt.", "Fernando De la Rúa Brandt", id="es-capitalised-particle-inside"),
        pytest.param("en", "Private First Class James King was wounded.", "James King", id="en-title-as-surname-king"),
        pytest.param("en", "The letter was signed by Captain Edward Major.", "Edward Major", id="en-title-as-surname-major"),
        pytest.param("en", "The minister Shripad Naik met the returning troops.", "Shripad Naik", id="en-rank-as-surname-naik"),
        pytest.param("fr", "Le ministre Shripad Naik a reçu les soldats.", "Shripad Naik", id="fr-rank-as-surname-naik"),
        pytest.param("es", "El ministro Shripad Naik recibió a los soldados.", "Shripad Naik", id="es-rank-as-surname-naik"),
        pytest.param("en", "Sanjay Nayek, a driver of the convoy, was hurt.", "Sanjay Nayek", id="en-rank-as-surname-nayek"),
        pytest.param("en", "Captain Lance Morgan led the patrol.", "Lance Morgan", id="en-first-word-of-a-rank-as-given-name"),
        pytest.param("fr", "Le capitaine Lance Morgan a mené la patrouille.", "Lance Morgan", id="fr-first-word-of-a-rank-as-given-name"),
        pytest.param("es", "El capitán Lance Morgan dirigió la patrulla.", "Lance Morgan", id="es-first-word-of-a-rank-as-given-name"),
        pytest.param("en", "Lance Corporal Tom Baker led the patrol.", "Tom Baker", id="en-rank-of-two-words-still-a-rank"),
        pytest.param("es", "El coronel Juan Mayor llegó a Gao con la patrulla.", "Juan Mayor", id="es-title-word-as-surname-mayor"),
        pytest.param("es", "La comandante Rosa Segundo recibió a los soldados.", "Rosa Segundo", id="es-title-word-as-surname-segundo"),
        pytest.param("fr", "Le capitaine Paul Bleu est arrivé à Gao.", "Paul Bleu", id="fr-title-word-as-surname-bleu"),
        pytest.param("en", "The prize went to Major Anjali Sen, who led the patrols.", "Anjali Sen", id="en-title-abbreviation-as-surname-sen"),
        pytest.param("fr", "Le prix a été remis au Major Anjali Sen à New York.", "Anjali Sen", id="fr-title-abbreviation-as-surname-sen"),
        pytest.param("es", "El premio fue para la mayor Anjali Sen, de la India.", "Anjali Sen", id="es-title-abbreviation-as-surname-sen"),
        pytest.param("en", "Prime Minister Hun Sen greeted the deminers in Phnom Penh.", "Hun Sen", id="en-sen-after-a-family-name"),
        pytest.param("es", "El sargento primero Luis Gómez llegó a Gao.", "Luis Gómez", id="es-rank-of-two-words-still-a-rank"),
    ],
)
def test_a_particle_or_title_word_inside_or_ending_a_name_stays_in_it(language, sentence, name):
    assert name in people(sentence, language)


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "Sen. Mark Dolan visited the troops in Goma.", "Mark Dolan", id="en-sen-with-its-stop-before-the-name"),
        pytest.param("en", "Sen Mark Dolan visited the troops in Goma.", "Mark Dolan", id="en-sen-without-its-stop-before-the-name"),
    ],
)
def test_a_title_abbreviation_before_a_name_stays_a_title(language, sentence, name):
    assert set(people(sentence, language)) == {name}


# --- Not people --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "The donors met at the Sheraton Addis on Tuesday.", id="en-sheraton"),
        pytest.param("en", "The talks moved from Hotel Ivoire to the Radisson Blu.", id="en-hotel-ivoire-radisson"),
        pytest.param("en", "The delegates stayed at the Kempinski Nile overnight.", id="en-kempinski"),
        pytest.param("fr", "La conférence s'est tenue au Radisson Blu de Bamako.", id="fr-radisson"),
        pytest.param("fr", "Les délégués étaient logés à l'hôtel Ivoire d'Abidjan.", id="fr-hotel-lowercase"),
        pytest.param("es", "La reunión fue en el Sheraton Addis la semana pasada.", id="es-sheraton"),
        pytest.param("es", 'La tropa fue recibida en la Brigada "Gral. Eugenio Pereyra" de Infantería.', id="es-body-named-after-a-person"),
        pytest.param("fr", "Les élèves du lycée « Jean Moulin » ont reçu les casques bleus.", id="fr-school-named-after-a-person"),
    ],
)
def test_hotels_venues_and_bodies_named_after_people_are_not_people(language, sentence):
    assert people(sentence, language) == {}


@pytest.mark.parametrize(
    "language, sentence",
    [
        # a name in quotation marks after a head and its lowercase modifiers names the place
        pytest.param("es", "Los cascos azules aterrizaron en el aeropuerto internacional «Ramón Castilla» al mediodía.", id="es-airport-modifier"),
        pytest.param("fr", "Le contingent a atterri à l'aéroport international « Amadou Tall » de Kayes.", id="fr-airport-modifier"),
        pytest.param("es", "La tropa formó en la plaza principal «Ramón Castilla» del cuartel.", id="es-square-modifier-shared-with-ranks"),
        pytest.param("en", 'The convoy left the "Hugo Ekwueme" military barracks at dawn.', id="en-no-modifier-after-quotes"),
    ],
)
def test_a_quoted_name_after_a_place_head_and_its_modifiers_is_no_person(language, sentence):
    assert people(sentence, language) == {}


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        # near misses: a function word or a rank between the head and the quotes, the quotes
        # open on the person
        pytest.param("es", "El ministro llegó al aeropuerto con «Ramón Castilla», su asesor.", "Ramón Castilla", id="es-preposition"),
        pytest.param("es", "En el aeropuerto lo esperaba el coronel «Ramón Castilla».", "Ramón Castilla", id="es-rank"),
        # a verb or an adverb between the head and the quotes is no modifier of the head
        pytest.param("es", "En el aeropuerto esperaba «Ramón Castilla», el enviado de la misión.", "Ramón Castilla", id="es-verb"),
        pytest.param("es", "Los manifestantes llenaron la plaza gritando «Ramón Castilla».", "Ramón Castilla", id="es-gerund"),
        pytest.param("fr", "Devant l'hôpital attendait « Amadou Tall », le porte-parole.", "Amadou Tall", id="fr-verb"),
        pytest.param("en", 'At the airport yesterday "Hugo Ekwueme" was waiting for the envoy.', "Hugo Ekwueme", id="en-adverb"),
    ],
)
def test_a_quoted_name_after_a_function_word_or_rank_stays_a_person(language, sentence, name):
    assert name in people(sentence, language)


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "Engineers repair the road near Bentiu. [AP/Maria Kostas Lenz]", id="en-agency-slash-name"),
        pytest.param("en", "Engineers repair the road near Bentiu. Maria Kostas Lenz/REUTERS", id="en-name-slash-agency"),
        pytest.param("en", "[UN Photo/Maria Kostas Lenz] Engineers repair the road.", id="en-un-photo"),
        pytest.param("en", "Engineers repair the road near Bentiu (Photo: Maria Kostas Lenz).", id="en-photo-colon"),
        pytest.param("fr", "Des ingénieurs réparent la route. Crédit photo : Maria Kostas Lenz", id="fr-credit-photo"),
        pytest.param("fr", "Des ingénieurs réparent la route. AFP / Maria Kostas Lenz", id="fr-agency-spaced-slash"),
        pytest.param("es", "Ingenieros reparan la carretera. EFE/Mario Kostas Lenz", id="es-agency-slash-name"),
        pytest.param("es", "Ingenieros reparan la carretera. Foto: Mario Kostas Lenz", id="es-foto"),
        pytest.param("vi", "Công binh sửa đường gần Bentiu. Ảnh: Trần Minh Hùng", id="vi-anh"),
        pytest.param("en", "Engineers repair the road near Bentiu. Photo by Maria Kostas Lenz", id="en-photo-by"),
        pytest.param("fr", "Des ingénieurs réparent la route. Photo de Maria Kostas Lenz", id="fr-photo-de"),
        pytest.param("es", "Ingenieros reparan la carretera. Foto por Mario Kostas Lenz", id="es-foto-por"),
        pytest.param("vi", "Công binh sửa đường gần Bentiu. Ảnh của Trần Minh Hùng", id="vi-anh-cua"),
    ],
)
def test_the_photographer_of_a_photo_credit_is_not_a_person_of_the_story(language, sentence):
    assert people(sentence, language) == {}


def test_a_colon_after_another_word_leaves_the_person():
    assert people("The envoy said: Colonel Maria Kostas Lenz arrived.", "en") == {"Maria Kostas Lenz": "Colonel"}


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "The Wangari Kasamba Foundation funded the clinic.", id="en-foundation"),
        pytest.param("en", "Officers trained at the Wangari Kasamba Peace Support Training Centre.", id="en-centre-after-words"),
        pytest.param("fr", "Le Wangari Kasamba Institut a formé les officiers.", id="fr-institut"),
        pytest.param("es", "La Wangari Kasamba Fundación financió la clínica.", id="es-fundacion"),
    ],
)
def test_a_body_named_after_a_person_is_not_the_person(language, sentence):
    assert people(sentence, language) == {}


def test_a_connector_after_the_name_leaves_the_person_beside_the_body():
    assert people("Colonel Wangari Kasamba of the Mission spoke.", "en") == {"Wangari Kasamba": "Colonel"}


@pytest.mark.parametrize(
    "language, sentence, place",
    [
        pytest.param("en", "Peacekeepers patrolled Upper Nile and Yei last week.", "Upper Nile", id="en-upper-nile-gazetteer"),
        pytest.param("en", "Peacekeepers patrolled Upper Nile and Yei last week.", "Yei", id="en-yei-gazetteer"),
        pytest.param("en", "Floods cut the roads in Western Bahr el Ghazal.", "Western Bahr el Ghazal", id="en-state-gazetteer"),
        pytest.param("fr", "Les casques bleus ont patrouillé dans le Nord-Kivu.", "North Kivu", id="fr-province"),
        pytest.param("es", "Los cascos azules patrullaron Ecuatoria Central.", "Central Equatoria", id="es-region"),
    ],
)
def test_places_of_the_gazetteer_are_places(language, sentence, place):
    assert kinds(sentence, language).get(place) == "city"


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "The engineers built a bridge in Mabior Kuol last month.", id="en-in"),
        pytest.param("en", "A new clinic opened at Nyal Deng after the rains.", id="en-at"),
        pytest.param("en", "The patrol reached Mabior Kuol county on Friday.", id="en-county-after"),
        pytest.param("fr", "Un pont a été construit dans Mabior Kuol le mois dernier.", id="fr-dans"),
        pytest.param("es", "Se construyó un puente en Mabior Kuol el mes pasado.", id="es-en"),
        pytest.param("vi", "Đơn vị đã xây cầu tại Mabior Kuol tháng trước.", id="vi-tai"),
    ],
)
def test_a_name_after_a_preposition_of_place_or_before_a_place_word_is_not_a_person(language, sentence):
    assert people(sentence, language) == {}


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("fr", "Le camp du Quartier Mabangolo est calme.", id="fr-quartier"),
        pytest.param("es", "Los cascos azules visitaron el Barrio Kimbanseke.", id="es-barrio"),
        pytest.param("en", "A clinic opened in the Kasika Neighbourhood last week.", id="en-neighbourhood"),
        pytest.param("fr", "Le groupe armé s'est replié au Sahel Oriental.", id="fr-au"),
        pytest.param("fr", "Des renforts ont été envoyés aux Monts Bangolo.", id="fr-aux"),
        pytest.param("es", "Los soldados llegaron al Kivu Meridional.", id="es-al"),
        pytest.param("es", "La Brigada de Infantería Acorazada Brunete relevó al contingente.", id="es-complement-of-a-body"),
        pytest.param("fr", "Le Bataillon de Génie Militaire Kabongo a construit le pont.", id="fr-complement-of-a-body"),
        pytest.param("en", "The Corps of Engineers Kabongo built the bridge.", id="en-complement-of-a-body"),
        pytest.param("es", "Lo anunció el Portal do Governo Kabongo.", id="web-portal"),
    ],
)
def test_quarters_places_after_au_al_and_the_complements_of_bodies_are_not_people(language, sentence):
    assert people(sentence, language) == {}


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("fr", "Le gouvernement de Paul Biya a salué les soldats.", "Paul Biya", id="fr-lowercase-head"),
        pytest.param("en", "A statement by the Government of Abiy Ahmed followed.", "Abiy Ahmed", id="en-head-then-name"),
        pytest.param("fr", "La médaille a été remise au sergent Paul Biya.", "Paul Biya", id="fr-au-then-rank"),
    ],
)
def test_a_person_after_a_body_word_or_au_with_a_rank_is_still_a_person(language, sentence, name):
    assert name in people(sentence, language)


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "She founded the Children's Pastoral Kasamba group.", id="en-possessive-inside"),
        pytest.param("en", "She founded the Children’s Pastoral last year.", id="en-curly-possessive-inside"),
        pytest.param("en", "Clashes involved the Shiite Muslim Amal group.", id="en-shiite-muslim"),
        pytest.param("en", "Sunni Islamist fighters attacked the base.", id="en-sunni-islamist"),
        pytest.param("fr", "Les combattants de l'État Islamique Sahélien ont attaqué.", id="fr-islamique"),
        pytest.param("fr", "Des milices Chiites Musulmanes ont été signalées.", id="fr-chiites"),
        pytest.param("es", "Milicias Chiítas Musulmanas atacaron la base.", id="es-chiitas"),
    ],
)
def test_religions_and_names_holding_a_possessive_are_not_people(language, sentence):
    assert people(sentence, language) == {}


def test_a_possessive_at_the_end_of_a_name_leaves_the_person():
    assert people("The visit of Zilda Mbeki's delegation ended.", "en") == {"Zilda Mbeki": None}


def test_a_preposition_of_place_before_a_title_leaves_the_person():
    assert people("The medals were handed out in Juba by Colonel Oh Jae Sung.", "en") == {"Oh Jae Sung": "Colonel"}


@pytest.mark.parametrize(
    "language, sentence, country",
    [
        pytest.param("en", "Troops from Cote d Ivoire joined the mission.", "Ivory Coast", id="en-missing-apostrophe"),
        pytest.param("en", "Troops from Côte-d'Ivoire joined the mission.", "Ivory Coast", id="en-hyphenated"),
        pytest.param("fr", "Des soldats de Côte d’Ivoire sont arrivés.", "Ivory Coast", id="fr-curly-apostrophe"),
        pytest.param("en", "Troops from Türkiye joined the mission.", "Turkey", id="en-turkiye"),
        pytest.param("en", "Engineers from Viet Nam rebuilt the road.", "Vietnam", id="en-viet-nam"),
        pytest.param("en", "Officers from Guinea Bissau were deployed.", "Guinea-Bissau", id="en-hyphen-dropped"),
        pytest.param("es", "Soldados de Timor Leste llegaron.", "East Timor", id="es-hyphen-dropped"),
    ],
)
def test_countries_written_another_way_are_countries(language, sentence, country):
    found = find_in_sentence(sentence, language)
    assert [f.name for f in found if f.kind == "country"] == [country]
    assert not [f for f in found if f.kind == "person"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Chị Hằng là nữ sĩ quan đầu tiên của đơn vị.", id="vi-kinship-word-and-given-name"),
        pytest.param("Lính Mũ nồi xanh giữ gìn hòa bình ở châu Phi.", id="vi-capitalised-common-nouns"),
        pytest.param("Bệnh Viện Dã Chiến đã lên đường.", id="vi-title-case-common-nouns"),
    ],
)
def test_vietnamese_words_without_a_family_name_are_not_a_person(sentence):
    assert people(sentence, "vi") == {}


@pytest.mark.parametrize(
    "sentence, name",
    [
        pytest.param("Mạc Văn Lực đã đến Bentiu.", "Mạc Văn Lực", id="vi-less-frequent-family-name"),
        pytest.param("Hà Thị Thu phát biểu tại buổi lễ.", "Hà Thị Thu", id="vi-family-ha"),
        pytest.param("Ông Antonio Guterres đã phát biểu.", "Antonio Guterres", id="vi-foreign-name-after-ong"),
        pytest.param("Jean-Pierre Lacroix đã đến thăm đơn vị.", "Jean-Pierre Lacroix", id="vi-foreign-name-untitled"),
    ],
)
def test_vietnamese_and_foreign_names_in_vietnamese_text_are_people(sentence, name):
    assert name in people(sentence, "vi")


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "Contingents from Latin America joined the mission.", id="en-latin-america"),
        pytest.param("en", "The South American nation led the force.", id="en-south-american"),
        pytest.param("en", "Pirates operate in the Gulf of Guinea and the Indian Ocean.", id="en-seas"),
        pytest.param("en", "MINUSCA, the French acronym of the mission, is known to all.", id="en-french-acronym"),
        pytest.param("fr", "Des contingents d'Amérique latine et d'Amérique du Sud ont rejoint la mission.", id="fr-amerique-latine"),
        pytest.param("fr", "La MONUSCO, selon son sigle anglais, est déployée.", id="fr-sigle-anglais"),
        pytest.param("es", "Contingentes de América Latina llegaron al golfo de Guinea.", id="es-america-latina"),
        pytest.param("es", "La Minusca, por su sigla francesa, opera allí.", id="es-sigla-francesa"),
    ],
)
def test_regions_and_languages_holding_a_countrys_name_are_no_country(language, sentence):
    assert [f.name for f in find_in_sentence(sentence, language) if f.kind in ("country", "person")] == []


@pytest.mark.parametrize(
    "language, sentence, country",
    [
        pytest.param("en", "Two Morrocan engineers repaired the bridge.", "Morocco", id="en-demonym-doubled-letter"),
        pytest.param("en", "Engineers from the Phillipines rebuilt the road.", "Philippines", id="en-name-doubled-letter"),
        pytest.param("en", "A battalion from Camerroon arrived.", "Cameroon", id="en-name-doubled-twice"),
        pytest.param("fr", "Des soldats marrocains sont arrivés au Mali. Le contingent Marrocain aussi.", "Morocco", id="fr-demonym-doubled-letter"),
        pytest.param("es", "Llegaron tropas de Marrruecos.", "Morocco", id="es-tripled-letter"),
    ],
)
def test_a_country_misspelt_by_a_doubled_or_undoubled_letter_is_the_country(language, sentence, country):
    assert country in [f.name for f in find_in_sentence(sentence, language) if f.kind == "country"]


@pytest.mark.parametrize(
    "language, sentence, word",
    [
        pytest.param("en", "Chinna Rao, a driver of the convoy, was hurt.", "Chinna", id="en-given-name-before-a-name"),
        pytest.param("en", "The award went to Jordann Smith of the signals unit.", "Jordann", id="en-given-name-then-surname"),
        pytest.param("en", "Colonel Ghanna inspected the camp.", "Ghanna", id="en-after-a-rank"),
        pytest.param("fr", "Le sergent Chinna Reddy a été blessé.", "Chinna", id="fr-after-a-rank"),
        pytest.param("es", "El capitán Kennya Pérez visitó el campamento.", "Kennya", id="es-after-a-rank"),
    ],
)
def test_a_name_word_resembling_a_country_is_no_misspelt_country(language, sentence, word):
    """A word one doubled letter away from a country's name, inside a person's name, is a
    name word: the misspelling is guessed only for a word standing alone."""
    found = find_in_sentence(sentence, language)
    assert not [f for f in found if f.kind == "country" and word in f.surfaces]


@pytest.mark.parametrize(
    "language, sentence, countries",
    [
        pytest.param("en", "Indo-Pakistani talks resumed in Geneva.", ["India", "Pakistan"], id="en-indo-pakistani"),
        pytest.param("en", "The Franco-German brigade was deployed.", ["France", "Germany"], id="en-franco-german"),
        pytest.param("en", "The US-Mexican agreement was signed.", ["United States", "Mexico"], id="en-name-then-demonym"),
        pytest.param("fr", "Le sommet sino-vietnamien s'est tenu à Hanoï.", ["China", "Vietnam"], id="fr-sino-vietnamien"),
        pytest.param("fr", "La frontière israélo-libanaise reste tendue.", ["Israel", "Lebanon"], id="fr-israelo-libanaise"),
        pytest.param("es", "El acuerdo franco-estadounidense se firmó el lunes.", ["France", "United States"], id="es-franco-estadounidense"),
        pytest.param("en", "Observers watched the Arab-Israeli truce lines.", ["Israel"], id="en-people-word-first"),
        pytest.param("fr", "Les observateurs suivaient les lignes de trêve israélo-arabes.", ["Israel"], id="fr-people-word-last"),
        pytest.param("es", "Los observadores vigilaban la tregua árabe-israelí.", ["Israel"], id="es-people-word-first"),
        pytest.param("fr", "Le forum sino-africain s'est ouvert à Dakar.", ["China"], id="fr-region-word-last"),
    ],
)
def test_a_compound_adjective_of_nationalities_names_each_country(language, sentence, countries):
    assert [f.name for f in find_in_sentence(sentence, language) if f.kind == "country"] == countries


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "Navies patrol the Indo-Pacific region.", id="en-indo-pacific"),
        pytest.param("en", "The Anglo-Saxon world watched.", id="en-anglo-saxon"),
        pytest.param("fr", "Les Franco-Ontariens ont voté.", id="fr-franco-ontariens"),
        pytest.param("fr", "Le dialogue euro-africain reprend.", id="fr-region-words-only"),
        pytest.param("en", "The Afro-Arab summit closed.", id="en-people-words-only"),
        pytest.param("en", "Scholars of Indo-European languages met in the capital.", id="en-family-of-tongues"),
        pytest.param("fr", "Les langues indo-européennes ont été étudiées.", id="fr-family-of-tongues"),
        pytest.param("es", "Las lenguas indoeuropeas y las indo-europeas se estudiaron.", id="es-family-of-tongues"),
    ],
)
def test_a_compound_without_a_demonym_at_its_end_names_no_country(language, sentence):
    assert [f for f in find_in_sentence(sentence, language) if f.kind == "country"] == []


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "The Allied forces met at Dinner.", id="en-everyday-words"),
        pytest.param("en", "Colonel Malliano Rossi arrived.", id="en-surname-near-a-demonym"),
    ],
)
def test_words_that_no_doubled_letter_makes_a_country_stay_apart(language, sentence):
    assert [f for f in find_in_sentence(sentence, language) if f.kind == "country"] == []


@pytest.mark.parametrize(
    "language, sentence, country",
    [
        pytest.param("en", "French troops left Mali in 2022.", "France", id="en-demonym-before-other-noun"),
        pytest.param("en", "American engineers rebuilt the bridge.", "United States", id="en-american"),
        pytest.param("fr", "Les soldats français sont partis.", "France", id="fr-demonym"),
        pytest.param("es", "Los ingenieros franceses se fueron.", "France", id="es-demonym"),
    ],
)
def test_demonyms_beside_other_nouns_stay_countries(language, sentence, country):
    assert country in [f.name for f in find_in_sentence(sentence, language) if f.kind == "country"]


@pytest.mark.parametrize(
    "sentence, country",
    [
        pytest.param("Bệnh viện dã chiến lên đường sang Nam Sudan.", "South Sudan", id="vi-nam-sudan-is-not-sudan"),
        pytest.param("Hai sĩ quan làm nhiệm vụ tại Cộng hòa Trung Phi.", "Central African Republic", id="vi-cong-hoa-trung-phi"),
        pytest.param("Sĩ quan được cử sang CH Trung Phi năm ngoái.", "Central African Republic", id="vi-ch-trung-phi"),
        pytest.param("Trung Phi đón đoàn sĩ quan mới.", "Central African Republic", id="vi-trung-phi-opening"),
        pytest.param("Đoàn công tác đã gặp đại sứ Hàn Quốc.", "South Korea", id="vi-han-quoc"),
        pytest.param("Kỹ sư Ga-na và kỹ sư Việt Nam làm việc cùng nhau.", "Ghana", id="vi-transliterated"),
    ],
)
def test_vietnamese_names_of_countries_are_countries(sentence, country):
    found = find_in_sentence(sentence, "vi")
    assert country in [f.name for f in found if f.kind == "country"]
    assert not [f for f in found if f.kind == "person"]


@pytest.mark.parametrize(
    "sentence, name",
    [
        pytest.param("Trung úy Nguyễn Trung Phi đã lên đường.", "Nguyễn Trung Phi", id="vi-family-then-country"),
        pytest.param("Bà Trần Thị Hà Lan phát biểu tại buổi lễ.", "Trần Thị Hà Lan", id="vi-middle-then-country"),
    ],
)
def test_a_countrys_vietnamese_name_inside_a_persons_name_is_the_person(sentence, name):
    found = find_in_sentence(sentence, "vi")
    assert [f.name for f in found if f.kind in ("person", "country")] == [name]


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "The Light Coordination Mechanism supported the deployment.", "Light Coordination Mechanism", id="en-lcm-known"),
        pytest.param("en", "They praised the Joint Border Verification Mechanism for its work.", "Joint Border Verification Mechanism", id="en-mechanism"),
        pytest.param("en", "The Triangular Partnership Programme trained the engineers.", "Triangular Partnership Programme", id="en-programme"),
        pytest.param("en", "The plan follows Action for Peacekeeping commitments.", "Action for Peacekeeping", id="en-a4p"),
        pytest.param("fr", "Le Mécanisme Conjoint de Vérification a salué le travail des ingénieurs.", "Mécanisme Conjoint de Vérification", id="fr-mecanisme"),
        pytest.param("es", "El Mecanismo Conjunto de Verificación elogió a los ingenieros.", "Mecanismo Conjunto de Verificación", id="es-mecanismo"),
    ],
)
def test_programme_and_mechanism_names_are_never_people(language, sentence, name):
    found = {f.name: f.kind for f in find_in_sentence(sentence, language)}
    assert "person" not in found.values()
    assert found.get(name, "initiative") in ("initiative", "organisation")


# --- One person, several spellings --------------------------------------------------------

def _article(*paragraphs: str) -> str:
    return "\n\n".join(["Engineers hand over the camp", "12 March 2024", *paragraphs]) + "\n"


@pytest.mark.parametrize(
    "first, second",
    [
        pytest.param("Nguyễn Chí Vịnh", "Nguyen Chi Vinh", id="vi-diacritics-dropped"),
        pytest.param("Nguyen Chi Vinh", "Nguyễn Chí Vịnh", id="vi-diacritics-added"),
        pytest.param("José Pérez", "Jose Perez", id="es-accents"),
        pytest.param("Park Min-ho", "Park Min Ho", id="ko-hyphen"),
        pytest.param("Kim Min Ho", "Kim Min-ho", id="ko-hyphen-added"),
    ],
)
def test_one_persons_spellings_in_one_article_are_one_actor(first, second):
    text = _article(f"General {first} visited the engineers on Monday.", f"Later, General {second} met the press in Juba.")
    persons = [f for f in extract(text).entities.values() if f.kind == "person"]
    assert len(persons) == 1
    assert set(persons[0].surfaces) == {first, second}


@pytest.mark.parametrize(
    "first, second",
    [
        pytest.param("Nguyễn Chí Vịnh", "Nguyen Chi Vinh", id="diacritics-dropped"),
        pytest.param("Nguyen Chi Vinh", "Nguyễn Chí Vịnh", id="diacritics-added"),
        pytest.param("Park Min-ho", "Park Min Ho", id="hyphen-dropped"),
    ],
)
def test_one_persons_spellings_across_articles_are_one_entry_with_an_alias(first, second):
    actors = Registry()
    a = merge_actor(actors, Found("person", slugify(first), first, "", [first]))
    b = merge_actor(actors, Found("person", slugify(second), second, "", [second]))
    assert a == b
    assert len(actors.entries) == 1
    assert list(actors.by_id[a]["aliases"]) == [second]


def test_a_printed_spelling_is_added_once():
    actors = Registry()
    for name in ("Nguyễn Chí Vịnh", "Nguyen Chi Vinh", "Nguyen Chi Vinh", "Nguyễn Chí Vịnh"):
        merge_actor(actors, Found("person", "nguyen-chi-vinh", name, "", [name]))
    assert list(actors.by_id["nguyen-chi-vinh"]["aliases"]) == ["Nguyen Chi Vinh"]


# --- Roles with their years ---------------------------------------------------------------

@pytest.mark.parametrize(
    "language, sentence, name, role_after",
    [
        pytest.param("en", "Jean-Pierre Lacroix, Under-Secretary-General for Peace Operations since 2017, spoke first.",
                     "Jean-Pierre Lacroix", "Under-Secretary-General for Peace Operations (since 2017)", id="en-since"),
        pytest.param("en", "Kim Min-ho, the former Force Commander (2019-2021), attended.",
                     "Kim Min-ho", "former Force Commander (2019-2021)", id="en-bracketed-range"),
        pytest.param("en", "Amina Diallo, Police Commissioner from 2018 to 2020, returned to Bamako.",
                     "Amina Diallo", "Police Commissioner (from 2018 to 2020)", id="en-from-to"),
        pytest.param("en", "Amina Diallo, the Police Commissioner, returned to Bamako.",
                     "Amina Diallo", "Police Commissioner", id="en-no-years"),
        pytest.param("en", "Amina Diallo, head of the police component, returned to Bamako.",
                     "Amina Diallo", "head of the police component", id="en-lowercase-complement"),
        pytest.param("en", "Amina Diallo, a peacekeeper who served in Mali, returned to Bamako.",
                     "Amina Diallo", "peacekeeper", id="en-relative-clause-ends-the-role"),
        pytest.param("fr", "Jean Dupont, ancien commandant de la Force de 2019 à 2021, était présent.",
                     "Jean Dupont", "ancien commandant de la Force (de 2019 à 2021)", id="fr-de-a"),
        pytest.param("fr", "Jean Dupont, chef de la police depuis 2020, a salué les troupes.",
                     "Jean Dupont", "chef de la police (depuis 2020)", id="fr-depuis"),
        pytest.param("es", "Carlos Méndez, comandante de la Fuerza desde 2022, visitó Goma.",
                     "Carlos Méndez", "comandante de la Fuerza (desde 2022)", id="es-desde"),
        pytest.param("es", "Carlos Méndez, ex comandante de la Fuerza hasta 2021, visitó Goma.",
                     "Carlos Méndez", "ex comandante de la Fuerza (hasta 2021)", id="es-hasta"),
    ],
)
def test_a_role_written_after_the_name_is_kept_with_its_years(language, sentence, name, role_after):
    found = [f for f in find_in_sentence(sentence, language) if f.kind == "person"]
    assert [(f.name, f.role_after) for f in found] == [(name, role_after)]


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "The medals were pinned by Michael Rose, commander of the sector, on Friday.", "Michael Rose", id="en-dictionary-words-with-office-after"),
        pytest.param("en", "They met Grace Young, the head of the mission.", "Grace Young", id="en-the-head-of"),
        pytest.param("fr", "Ils ont rencontré Pierre Blanc, commandant de la force.", "Pierre Blanc", id="fr-commandant-after"),
        pytest.param("es", "Lo recibió Rosa Blanco, jefa de la misión.", "Rosa Blanco", id="es-jefa-after"),
    ],
)
def test_an_office_written_after_common_words_makes_them_a_person(language, sentence, name):
    assert name in people(sentence, language)


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("en", "The Golden Gate, the former president said, will reopen.", id="en-speech-tag-between-commas"),
        pytest.param("en", "Blue Helmets, peacekeepers from Nepal, arrived.", id="en-plural-title"),
        pytest.param("fr", "Les Blancs Manteaux, soldats de la paix, sont arrivés.", id="fr-plural-title"),
        pytest.param("en", "Golden Gate, police said, was closed.", id="en-body-word-after"),
    ],
)
def test_a_plural_a_body_word_or_a_speech_tag_after_common_words_makes_no_person(language, sentence):
    assert people(sentence, language) == {}


def test_a_clause_after_the_name_is_no_role():
    found = [f for f in find_in_sentence("Amina Diallo, who arrived on Monday, met the press.", "en") if f.kind == "person"]
    assert [(f.name, f.role_after) for f in found] == [("Amina Diallo", None)]


@pytest.mark.parametrize(
    "language, sentence, name, role_after",
    [
        pytest.param("en", "Amina Diallo, head of the observers told reporters on Monday that the road was open.",
                     "Amina Diallo", "head of the observers", id="en-told"),
        pytest.param("en", "Amina Diallo, the envoy of the Secretary-General and head of the office said the road was open.",
                     "Amina Diallo", "envoy of the Secretary-General and head of the office", id="en-said"),
        pytest.param("fr", "Jean Dupont, commandant de la force a déclaré lundi que la route était ouverte.",
                     "Jean Dupont", "commandant de la force", id="fr-a-declare"),
        pytest.param("fr", "Jean Dupont, chef de la police explique que la route est ouverte.",
                     "Jean Dupont", "chef de la police", id="fr-explique"),
        pytest.param("es", "Carlos Méndez, jefe de la misión dijo el lunes que la carretera estaba abierta.",
                     "Carlos Méndez", "jefe de la misión", id="es-dijo"),
        # the verb between commas: the title is the speaker's, not the named person's office
        pytest.param("en", "Amina Diallo, the spokesperson said, will travel to the base.",
                     "Amina Diallo", None, id="en-speaker-between-commas"),
        pytest.param("es", "Carlos Méndez, el portavoz dijo, viajará a la base.",
                     "Carlos Méndez", None, id="es-speaker-between-commas"),
    ],
)
def test_a_role_without_its_closing_comma_ends_before_the_speech_verb(language, sentence, name, role_after):
    """A role after the name whose closing comma the writer left out ends where the sentence's
    speech verb (reference/quotes.yaml speech_verbs) begins: the verb and what it says are no
    part of the role."""
    found = [f for f in find_in_sentence(sentence, language) if f.kind == "person"]
    assert [(f.name, f.role_after) for f in found] == [(name, role_after)]


def test_the_title_before_and_the_role_after_are_both_roles_of_the_entry():
    actors = Registry()
    found = next(f for f in find_in_sentence("Major General Kim Min-ho, former Force Commander (2019-2021), attended.", "en")
                 if f.kind == "person")
    entry_id = merge_actor(actors, found)
    assert list(actors.by_id[entry_id]["roles"]) == ["Major General", "former Force Commander (2019-2021)"]


@pytest.mark.parametrize(
    "after, years",
    [
        (" since 2017, said", "since 2017"),
        (" (2019-2021), attended", "2019-2021"),
        (" (2019–21)", "2019–21"),
        (" from 2018 to 2020", "from 2018 to 2020"),
        (" depuis 2020", "depuis 2020"),
        (" jusqu'en 2021", "jusqu'en 2021"),
        (" desde 2022", "desde 2022"),
        (" entre 2019 y 2021", "entre 2019 y 2021"),
        (" từ năm 2019", "từ năm 2019"),
        (", said on 3 March 2021", None),
        (" with 2000 troops", None),
    ],
)
def test_role_years(after, years):
    assert role_years(after) == years


@pytest.mark.parametrize("sentence", [
    "Colonel Ama Boateng met the mayor of Goma on Tuesday.",
    "Le général Jean-Luc Moreau a rencontré des Casques bleus au Liban.",
])
def test_find_in_sentence_hands_out_values_of_its_own(sentence):
    """Two readings of one sentence are equal, but changing one's lists leaves the other's."""
    from newsdossier.entities import find_in_sentence

    first, second = find_in_sentence(sentence, "en"), find_in_sentence(sentence, "en")
    assert first == second and first
    first[0].surfaces.append("changed")
    first[0].local.append("changed")
    assert find_in_sentence(sentence, "en") == second
