"""An aside set off by commas between the auxiliary and the participle of a compound speech
verb ("a, par ailleurs, affirmé", "avait, lors d'une réunion à Mopti, demandé", "ha, además,
asegurado") still makes the compound verb a report whose subject speaks: the commas close an
inserted adverb or a short circumstance, they do not end the clause. English ("has, however,
said") already reads so. A comma after an auxiliary that no speech participle follows reports
nothing. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("MOPTI - Le ministre Jean Moreau a, par ailleurs, affirmé que « la route est rouverte ».",
                     ["Jean Moreau"], id="fr-listed-adverb-direct"),
        pytest.param("MOPTI - Le général Paul Dumas a, en outre, précisé que les soldats restent à leurs postes.",
                     ["Paul Dumas"], id="fr-listed-adverb-reported"),
        pytest.param("MOPTI - La ministre Anne Roux, présidente du Sénat, avait, lors d'une réunion tenue à Mopti, "
                     "demandé à la mission de « quitter le pays ».", ["Anne Roux"], id="fr-circumstance-pluperfect"),
        pytest.param("MOPTI - La Minusma a, dans un communiqué publié lundi, indiqué que deux soldats avaient été blessés.",
                     ["MINUSMA"], id="fr-circumstance-body"),
        pytest.param("MOPTI - El ministro Juan Pérez ha, además, asegurado que la carretera está abierta.",
                     ["Juan Pérez"], id="es-listed-adverb"),
        pytest.param("MOPTI - La Minusma ha, en un comunicado difundido el lunes, señalado que dos soldados resultaron heridos.",
                     ["MINUSMA"], id="es-circumstance-body"),
    ],
)
def test_an_aside_inside_a_compound_speech_verb_keeps_the_report(text, speakers):
    assert speakers_of(text) == speakers


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("MOPTI - Il y a, dans le village, dix maisons brûlées depuis lundi.", id="fr-no-participle"),
        pytest.param("MOPTI - La patrouille a, depuis lundi, parcouru deux cents kilomètres.", id="fr-other-participle"),
    ],
)
def test_a_comma_after_an_auxiliary_alone_reports_nothing(text):
    assert speakers_of(text) == []
