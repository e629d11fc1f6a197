"""Events: a period or a printed month or year between a verb and its object ("renewed last
year the mandate", "a approuvé l'an dernier la création", "aprobó el año pasado la
creación", "renewed in March the mandate", "renovó en 2023 el mandato") leaves the verb's
phrase whole, as a weekday there already does (tests/test_events_verb_gap.py): the
happening keeps its kind and is dated by that period. Every sentence here is written for
these tests. French and English approve a body's setting-up as Spanish does ("a approuvé la
création", "approved the creation", as "aprobó la creación"): an adoption."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2025, 11, 19)  # a Wednesday


@pytest.mark.parametrize(
    "sentence, language, day",
    [
        pytest.param("The Council renewed last year the mandate of the force in Lebanon.", "en", "2024", id="en-last-year"),
        pytest.param("The Council extended last month the mandate of the force in Lebanon.", "en", "2025-10", id="en-last-month"),
        pytest.param("The Council renewed in March the mandate of the force in Lebanon.", "en", "2025-03", id="en-in-month"),
        pytest.param("The Council renewed in 2023 the mandate of the force in Lebanon.", "en", "2023", id="en-in-year"),
        pytest.param("The Council renewed on 3 March the mandate of the force in Lebanon.", "en", "2025-03-03", id="en-on-day-month"),
        pytest.param("Le Conseil a prorogé l'an dernier le mandat de la force au Liban.", "fr", "2024", id="fr-an-dernier"),
        pytest.param("Le Conseil a renouvelé en mars le mandat de la force au Liban.", "fr", "2025-03", id="fr-en-mois"),
        pytest.param("Le Conseil a prorogé le 3 mars le mandat de la force au Liban.", "fr", "2025-03-03", id="fr-le-jour-mois"),
        pytest.param("El Consejo aprobó el año pasado la creación de una fuerza para Haití.", "es", "2024", id="es-ano-pasado"),
        pytest.param("Le Conseil a approuvé l'an dernier la création d'une force pour Haïti.", "fr", "2024", id="fr-approuve-creation"),
        pytest.param("The Council approved last year the creation of a force for Haiti.", "en", "2024", id="en-approved-creation"),
        pytest.param("El Consejo renovó en marzo el mandato de la fuerza en Líbano.", "es", "2025-03", id="es-en-mes"),
        pytest.param("El Consejo renovó en 2023 el mandato de la fuerza en Líbano.", "es", "2023", id="es-en-ano"),
        pytest.param("El Consejo prorrogó el 3 de marzo el mandato de la fuerza en Líbano.", "es", "2025-03-03", id="es-el-dia-mes"),
    ],
)
def test_a_period_between_verb_and_object_keeps_the_phrase(sentence, language, day):
    assert ("adoption", day) in [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)]
