"""Events: a day printed between a verb told in the past and its object ("a renouvelé le 1er
mars le mandat", "renovó el 1 de marzo el mandato") is the last such day before the
article's, as it is when printed after the object: the verb's tense is read from its words
before that day (events.past_told), not from the whole phrase, whose day and article hid it
and made the renewal one of the next year, announced. A verb told in the future keeps the
next such day. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2025, 2, 10)  # 1 March is still ahead in the article's year


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Le Conseil a renouvelé le 1er mars le mandat de la force au Liban.", "fr", id="fr-passe-compose"),
        pytest.param("Le Conseil a renouvelé le 3 mars le mandat de la force au Liban.", "fr", id="fr-3-mars"),
        pytest.param("El Consejo renovó el 1 de marzo el mandato de la fuerza en Líbano.", "es", id="es-preterito"),
        pytest.param("El Consejo renovó el 3 de marzo el mandato de la fuerza en Líbano.", "es", id="es-3-marzo"),
        # the day led by an article or a day word ("on the 1st of March": dates.yaml
        # "day_number_articles"; "el día", "el pasado": verb_object_gaps date_leads)
        pytest.param("The Council renewed on the 1st of March the mandate of the force in Lebanon.", "en", id="en-on-the-1st-of"),
        pytest.param("El Consejo renovó el día 1 de marzo el mandato de la fuerza en Líbano.", "es", id="es-el-dia"),
        pytest.param("El Consejo renovó el pasado 1 de marzo el mandato de la fuerza en Líbano.", "es", id="es-el-pasado"),
    ],
)
def test_a_past_verb_with_its_day_before_the_object_is_last_year(sentence, language):
    assert [(e.kind, e.start.year, e.announced) for e in body_events(sentence, language, ANCHOR)] == [
        ("adoption", 2024, False)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        # near misses: told in the future, the day is the next one, announced
        pytest.param("Le Conseil renouvellera le 1er mars le mandat de la force au Liban.", "fr", id="fr-futur"),
        pytest.param("El Consejo renovará el 1 de marzo el mandato de la fuerza en Líbano.", "es", id="es-futuro"),
        pytest.param("El Consejo renovará el día 1 de marzo el mandato de la fuerza en Líbano.", "es", id="es-futuro-el-dia"),
    ],
)
def test_a_future_verb_keeps_the_next_day(sentence, language):
    assert [(str(e.date), e.announced) for e in body_events(sentence, language, ANCHOR)] == [("2025-03-01", True)]
