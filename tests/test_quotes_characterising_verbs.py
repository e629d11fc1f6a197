"""Quotes: a judgement given of a thing by its speaker ("X called the shelling unacceptable",
"X described the raid as a cowardly crime", "X a qualifié l'embuscade d'acte lâche", "X calificó
el ataque de cobarde", "ông X gọi đây là hành động hèn hạ") is what the speaker said of it:
reported speech, even with a verb of stance and no quotation marks (quotes.yaml
"characterising_verbs"). A plain description, a call to someone and a name given stay none.
Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("The regional governor, Lena Okafor, described the raid as a cowardly crime.", ["Lena Okafor"],
                     id="en-described-as"),
        pytest.param("Lena Okafor called the shelling of the market unacceptable.", ["Lena Okafor"], id="en-called-adjective"),
        pytest.param("Lena Okafor called it a grave violation of the truce.", ["Lena Okafor"], id="en-called-it-a"),
        pytest.param("Lena Okafor called the ambush a crime.", ["Lena Okafor"], id="en-called-object-a"),
        pytest.param("Italy and Ireland called the shooting unacceptable.", ["Italy", "Ireland"], id="en-two-countries"),
        pytest.param("Le ministre Paul Ndeko a qualifié l'embuscade d'acte lâche.", ["Paul Ndeko"], id="fr-qualifie-de"),
        pytest.param("Paul Ndeko a décrit l'attaque comme un crime odieux.", ["Paul Ndeko"], id="fr-decrit-comme"),
        pytest.param("La ministra Carmen Ruiz calificó el ataque de cobarde.", ["Carmen Ruiz"], id="es-califico-de"),
        pytest.param("Carmen Ruiz describió la emboscada como un crimen atroz.", ["Carmen Ruiz"], id="es-describio-como"),
        pytest.param("Ông Trần Văn Nam gọi đây là hành động hèn hạ.", ["Trần Văn Nam"], id="vi-goi-day-la"),
        pytest.param("Bộ trưởng Lê Minh gọi vụ tấn công là tội ác không thể tha thứ.", ["Lê Minh"], id="vi-goi-vu-la"),
    ],
)
def test_a_judgement_given_of_a_thing_is_reported_speech(text, speakers):
    assert [q.speaker for q in extract(text, None).quotes] == speakers


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Lena Okafor called the police an hour later.", id="en-phoned"),
        pytest.param("The militia was called a terrorist group by the villagers.", id="en-passive"),
        pytest.param("Commander Paul Gray described the new base as ready for the rainy season.", id="en-plain-description"),
        pytest.param("Le personnel qualifié pour les opérations de déminage est arrivé lundi.", id="fr-participle"),
        pytest.param("Cái gọi là lực lượng khủng bố đã rút khỏi làng.", id="vi-so-called"),
        pytest.param("Nhóm vũ trang này được gọi là lực lượng khủng bố.", id="vi-duoc-goi-la"),
    ],
)
def test_no_judgement_of_a_speaker_is_no_quote(text):
    assert extract(text, None).quotes == []


@pytest.mark.parametrize(
    "text",
    [
        # the object would end on an article or a preposition: the "judgement" opens a noun
        # phrase that goes on, no judgement given of a thing
        pytest.param("Mariam Sesay called the terrorist attack hotline twice.", id="en-article-then-noun"),
        pytest.param("Mariam Sesay called the crime scene investigators back.", id="en-crime-scene"),
        pytest.param("Mariam Sesay called the massacre survivors to the stand.", id="en-massacre-survivors"),
        pytest.param("Mariam Sesay called the helpline for victims of terrorist violence.", id="en-after-preposition"),
    ],
)
def test_a_judgement_word_opening_a_noun_phrase_is_no_judgement(text):
    assert extract(text, None).quotes == []


@pytest.mark.parametrize(
    "text",
    [
        # "de" after a verb of describing is a plain preposition: décrire, describir, definir
        # characterise with "comme", "como" only
        pytest.param("Paul Ndeko a décrit la salle devant les juges de la cour criminelle.", id="fr-decrit-de"),
        pytest.param("Carmen Ruiz describió la red de crimen organizado del puerto.", id="es-describio-de"),
        # the judgement after "de" takes no article ("a qualifié l'attaque d'acte lâche"): with
        # one, "de" opens the object's complement
        pytest.param("Paul Ndeko a traité les victimes de la tragédie à l'hôpital de Bunia.", id="fr-traite-de-la"),
        pytest.param("Carmen Ruiz calificó el informe de la violación de las normas como incompleto.", id="es-califico-de-la"),
    ],
)
def test_de_is_a_link_only_after_a_verb_of_qualifying_and_before_no_article(text):
    assert extract(text, None).quotes == []
