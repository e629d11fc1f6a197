"""A body printed with the body it belongs to speaks as itself, not as the larger body: a
mission named by its host country ("the UN mission in South Sudan": the operation, not the
UN), a council printed with its parent's short name ("the UN Security Council", "Hội đồng
Bảo an LHQ"). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        # the country hosted several operations, one of them based there alone
        pytest.param("en", "The UN mission in South Sudan said the wells of the camp were dry.", "UNMISS", id="en-mission-in-country"),
        pytest.param("fr", "La mission de l'ONU au Soudan du Sud a affirmé que les puits du camp étaient à sec.", "UNMISS", id="fr-mission-au-pays"),
        pytest.param("es", "La misión de la ONU en Sudán del Sur afirmó que los pozos del campamento estaban secos.", "UNMISS", id="es-mision-en-pais"),
        pytest.param("vi", "Phái bộ LHQ tại Nam Sudan cho biết các giếng nước của trại đã cạn.", "UNMISS", id="vi-phai-bo-tai"),
        # a council with its parent's short name, before or after it
        pytest.param("en", "The UN Security Council stressed that the wells of the camp were dry.", "Security Council", id="en-parent-acronym-before"),
        pytest.param("vi", "Hội đồng Bảo an LHQ nhấn mạnh các giếng nước của trại đã cạn.", "Security Council", id="vi-parent-acronym-after"),
        pytest.param("vi", "Hội đồng Bảo an LHQ cũng nhấn mạnh, các giếng nước của trại đã cạn.", "Security Council", id="vi-parent-acronym-after-comma"),
        pytest.param("vi", "Phát biểu tại Hội đồng Bảo an LHQ, Tổng thư ký LHQ Nguyễn Văn Hùng kêu gọi các bên đối thoại, nhấn mạnh, các giếng nước đã cạn.",
                     "Nguyễn Văn Hùng", id="vi-title-after-council"),
        pytest.param("vi", "Trong khi đó, báo cáo tại Hội đồng Bảo an LHQ, Tổng thư ký LHQ Nguyễn Văn Hùng kêu gọi các bên đối thoại, nhấn mạnh, các giếng nước đã cạn.",
                     "Nguyễn Văn Hùng", id="vi-title-after-council-past-opener"),
        # already right: the parent joined by a word, a person's title naming the body, a
        # participle opening the sentence (no speech verb in English)
        pytest.param("en", "On Monday, speaking at the UN Security Council, UN Secretary-General Maria Kowalska called for talks, stressing that the wells were dry.",
                     "Maria Kowalska", id="en-title-after-council-past-opener"),
        pytest.param("fr", "Le Conseil de sécurité de l'ONU a souligné que les puits du camp étaient à sec.", "Security Council", id="fr-parent-joined"),
        pytest.param("es", "El secretario general de la ONU, Carlos Ortega, afirmó que los pozos estaban secos.", "Carlos Ortega", id="es-title-of-body"),
        pytest.param("vi", "Tổng thư ký Liên hợp quốc Nguyễn Văn Hùng nêu rõ, các giếng nước đã cạn.", "Nguyễn Văn Hùng", id="vi-title-of-body"),
    ],
)
def test_a_body_printed_with_its_parent_speaks_as_itself(language, paragraph, speaker):
    quotes = [q for q in quotes_of(language, paragraph) if q.sentence[:20] in paragraph]
    assert quotes and quotes[-1].speaker == speaker, quotes


DATED = "Peacekeepers reach the camp\n\nPORT-AU-PRINCE, March 3, {year} -- Peacekeepers reached the northern camp on Monday.\n\n{sentence}"


@pytest.mark.parametrize(
    "year, sentence, speaker",
    [
        # a country that hosted operations one after another: the one running in the article's year
        pytest.param(2010, "The UN mission in Haiti said the wells of the camp were dry.", "MINUSTAH", id="en-haiti-2010"),
        pytest.param(2018, "The UN mission in Haiti said the wells of the camp were dry.", "MINUJUSTH", id="en-haiti-2018"),
    ],
)
def test_a_mission_named_by_its_host_is_the_one_running_in_the_article_year(year, sentence, speaker):
    quotes = [q for q in extract(DATED.format(year=year, sentence=sentence)).quotes if q.sentence.startswith("The UN mission")]
    assert quotes and quotes[-1].speaker == speaker, quotes
