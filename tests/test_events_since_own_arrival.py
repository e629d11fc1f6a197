"""Events: the arrival of the body a sentence is about, said in passing in a since-phrase
with a pronoun or a possessive ("since it arrived in the region in 2011", "since their
arrival in 2019", "depuis son arrivée en 2014", "desde su llegada en 2017"), bounds a span as
"since its deployment in 2011" does: it dates no happening (vocabulary
"since_arrival_words"). A sentence telling the arrival itself, or a since-phrase of another
happening, still does. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("It was the heaviest loss the force has suffered since it arrived in the region in 2011.", "en", id="en-it-arrived"),
        pytest.param("The engineers have built four bridges since their arrival in March 2019.", "en", id="en-their-arrival"),
        pytest.param("Le contingent a construit trois écoles depuis son arrivée en 2014.", "fr", id="fr-son-arrivee"),
        pytest.param("C'est la plus lourde perte de la force depuis qu'elle est arrivée dans la région en 2011.", "fr", id="fr-qu-elle-est-arrivee"),
        pytest.param("El contingente ha construido tres escuelas desde su llegada en 2017.", "es", id="es-su-llegada"),
    ],
)
def test_an_own_arrival_in_a_since_phrase_dates_nothing(sentence, language):
    assert body_events(sentence, language, ANCHOR) == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The engineers arrived in the region in March 2019.", "en", "2019-03", id="en-own-sentence"),
        pytest.param("The camp has been on alert since the attack in March 2019.", "en", "2019-03", id="en-since-attack"),
        pytest.param("Le contingent est arrivé dans la région en mars 2019.", "fr", "2019-03", id="fr-own-sentence"),
    ],
)
def test_the_arrival_told_for_itself_still_dates(sentence, language, expected):
    assert [str(e.date) for e in body_events(sentence, language, ANCHOR)] == [expected]


@pytest.mark.parametrize(
    "sentence, language",
    [
        # "desde"/"depuis" reading "from", an arrival told further on: no since-phrase of it
        pytest.param("Un batallón enviado desde Uruguay, que llegó al país el 3 de marzo, patrulla la frontera.", "es",
                     id="es-from-then-relative"),
        pytest.param("Los cascos azules, trasladados desde Bamako, que llegaron a Gao el 3 de marzo, patrullan la ciudad.", "es",
                     id="es-from-plural-relative"),
        pytest.param("Les soldats rapatriés depuis Gao ont été accueillis à leur arrivée à Abidjan le 3 mars.", "fr",
                     id="fr-from-then-possessive"),
        # a since-phrase of its own earlier in the sentence, the arrival told apart
        pytest.param("The troops, who had not been paid since January, were cheered on their arrival in Gao on 3 March.", "en",
                     id="en-since-elsewhere"),
        pytest.param("Los soldados, sin sueldo desde enero, fueron recibidos a su llegada a Gao el 3 de marzo.", "es",
                     id="es-since-elsewhere"),
    ],
)
def test_an_arrival_not_right_after_the_since_word_still_dates(sentence, language):
    dates = [str(e.date) for e in body_events(sentence, language, ANCHOR) if e.kind == "deployment"]
    assert any(d.endswith("-03-03") for d in dates), dates
