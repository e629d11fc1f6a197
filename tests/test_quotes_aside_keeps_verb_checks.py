"""An aside set off by commas inside a compound speech verb ("a, lundi, répondu", "ha, este
lunes, evaluado") leaves the verb the one its form names: a verb that reports only with a
clause or a quotation after it (quotes.yaml "verbs_needing_complement") or only with a call to
act (quotes.yaml "calling_verbs") is held to that with the aside as without it. "Le ministre a,
lors d'une réunion, répondu aux questions" answers questions, as "a répondu aux questions"
does; it reports no words. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("GOMA - Le ministre Jean Moreau a, lundi, répondu aux questions des députés.", id="fr-repondu-listed"),
        pytest.param("GOMA - Le ministre Jean Moreau a, lors d'une réunion à Goma, répondu aux questions des députés.",
                     id="fr-repondu-circumstance"),
        pytest.param("GOMA - Le ministre Jean Moreau a, lors d'une réunion à Goma, nié toute implication de l'armée.",
                     id="fr-nie-object"),
        pytest.param("GOMA - Le ministre Jean Moreau a, en outre, nié toute implication de l'armée.", id="fr-nie-adverb-commas"),
        pytest.param("GOMA - La mission a, dans la nuit, publié une carte des zones touchées.", id="fr-publie-carte"),
        pytest.param("GOMA - Le ministre Jean Moreau a, depuis le début, soutenu l'armée.", id="fr-soutenu"),
        pytest.param("GOMA - El ministro Juan Pérez ha, este lunes, evaluado los daños en la base.", id="es-evaluado"),
        pytest.param("GOMA - El ministro Juan Pérez ha, este lunes, llamado a su homólogo.", id="es-llamado-sin-infinitivo"),
    ],
)
def test_an_aside_does_not_lift_the_checks_of_the_verb(text):
    assert speakers_of(text) == []


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("GOMA - Le ministre Jean Moreau a, lors d'une réunion à Goma, nié que l'armée soit impliquée.",
                     ["Jean Moreau"], id="fr-nie-que"),
        pytest.param("GOMA - Le ministre Jean Moreau a, lundi, répondu que « rien n'est décidé ».", ["Jean Moreau"],
                     id="fr-repondu-quotation"),
        pytest.param("GOMA - El ministro Juan Pérez ha, este lunes, llamado a los jóvenes a deponer las armas.",
                     ["Juan Pérez"], id="es-llamado-a-actuar"),
    ],
)
def test_with_its_complement_the_verb_still_reports(text, speakers):
    assert speakers_of(text) == speakers
