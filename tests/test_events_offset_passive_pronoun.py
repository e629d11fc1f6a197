"""Events: a count of days after a clause whose pronoun subject SUFFERED a happening ("four
days after he was wounded", "trois jours après qu'ils ont été enlevés", "cuatro días después de
que ellos fueran secuestrados") counts back to another happening a reader lists, as a count
after a noun does ("three days after their abduction"); a pronoun DOING the next step ("four
days after it arrived", "deux jours après qu'ils sont arrivés") still tells no other happening.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 10)  # a Wednesday


@pytest.mark.parametrize(
    "sentence, language, dates",
    [
        pytest.param("The observer died on Sunday, four days after he was wounded near Kidal.", "en",
                     ["2023-05-03", "2023-05-07"], id="en-he-was-wounded"),
        pytest.param("The two drivers were freed on Saturday, three days after they were kidnapped near Kidal.", "en",
                     ["2023-05-03", "2023-05-06"], id="en-they-were-kidnapped"),
        pytest.param("The nurse died on Sunday, two days after she had been shot near Kidal.", "en",
                     ["2023-05-05", "2023-05-07"], id="en-she-had-been-shot"),
        pytest.param("L'observateur est mort dimanche, quatre jours après qu'il a été blessé près de Kidal.", "fr",
                     ["2023-05-03", "2023-05-07"], id="fr-qu-il-a-ete-blesse"),
        pytest.param("Les deux chauffeurs ont été libérés samedi, trois jours après qu'ils ont été enlevés près de Kidal.", "fr",
                     ["2023-05-03", "2023-05-06"], id="fr-qu-ils-ont-ete-enleves"),
        pytest.param("Los dos conductores fueron liberados el sábado, tres días después de que ellos fueran secuestrados cerca de Kidal.", "es",
                     ["2023-05-03", "2023-05-06"], id="es-ellos-fueran-secuestrados"),
    ],
)
def test_a_pronoun_that_suffered_a_happening_is_counted_back(sentence, language, dates):
    assert sorted(str(e.date) for e in body_events(sentence, language, ANCHOR)) == dates


@pytest.mark.parametrize(
    "sentence, language",
    [
        # the same actors' next step: no other happening
        pytest.param("The battalion left Kidal on Sunday, four days after it arrived from Gao.", "en", id="en-it-arrived"),
        pytest.param("Le bataillon a quitté Kidal dimanche, quatre jours après qu'il est arrivé de Gao.", "fr", id="fr-qu-il-est-arrive"),
        pytest.param("The observers left Kidal on Sunday, four days after they visited the camp.", "en", id="en-they-visited"),
    ],
)
def test_a_pronoun_doing_the_next_step_still_tells_no_other_happening(sentence, language):
    assert [str(e.date) for e in body_events(sentence, language, ANCHOR)] == ["2023-05-07"]
