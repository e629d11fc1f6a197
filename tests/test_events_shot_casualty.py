"""Events: someone shot, told in the passive without "dead" ("a guard was shot by a gunman",
"two officers were shot at a checkpoint"), or French "abattu" (shot dead), is a casualty of the
day told. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2020, 9, 10)  # a Thursday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("A guard was shot by an unknown gunman outside the camp early on Tuesday.", "en", id="en-was-shot-by"),
        pytest.param("Two police officers were shot at a checkpoint on Tuesday.", "en", id="en-were-shot"),
        pytest.param("A driver has been shot near the border crossing on Tuesday, officials said.", "en", id="en-has-been-shot"),
        pytest.param("Un gardien a été abattu mardi par des hommes armés près du camp.", "fr", id="fr-abattu"),
        pytest.param("Deux policières ont été abattues mardi à un poste de contrôle.", "fr", id="fr-abattues"),
    ],
)
def test_someone_shot_is_a_casualty(sentence, language):
    found = [(str(e.date), e.kind) for e in body_events(sentence, language, ANCHOR)]
    assert ("2020-09-08", "casualty") in found, found
