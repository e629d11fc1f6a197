"""A word of recency or standing before the noun of a source after a source marker ("according
to the latest figures of the UN", "según las últimas cifras de la ONU") is no gap between the
marker and the body named after the noun: that body speaks, as after "according to figures of
the UN" (quotes.yaml "source_adjectives"). Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraphs, says, speaker",
    [
        pytest.param("en", ["UNMISS reported the raid on Monday.",
                            "Ten herders died near the wells, according to the latest figures of the UN."],
                     "Ten herders died", "United Nations", id="en-latest-figures"),
        pytest.param("es", ["La Minusma informó el lunes del asalto.",
                            "Diez pastores murieron junto a los pozos, según las últimas cifras de la ONU."],
                     "Diez pastores", "United Nations", id="es-ultimas-cifras"),
        pytest.param("es", ["La Minusma informó el lunes del asalto.",
                            "Diez pastores murieron junto a los pozos, según los datos provisionales de la ONU."],
                     "Diez pastores", "United Nations", id="es-datos-provisionales"),
        # the words left keep their capitals: a name between stays a name, as without "latest"
        pytest.param("en", ["UNMISS reported the raid on Monday.",
                            "Ten herders died near the wells, according to the latest Monday figures of the UN."],
                     "Ten herders died", "United Nations", id="en-latest-then-a-capitalised-word"),
    ],
)
def test_a_source_noun_of_recency_leaves_its_body_speaking(language, paragraphs, says, speaker):
    assert [q.speaker for q in quotes_of(language, *paragraphs) if says in q.sentence] == [speaker]


def test_other_words_before_the_source_noun_still_stand_between():
    paragraphs = ["UNMISS reported the raid on Monday.",
                  "Ten herders died near the wells, according to the leaked draft figures of the UN."]
    assert "United Nations" not in [q.speaker for q in quotes_of("en", *paragraphs) if "Ten herders died" in q.sentence]
