"""Quotes: a person named with a rank or honorific opens the clause, then an apposition on
their post (after a comma, or in brackets), however long, then the speech verb: the person
speaks; the bodies named inside the apposition only say what the post is. Every sentence here
is written for these tests, in Vietnamese, English, French and Spanish."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        # after a comma, the apposition holding two titles and a mission, no comma closing it
        pytest.param("vi", "Đại tá Trần Minh Khoa, sĩ quan tham mưu kế hoạch, Trưởng Đoàn công tác liên ngành của Bộ Quốc "
                     "phòng Việt Nam đi khảo sát khu vực triển khai lực lượng tại Phái bộ UNISFA cho biết: “Các chiến sĩ "
                     "của chúng tôi đã hoàn thành tốt nhiệm vụ tuần tra trên tuyến đường này.”", "Trần Minh Khoa",
                     id="vi-dai-ta-comma-title-mission"),
        # after a comma, closed by a comma before the verb
        pytest.param("vi", "Trung tá Nguyễn Văn Bình, Phó Chỉ huy trưởng Bệnh viện dã chiến cấp 2 số 5 của Việt Nam tại Phái "
                     "bộ gìn giữ hòa bình Liên hợp quốc ở Nam Sudan, đơn vị vừa hoàn thành nhiệm vụ, chia sẻ: “Chúng tôi "
                     "luôn sẵn sàng tiếp nhận bệnh nhân bất kể ngày đêm.”", "Nguyễn Văn Bình", id="vi-trung-ta-comma-closed"),
        # in brackets, closing right before the verb
        pytest.param("vi", "Đại tá Trần Minh Khoa (phó cục trưởng Cục Gìn giữ hòa bình Việt Nam) nói các sĩ quan sẽ lên "
                     "đường vào tháng tới.", "Trần Minh Khoa", id="vi-dai-ta-bracket-department"),
        pytest.param("vi", "Thiếu tá Phạm Thị Lan (nguyên sĩ quan Bệnh viện dã chiến cấp 2 số 3 của Việt Nam) nhớ lại "
                     "những ngày đầu ở Nam Sudan rất vất vả.", "Phạm Thị Lan", id="vi-thieu-ta-bracket-country"),
        pytest.param("en", "Colonel James Okafor, a senior officer of the planning staff and head of the inter-agency survey "
                     "team sent by the Ghana Ministry of Defence to the deployment area at UNISFA, said: “Our soldiers have "
                     "finished repairing the road before the rains.”", "James Okafor", id="en-colonel-comma-long"),
        pytest.param("en", "Colonel James Okafor (deputy head of the Department of Peacekeeping of Ghana) said the officers "
                     "would leave next month.", "James Okafor", id="en-colonel-bracket-department"),
        pytest.param("en", "Major Anna Lind (a former officer of the Swedish field hospital in Mali) recalled that the first "
                     "weeks were very hard.", "Anna Lind", id="en-major-bracket-country"),
        pytest.param("fr", "Le colonel Jean Moreau, officier d’état-major chargé de la planification et chef de l’équipe "
                     "interministérielle envoyée par le ministère des Armées dans la zone de déploiement de la FINUL, a "
                     "déclaré : « Nos soldats ont terminé la réparation de la route. »", "Jean Moreau", id="fr-colonel-comma-long"),
        pytest.param("fr", "Le colonel Jean Moreau (directeur adjoint du Centre de formation de l’armée française) a affirmé "
                     "que les officiers partiraient le mois prochain.", "Jean Moreau", id="fr-colonel-bracket-body"),
        pytest.param("es", "El coronel Pedro Salinas, oficial de planificación del Estado Mayor y jefe del equipo "
                     "interministerial enviado por el Ministerio de Defensa de España a la zona de despliegue de la FPNUL, "
                     "declaró: “Nuestros soldados terminaron de reparar la carretera.”", "Pedro Salinas", id="es-coronel-comma-long"),
        pytest.param("es", "El coronel Pedro Salinas (subdirector del Centro de Operaciones de Paz del Ministerio de Defensa "
                     "de España) dijo que los oficiales partirán el mes próximo.", "Pedro Salinas", id="es-coronel-bracket-body"),
        pytest.param("es", "La comandante Marta Oyono (ex oficial del hospital de campaña de la MINUSCA) recordó que las "
                     "primeras semanas fueron muy duras.", "Marta Oyono", id="es-comandante-bracket-mission"),
    ],
)
def test_the_person_opening_a_long_apposition_speaks(language, paragraph, speaker):
    assert [q.speaker for q in quotes_of(language, paragraph)] == [speaker]


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        # a comma then a conjunction: a second subject, not the end of the apposition
        pytest.param("en", "Colonel James Okafor, head of the engineering unit of the Ghanaian contingent deployed along the "
                     "northern road since the spring, and the UNISFA spokesperson Maria Kowalska said the bridge was open.",
                     "James Okafor", id="en-comma-and-second-subject"),
        # the person does not open the clause: the one who does speaks
        pytest.param("en", "After a long meeting with Colonel James Okafor (deputy head of the Department of Peacekeeping of "
                     "Ghana), Maria Kowalska said the officers would leave next month.", "James Okafor", id="en-not-opening"),
    ],
)
def test_no_long_apposition_when_the_person_is_not_the_only_subject(language, paragraph, speaker):
    assert [q.speaker for q in quotes_of(language, paragraph)] != [speaker]


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        pytest.param(["Trong số đó có đại tá Nguyễn Đức Trọng (phó cục trưởng Cục Gìn giữ hòa bình Việt Nam).",
                      "Ông Trọng kể rằng những ngày đầu ở phái bộ rất vất vả vì mưa lớn kéo dài."], "Nguyễn Đức Trọng",
                     id="ong-given-name-after-bracket"),
        pytest.param(["Đại tá Nguyễn Đức Trọng thăm hỏi các chiến sĩ tại Abyei.",
                      "Sau hơn một năm làm việc, ông Đức Trọng kể rằng những ngày đầu rất vất vả."], "Nguyễn Đức Trọng",
                     id="ong-two-given-names"),
        pytest.param(["Bà Trần Thị Mai Hoa là một trong những nữ sĩ quan đầu tiên của Việt Nam tham gia phái bộ.",
                      "Bà Hoa chia sẻ rằng công việc rất nhiều thử thách nhưng cũng rất ý nghĩa."], "Trần Thị Mai Hoa",
                     id="ba-given-name"),
    ],
)
def test_vi_honorific_and_given_name_is_the_full_name_introduced_before(paragraphs, speaker):
    """Guards (these passed before the long-apposition rule): "ông/bà <given name>" later in the
    article is the person introduced earlier with the full name."""
    assert [q.speaker for q in quotes_of("vi", *paragraphs)][-1] == speaker
