"""A purpose clause ("to secure the town", "pour renforcer la sécurité", "para reforzar la
seguridad", "để tăng cường an ninh") runs only to the next clause a time or cause marker opens
("after clashes broke out", "après une attaque", "tras un ataque", "sau khi ..."): what that
clause tells happened, and still gives the sentence its kind. And "to" before a noun in the
subject ("Gunmen loyal to local warlords attacked ...") opens no purpose clause: a verb of its
own after the word that follows the marker is the main clause's. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.events import event_kind


def kind_of(sentence: str, language: str) -> str | None:
    found = event_kind(sentence, language)
    return found[0] if found else None


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("Troops moved in to secure the town after the rebels withdrew from it.", "en", "withdrawal",
                     id="en-after-clause"),
        pytest.param("The blue helmets were called in to support the army when clashes broke out in the north.", "en",
                     "conflict", id="en-when-clause"),
        pytest.param("Les casques bleus sont intervenus pour sécuriser le marché après une explosion près de la gare.", "fr",
                     "attack", id="fr-apres"),
        pytest.param("Los cascos azules intervinieron para asegurar el mercado tras una explosión cerca de la estación.", "es",
                     "attack", id="es-tras"),
        pytest.param("Binh sĩ được điều đến để tăng cường an ninh sau khi xảy ra vụ tấn công vào căn cứ.", "vi",
                     "attack", id="vi-sau-khi"),
    ],
)
def test_a_time_clause_after_a_purpose_clause_still_gives_the_kind(sentence, language, kind):
    assert kind_of(sentence, language) == kind


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("Gunmen loyal to local warlords attacked a convoy near the border.", "en", "attack", id="en-loyal-to"),
        pytest.param("Soldiers assigned to border security were killed near the river.", "en", "casualty", id="en-assigned-to"),
        pytest.param("Violence linked to armed groups killed twelve villagers in the district.", "en", "casualty",
                     id="en-linked-to"),
        pytest.param("Deux hommes ont été arrêtés pour avoir attaqué un poste de police.", "fr", "attack",
                     id="fr-pour-avoir-participle"),
    ],
)
def test_a_verb_of_its_own_after_the_marker_is_the_main_clauses(sentence, language, kind):
    assert kind_of(sentence, language) == kind


@pytest.mark.parametrize(
    "sentence, language",
    [
        # what a purpose clause holds is still meant, not done
        pytest.param("The mission sent troops to attack positions held by the rebels.", "en", id="en-to-attack"),
        pytest.param("Protesters gathered in the capital to demand the withdrawal of the mission.", "en",
                     id="en-to-demand-withdrawal"),
        pytest.param("Les ingénieurs sont restés dans la vallée afin de superviser le retrait des milices.", "fr",
                     id="fr-afin-de"),
    ],
)
def test_a_purpose_clause_still_gives_no_kind(sentence, language):
    assert kind_of(sentence, language) == "happening"
