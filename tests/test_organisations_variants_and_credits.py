"""Organisations: a listed body or operation printed in a spelling the reference does not hold
(its acronym in brackets after it, or the same words in another order, hyphenated, with one
slip) is that body or operation; a sentence-opening elided article glued to a common noun
("L'Union africaine", "L'Unité de génie") is no body; a news outlet credited for the story
(dateline, byline, photo, sign-off) is none of its organisations, one the text tells of
("told AFP", "Studio Tamani reported") is; the peace operations of regional bodies (EU, AU,
SADC, EAC) are organisations, in every language. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence
from newsdossier.extract import extract


def named(sentence: str, language: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_in_sentence(sentence, language)
            if f.kind in ("organisation", "initiative", "mission")]


def organisations_of(text: str) -> set[str]:
    return {e.name for e in extract(text, None).entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(
    "language, sentence, expected",
    [
        pytest.param("en", "Ghana sent a new battalion to the United Nation Organisation Stabilization Mission in the Congo (MONUSCO) last week.",
                     ("mission", "MONUSCO"), id="en-misspelt-before-acronym"),
        pytest.param("es", "Los soldados llegaron a la Misión Multidimensional Integrada de Estabilización de Naciones Unidas en Malí (MINUSMA) el martes.",
                     ("mission", "MINUSMA"), id="es-short-form-before-acronym"),
        pytest.param("fr", "Le ministre a écrit au Conseil de Sécurité des Nations-Unies la semaine dernière.",
                     ("organisation", "Security Council"), id="fr-hyphenated"),
        pytest.param("es", "Uruguay aporta tropas a la Misión de Establización de Haití de Naciones Unidas desde hace años.",
                     ("mission", "MINUSTAH"), id="es-reordered-one-slip"),
    ],
)
def test_a_listed_name_in_another_spelling_is_the_listed_entry(language, sentence, expected):
    found = named(sentence, language)
    assert expected in found
    # nothing else but the UN the name holds: no body made of the spelling itself
    assert all(pair == expected or pair == ("organisation", "United Nations") for pair in found)


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("fr", "L'Union africaine a salué le courage des soldats tchadiens.", id="fr-union"),
        pytest.param("fr", "L’Union européenne financera la nouvelle caserne de Bouar.", id="fr-union-curly"),
        pytest.param("fr", "L’Unité de génie militaire a réparé la piste en trois jours.", id="fr-unite"),
    ],
)
def test_an_opening_elided_article_and_a_common_noun_is_no_body(language, sentence):
    assert not any(name.lower().startswith(("l'", "l\u2019")) for _kind, name in named(sentence, language))


@pytest.mark.parametrize(
    "text, outlet",
    [
        pytest.param("Rain delays the convoy\n\nPeacekeepers wait by a flooded road near Beni in eastern Congo, on Tuesday, March 3. "
                     "[AP/Jane Roe]\n\nA convoy of the mission was delayed by heavy rain on Tuesday, its spokesman said.\n",
                     "Associated Press", id="en-bracketed-photo-credit"),
        pytest.param("Rain delays the convoy\n\nA convoy of the mission was delayed by heavy rain on Tuesday, its spokesman said. "
                     "The road to Beni reopened in the evening. (Yonhap)\n", "Yonhap News Agency", id="en-sign-off"),
        pytest.param("Lluvias retrasan el convoy\n\nUn convoy de la misión se retrasó el martes por las lluvias, según su portavoz.\n\n"
                     "Fotografía de los cascos azules junto a la carretera inundada. EFE\n\nLa carretera reabrió el miércoles.\n",
                     "Agencia EFE", id="es-caption-credit"),
        pytest.param("Mưa lớn làm chậm đoàn xe\n\nTheo phóng viên TTXVN tại châu Phi, đoàn xe của phái bộ bị chậm vì mưa lớn "
                     "hôm thứ Ba.\n", "Vietnam News Agency", id="vi-correspondent-at-a-place"),
        pytest.param("Mưa lớn làm chậm đoàn xe\n\nNgày 3/3, phóng viên TTXVN tại New York dẫn lời người phát ngôn cho biết đoàn xe "
                     "bị chậm vì mưa lớn.\n", "Vietnam News Agency", id="vi-correspondent-reports"),
        pytest.param("La pluie retarde le convoi\n\nSelon le correspondant de l'AFP à Bamako, le convoi a été retardé mardi par "
                     "la pluie.\n", "Agence France-Presse", id="fr-correspondent-at-a-place"),
        pytest.param("Rain delays the convoy\n\nThe Xinhua correspondent in Nairobi said the convoy was delayed by rain on "
                     "Tuesday.\n", "Xinhua", id="en-correspondent-at-a-place"),
        pytest.param("La pluie retarde le convoi\n\nLes correspondants de l'AFP à Bamako ont vu le convoi retardé mardi par "
                     "la pluie.\n", "Agence France-Presse", id="fr-correspondents-plural"),
        pytest.param("Lluvias retrasan el convoy\n\nLos corresponsales de EFE en Goma vieron el convoy retrasado el martes por "
                     "las lluvias.\n", "Agencia EFE", id="es-correspondents-plural"),
        pytest.param("Mưa lớn làm chậm đoàn xe\n\nTheo phóng viên thường trú TTXVN tại Nam Phi, đoàn xe của phái bộ bị chậm vì "
                     "mưa lớn hôm thứ Ba.\n", "Vietnam News Agency", id="vi-resident-correspondent"),
        # the article between the words and the name is read from the data (correspondent_credit_words articles)
        pytest.param("La pluie retarde le convoi\n\nSelon le correspondant de l\u2019AFP à Bamako, le convoi a été retardé "
                     "mardi par la pluie.\n", "Agence France-Presse", id="fr-correspondent-curly-elided-article"),
        pytest.param("Lluvias retrasan el convoy\n\nSegún el corresponsal de la AFP en Goma, el convoy se retrasó el martes por "
                     "las lluvias.\n", "Agence France-Presse", id="es-correspondent-article"),
    ],
)
def test_an_outlet_credited_for_the_story_is_no_organisation_of_it(text, outlet):
    assert outlet not in organisations_of(text)


@pytest.mark.parametrize(
    "text, outlet",
    [
        pytest.param("Rain delays the convoy\n\nA convoy of the mission was delayed by heavy rain on Tuesday, an officer told AFP "
                     "by telephone.\n", "Agence France-Presse", id="en-told"),
        pytest.param("Rain delays the convoy\n\nA convoy of the mission was delayed by heavy rain on Tuesday, Studio Tamani "
                     "reported.\n", "Studio Tamani", id="en-reported"),
        pytest.param("Mưa lớn làm chậm đoàn xe\n\nÔng Minh trả lời phỏng vấn phóng viên TTXVN về đoàn xe bị chậm vì mưa.\n",
                     "Vietnam News Agency", id="vi-interview-no-place"),
        pytest.param("La pluie retarde le convoi\n\nUn officier a déclaré au correspondant de l'AFP que le convoi était "
                     "retardé.\n", "Agence France-Presse", id="fr-told-the-correspondent"),
    ],
)
def test_an_outlet_the_text_tells_of_is_an_organisation(text, outlet):
    assert outlet in organisations_of(text)


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", "Two soldiers of SAMIDRC were wounded near Sake on Friday.", "SADC Mission in the Democratic Republic of Congo",
                     id="en-samidrc"),
        pytest.param("fr", "Les instructeurs de l'EUTM RCA ont formé un bataillon à Bouar.",
                     "European Union Training Mission in the Central African Republic", id="fr-eutm-rca"),
        pytest.param("fr", "La force Eufor-RCA a quitté l'aéroport de Bangui en mars.",
                     "European Union Force in the Central African Republic", id="fr-eufor-hyphen"),
        pytest.param("es", "La misión AMISOM entregó la base de Baidoa al ejército somalí.", "African Union Mission in Somalia",
                     id="es-amisom"),
        pytest.param("vi", "Anh từng làm việc tại Phái bộ Huấn luyện của Liên minh châu Âu tại Cộng hòa Trung Phi trong hai năm.",
                     "European Union Training Mission in the Central African Republic", id="vi-eutm-rca"),
        pytest.param("vi", "Đại diện Liên minh châu Âu đã dự buổi lễ ở Juba.", "European Union", id="vi-eu"),
    ],
)
def test_a_regional_bodys_operation_is_an_organisation(language, sentence, name):
    assert ("organisation", name) in named(sentence, language)
