"""Quotes: a subject kept apart from its speech verb by what the verb carries, not by words
of its own: a country opening the subject with auxiliaries or a day before the verb ("France
has also said", "Ghana on Tuesday said", "le Sénégal a mardi annoncé"), and the subject's
"too" between the French auxiliary and participle ("a lui aussi annoncé"). A country inside
a longer subject ("Soldiers sent by Ghana on Tuesday said") still does not speak. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def quotes_of(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("ACCRA -- France has also said it would send two hundred soldiers to the mission next year.",
                     "France", id="en-country-has-also"),
        pytest.param("ACCRA -- Ghana on Tuesday said it would send two hundred soldiers to the mission next year.",
                     "Ghana", id="en-country-on-tuesday"),
        pytest.param("PARIS - Le Sénégal a mardi annoncé qu'il enverrait deux cents soldats à la mission.",
                     "Senegal", id="fr-country-a-mardi"),
        pytest.param("MADRID - Uruguay el martes dijo que enviará doscientos soldados a la misión.",
                     "Uruguay", id="es-country-el-martes"),
        pytest.param("PARIS - Jean Dupont a lui aussi annoncé qu'il enverrait deux cents soldats à la mission l'an prochain.",
                     "Jean Dupont", id="fr-person-a-lui-aussi"),
        pytest.param("PARIS - La France a elle aussi annoncé qu'elle enverrait deux cents soldats à la mission l'an prochain.",
                     "France", id="fr-country-a-elle-aussi"),
        pytest.param("ACCRA -- Soldiers sent by Ghana on Tuesday said they had not been paid for months.",
                     "", id="en-country-inside-subject"),
        pytest.param("MADRID - Los soldados de Uruguay el martes dijeron que no habían cobrado.",
                     "", id="es-country-inside-subject"),
    ],
)
def test_a_subject_apart_from_its_verb_by_auxiliaries_or_a_day(text, speaker):
    assert quotes_of(text) == [(speaker, text.split(" -- ")[-1].split(" - ", 1)[-1])]
