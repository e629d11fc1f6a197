"""A block of related stories printed between the headline and the text ("Related" and other
stories' headlines) holds no candidate for the title (newsdossier.segment).

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import segment


@pytest.mark.parametrize(
    ("headline", "marker", "teasers", "lead"),
    [
        pytest.param("Engineers leave for Abyei", "Related",
                     ["Field hospital completes its mission with the UN force in South Sudan after a year",
                      "Woman officer receives the UN peacekeeping medal in a ceremony in the capital"],
                     "The engineering unit of 184 soldiers left the capital on Monday for a year in Abyei, the ministry said.", id="en"),
        pytest.param("Des ingénieurs partent pour Abyei", "Sur le même sujet",
                     ["L'hôpital de campagne achève sa mission auprès de la force de l'ONU au Soudan du Sud",
                      "Une officière reçoit la médaille des Casques bleus lors d'une cérémonie dans la capitale"],
                     "L'unité de 184 ingénieurs a quitté la capitale lundi pour une année de service à Abyei, a indiqué le ministère.", id="fr"),
        pytest.param("Ingenieros parten hacia Abyei", "Noticias relacionadas",
                     ["El hospital de campaña completa su misión con la fuerza de la ONU en Sudán del Sur",
                      "Una oficial recibe la medalla de los cascos azules en una ceremonia en la capital"],
                     "La unidad de 184 ingenieros salió de la capital el lunes para un año de servicio en Abyei, informó el ministerio.", id="es"),
        pytest.param("Đội công binh lên đường tới Abyei", "Tin liên quan",
                     ["Bệnh viện dã chiến hoàn thành nhiệm vụ tại phái bộ Liên hợp quốc ở Nam Sudan sau một năm",
                      "Nữ sĩ quan nhận huân chương gìn giữ hòa bình của Liên hợp quốc tại thủ đô"],
                     "Đội công binh gồm 184 cán bộ, chiến sĩ đã rời thủ đô hôm thứ Hai để làm nhiệm vụ một năm tại Abyei, Bộ cho biết.", id="vi"),
    ],
)
def test_related_headlines_between_the_headline_and_the_text_are_teasers(headline, marker, teasers, lead):
    layout = segment("\n\n".join([headline, marker, *teasers, lead, "A second paragraph follows. It ends here."]))
    assert layout.title == headline
    assert set(teasers) <= set(layout.teasers)
