"""Quotes: an outlet named after the word of address and the noun naming what it is ("dijo al
diario El País el coronel X", "a déclaré au journal Le Monde le colonel X") is the one told,
and the person after it speaks, as "dijo a la agencia Efe el coronel X" already was; an
outlet reporting in its own name stays the one speaking (quotes.yaml addressee_outlet_nouns).
Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Los soldados estaban a salvo, dijo al diario El País el coronel Jorge Ruiz.", "Jorge Ruiz",
                     id="es-al-diario"),
        pytest.param("La base no fue tocada, explicó al periódico El País la capitana Lucía Soto.", "Lucía Soto",
                     id="es-al-periodico"),
        pytest.param("Les soldats étaient sains et saufs, a déclaré au journal Le Monde le colonel Paul Marin.", "Paul Marin",
                     id="fr-au-journal"),
        pytest.param("La base n'a pas été touchée, a expliqué au quotidien Le Monde la capitaine Anne Roux.", "Anne Roux",
                     id="fr-au-quotidien"),
        # guards: the outlet reporting, and the addressed agency as before
        pytest.param("Los soldados estaban a salvo, informó el diario El País.", "El País", id="es-outlet-reports"),
        pytest.param("Les soldats étaient sains et saufs, a déclaré le quotidien Le Monde.", "Le Monde", id="fr-outlet-reports"),
        pytest.param("Los soldados estaban a salvo, dijo a la agencia Efe el coronel Jorge Ruiz.", "Jorge Ruiz",
                     id="es-agency-as-before"),
        pytest.param("The soldiers were safe, Colonel John Reed told the Guardian newspaper.", "John Reed",
                     id="en-told-as-before"),
    ],
)
def test_the_outlet_told_after_its_noun_is_no_speaker(text, speaker):
    assert [q.speaker for q in extract(text, None).quotes] == [speaker]
