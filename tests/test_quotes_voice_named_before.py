"""Quotes: a body's spokesperson with no name, definite ("the Foreign Ministry spokesman
added", bare in Vietnamese "Người phát ngôn Bộ Ngoại giao khẳng định"), after the text named
the one person introduced as that body's spokesperson, is that person referred to again: they
speak as themselves (tests/corpus/README.md, quotes; quotes._voice_named_before). An
indefinite one ("a ministry spokesman", "một người phát ngôn") or one of another body stays
the body's voice. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from quotecases import speakers_of


@pytest.mark.parametrize(
    "language, text, says, speakers",
    [
        pytest.param("en", "Foreign Ministry spokesman John Okello said the road was open. The Foreign Ministry spokesman added that the bridge had been repaired.",
                     "bridge had been", ["John Okello"], id="en-the-ministry-spokesman"),
        pytest.param("en", "Defence Ministry spokeswoman Mary Atieno said the patrol returned. The Defence Ministry spokeswoman said the camp was calm.",
                     "camp was calm", ["Mary Atieno"], id="en-the-defence-ministry-spokeswoman"),
        pytest.param("vi", "Người phát ngôn Bộ Ngoại giao Nguyễn Văn Nam cho biết con đường đã thông. Người phát ngôn Bộ Ngoại giao khẳng định, Việt Nam luôn ủng hộ hòa bình.",
                     "luôn ủng hộ", ["Nguyễn Văn Nam"], id="vi-bare-spokesperson-of-the-ministry"),
        pytest.param("vi", "Người phát ngôn Bộ Quốc phòng Trần Minh Đức cho biết đoàn xe đã về. Người phát ngôn Bộ Quốc phòng nhấn mạnh, các chiến sĩ đều an toàn.",
                     "đều an toàn", ["Trần Minh Đức"], id="vi-bare-spokesperson-of-defence"),
    ],
)
def test_the_named_spokesperson_speaks_again(language, text, says, speakers):
    assert speakers_of(language, text, says) == speakers


@pytest.mark.parametrize(
    "language, text, says, speakers",
    [
        pytest.param("en", "Foreign Ministry spokesman John Okello said the road was open. A Foreign Ministry spokesman added that the bridge had been repaired.",
                     "bridge had been", ["Ministry of Foreign Affairs"], id="en-indefinite-is-the-body"),
        pytest.param("en", "UNMISS spokesman John Okello said the road was open. The Foreign Ministry spokesman added that the bridge had been repaired.",
                     "bridge had been", ["Ministry of Foreign Affairs"], id="en-another-body's-spokesman"),
        pytest.param("vi", "Người phát ngôn Bộ Ngoại giao Nguyễn Văn Nam cho biết con đường đã thông. Một người phát ngôn Bộ Ngoại giao khẳng định, Việt Nam luôn ủng hộ hòa bình.",
                     "luôn ủng hộ", ["Ministry of Foreign Affairs of Vietnam"], id="vi-mot-is-the-body"),
        pytest.param("fr", "Le porte-parole de la Minusma, Jean Kalala, a indiqué que la route était ouverte. Un porte-parole de la Minusma a ajouté que le pont était réparé.",
                     "pont était", ["MINUSMA"], id="fr-indefinite-is-the-mission"),
        pytest.param("es", "El portavoz de la Minusma, Juan Pérez, dijo que la ruta estaba abierta. Un portavoz de la Minusma agregó que el puente fue reparado.",
                     "puente fue", ["MINUSMA"], id="es-indefinite-is-the-mission"),
    ],
)
def test_an_unnamed_spokesperson_stays_the_body(language, text, says, speakers):
    assert speakers_of(language, text, says) == speakers
