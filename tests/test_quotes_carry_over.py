"""Speakers a sentence names by other words than their name: a pronoun going on with the body
that spoke before, a body named after the document its words came in, a national written as
a noun for a person named before. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("fr", ["La Minusca a annoncé que deux Casques bleus avaient été blessés près de Bria.",
                            "\u00ab Le convoi est tombé dans une embuscade près du pont \u00bb, a-t-elle ajouté."],
                     "MINUSCA", id="fr-a-t-elle-after-a-mission"),
        pytest.param("fr", ["La Minusca a annoncé que deux Casques bleus avaient été blessés près de Bria.",
                            "Auparavant, elle avait affirmé que la route était \u00ab parfaitement sûre \u00bb pour les convois."],
                     "MINUSCA", id="fr-elle-opening-after-a-mission"),
        pytest.param("fr", ["La Minusca a annoncé que deux Casques bleus avaient été blessés près de Bria.",
                            "\u00ab Le convoi est tombé dans une embuscade près du pont \u00bb, a-t-elle ajouté.",
                            "\u00ab Les blessés ont été conduits à Bangui par hélicoptère \u00bb, a-t-elle précisé."],
                     "MINUSCA", id="fr-elle-twice-after-a-mission"),
        pytest.param("es", ["La Minusca informó de que dos cascos azules resultaron heridos cerca de Bria.",
                            "Ella añadió que el convoy sufrió una emboscada cerca del puente."],
                     "MINUSCA", id="es-ella-after-a-mission"),
    ],
)
def test_a_pronoun_after_a_bodys_words_goes_on_with_the_body(language, paragraphs, speaker):
    """French and Spanish pronouns have grammatical gender: "elle" stands for "la mission"."""
    assert quotes_of(language, *paragraphs)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("en", ["The UN mission said two peacekeepers were wounded near Bria.",
                            "\u201cThe convoy was ambushed near the bridge,\u201d he added."], "", id="en-he-is-a-person"),
        pytest.param("fr", ["La Minusca a annoncé que deux Casques bleus avaient été blessés.",
                            "Le colonel Paul Girardin a dit que le pont était coupé.",
                            "\u00ab Le convoi est tombé dans une embuscade \u00bb, a-t-il ajouté."],
                     "Paul Girardin", id="fr-a-person-spoke-between"),
        pytest.param("fr", ["Le gouvernement a annoncé que deux Casques bleus avaient été blessés.",
                            "\u00ab Le convoi est tombé dans une embuscade \u00bb, a-t-elle ajouté."],
                     "", id="fr-elle-is-not-le-gouvernement"),
        pytest.param("fr", ["Le gouvernement a annoncé que deux Casques bleus avaient été blessés.",
                            "\u00ab Le convoi est tombé dans une embuscade \u00bb, a-t-il ajouté."],
                     "", id="fr-il-after-a-masculine-body-is-left-to-people"),
    ],
)
def test_a_pronoun_for_a_person_stays_with_people(language, paragraphs, speaker):
    assert quotes_of(language, *paragraphs)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("language", "paragraph", "speaker"),
    [
        pytest.param("fr", "\u00ab Le convoi est tombé dans une embuscade près du pont \u00bb, a affirmé dans un communiqué la Minusca.",
                     "MINUSCA", id="fr-dans-un-communique-la-mission"),
        pytest.param("fr", "\u00ab Le convoi est tombé dans une embuscade près du pont \u00bb, a indiqué lundi dans un communiqué la Minusca.",
                     "MINUSCA", id="fr-day-then-communique"),
        pytest.param("es", "\"El convoy sufrió una emboscada cerca del puente\", indicó en un comunicado la Minusca.",
                     "MINUSCA", id="es-en-un-comunicado-la-mision"),
    ],
)
def test_a_body_named_after_the_document_of_its_words_is_the_speaker(language, paragraph, speaker):
    assert quotes_of(language, paragraph)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("es", ["La ministra chilena Ana Ruiz Toledo visitó el campamento.",
                            "La chilena destacó ante los soldados la importancia de mantener la disciplina."],
                     "Ana Ruiz Toledo", id="es-la-chilena"),
        pytest.param("es", ["El general Pedro Alcántara Ruiz visitó el campamento.",
                            "El peruano afirmó que las tropas seguirán en la zona hasta el verano."],
                     "Pedro Alcántara Ruiz", id="es-el-peruano"),
        pytest.param("fr", ["Le colonel malien Amadou Keïta a visité le camp.",
                            "Le Malien a déclaré que les convois reprendraient la route dès lundi."],
                     "Amadou Keïta", id="fr-le-malien"),
    ],
)
def test_a_national_written_as_a_noun_is_the_person_named_before(language, paragraphs, speaker):
    assert quotes_of(language, *paragraphs)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("fr", ["Le colonel Amadou Keïta a visité le camp.",
                            "Le Mali a déclaré que les convois reprendraient la route dès lundi."], "Mali", id="fr-le-mali"),
        pytest.param("es", ["El coronel Amadou Keïta visitó el campamento.",
                            "Argentina afirmó que las tropas seguirán en la zona hasta el verano."], "Argentina", id="es-argentina"),
    ],
)
def test_a_country_by_its_name_stays_the_country(language, paragraphs, speaker):
    assert quotes_of(language, *paragraphs)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("fr", ["Le général Paul Girardin a visité le camp.",
                            "Pour lui, \u00ab la route du nord reste bien trop dangereuse pour les convois \u00bb."],
                     "Paul Girardin", id="fr-pour-lui"),
        pytest.param("es", ["El general Pedro Alcántara Ruiz visitó el campamento.",
                            "Para él, \"la ruta del norte sigue siendo demasiado peligrosa para los convoyes\"."],
                     "Pedro Alcántara Ruiz", id="es-para-el"),
    ],
)
def test_a_view_opened_by_a_pronoun_is_the_person_named_before(language, paragraphs, speaker):
    assert quotes_of(language, *paragraphs)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("en", ["Colonel Mark Ellison visited the camp.",
                            "Ellison reminded the parties of their duty to \"keep the road open for the aid convoys\"."],
                     "Mark Ellison", id="en-reminded"),
        pytest.param("es", ["El general Pedro Alcántara Ruiz visitó el campamento.",
                            "Alcántara invitó a los soldados a \"mantener la calma en todo momento\"."],
                     "Pedro Alcántara Ruiz", id="es-invito"),
        pytest.param("es", ["Dos soldados, \"heridos\" durante el ataque, fueron evacuados a la capital, había indicado el martes la Minusca."],
                     "MINUSCA", id="es-habia-indicado"),
    ],
)
def test_a_call_or_an_earlier_report_in_words_is_speech(language, paragraphs, speaker):
    assert quotes_of(language, *paragraphs)[-1].speaker == speaker


def test_a_body_carrying_on_an_action_says_nothing():
    assert quotes_of("en", "The mission kept its patrols along \"the northern supply road\" this week.") == []
