"""Events: a year told by a participle in an apposition set off by commas between a
sentence's subject and its main verb is what the participle tells of the subject, not the
main verb's date: right after the comma ("The force, started in 1978, said ...", where the
sentence names no other event word) or after a coordinating conjunction that closes a
description of the subject ("The force, with 9,000 troops from 40 countries and started in
1978, said on Friday ...", "La fuerza, con 9.000 efectivos y creada en 1978, dijo ...").
The main verb keeps its own day. A participle of the sentence's own clause, or one after
"and" that continues a verb of the main clause, still dates. Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2022, 7, 28)  # a Thursday: "on Friday" is 22 July


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The force, started in 1978, said its positions had been hit.", "en", id="en-alone"),
        pytest.param("La fuerza, iniciada en 1978, dijo que sus posiciones habían sido alcanzadas.", "es", id="es-alone"),
        pytest.param("The organisation, with about 9,000 troops from 40 countries and started in 1978, said its base "
                     "had been shelled.", "en", id="en-coordinated"),
        pytest.param("La force, forte de 9 000 soldats et créée en 1978, a indiqué que sa base avait été touchée.", "fr",
                     id="fr-coordinated-founding"),
        pytest.param("La fuerza, con 9.000 efectivos de 40 países y creada en 1978, dijo que su base fue bombardeada.", "es",
                     id="es-coordinated-founding"),
    ],
)
def test_the_apposed_year_dates_nothing(sentence, language):
    assert [str(e.date) for e in body_events(sentence, language, ANCHOR)] == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The organisation, with about 9,000 troops from 40 countries and started in 1978, came under fire "
                     "on Friday.", "en", id="en"),
        pytest.param("La force, forte de 9 000 soldats et créée en 1978, a été attaquée vendredi près de la frontière.",
                     "fr", id="fr"),
        pytest.param("La fuerza, con 9.000 efectivos de 40 países y creada en 1978, fue atacada el viernes cerca de la "
                     "frontera.", "es", id="es"),
    ],
)
def test_the_main_verb_keeps_its_own_day(sentence, language):
    assert [str(e.date) for e in body_events(sentence, language, ANCHOR)] == ["2022-07-22"]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The force started in 1978 along the border.", "en", ["1978"], id="en-own-clause"),
        pytest.param("The council met in Geneva, heard the envoy and created a new mission on Friday.", "en",
                     ["2022-07-22"], id="en-verb-chain"),
        pytest.param("La fuerza fue creada en 1978 por el Consejo.", "es", ["1978"], id="es-own-clause"),
    ],
)
def test_a_participle_of_the_main_clause_still_dates(sentence, language, expected):
    assert sorted(str(e.date) for e in body_events(sentence, language, ANCHOR)) == expected
