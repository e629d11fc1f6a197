"""Events: a day and month that is part of the name of a street, square or ground ("la place
du 30 juin", "Plaza 25 de Mayo", "the 30 June Square") names the place, it dates no happening;
the happening takes the day the sentence gives it otherwise. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)  # a Tuesday


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The garrison held a parade on Friday at the 30 June Square in the capital.", "en", ["2023-04-28"], id="en-square-after"),
        pytest.param("Les soldats ont défilé vendredi sur le boulevard du 30 juin, dans la capitale.", "fr", ["2023-04-28"], id="fr-boulevard-du"),
        pytest.param("La brigade a organisé une cérémonie vendredi dernier à la place du 30 juin.", "fr", ["2023-04-28"], id="fr-place-du"),
        pytest.param("El batallón celebró un desfile el viernes en la Plaza 25 de Mayo.", "es", ["2023-04-28"], id="es-plaza"),
        pytest.param("El batallón celebró un desfile el viernes en la avenida 9 de Julio.", "es", ["2023-04-28"], id="es-avenida"),
    ],
)
def test_a_street_named_after_a_day_dates_nothing(sentence, language, expected):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == expected


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The garrison held a parade on 30 June in the main square.", "en", ["06-30"], id="en-day-then-square"),
        pytest.param("Le défilé a eu lieu le 30 juin sur la place centrale.", "fr", ["06-30"], id="fr-day-then-place"),
        pytest.param("El desfile se celebró el 25 de mayo en la plaza.", "es", ["05-25"], id="es-day-then-plaza"),
    ],
)
def test_a_day_beside_a_street_noun_it_does_not_name_still_dates(sentence, language, expected):
    assert [e.date[5:] for e in body_events(sentence, language, ANCHOR)] == expected
