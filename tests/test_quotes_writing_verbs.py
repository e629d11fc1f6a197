"""Quotes: words written or posted online ("X posted on Facebook that...", "X a tweeté que",
"X a publié sur Facebook que", "X escribió en redes sociales que", "X publicó que") are
reported speech, as "wrote" and "tweeted" are. Posting, publishing and writing report only
with what was said after them (a clause or a quotation): "posted troops", "a publié un
communiqué", "escribió una carta" say nothing of themselves. Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("GOMA -- Colonel Ama Tetteh posted on Facebook that the camp would stay open through the rainy season.",
                     "Ama Tetteh", id="en-posted-that"),
        pytest.param("GOMA - Le colonel Paul Mbarga a tweeté que le camp resterait ouvert pendant la saison des pluies.",
                     "Paul Mbarga", id="fr-a-tweete"),
        pytest.param("GOMA - Le colonel Paul Mbarga a publié sur Facebook que le camp resterait ouvert pendant la saison des pluies.",
                     "Paul Mbarga", id="fr-a-publie-que"),
        pytest.param("GOMA - Le colonel Paul Mbarga écrit sur X que le camp restera ouvert pendant la saison des pluies.",
                     "Paul Mbarga", id="fr-ecrit-present"),
        pytest.param("GOMA - El coronel Pablo Mbarga escribió en redes sociales que el campamento seguirá abierto durante las lluvias.",
                     "Pablo Mbarga", id="es-escribio"),
        pytest.param("GOMA - El coronel Pablo Mbarga ha escrito en las redes que el campamento seguirá abierto durante las lluvias.",
                     "Pablo Mbarga", id="es-ha-escrito"),
        pytest.param("GOMA - El coronel Pablo Mbarga tuiteó que el campamento seguirá abierto durante las lluvias.",
                     "Pablo Mbarga", id="es-tuiteo"),
        pytest.param("GOMA - El coronel Pablo Mbarga publicó en Facebook que el campamento seguirá abierto durante las lluvias.",
                     "Pablo Mbarga", id="es-publico-que"),
    ],
)
def test_words_written_or_posted_are_reported(text, speaker):
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("GOMA -- The battalion posted two platoons at the bridge over the Ruzizi river on Monday.", id="en-posted-troops"),
        pytest.param("GOMA - Le bataillon a publié une carte des routes fermées pendant la saison des pluies.", id="fr-publie-carte"),
        pytest.param("GOMA - El coronel Pablo Mbarga escribió una carta al gobernador de Kivu del Norte el lunes.", id="es-escribio-carta"),
        pytest.param("GOMA - El batallón publicó un mapa de las rutas cerradas durante la temporada de lluvias.", id="es-publico-mapa"),
    ],
)
def test_writing_or_posting_with_no_words_is_no_quote(text):
    assert speakers_of(text) == []
