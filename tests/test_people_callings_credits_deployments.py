"""Three kinds of words that made a person of what is none, or a name too long: the
abbreviated rank "Corp" (corporal) and a writer's or thinker's calling printed capitalised
before a name ("the Greek Philosopher ...", "el filósofo griego ...") are the role's words,
not the name's (vocabulary "titles"); a name alone in parentheses closing a caption's line,
after the caption's full stop, credits the photographer (entities._in_photo_credit); a name
right after a deployment's word ("la misión Cruz Austral") names the deployment (vocabulary
"named_deployment_heads"), as one after "operation" does; a camp or a centre with its
complement before a rank ("le camp d'entraînement colonel ...") is named after the officer
(entities._thing_complement_before); a service's word after a lowercase particle ("Juan Pérez
de la Armada") ends the name before the particle (vocabulary "service_words_after_particle").
Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from actorcases import actors_of
from newsdossier.entities import find_in_sentence


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Corp Daniel Okoye, who served with the mission in Darfur, will receive the medal on Friday.",
                     "Daniel Okoye", id="en-corp"),
        pytest.param("He added that the French Philosopher Albert Camus had written about duty and courage.",
                     "Albert Camus", id="en-philosopher"),
        pytest.param("She recalled that the Roman Historian Marcus Varro once wrote about duty and courage.",
                     "Marcus Varro", id="en-historian"),
        pytest.param("Le ministre a cité le Poète Léopold Senghor devant les soldats rassemblés à Thiès.",
                     "Léopold Senghor", id="fr-poete"),
        pytest.param("El ministro citó al Filósofo José Ortega ante los soldados reunidos en la base.",
                     "José Ortega", id="es-filosofo"),
    ],
)
def test_a_rank_or_calling_before_the_name_is_no_word_of_it(text, person):
    assert actors_of(text)[0] == [person]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Soldiers unload supplies at the base near Bentiu. (Grace Mutua)\n\nThe convoy arrived on Monday.",
                     id="after-caption"),
        pytest.param("The convoy crossed the river near Bor.\n(Peter Lado)\nThe road was cut for two days.",
                     id="own-line"),
    ],
)
def test_a_name_alone_in_parentheses_closing_a_caption_is_a_photo_credit(text):
    assert actors_of(text)[0] == []


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("The sector commander (Grace Mutua) said the convoy arrived on Monday.", "Grace Mutua", id="inside"),
        pytest.param("Soldiers unload supplies at the base near Bentiu (Grace Mutua)\n\nThe convoy arrived on Monday.",
                     "Grace Mutua", id="no-stop-before"),
    ],
)
def test_a_name_in_parentheses_inside_a_sentence_stays_a_person(text, person):
    assert actors_of(text)[0] == [person]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Con 600 soldados, la misión Cruz Austral es la más numerosa del país en el exterior.", id="es"),
        pytest.param("La mission Croix Australe est la plus ancienne du pays à l'étranger.", id="fr"),
        pytest.param("The mission Southern Cross is the country's oldest deployment abroad.", id="en"),
    ],
)
def test_a_name_right_after_a_deployments_word_is_no_person(text):
    assert actors_of(text)[0] == []


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Colonel Peter Mensah mission to Kidal ended on Monday.", "Peter Mensah", id="en-after"),
        pytest.param("El coronel Pedro Gómez misión de paz en Chipre terminó ayer.", "Pedro Gómez", id="es-after"),
        pytest.param("La misión del coronel Pedro Gómez terminó en mayo.", "Pedro Gómez", id="es-rank-between"),
    ],
)
def test_a_name_before_or_past_a_rank_after_a_deployments_word_stays_a_person(text, person):
    assert actors_of(text)[0] == [person]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Les exercices ont démarré au centre d’entraînement tactique capitaine Amadou Fall de Thiès.",
                     id="fr-two-words"),
        pytest.param("Les exercices ont eu lieu au camp d'entraînement colonel Amadou Fall près de Dakar.", id="fr-one-word"),
        pytest.param("Los ejercicios se hicieron en la base de entrenamiento coronel Pedro Gómez de Durazno.", id="es"),
    ],
)
def test_a_camp_with_its_complement_before_a_rank_is_named_after_the_officer(text):
    assert actors_of(text)[0] == []


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Le camp a accueilli le colonel Amadou Fall jeudi.", "Amadou Fall", id="verb-after-camp"),
        pytest.param("Le camp d'où le colonel Amadou Fall est parti a été attaqué.", "Amadou Fall", id="article-between"),
        pytest.param("Au camp de Kidal, le colonel Amadou Fall a reçu les soldats.", "Amadou Fall", id="comma"),
    ],
)
def test_a_rank_after_a_camp_and_other_words_opens_a_person(text, person):
    assert actors_of(text)[0] == [person]


@pytest.mark.parametrize(
    "text, people",
    [
        pytest.param("El acto contó con el capitán Juan Pérez de la Armada y su familia.", ["Juan Pérez"], id="es-armada"),
        pytest.param("La ceremonia estuvo encabezada por el comandante de Alistamiento de la Armada, contralmirante Luis Pérez.",
                     ["Luis Pérez"], id="es-office-body"),
        pytest.param("La visita fue encabezada por el director de Educación y Doctrina de la Armada, contralmirante Luis Pérez.",
                     ["Luis Pérez"], id="es-office-body-joined"),
        pytest.param("Le défilé était conduit par le colonel Jean Dupont de l'Armée de terre.", ["Jean Dupont"], id="fr-armee"),
    ],
)
def test_a_services_word_after_a_particle_ends_the_name(text, people):
    assert actors_of(text)[0] == people


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Asistió el comandante Luis María de la Fuente y otros oficiales.", "Luis María de la Fuente", id="es-fuente"),
        pytest.param("Asistió el ministro Ernesto de la Guardia a la ceremonia.", "Ernesto de la Guardia", id="es-guardia"),
    ],
)
def test_a_family_name_after_its_particle_stays_whole(text, person):
    assert actors_of(text)[0] == [person]


def test_an_article_and_a_verb_after_a_place_word_are_no_complement_of_it():
    # "la base la comanda ...": the article links no complement to the base
    assert actors_of("La base la comanda coronel Pedro Gómez desde 2019.")[0] == ["Pedro Gómez"]


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Le chef de la mission Marc Dubois a visité le camp de Gao.", "Marc Dubois", id="fr-chef-de-la"),
        pytest.param("El jefe de misión Pedro Gómez visitó la base de Naqoura.", "Pedro Gómez", id="es-jefe-de"),
    ],
)
def test_a_name_after_a_deployments_word_governed_by_a_noun_is_its_holder(text, person):
    assert actors_of(text)[0] == [person]


@pytest.mark.parametrize(
    "text, person, role",
    [
        pytest.param("The convoy was escorted by the new navy commander Rear Adm Jane Wanjiru on Monday.",
                     "Jane Wanjiru", "Rear Adm", id="en-rear-adm"),
        pytest.param("The convoy was escorted by the new army commander Lt Gen Peter Mensah on Monday.",
                     "Peter Mensah", "Lt Gen", id="en-lt-gen"),
        pytest.param("The navy chief Vice Admiral Jane Wanjiru said the port was open.",
                     "Jane Wanjiru", "Vice Admiral", id="en-chief-vice-admiral"),
        pytest.param("MINUSCA Force Commander Maj. Gen. Paul Okeke said the road was open.",
                     "Paul Okeke", "Force Commander Maj. Gen.", id="en-capitalised-office-kept"),
    ],
)
def test_a_capitalised_rank_after_a_lowercase_office_is_the_role_alone(text, person, role):
    # the office's noun and the rank are two phrases, as "the commander, Rear Adm Jane Wanjiru,"
    found = [f for f in find_in_sentence(text, "en") if f.kind == "person"]
    assert [(f.name, f.role) for f in found] == [(person, role)]


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Le commandant du camp de transit colonel Jean Dupont a déclaré que tout allait bien.",
                     "Jean Dupont", id="fr-commandant-du-camp"),
        pytest.param("Le chef du centre d'entraînement colonel Jean Dupont a reçu les soldats.", "Jean Dupont",
                     id="fr-chef-du-centre"),
        pytest.param("The commander of the camp of instruction Colonel Peter Mensah said so.", "Peter Mensah",
                     id="en-commander-of-the-camp"),
    ],
)
def test_a_camp_governed_by_an_office_before_a_rank_names_the_office_holder(text, person):
    assert actors_of(text)[0] == [person]


def test_a_camp_governed_by_another_noun_is_still_named_after_the_officer():
    assert actors_of("La visite du camp d'entraînement colonel Amadou Fall a eu lieu jeudi.")[0] == []


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("The mission John Kamau led to Goma ended on Monday.", "John Kamau", id="en-led"),
        pytest.param("The mission Peter Mensah heads has 12,000 troops.", "Peter Mensah", id="en-heads"),
    ],
)
def test_a_given_name_after_a_deployments_word_opens_a_person(text, person):
    assert actors_of(text)[0] == [person]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Lockheed Martin Corp said on Monday it would deliver the aircraft.", id="corp-after"),
        pytest.param("The contract was signed with Lockheed Martin Corp on Monday.", id="corp-after-mid"),
        pytest.param("Lockheed Martin Inc said on Monday it would deliver the aircraft.", id="inc-in-name"),
    ],
)
def test_a_corporate_form_closing_a_name_makes_a_company_no_person(text):
    # "Corp" is corporal only before a name ("Corp Daniel Okoye"); after one it closes a company's
    assert actors_of(text)[0] == []


def test_corp_between_two_names_is_the_second_ones_rank():
    assert actors_of("The medal went to Pte Ann Wairimu and Corp Daniel Okoye.")[0] == ["Ann Wairimu", "Daniel Okoye"]


@pytest.mark.parametrize(
    "text, person, role",
    [
        pytest.param("Bộ trưởng đã trích dẫn lời nhà thơ Tố Hữu trước các chiến sĩ.", "Tố Hữu", "nhà thơ", id="vi-nha-tho"),
        pytest.param("Ông nhắc đến nhà sử học Dương Trung Quốc trong bài phát biểu.", "Dương Trung Quốc", "nhà sử học",
                     id="vi-nha-su-hoc"),
    ],
)
def test_a_vietnamese_calling_before_the_name_is_the_role(text, person, role):
    found = [f for f in find_in_sentence(text, "vi") if f.kind == "person"]
    assert [(f.name, f.role) for f in found] == [(person, role)]
