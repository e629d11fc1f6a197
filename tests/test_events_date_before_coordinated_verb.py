"""Events: a printed date closing a clause before "and" ("y", "et") and a second event verb
dates the first clause's happening, not the verb after the conjunction; and a date printed
after the noun the main verb takes as its object, naming the same happening ("signed a
ceasefire in March 2019"), is that verb's, not a second, undated happening. So "The parties
signed a ceasefire in March 2019 and deployed joint patrols last October" tells a ceasefire in
March 2019 and a deployment the October before the article. In EN, ES, FR. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

ARTICLE = PartialDate(2020, 2, 12)


def told(sentence: str, language: str) -> list[tuple[str, str]]:
    """The (date, kind) of the events one sentence tells, deep in an article's body, sorted."""
    sentences = [("Une phrase sans rien.", [])] * 4 + [(sentence, find_in_sentence(sentence, language))]
    return sorted((e.date, e.kind) for e in find_events(sentences, ARTICLE, None, language)[0])


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The parties signed a ceasefire agreement in March 2019 and deployed joint patrols last October.", "en", id="en"),
        pytest.param("Las partes firmaron un acuerdo de alto el fuego en marzo de 2019 y desplegaron patrullas conjuntas el pasado octubre.",
                     "es", id="es"),
    ],
)
def test_the_printed_date_before_and_is_the_first_verbs(sentence, language):
    assert told(sentence, language) == [("2019-03", "agreement"), ("2019-10", "deployment")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The parties signed a ceasefire agreement in March 2019.", "en", id="en"),
        pytest.param("Las partes firmaron un acuerdo de alto el fuego en marzo de 2019.", "es", id="es"),
        pytest.param("Les parties ont signé un accord de cessez-le-feu en mars 2019.", "fr", id="fr"),
    ],
)
def test_a_lone_verb_and_its_object_stay_one_happening(sentence, language):
    assert told(sentence, language) == [("2019-03", "agreement")]
