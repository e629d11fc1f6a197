"""Events: one sentence joining two happenings by "and" ("et", "y", "và"), each named as new by
its own indefinite noun ("killed in an ambush near the river and four were hurt in an attack on
the market"), tells two events, both dated by the sentence's one date; one happening told with
two verbs ("were killed and two were wounded in an ambush") or naming the same noun again with
a definite determiner stays one. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 6, 9)  # a Friday


def dates_of(sentence: str, language: str) -> list[str]:
    return sorted(e.date for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Three guards were killed in an ambush near the river and two medics were wounded in an attack "
                     "on the market on Wednesday.", "en", id="en"),
        pytest.param("On Wednesday, a soldier died in an explosion at the depot and five were wounded in a firefight "
                     "at the gate.", "en", id="en-kinds-of-one-family"),
        pytest.param("Mercredi, deux gardes ont été tués dans une embuscade près du fleuve et trois infirmiers ont été "
                     "blessés dans une attaque contre le marché.", "fr", id="fr"),
        pytest.param("El miércoles, dos guardias murieron en una emboscada cerca del río y tres enfermeros resultaron "
                     "heridos en un ataque contra el mercado.", "es", id="es"),
    ],
)
def test_two_happenings_joined_by_and_are_two_events(sentence, language):
    assert dates_of(sentence, language) == ["2023-06-07", "2023-06-07"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Three guards were killed and two were wounded in an ambush near the river on Wednesday.", "en",
                     id="en-two-verbs"),
        pytest.param("Three guards were killed in an ambush on Wednesday and the ambush was claimed by a militia.",
                     "en", id="en-named-again"),
        pytest.param("Mercredi, deux gardes ont été tués dans une embuscade et trois autres ont été blessés.", "fr",
                     id="fr-two-verbs"),
    ],
)
def test_one_happening_told_with_two_verbs_stays_one(sentence, language):
    assert dates_of(sentence, language) == ["2023-06-07"]
