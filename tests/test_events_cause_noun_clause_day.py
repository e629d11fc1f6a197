"""Events: a happening told as coming about in another one, whose noun a relative clause
then dates ("dos cascos azules murieron en el ataque que sufrió su base el martes", "han
muerto a causa del terremoto que sacudió anoche el país", "two peacekeepers died in the
blast that hit their convoy on Tuesday"), is dated by that clause's day: the clause tells
the day of the cause, and so of the toll. Before, the clause was read as describing another
noun and its day was blanked, so a lead took only the article's month and a body sentence
no day. A relative clause about a noun that is no cause of the happening ("died in the
town that the rebels took on Tuesday") keeps its day to itself.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

ANCHOR = PartialDate(2022, 3, 17)  # a Thursday: Tuesday is the 15th, "anoche" the 16th
AFTER = {"en": "Nothing else was said.", "es": "No se dijo nada más."}


def lead_dates(sentence: str, language: str) -> list[str]:
    """The dates of the events found in an article that opens on sentence, in a text whose
    date gives its lead no day (wire_day False)."""
    told = [sentence, AFTER[language]]
    return sorted(str(e.date) for e in article_events(told, language, ANCHOR, wire_day=False))


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Dos cascos azules murieron en el ataque que sufrió su base el martes al norte de Kidal.", "es",
                     ["2022-03-15"], id="es-en-el-ataque-que"),
        pytest.param("Tres policías de la misión han muerto a causa del terremoto que sacudió anoche la capital.", "es",
                     ["2022-03-16"], id="es-a-causa-del-terremoto-que"),
        pytest.param("Un ingeniero de la misión resultó herido durante el bombardeo que afectó el martes a su campamento.", "es",
                     ["2022-03-15"], id="es-durante-el-bombardeo-que"),
        pytest.param("Two peacekeepers died in the blast that hit their convoy on Tuesday near the border.", "en",
                     ["2022-03-15"], id="en-in-the-blast-that"),
        pytest.param("Three police officers of the mission were wounded during the shelling that struck their camp on Tuesday.", "en",
                     ["2022-03-15"], id="en-during-the-shelling-that"),
    ],
)
def test_the_day_of_the_cause_clause_dates_the_toll(sentence, language, expected):
    assert lead_dates(sentence, language) == expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Two peacekeepers died in the town that the rebels captured on Tuesday.", "en", id="en-town-that"),
        pytest.param("Dos cascos azules murieron en la ciudad que los rebeldes tomaron el martes.", "es", id="es-ciudad-que"),
    ],
)
def test_a_clause_about_a_place_keeps_its_day(sentence, language):
    told = [sentence, AFTER[language]]
    casualties = [str(e.date) for e in article_events(told, language, ANCHOR, wire_day=False) if e.kind == "casualty"]
    assert casualties and "2022-03-15" not in casualties


@pytest.mark.parametrize(
    "sentence, language, clause_day",
    [
        pytest.param("Two peacekeepers were killed in the attack that the Security Council condemned on Friday.", "en",
                     "2022-03-11", id="en-clause-of-a-condemnation"),
        pytest.param("Dos cascos azules murieron en el ataque que el Consejo de Seguridad condenó el miércoles.", "es",
                     "2022-03-16", id="es-clause-of-a-condemnation"),
        pytest.param("Two engineers were killed in an ambush that the mission will investigate on Monday.", "en",
                     "2022-03-21", id="en-clause-in-the-future"),
        pytest.param("Dos soldados murieron a causa del ataque que la ONU investigará el lunes.", "es",
                     "2022-03-21", id="es-clause-in-the-future"),
    ],
)
def test_a_clause_telling_another_happening_keeps_its_day(sentence, language, clause_day):
    """A clause about the cause noun that tells a happening of its own (the cause condemned) or
    one to come (the cause to be investigated) gives the toll none of its days."""
    assert clause_day not in lead_dates(sentence, language)
