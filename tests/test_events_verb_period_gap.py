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
        # the day with an ordinal ending dates.yaml "day_number_endings" lists ("1º", "1ro"), as
        # find_dates reads it: the gap took only "st", "nd", "rd", "th" and "er"
        pytest.param("El Consejo renovó el 1º de marzo de 2025 el mandato de la fuerza en Líbano.", "es", "2025-03-01", id="es-el-dia-o"),
        pytest.param("El Consejo renovó el 1ro de marzo de 2025 el mandato de la fuerza en Líbano.", "es", "2025-03-01", id="es-el-dia-ro"),
        pytest.param("El Consejo renovó el 1ero de marzo de 2025 el mandato de la fuerza en Líbano.", "es", "2025-03-01", id="es-el-dia-ero"),
        # the stop Spanish prints before the ordinal sign, and a degree sign printed for it,
        # both read by find_dates
        pytest.param("El Consejo renovó el 1.º de marzo de 2025 el mandato de la fuerza en Líbano.", "es", "2025-03-01", id="es-el-dia-punto-o"),
        pytest.param("El Consejo renovó el 1° de marzo de 2025 el mandato de la fuerza en Líbano.", "es", "2025-03-01", id="es-el-dia-grado"),
        pytest.param("Le Conseil a prorogé le 1er mars le mandat de la force au Liban.", "fr", "2025-03-01", id="fr-le-premier"),
        pytest.param("The Council renewed on March 1st the mandate of the force in Lebanon.", "en", "2025-03-01", id="en-on-month-day-st"),
        # the joiners come from dates.yaml: "del" before a year ("year_joiners"), as much of
        # Latin America prints it, and English "of" between a day and its month ("day_month_links")
        pytest.param("El Consejo renovó el 2 de marzo del 2025 el mandato de la fuerza en Líbano.", "es", "2025-03-02", id="es-del-ano"),
        pytest.param("El Consejo renovó en marzo del 2023 el mandato de la fuerza en Líbano.", "es", "2023-03", id="es-mes-del-ano"),
        pytest.param("The Council renewed on 1st of March the mandate of the force in Lebanon.", "en", "2025-03-01", id="en-on-day-of-month"),
        # a day relative to the article's (dates.yaml "relative_days"), alone or before a length
        pytest.param("El Consejo amplió hoy por un año más el mandato de la fuerza en Líbano.", "es", "2025-11-19", id="es-hoy-length"),
        pytest.param("Le Conseil a renouvelé aujourd'hui pour un an le mandat de la force au Liban.", "fr", "2025-11-19", id="fr-aujourdhui-length"),
        pytest.param("The Council extended today the mandate of the force in Lebanon.", "en", "2025-11-19", id="en-today"),
        pytest.param("The Council renewed yesterday for a year the mandate of the force in Lebanon.", "en", "2025-11-18", id="en-yesterday-length"),
    ],
)
def test_a_period_between_verb_and_object_keeps_the_phrase(sentence, language, day):
    assert ("adoption", day) in [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        # near misses: a number with another word after it is no day; the verb's object is none
        pytest.param("El Consejo renovó el 1 por ciento el mandato de la fuerza en Líbano.", "es", id="es-percent"),
        pytest.param("The Council renewed on 1st floor the mandate of the force in Lebanon.", "en", id="en-floor"),
        # a joiner of one language is none of another's: "de" joins no English day and month
        pytest.param("The Council renewed on 1 de March the mandate of the force in Lebanon.", "en", id="en-de-not-english"),
        # a relative day closing its clause with a comma: the words after it are no object
        pytest.param("Tensions renewed today, the mandate of the force in Lebanon says.", "en", id="en-today-comma"),
    ],
)
def test_a_number_naming_no_day_leaves_no_gap(sentence, language):
    assert "adoption" not in [e.kind for e in body_events(sentence, language, ANCHOR)]
