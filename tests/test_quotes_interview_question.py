"""Quotes: an interview printed as questions and answers with no name before the answers: in
an article saying that one person gave an interview ("X granted an interview", "X a accordé
un entretien", "X concedió una entrevista", "X đã trả lời phỏng vấn"), a paragraph that is one
question, with no quotation marks, is the interviewer's and no quote; the paragraph right
after it, with no speech verb nor quotation marks, is that person's answer. Without such a
sentence, a question and the paragraph after it are no one's answer. Every text here is
written for these tests."""
from __future__ import annotations

import pytest

from interviewcases import interview, quotes_of


@pytest.mark.parametrize(
    "text, speaker, answer",
    [
        pytest.param(interview("KALEMIE -- Colonel Amos Lutete granted an interview to our paper on Monday at the camp.",
                               "When will the patrols resume in the valley?",
                               "The patrols will resume once the bridge over the river is repaired."),
                     "Amos Lutete", "The patrols will resume once the bridge over the river is repaired.", id="en"),
        pytest.param(interview("KALEMIE - Le colonel Amos Lutete a accordé un entretien à notre journal lundi au camp.",
                               "Quand les patrouilles reprendront-elles dans la vallée ?",
                               "Les patrouilles reprendront quand le pont sur la rivière sera réparé."),
                     "Amos Lutete", "Les patrouilles reprendront quand le pont sur la rivière sera réparé.", id="fr"),
        pytest.param(interview("KALEMIE - El coronel Amos Lutete concedió una entrevista a nuestro diario el lunes en el campamento.",
                               "¿Cuándo se reanudarán las patrullas en el valle?",
                               "Las patrullas se reanudarán cuando el puente sobre el río esté reparado."),
                     "Amos Lutete", "Las patrullas se reanudarán cuando el puente sobre el río esté reparado.", id="es"),
        pytest.param(interview("HÀ NỘI - Đại tá Nguyễn Văn Lực đã trả lời phỏng vấn báo chí về nhiệm vụ của đơn vị.",
                               "Khi nào đơn vị sẽ lên đường sang Nam Sudan?",
                               "Đơn vị sẽ lên đường sau khi hoàn tất khóa huấn luyện cuối cùng tại Hà Nội."),
                     "Nguyễn Văn Lực", "Đơn vị sẽ lên đường sau khi hoàn tất khóa huấn luyện cuối cùng tại Hà Nội.", id="vi"),
    ],
)
def test_the_paragraph_after_a_question_is_the_answer(text, speaker, answer):
    quotes = quotes_of(text)
    assert (speaker, answer) in quotes
    assert not any(sentence.rstrip().endswith("?") for _speaker, sentence in quotes)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(interview("KALEMIE -- Colonel Amos Lutete visited the camp on Monday.",
                               "When will the patrols resume in the valley?",
                               "The bridge over the river was damaged by the floods in March."),
                     id="en-no-interview"),
    ],
)
def test_no_interview_no_answer(text):
    assert quotes_of(text) == []
