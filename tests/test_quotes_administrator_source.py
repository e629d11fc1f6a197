"""Quotes: a local administrator (a territory's, a district's, a county's: quotes.yaml
"speaker_roles") is a source after a source marker, as a mayor or a governor is; named by
the role only, they are no one the text names. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

TITLES = {"fr": "Des taxis-motos attaqués sur la route du nord\n\n",
          "es": "Atacados varios mototaxis en la carretera del norte\n\n",
          "en": "Motorcycle taxis attacked on the northern road\n\n"}


def speakers_of(language: str, text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(TITLES[language] + text + "\n", None).quotes]


@pytest.mark.parametrize(
    "language, text, says",
    [
        pytest.param("fr", "Des hommes armés ont intercepté six taxis-motos au sud du marché, selon l'administrateur du territoire.",
                     "ont intercepté six taxis-motos", id="fr-selon-l-administrateur"),
        pytest.param("fr", "Selon l'administratrice du district, quatre passagers sont toujours portés disparus depuis lundi.",
                     "quatre passagers sont toujours", id="fr-selon-l-administratrice"),
        pytest.param("es", "Unos hombres armados interceptaron seis mototaxis al sur del mercado, según el administrador del distrito.",
                     "interceptaron seis mototaxis", id="es-segun-el-administrador"),
        pytest.param("en", "Gunmen stopped six motorcycle taxis south of the market, according to the county administrator.",
                     "stopped six motorcycle taxis", id="en-according-to-the-administrator"),
    ],
)
def test_an_administrator_is_an_unnamed_source(language, text, says):
    assert [s for s, sentence in speakers_of(language, text) if says in sentence] == [""]
