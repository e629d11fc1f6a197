"""Events: in a sentence about the future, a past participle right after its noun tells a
happening already done ("will attend a ceremony for the soldiers killed near Beni on 15
May", "the ceasefire signed in Nairobi on 12 May"): its date is read back from the
article's, and it is not announced, whether the participle is the sentence's main word, a
word of its own date beside the planned one, or the verb right after the main noun. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2023, 6, 9)  # a Friday


def dated(sentence: str, language: str) -> set[tuple[str, bool]]:
    return {(e.date, e.announced) for e in body_events(sentence, language, ANCHOR)}


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The minister will travel to Accra on 20 June to attend a ceremony for the soldiers killed near Beni on 15 May.",
                     "en", id="en-beside-a-planned-visit"),
        pytest.param("La ministre se rendra à Dakar le 20 juin pour une cérémonie en l'honneur des soldats tués près de Beni le 15 mai.",
                     "fr", id="fr-beside-a-planned-visit"),
        pytest.param("La ministra visitará Lima el 20 de junio para una ceremonia por los soldados muertos cerca de Beni el 15 de mayo.",
                     "es", id="es-beside-a-planned-visit"),
    ],
)
def test_a_participle_beside_a_planned_happening_is_past(sentence, language):
    assert ("2023-05-15", False) in dated(sentence, language)
    assert ("2024-05-15", True) not in dated(sentence, language)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The new force will guard the ceasefire signed in Nairobi on 12 May.", "en", id="en-noun-then-participle"),
        pytest.param("La nouvelle force surveillera le cessez-le-feu signé à Nairobi le 12 mai.", "fr", id="fr-noun-then-participle"),
        pytest.param("La nueva fuerza vigilará el alto el fuego firmado en Nairobi el 12 de mayo.", "es", id="es-noun-then-participle"),
    ],
)
def test_a_noun_with_its_participle_in_a_plan_is_past(sentence, language):
    assert dated(sentence, language) == {("2023-05-12", False)}


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The new force will guard the ceasefire to be signed in Nairobi on 12 July.", "en", id="en-to-be-signed"),
        pytest.param("La nouvelle force surveillera le cessez-le-feu qui sera signé à Nairobi le 12 juillet.", "fr", id="fr-sera-signe"),
    ],
)
def test_a_participle_with_its_auxiliary_stays_planned(sentence, language):
    assert dated(sentence, language) == {("2023-07-12", True)}


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The Council will review the plan drawn up in April.", "en", {("2023-04", False)}, id="en-irregular-participle"),
        pytest.param("The envoy will attend the talks, the first held in Nairobi on 3 May.", "en", {("2023-05-03", False)},
                     id="en-held-on-a-day"),
        pytest.param("Le Conseil examinera le plan conclu à Genève en avril.", "fr", {("2023-04", False)}, id="fr-conclu"),
        pytest.param("The battalion will be deployed in April.", "en", {("2024-04", True)}, id="en-auxiliary-stays-planned"),
    ],
)
def test_a_date_a_participle_takes_in_a_plan_is_past(sentence, language, expected):
    assert dated(sentence, language) == expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The mission will monitor the May 9 truce signed by the two leaders in Addis Ababa on May 9.", "en",
                     id="en-noun-date-before"),
        pytest.param("The commander said the mission would also enforce the May 9 truce signed by the two leaders in Addis Ababa on May 9.",
                     "en", id="en-would"),
    ],
)
def test_a_truce_signed_on_a_day_a_plan_names_is_past(sentence, language):
    assert dated(sentence, language) == {("2023-05-09", False)}
