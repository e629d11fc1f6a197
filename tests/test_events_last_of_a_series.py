"""Events: the last of a series just named, dated by a sentence of its own ("The mission holds
regular meetings with the elders. The last one took place on Friday.", "La dernière a eu lieu
vendredi", "La última tuvo lugar el viernes"), is a happening of that day, as "This took place
on Thursday" already was. Before, the sentence named no happening, so its day dated nothing.
A "last one" that was held up, or one that arrived, is no such retelling.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

ANCHOR = PartialDate(2023, 3, 15)  # a Wednesday: Friday before it is the 10th
LEAD = {"en": "Nothing at all.", "fr": "Rien du tout.", "es": "Nada de nada."}
AFTER = {"en": "Nothing else was said.", "fr": "Rien d'autre n'a été dit.", "es": "No se dijo nada más."}


def found(sentences: list[str], language: str) -> list[tuple[str, str]]:
    told = [LEAD[language], *sentences, AFTER[language]]
    return [(e.kind, str(e.date)) for e in article_events(told, language, ANCHOR)]


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["The battalion holds open days for the villagers every month.",
                      "The last one took place on Friday in the market square."], "en", id="en-the-last-one-took-place"),
        pytest.param(["The sector commander sees the chiefs for a talk several times a year.",
                      "The most recent one took place on Friday at the district office."], "en", id="en-the-most-recent-one"),
        pytest.param(["Le bataillon organise des journées portes ouvertes chaque mois.",
                      "La dernière a eu lieu vendredi sur la place du marché."], "fr", id="fr-la-derniere-a-eu-lieu"),
        pytest.param(["El batallón organiza jornadas de puertas abiertas cada mes.",
                      "La última tuvo lugar el viernes en la plaza del mercado."], "es", id="es-la-ultima-tuvo-lugar"),
    ],
)
def test_the_last_of_a_series_is_dated_by_its_sentence(sentences, language):
    assert [date for _kind, date in found(sentences, language)] == ["2023-03-10"]


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["Three trucks carried the rations to the camp.",
                      "The last one was held up at the border on Friday by a broken axle."], "en", id="en-held-up"),
        pytest.param(["Three trucks carried the rations to the camp.",
                      "The last one came in with the spare parts on Friday."], "en", id="en-came-in"),
    ],
)
def test_no_retelling_of_a_thing(sentences, language):
    assert all(kind != "incident" for kind, _date in found(sentences, language))
