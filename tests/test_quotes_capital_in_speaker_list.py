"""Quotes: a capital opening a list of speakers that share one speech verb stands for its
country, which speaks with the others ("Niamey et la Minusma ont assuré", "Accra and UNIFIL
have said", "Bamako y la Minusma afirmaron"); a capital inside its clause ("les habitants de
Bamako et de Gao ont affirmé") or a list with no speech verb speaks for no one. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from quotecases import speakers_of


@pytest.mark.parametrize(
    "language, text, says, speakers",
    [
        pytest.param("fr", "N'Djamena et la Minusma ont assuré que la colonne de secours avait atteint Tessalit.",
                     "colonne de secours", ["Chad", "MINUSMA"], id="fr-capital-et-mission-ont-assure"),
        pytest.param("en", "Accra and UNIFIL have said the patrol near Naqoura was not hit.", "Naqoura",
                     ["Ghana", "UNIFIL"], id="en-capital-and-mission-have-said"),
        pytest.param("es", "Bamako y la Minusma afirmaron que la columna de auxilio llegó a Tessalit.", "columna de auxilio",
                     ["MINUSMA", "Mali"], id="es-capital-y-mision-afirmaron"),
    ],
)
def test_the_capital_speaks_with_the_list(language, text, says, speakers):
    assert speakers_of(language, text, says) == speakers


@pytest.mark.parametrize(
    "language, text, says",
    [
        pytest.param("fr", "Les habitants de Bamako et de Gao ont affirmé que la route de Tessalit était sûre.", "route de Tessalit",
                     id="fr-capital-inside-clause"),
        pytest.param("fr", "Bamako et Niamey ont signé mardi un accord sur les patrouilles à la frontière.", "accord",
                     id="fr-list-without-speech-verb"),
    ],
)
def test_a_capital_not_opening_a_speaking_list_is_no_speaker(language, text, says):
    assert [s for s in speakers_of(language, text, says) if s in ("Mali", "Niger")] == []
