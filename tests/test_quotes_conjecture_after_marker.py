"""Quotes: a possessive source marker ("À l'entendre", "by his account", "a su juicio") whose
clause after the comma opens on the writer's impersonal conjecture ("on croirait que", "you would
think", "cualquiera diría que") gives no quotation: the sentence says what the writer makes of
the person's talk, not what was said (quotes.yaml conjecture_openers). The marker followed by a
plain clause still sources its sentence. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "paragraphs",
    [
        pytest.param(["Le ministre Paul Kabila est venu à Goma.", "À l'entendre parler, on croirait que la guerre est finie."],
                     id="fr-a-l-entendre-parler-on-croirait"),
        pytest.param(["À l'entendre, on dirait que tout va bien dans la province."], id="fr-no-one-named-on-dirait"),
        pytest.param(["The minister Paul Kamau came to Goma.", "By his account, you would think the war was over."],
                     id="en-by-his-account-you-would-think"),
        pytest.param(["El ministro Pablo Kabila llegó a Goma.", "A su juicio, cualquiera diría que la guerra terminó."],
                     id="es-a-su-juicio-cualquiera-diria"),
    ],
)
def test_a_conjecture_after_a_marker_is_no_quote(paragraphs):
    quotes = extract("\n\n".join(paragraphs), None).quotes
    last = paragraphs[-1][:20]
    assert [q for q in quotes if q.sentence.startswith(last)] == [], quotes


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        pytest.param(["Le ministre Paul Kabila est venu à Goma.", "À l'entendre, les patrouilles reprendront lundi."],
                     "Paul Kabila", id="fr-plain-clause-kept"),
        pytest.param(["The minister Paul Kamau came to Goma.", "By his account, patrols will resume on Monday."],
                     "Paul Kamau", id="en-plain-clause-kept"),
    ],
)
def test_a_marker_before_a_plain_clause_still_sources_it(paragraphs, speaker):
    quotes = extract("\n\n".join(paragraphs), None).quotes
    last = paragraphs[-1][:20]
    assert [q.speaker for q in quotes if q.sentence.startswith(last)] == [speaker], quotes
