"""A ministry printed with no country (tests/corpus/README.md: a national body is tied to the
country the text ties it to) is not kept from its country by a country printed in its sentence
only as where things happen ("tại Nam Sudan", "in Lebanon", "au Mali"): that is where the
country's people serve, not whose ministry it is. When the article's national bodies point
to one country and the ministry's sentence names another country as an actor ("la patrulla
española ... según el Ministerio de Defensa" beside Israel's army), the ministry is that
sentence's one country. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def organisations(text: str) -> set[str]:
    return {f.name for f in extract(text).entities.values() if f.kind == "organisation"}


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Đội công binh của Việt Nam lên đường nhận nhiệm vụ. Đại diện Bộ Quốc phòng đề nghị các "
                     "chiến sĩ giữ kỷ luật trong thời gian công tác tại Nam Sudan.",
                     "Ministry of Defence of Vietnam", id="vi-serving-in-south-sudan"),
        pytest.param("Quân đội Việt Nam đã cử thêm sĩ quan. Bộ Quốc phòng cho biết nhóm sĩ quan sẽ làm việc ở Cộng hòa Trung Phi.",
                     "Ministry of Defence of Vietnam", id="vi-working-in-car"),
        pytest.param("Los soldados ya están en Líbano desde el martes. Las Fuerzas de Defensa de Israel desplegaron tanques "
                     "cerca. Un tanque disparó a 200 metros de la patrulla española, según ha confirmado el Ministerio de Defensa.",
                     "Ministry of Defence of Spain", id="es-spanish-patrol-beside-israel"),
        pytest.param("The Israel Defense Forces moved armour north overnight. Irish troops held their post, the Ministry "
                     "of Defence said, after the shelling stopped.",
                     "Ministry of Defence of Ireland", id="en-irish-troops-beside-the-idf"),
    ],
)
def test_the_untied_ministry_is_its_sentences_country(text, name):
    assert name in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Israel Defense Forces moved armour north. Irish and Polish troops held their posts, the "
                     "Ministry of Defence said.", id="en-two-countries-stay-untied"),
    ],
)
def test_two_countries_beside_it_leave_it_untied(text):
    assert not any(n.startswith("Ministry of Defence of") for n in organisations(text))
