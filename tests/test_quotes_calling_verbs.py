"""Quotes: Spanish "llamar a" reports a call to act, as "called on" and "a appelé à" do: with
an infinitive right after it ("llamó a reforzar..."), after the ones called and "a" ("llamó a
las partes a respetar..."), or with a quotation; the ones called on are never the speaker,
the subject (dropped or named) is. "Llamó a su esposa" (phoned) reports nothing. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

TITLE = "Los cascos azules llegan al campamento del norte\n\n"
LEAD = "Los cascos azules de las Naciones Unidas llegaron el lunes al campamento del norte tras un largo camino por las colinas.\n\n"
BEFORE = "La jefa de la misión, Carmen Ruiz, dijo que la situación en el norte era grave.\n\n"


def speakers_of(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(TITLE + LEAD + text, None).quotes]


@pytest.mark.parametrize(
    "text, says, speaker",
    [
        pytest.param("La jefa de la misión, Carmen Ruiz, llamó a reforzar las patrullas durante la temporada de lluvias.",
                     "reforzar las patrullas", "Carmen Ruiz", id="es-llamo-a-infinitive"),
        pytest.param("El comandante Pedro Gil ha llamado a respaldar el trabajo de los ingenieros del batallón.",
                     "respaldar el trabajo", "Pedro Gil", id="es-ha-llamado-a-infinitive"),
        pytest.param(BEFORE + "Además llamó a las autoridades de Malí a \"proteger a los civiles de la región\".",
                     "proteger a los civiles", "Carmen Ruiz", id="es-llamo-a-the-called-a-quotation"),
        pytest.param(BEFORE + "También llamó a los dos bandos a respetar la tregua firmada en mayo.",
                     "respetar la tregua", "Carmen Ruiz", id="es-llamo-a-the-called-a-infinitive"),
    ],
)
def test_a_call_to_act_is_reported_by_its_subject(text, says, speaker):
    assert [s for s, sentence in speakers_of(text) if says in sentence] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("El coronel llamó a su esposa desde el campamento la noche del martes.", id="es-phoned"),
        pytest.param("El sargento llamó a los soldados al patio antes del amanecer.", id="es-called-in"),
    ],
)
def test_a_call_to_someone_reports_nothing(text):
    assert speakers_of(text) == []
