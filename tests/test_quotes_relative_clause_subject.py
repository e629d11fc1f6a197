"""A relative clause set off by commas between a subject and its speech verb ("The UN mission,
which lost ten soldiers, said ...", "Anna Berg, who met the governor, said ...") does not turn
the verb into an inverted one: the comma before the verb closes the relative clause, not a
report, so the words after the verb are what was said and the subject before the clause
speaks (no "..., said the force" reading the reported words as a speaker). A comma that
closes a report still inverts the verb. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("GAO -- The UN mission in Mali, which lost ten soldiers last year, said the force would stay.",
                     ["MINUSMA"], id="en-which-body"),
        pytest.param("GAO -- The United Nations, which runs the camp, said the patrol had come back.",
                     ["United Nations"], id="en-which-organisation"),
        pytest.param("GAO -- The United Nations, which runs the camp, said Paul Durand would lead the inquiry.",
                     ["United Nations"], id="en-which-then-name-and-its-verb"),
        pytest.param("GAO -- Paul Durand, who runs the camp, said the United Nations is “ready” to stay.",
                     ["Paul Durand"], id="en-which-then-body-and-is"),
        pytest.param("GAO -- Anna Berg, who met the governor on Monday, said the force would stay.",
                     ["Anna Berg"], id="en-who-person"),
        pytest.param("GAO -- The head of the UN mission in Mali, which lost ten soldiers last year, said the force would "
                     "stay. Paul Durand told reporters on Monday that the attacks had doubled.",
                     ["Paul Durand", "Paul Durand"], id="en-which-title-named-later"),
        pytest.param("GAO - La ONU, que dirige el campamento, dijo que la patrulla había regresado.",
                     ["United Nations"], id="es-que"),
        pytest.param("GAO - La mission de l'ONU au Mali, dont le camp a été visé, a dit que la patrouille était rentrée.",
                     ["MINUSMA"], id="fr-dont"),
    ],
)
def test_the_subject_before_a_relative_clause_speaks(text, speakers):
    assert speakers_of(text) == speakers


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("GAO -- The patrol came back before dark, said Anna Berg, the mission's spokeswoman.",
                     ["Anna Berg"], id="en-inverted-after-report"),
        pytest.param("GAO - La patrouille est rentrée avant la nuit, a indiqué la Minusma.", ["MINUSMA"], id="fr-inverted"),
    ],
)
def test_a_comma_closing_a_report_still_inverts_the_verb(text, speakers):
    assert speakers_of(text) == speakers


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("GAO -- Two soldiers were hurt in the raid on the base, which lies near Kidal, said Paul Durand.",
                     ["Paul Durand"], id="en-which-then-name"),
        pytest.param("GAO -- Two soldiers were hurt in the raid on the base, which lies near Kidal, said Paul Durand "
                     "on Tuesday.", ["Paul Durand"], id="en-which-then-name-day"),
        pytest.param("GAO -- Two soldiers were hurt in the raid on the base, which lies near Kidal, said MINUSMA.",
                     ["MINUSMA"], id="en-which-then-body"),
        pytest.param("GAO -- Two soldiers were hurt in the raid on the base, which lies near Kidal, said Paul Durand "
                     "in Bamako.", ["Paul Durand"], id="en-which-then-name-place"),
        pytest.param("GAO -- Two soldiers were hurt in the raid on the base, which lies near Kidal, said MINUSMA in a "
                     "statement.", ["MINUSMA"], id="en-which-then-body-document"),
        pytest.param("GAO - Des hommes armés ont attaqué le véhicule du préfet, dont le garde a été blessé, a précisé "
                     "l'armée malienne.", ["Malian Armed Forces"], id="fr-dont-then-body"),
        pytest.param("GAO - Hombres armados atacaron el vehículo del prefecto, cuyo escolta resultó herido, dijo "
                     "el ejército maliense.", ["Malian Armed Forces"], id="es-cuyo-then-body"),
    ],
)
def test_a_relative_clause_ending_a_report_still_inverts_the_verb(text, speakers):
    """The comma before the verb closes a relative clause that ends the report, and the
    speaker after the verb closes the sentence: the verb is inverted, its subject after it."""
    assert speakers_of(text) == speakers
