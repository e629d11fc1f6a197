"""Quotes: sentences that cite what a text provides are no one's words, and the speaker of
a cue is not a body named as an object. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence
from newsdossier.quotes import find_quotes


def quotes_of(sentence: str, language: str) -> list[tuple[str, str]]:
    found = find_in_sentence(sentence, language)
    people = [f for f in found if f.kind == "person"]
    return [(q.speaker, q.kind) for q in find_quotes([(sentence, found)], people, language)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("About 6,700 soldiers have served there since 2007 according to the U.N. Security Council's resolution 1701.", "en", id="en-resolution"),
        pytest.param("Les casques bleus peuvent riposter, selon la résolution 2100 du Conseil de sécurité.", "fr", id="fr-resolution"),
        pytest.param("Los cascos azules pueden usar la fuerza, según el mandato de la misión.", "es", id="es-mandate"),
        pytest.param("Theo nghị quyết của Hội đồng Bảo an, lực lượng có thể sử dụng vũ lực.", "vi", id="vi-resolution"),
    ],
)
def test_according_to_a_rule_text_is_no_quote(sentence, language):
    assert quotes_of(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language, speaker",
    [
        pytest.param("About 6,700 soldiers have served there, according to the Security Council.", "en", "Security Council", id="en-body"),
        pytest.param("Deux casques bleus ont été blessés, selon la MINUSMA.", "fr", "MINUSMA", id="fr-mission"),
    ],
)
def test_according_to_a_body_is_still_its_words(sentence, language, speaker):
    assert quotes_of(sentence, language) == [(speaker, "reported")]


@pytest.mark.parametrize(
    "sentence, language, speaker",
    [
        pytest.param("Antonio Guterres a rendu hommage aux casques bleus de la MINUSMA, et a exprimé sa solidarité aux blessés.",
                     "fr", "Antonio Guterres", id="fr-et-a"),
        pytest.param("Jean Arnault met the commanders of UNIFIL, and said that the attack was a crime.",
                     "en", "Jean Arnault", id="en-and"),
        pytest.param("Juan García recibió al embajador de Chile, y afirmó que la misión continuará.",
                     "es", "Juan García", id="es-y"),
    ],
)
def test_a_second_verb_joined_by_and_has_the_first_clauses_subject(sentence, language, speaker):
    assert [s for s, _kind in quotes_of(sentence, language)] == [speaker]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Youths had called on Monday for protests against MONUSCO in Beni.", "en", id="en-against"),
        pytest.param("Traders called for a strike against UNIFIL in the town.", "en", id="en-strike-against"),
        pytest.param("Des habitants ont appelé lundi à manifester contre la MINUSMA à Gao.", "fr", id="fr-contre"),
        pytest.param("Los vecinos pidieron el lunes protestar contra la MINUSTAH en la capital.", "es", id="es-contra"),
        # (the French and Spanish sentences held before too: their verbs take no speaker after them)
    ],
)
def test_a_body_named_as_what_speech_is_against_is_no_speaker(sentence, language):
    assert all(speaker not in ("MONUSCO", "MINUSMA", "MINUSTAH", "UNIFIL") for speaker, _kind in quotes_of(sentence, language))


@pytest.mark.parametrize(
    "sentence, language, speaker",
    [
        pytest.param("Secretary-General Maria Vendel condemned the raid and recalled that such raids may be crimes, UN spokesman Paolo Brant said.",
                     "en", "Paolo Brant", id="en-comma-spokesman-said"),
        pytest.param("The chief, Maria Vendel, urged the parties to talk, noting that \u201cthe road must stay open,\u201d spokesman Paolo Brant said on Monday.",
                     "en", "Paolo Brant", id="en-quote-then-name-said"),
    ],
)
def test_a_speaker_closing_the_sentence_gives_it_all(sentence, language, speaker):
    found = find_in_sentence(sentence, language)
    people = [f for f in found if f.kind == "person"]
    quotes = find_quotes([(sentence, found)], people, language)
    assert len(quotes) == 1 and speaker in quotes[0].speaker


@pytest.mark.parametrize(
    "sentence, language, speaker",
    [
        pytest.param("\u00ab Les convois doivent passer \u00bb, a rappelé dans un communiqué Pierre Valmont, porte-parole du ministre Anne Roussel, en ajoutant qu'une enquête est ouverte.",
                     "fr", "Pierre Valmont", id="fr-name-in-circumstance"),
        pytest.param("\u201cLa patrulla no fue atacada\u201d, afirmó en un comunicado Luis Arrieta, portavoz del ministro Carla Montes.",
                     "es", "Luis Arrieta", id="es-name-in-circumstance"),
    ],
)
def test_a_name_inside_the_phrase_after_an_inverted_verb_is_its_speaker(sentence, language, speaker):
    assert [s for s, _kind in quotes_of(sentence, language)] == [speaker]


@pytest.mark.parametrize(
    "sentence, language, speaker",
    [
        pytest.param("Le matin, la ministre Claire Dubois a visité le camp. La ministre française a indiqué que le camp serait agrandi.",
                     "fr", "Claire Dubois", id="fr-title-then-demonym"),
        pytest.param("La ministra Lucía Ferrer visitó la base. La ministra chilena explicó que la base sería ampliada.",
                     "es", "Lucía Ferrer", id="es-title-then-demonym"),
    ],
)
def test_a_demonym_after_a_title_is_no_country_speaking(sentence, language, speaker):
    sentences = []
    for part in sentence.split(". "):
        part = part if part.endswith(".") else part + "."
        sentences.append((part, find_in_sentence(part, language)))
    people = [f for _s, found in sentences for f in found if f.kind == "person"]
    quotes = find_quotes(sentences, people, language)
    assert [q.speaker for q in quotes if "agrandi" in q.sentence or "ampliada" in q.sentence] == [speaker]


@pytest.mark.parametrize(
    "sentence, language, speaker",
    [
        pytest.param("Colonel Mark Oduya - head of the engineering company that the United Nations force sent to the border towns of the "
                     "eastern province last spring, and of its two field workshops - told reporters that the road was open.",
                     "en", "Mark Oduya", id="en-long-dash-apposition"),
        pytest.param("Đại tá Trần Văn Khải - chỉ huy trưởng lực lượng của Việt Nam tại phái bộ ở Abyei, đội trưởng đội công binh "
                     "tham gia lực lượng gìn giữ hòa bình Liên hợp quốc - cũng chia sẻ rằng đơn vị gặp nhiều khó khăn.",
                     "vi", "Trần Văn Khải", id="vi-dash-apposition"),
    ],
)
def test_the_person_before_an_apposition_between_dashes_speaks(sentence, language, speaker):
    assert [s for s, _kind in quotes_of(sentence, language)] == [speaker]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The United Nations office in Ghana said the convoy was delayed.", "en", id="en-office-in-country"),
        pytest.param("La force de l'ONU au Liban a indiqué que la patrouille était rentrée.", "fr", id="fr-force-au-country"),
    ],
)
def test_a_country_after_a_place_word_is_not_the_subject(sentence, language):
    """The body whose office or force is placed in the country speaks, not the country."""
    assert [s for s, _kind in quotes_of(sentence, language)] == ["United Nations"]


@pytest.mark.parametrize(
    "sentence, language, speaker",
    [
        pytest.param("Cục Gìn giữ hòa bình Việt Nam (Bộ Quốc phòng) cho biết đội công binh đã tới nơi an toàn.", "vi",
                     "Vietnam Department of Peacekeeping Operations", id="vi-body-then-parent-in-brackets"),
        pytest.param("The Security Council (United Nations) said the mandate would be renewed.", "en",
                     "Security Council", id="en-body-then-parent-in-brackets"),
    ],
)
def test_the_body_before_a_bracket_speaks(sentence, language, speaker):
    assert [s for s, _kind in quotes_of(sentence, language)] == [speaker]


@pytest.mark.parametrize(
    "sentence, language, speaker",
    [
        pytest.param("Claire Dubois reconnait toutefois que la route reste dangereuse.", "fr", "Claire Dubois", id="fr-reconnait"),
        pytest.param("La porte-parole, Claire Dubois, a spécifié que les blessés étaient stables.", "fr", "Claire Dubois", id="fr-a-specifie"),
    ],
)
def test_more_french_speech_verbs(sentence, language, speaker):
    assert [s for s, _kind in quotes_of(sentence, language)] == [speaker]



def test_a_title_phrase_with_its_body_place_and_acronym_leads_to_the_name_after_it():
    from newsdossier.extract import extract

    text = ("Parade in Juba\n\nA medal parade was held today at the base in Juba.\n\n"
            "\"I thank every one of you,\" said the Special Representative of the UN Secretary-General for South Sudan "
            "(SRSG) Ellen M. Lindqvist. \"Your service matters.\"\n")
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes if "thank" in q.sentence] == ["Ellen M. Lindqvist"]


def test_a_bracketed_acronym_after_a_country_ending_its_phrase_speaks():
    sentence = "Ngày 3/5, Phái bộ Liên hợp quốc tại Nam Sudan (UNMISS) cho biết sẽ mở thêm một căn cứ."
    assert [s for s, _kind in quotes_of(sentence, "vi")] == ["UNMISS"]
