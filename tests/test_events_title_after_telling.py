"""An event's title says what happened, not who told it: when the verb of the happening
follows a verb of saying in its clause ("The mission said today that a peacekeeper was
killed", "La mission a indiqué que des hommes armés ont attaqué", "La misión informó que
hombres armados atacaron"), the subject starts after the telling. Every sentence is
written for these tests."""
from __future__ import annotations

import pytest

from eventcases import body_events
from newsdossier.datevalue import PartialDate

ANCHOR = PartialDate(2020, 3, 5)


@pytest.mark.parametrize(("sentence", "language", "opening", "left_out"), [
    pytest.param("The mission said today that a Nepali peacekeeper was killed in an ambush on Sunday.", "en",
                 "Nepali peacekeeper", "said", id="en-said-today-that"),
    pytest.param("The mission said gunmen attacked a patrol near Gao on Sunday, killing one peacekeeper.", "en",
                 "Gunmen attacked", "said", id="en-said-no-that"),
    pytest.param("La mission a indiqué que des hommes armés ont attaqué une patrouille près de Gao dimanche.", "fr",
                 "Hommes armés ont attaqué", "indiqué", id="fr-a-indique-que"),
    pytest.param("La misión informó que hombres armados atacaron una patrulla cerca de Gao el domingo.", "es",
                 "Hombres armados atacaron", "informó", id="es-informo-que"),
    pytest.param("El ministro aseguró en diciembre pasado que las tropas se retirarán de Haití en octubre.", "es",
                 "Tropas se retirarán", "pasado", id="es-aseguro-en-diciembre-pasado-que"),
])
def test_the_title_starts_after_the_telling(sentence, language, opening, left_out):
    titles = [e.title for e in body_events(sentence, language, ANCHOR)]
    assert titles and titles[0].startswith(opening), titles
    assert left_out not in titles[0]
