"""Kinds of attribution met in articles nobody tuned the rules to: a bare title standing for
the person introduced with it in a language without articles, a day and a phrase of
circumstance between an inverted verb and its speaker, a body inside a long apposition, the
present tense of French verbs of reporting, "the text" of a statement as its source. Every
sentence is written for these tests."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        pytest.param(["Thượng tá Phạm Văn Đức đã đến thăm bệnh viện dã chiến.",
                      "Thượng tá cho biết đơn vị đã sẵn sàng lên đường."],
                     "Phạm Văn Đức", id="vi-title-cho-biet"),
        pytest.param(["Đại sứ Lê Thị Hoa phát biểu tại phiên họp của Hội đồng.",
                      "Đại sứ nhấn mạnh tầm quan trọng của việc bảo vệ dân thường ở vùng biên giới."],
                     "Lê Thị Hoa", id="vi-title-nhan-manh"),
        pytest.param(["Đại sứ Lê Thị Hoa phát biểu tại phiên họp của Hội đồng.",
                      "Đại sứ khẳng định sự hiện diện của phái bộ tại vùng biên giới là cần thiết."],
                     "Lê Thị Hoa", id="vi-title-khang-dinh"),
        pytest.param(["Đại tá Trần Quốc Huy đã đến thăm trại.",
                      "Kết thúc chuyến thăm, Đại tá cho biết các chiến sĩ đều khỏe mạnh."],
                     "Trần Quốc Huy", id="vi-title-after-opening-phrase"),
    ],
)
def test_a_bare_title_opening_a_vietnamese_sentence_is_its_holder(paragraphs, speaker):
    quotes = [q for q in quotes_of("vi", *paragraphs) if q.sentence == paragraphs[-1]]
    assert quotes and quotes[0].speaker == speaker, quotes


def test_a_title_in_the_apposition_of_a_name_is_not_a_second_speaker():
    quotes = quotes_of("vi", "Đại tá Trần Quốc Huy đã đến thăm trại.",
                       "Thiếu tướng Hoàng Minh Tâm, Thứ trưởng Quốc phòng giải thích thêm rằng các chiến sĩ đều khỏe mạnh.")
    assert quotes[-1].speaker == "Hoàng Minh Tâm"


@pytest.mark.parametrize(
    ("language", "paragraph", "speaker"),
    [
        pytest.param("fr", "\u00ab La piste est de nouveau praticable \u00bb, a déclaré mardi à la radio locale, Amadou Keita, porte-parole du contingent.",
                     "Amadou Keita", id="fr-day-then-addressee"),
        pytest.param("fr", "\u00ab La piste est de nouveau praticable \u00bb, avait déclaré jeudi à RADIO.CD, Amadou Keita, porte-parole du contingent.",
                     "Amadou Keita", id="fr-day-then-dotted-outlet"),
        pytest.param("en", "\u201cThe track can be used again,\u201d said on Tuesday at the briefing, the contingent spokesman Pieter Vos.",
                     "Pieter Vos", id="en-day-then-circumstance"),
        pytest.param("es", "\u201cLa pista vuelve a ser transitable\u201d, dijo el martes durante el acto, el coronel Ramón Ibarra.",
                     "Ramón Ibarra", id="es-day-then-circumstance"),
    ],
)
def test_a_day_and_a_phrase_of_circumstance_before_the_speaker(language, paragraph, speaker):
    quotes = quotes_of(language, paragraph)
    assert quotes and quotes[-1].speaker == speaker, quotes


@pytest.mark.parametrize(
    ("language", "paragraph", "speaker"),
    [
        pytest.param("vi", "Trong buổi gặp mặt, Đại tá Trần Quốc Huy, Phó Cục trưởng - một trong những sĩ quan đầu tiên "
                           "làm nhiệm vụ của Liên hợp quốc đã chia sẻ rằng các chiến sĩ đều khỏe mạnh.",
                     "Trần Quốc Huy", id="vi-comma-then-dash-apposition"),
        pytest.param("en", "Pieter Vos, for two years an engineer of the United Nations said the track had been rebuilt.",
                     "Pieter Vos", id="en-apposition-without-closing-comma"),
    ],
)
def test_a_body_inside_an_open_apposition_is_not_the_speaker(language, paragraph, speaker):
    quotes = quotes_of(language, paragraph)
    assert quotes and quotes[-1].speaker == speaker, quotes


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        pytest.param(["Amadou Keita rapporte que la piste a été rouverte mardi."], "Amadou Keita", id="rapporte"),
        pytest.param(["La MINUSMA réaffirme que la piste a été rouverte mardi."], "MINUSMA", id="reaffirme"),
        pytest.param(["Amadou Keita réitère que la piste a été rouverte mardi."], "Amadou Keita", id="reitere"),
        pytest.param(["La MINUSCA confirme que la piste a été rouverte mardi."], "MINUSCA", id="confirme"),
    ],
)
def test_french_verbs_of_reporting_in_the_present(paragraphs, speaker):
    quotes = quotes_of("fr", *paragraphs)
    assert quotes and quotes[-1].speaker == speaker, quotes


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("fr", ["La MINUSMA a publié un communiqué mardi soir.",
                            "\u00ab La piste a été rouverte aux convois \u00bb, selon le texte."], "MINUSMA", id="fr-selon-le-texte"),
        pytest.param("en", ["UNIFIL issued a statement on Tuesday night.",
                            "\u201cThe track was opened again to convoys,\u201d according to the text."], "UNIFIL", id="en-according-to-the-text"),
        pytest.param("es", ["La MINUSCA emitió un comunicado el martes por la noche.",
                            "\u201cLa pista fue reabierta a los convoyes\u201d, según el texto."], "MINUSCA", id="es-segun-el-texto"),
    ],
)
def test_the_text_of_a_statement_speaks_for_its_issuer(language, paragraphs, speaker):
    quotes = quotes_of(language, *paragraphs)
    assert quotes and quotes[-1].speaker == speaker, quotes


@pytest.mark.parametrize(
    ("language", "paragraph", "speaker"),
    [
        pytest.param("fr", "La mission de l'ONU au Mali a indiqué que la piste avait été rouverte mardi.", "MINUSMA",
                     id="fr-mission-de-l-onu-au-mali"),
        pytest.param("fr", "La mission des Nations unies au Mali rapporte que la piste a été rouverte mardi.", "MINUSMA",
                     id="fr-mission-des-nations-unies"),
        pytest.param("es", "La misión de las Naciones Unidas en Malí dijo que la pista fue reabierta el martes.", "MINUSMA",
                     id="es-mision-de-las-naciones-unidas"),
    ],
)
def test_the_word_for_a_mission_heads_the_body_after_it(language, paragraph, speaker):
    """The body named after "of" is the complement; the mission it names by its host speaks."""
    quotes = quotes_of(language, paragraph)
    assert quotes and quotes[-1].speaker == speaker, quotes


@pytest.mark.parametrize(
    ("language", "paragraph", "speaker"),
    [
        pytest.param("fr", "La MINUSMA \u00ab rappelle que les attaques contre les Casques bleus peuvent constituer des crimes de guerre \u00bb.",
                     "MINUSMA", id="fr-body-rappelle"),
        pytest.param("fr", "Le ministre Amadou Keita \u00ab regrette profondément la perte de ces soldats courageux \u00bb.",
                     "Amadou Keita", id="fr-person-regrette"),
        pytest.param("es", "La MINUSCA \u201creitera que los ataques contra los cascos azules pueden constituir crímenes de guerra\u201d.",
                     "MINUSCA", id="es-body-reitera"),
    ],
)
def test_a_quotation_opening_on_its_speech_verb_is_said_by_the_subject_before_it(language, paragraph, speaker):
    quotes = quotes_of(language, paragraph)
    assert quotes and quotes[-1].speaker == speaker, quotes


def test_a_quoted_phrase_after_a_name_without_a_verb_of_saying_is_no_quote():
    assert quotes_of("fr", "Amadou Keita a visité le camp. Il a parlé de la \u00ab situation dite sous contrôle \u00bb avec les soldats.") == []


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("en", ["Mira Castell, a spokeswoman for the United Nations mission in Mali, said the track had been rebuilt.",
                            "The mission said two bridges were still closed."], "MINUSMA", id="en-the-mission-said"),
        pytest.param("fr", ["Amadou Keita, porte-parole de la mission de l'ONU au Mali, a indiqué que la piste avait été rouverte.",
                            "La mission a précisé que deux ponts restaient fermés."], "MINUSMA", id="fr-la-mission-a-precise"),
    ],
)
def test_the_mission_said_after_a_mission_named_by_its_host(language, paragraphs, speaker):
    quotes = quotes_of(language, *paragraphs)
    assert quotes and quotes[-1].speaker == speaker, quotes


@pytest.mark.parametrize(
    ("language", "paragraph", "speaker"),
    [
        pytest.param("es", "\u201cLa pista sigue cerrada\u201d, declaró este martes a los periodistas en Bangui, Ramón Ibarra.",
                     "Ramón Ibarra", id="es-a-los-periodistas"),
        pytest.param("en", "\u201cThe track is still closed,\u201d said on Tuesday to reporters in Juba, the contingent spokesman Pieter Vos.",
                     "Pieter Vos", id="en-to-reporters"),
    ],
)
def test_a_phrase_naming_the_addressee_before_the_speaker(language, paragraph, speaker):
    quotes = quotes_of(language, paragraph)
    assert quotes and quotes[-1].speaker == speaker, quotes


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("en", ["Major General Tomas Rask, the head of mission and force commander, inspected the new bridge.",
                            "The force commander said the bridge would carry trucks by May."], "Tomas Rask", id="en-the-force-commander"),
        pytest.param("en", ["The army spokesman, Colonel Idris Maalouf, spoke in the capital.",
                            "The mission named a new commander on Monday.",
                            "Two patrols were hit overnight, the army spokesman said."], "Idris Maalouf", id="en-the-army-spokesman"),
        pytest.param("fr", ["Le secrétaire général de l'ONU, Karel Vodička, a condamné l'attaque.",
                            "Le patron de l'ONU a affirmé que les auteurs devaient être retrouvés."], "Karel Vodička", id="fr-le-patron-de"),
    ],
)
def test_a_body_word_before_a_title_qualifies_the_title(language, paragraphs, speaker):
    quotes = quotes_of(language, *paragraphs)
    assert quotes and quotes[-1].speaker == speaker, quotes


@pytest.mark.parametrize(
    ("language", "paragraph", "speaker"),
    [
        pytest.param("vi", "Bà Lê Thị Hoa, Trợ lý Tổng Thư ký LHQ về các vấn đề châu Phi, đã khẳng định rằng phái bộ sẽ ở lại.",
                     "Lê Thị Hoa", id="vi-da"),
        pytest.param("vi", "Ông Trần Văn Bình, Giám đốc Bệnh viện của Liên hợp quốc, cũng cho biết đơn vị đã sẵn sàng.",
                     "Trần Văn Bình", id="vi-cung"),
    ],
)
def test_an_auxiliary_between_the_closing_comma_and_the_verb(language, paragraph, speaker):
    """The comma closing the apposition after the subject, then an auxiliary, then the verb."""
    quotes = quotes_of(language, paragraph)
    assert quotes and quotes[-1].speaker == speaker, quotes


@pytest.mark.parametrize(
    ("paragraphs", "named"),
    [
        pytest.param(["Đại sứ Lê Thị Hoa phát biểu tại phiên họp của Hội đồng.",
                      "Đại sứ quán Việt Nam tại Nam Sudan cho biết các chiến sĩ đều an toàn."], "Lê Thị Hoa", id="vi-dai-su-quan"),
        pytest.param(["Thượng tá Phạm Văn Đức đã đến thăm bệnh viện dã chiến.",
                      "Trưởng thôn cho biết nước sạch đã cạn."], "Phạm Văn Đức", id="vi-truong-thon"),
    ],
)
def test_a_title_opening_a_longer_vietnamese_noun_is_no_bare_title(paragraphs, named):
    """"Đại sứ quán" (the embassy), "Trưởng thôn" (the village head): the title word opens
    another noun, not the bare title of the person named before."""
    quotes = [q for q in quotes_of("vi", *paragraphs) if q.sentence == paragraphs[-1]]
    assert all(q.speaker != named for q in quotes), quotes


def test_a_person_inside_an_opening_phrase_is_not_the_subject_of_the_apposition_rule():
    """"After talks with X, a delegation of Y said": X is the complement of "with", not a
    subject opening an apposition; the body after the joining word is part of the subject."""
    quotes = quotes_of("en", "After talks with Pieter Vos, a delegation of the African Union said the road would reopen.")
    assert quotes and quotes[-1].speaker != "Pieter Vos", quotes


@pytest.mark.parametrize(
    ("language", "paragraphs", "named"),
    [
        pytest.param("fr", ["Le secrétaire général de l'ONU, Karel Vodička, a condamné l'attaque.",
                            "La patronne d'un restaurant de Gao a affirmé que les clients avaient fui."], "Karel Vodička", id="fr-patronne-d-un"),
        pytest.param("fr", ["Le secrétaire général de l'ONU, Karel Vodička, a condamné l'attaque.",
                            "Le responsable d'une ONG locale a affirmé que les familles avaient fui."], "Karel Vodička", id="fr-responsable-d-une"),
        pytest.param("es", ["El secretario general de la ONU, Karel Vodička, condenó el ataque.",
                            "El responsable de una ONG local afirmó que las familias habían huido."], "Karel Vodička", id="es-responsable-de-una"),
    ],
)
def test_a_title_heading_an_indefinite_body_is_not_a_person_named_before(language, paragraphs, named):
    """"the head of a charity": the holder of an office of a body the text does not name."""
    quotes = [q for q in quotes_of(language, *paragraphs) if q.sentence == paragraphs[-1]]
    assert quotes and all(q.speaker != named for q in quotes), quotes
