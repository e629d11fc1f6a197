"""Events: a body ending its own mission ("The UN ends its peacekeeping mission in the country
on Monday", "L'ONU met fin à sa mission", "pone fin a su misión") is a withdrawal, and the
Council ending a mission's mandate ("ended the mandate of the mission", "a mis fin au mandat",
"puso fin al mandato") a resolution or mandate; before, neither gave an event. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2012, 12, 31)  # a Monday: the Friday before is the 28th


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The UN ends its peacekeeping mission in the country on Monday.", "en", ("2012-12-31", "withdrawal"),
                     id="en-ends-its-mission"),
        pytest.param("L'ONU met fin à sa mission dans le pays lundi.", "fr", ("2012-12-31", "withdrawal"),
                     id="fr-met-fin-a-sa-mission"),
        pytest.param("La ONU pone fin a su misión en el país el lunes.", "es", ("2012-12-31", "withdrawal"),
                     id="es-pone-fin-a-su-mision"),
        pytest.param("The Security Council ended the mandate of the mission on Friday.", "en", ("2012-12-28", "adoption"),
                     id="en-ended-the-mandate"),
        pytest.param("Le Conseil de sécurité a mis fin au mandat de la mission vendredi.", "fr", ("2012-12-28", "adoption"),
                     id="fr-a-mis-fin-au-mandat"),
        pytest.param("El Consejo de Seguridad puso fin al mandato de la misión el viernes.", "es",
                     ("2012-12-28", "adoption"), id="es-puso-fin-al-mandato"),
        # the Council ending the mission itself, a day between the verb and its object
        pytest.param("The Security Council on Friday ended the mission of the observers.", "en", ("2012-12-28", "adoption"),
                     id="en-ended-the-mission"),
        pytest.param("Le Conseil de sécurité a mis fin vendredi à la mission des observateurs.", "fr",
                     ("2012-12-28", "adoption"), id="fr-a-mis-fin-a-la-mission"),
        pytest.param("El Consejo de Seguridad puso fin este viernes a la misión de observadores.", "es",
                     ("2012-12-28", "adoption"), id="es-puso-fin-a-la-mision"),
        pytest.param("La résolution adoptée vendredi met fin à la mission des observateurs.", "fr",
                     ("2012-12-28", "adoption"), id="fr-resolution-met-fin-a-la-mission"),
    ],
)
def test_the_end_of_a_mission_or_of_its_mandate_is_an_event(sentence, language, expected):
    assert [(e.date, e.kind) for e in body_events(sentence, language, ANCHOR)] == [expected]


@pytest.mark.parametrize(
    "sentence, language",
    [
        # (must not change) the mission ending something else, or a mission's end only wished for
        pytest.param("The mission ended the patrol on Friday.", "en", id="en-other-object"),
        pytest.param("El Consejo debatió el viernes sobre la misión y su fin.", "es", id="es-no-phrase"),
        # the mission ended by someone other than the Council or a resolution
        pytest.param("The government ended the mission on Friday.", "en", id="en-government-ended-the-mission"),
        pytest.param("The patrol ended the mission on Friday and returned to base.", "en", id="en-patrol-ended-the-mission"),
        pytest.param("Le gouvernement malien a mis fin vendredi à la mission.", "fr", id="fr-gouvernement-a-mis-fin"),
        pytest.param("El Gobierno de Malí puso fin a la misión el viernes.", "es", id="es-gobierno-puso-fin"),
    ],
)
def test_no_end_of_the_mission_without_the_phrase(sentence, language):
    assert "adoption" not in [e.kind for e in body_events(sentence, language, ANCHOR)]
