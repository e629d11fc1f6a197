"""Events: a relative clause set off by commas telling how the subject came to be ("the force,
which was created in 2013, patrols ...", "la force, qui a été créée en 2013, patrouille ...",
"la fuerza, que fue creada en 2013, patrulla ...") says it in passing, as the participle
alone already does ("the force, created in 2013, ..."): its year dates no setting-up event,
and the main verb's own happening keeps its day. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2025, 6, 11)  # a Wednesday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The force, which was created in 2013, patrols the border with Chad.", "en", id="en-which-was"),
        pytest.param("The unit, which was set up in 2011, guards the airport of Juba.", "en", id="en-set-up"),
        pytest.param("The brigade, which had been established in 2016, guards the airport.", "en", id="en-had-been"),
        pytest.param("La force, qui a été créée en 2013, patrouille le long de la frontière.", "fr", id="fr-qui-a-ete"),
        pytest.param("L'unité, qui avait été mise en place en 2011, garde l'aéroport.", "fr", id="fr-qui-avait-ete"),
        pytest.param("La fuerza, que fue creada en 2013, patrulla la frontera con Chad.", "es", id="es-que-fue"),
        pytest.param("La unidad, que había sido establecida en 2011, custodia el aeropuerto.", "es", id="es-habia-sido"),
    ],
)
def test_a_founding_relative_clause_dates_no_event(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The force was created in 2013 to patrol the border.", "en", id="en-main-verb"),
        pytest.param("La force a été créée en 2013 pour patrouiller le long de la frontière.", "fr", id="fr-main-verb"),
    ],
)
def test_a_founding_told_as_the_main_verb_stays_an_event(sentence, language):
    assert "2013" in [e.date for e in body_events(sentence, language, ANCHOR)]


# A relative clause that first describes the subject and then, after a conjunction, tells with
# an auxiliary how it came to be ("the force, which has 9,000 troops and was created in 2013,
# ...") says the setting-up in passing too.
@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The force, which counts 9,000 soldiers and was created in 2014, guards the border.", "en", id="en-and-was"),
        pytest.param("La force, qui compte 9 000 soldats et a été créée en 2014, garde la frontière.", "fr", id="fr-et-a-ete"),
        pytest.param("La fuerza, que cuenta con 9.000 soldados y fue creada en 2014, custodia la frontera.", "es", id="es-y-fue"),
    ],
)
def test_a_founding_after_a_description_in_a_relative_clause_dates_no_event(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == []


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        # near misses: the relative clause tells a happening of its own, not a setting-up
        pytest.param("The convoy, which carried fuel and was attacked on Monday, reached the town at night.", "en",
                     "2025-06-09", id="en-attacked"),
        pytest.param("Le convoi, qui transportait du carburant et a été attaqué lundi, a rejoint la ville.", "fr",
                     "2025-06-09", id="fr-attaque"),
    ],
)
def test_a_happening_after_a_description_in_a_relative_clause_stays_an_event(sentence, language, date):
    assert date in [e.date for e in body_events(sentence, language, ANCHOR)]


# The relative pronoun may be said again after the conjunction ("and which was created", "et
# qui a été créée", "y que fue creada"): the same description of the subject.
@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The force, which counts 9,000 soldiers and which was created in 2014, guards the border.", "en",
                     id="en-and-which-was"),
        pytest.param("La force, qui compte 9 000 soldats et qui a été créée en 2014, garde la frontière.", "fr",
                     id="fr-et-qui-a-ete"),
        pytest.param("La fuerza, que cuenta con 9.000 soldados y que fue creada en 2014, custodia la frontera.", "es",
                     id="es-y-que-fue"),
    ],
)
def test_a_founding_after_a_repeated_relative_pronoun_dates_no_event(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == []


# A near miss: no relative clause after the comma, the founding a verb of the main clause joined
# to another by a conjunction ("The force has 9,000 troops, and was created in 2014"), tells it.
@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The force has 9,000 soldiers, and was created in 2014, officials said.", "en", id="en-main-and-was"),
        pytest.param("La force compte 9 000 soldats, et a été créée en 2014, selon un responsable.", "fr",
                     id="fr-main-et-a-ete"),
    ],
)
def test_a_founding_coordinated_in_the_main_clause_stays_an_event(sentence, language):
    assert "2014" in [e.date for e in body_events(sentence, language, ANCHOR)]


# A near miss: a setting-up ahead told in the relative clause ("qui sera créée en 2026", "que
# será creada en 2026") is no way the subject came to be but planned news.
@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("La force, qui comptera 9 000 soldats et sera créée en 2026, gardera la frontière.", "fr",
                     id="fr-et-sera"),
        pytest.param("La force, qui sera créée en 2026, gardera la frontière.", "fr", id="fr-qui-sera"),
        pytest.param("La fuerza, que contará con 9.000 soldados y será creada en 2026, custodiará la frontera.", "es",
                     id="es-y-sera"),
    ],
)
def test_a_founding_ahead_in_a_relative_clause_stays_announced(sentence, language):
    assert "2026" in [str(e.date) for e in body_events(sentence, language, ANCHOR) if e.announced]
