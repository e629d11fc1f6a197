"""Quotes: a title set off from its holder's name by a comma, with the holder's rank or
honorific printed after the comma ("..., a déclaré la porte-parole de la Police de la
mission, Capitaine X", "said the spokesperson of the mission's police, Lt. Col. X"), is that
person, not another holder of a like title the article names (quotes._comma_then_rank).
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from quotecases import speakers_of

# a second holder of a spokesperson's title, named in the article, whom the lookup of the
# title's holder would otherwise give
OTHER = {
    "fr": "\n\n« La Force reste à Bria », a ajouté le porte-parole de la MINUSCA, Jean Dupuis, mardi.",
    "en": "\n\n\"The force stays in Bor,\" added the UNMISS spokesman, Tom Barry, on Tuesday.",
    "es": "\n\n\"La fuerza sigue en Bria\", añadió el portavoz de la MINUSCA, Juan Soto, el martes.",
}


@pytest.mark.parametrize(
    "language, text, says, speaker",
    [
        pytest.param("fr", "« Nous restons sur place », a déclaré la porte-parole de la Police de la MINUSCA, Capitaine Awa Diallo, lundi.",
                     "Nous restons sur place", "Awa Diallo", id="fr-complement-comma-capitaine"),
        pytest.param("fr", "Les patrouilles reprennent à Bria, assure la porte-parole de la Police de la MINUSCA, Commandant Awa Diallo.",
                     "Les patrouilles reprennent", "Awa Diallo", id="fr-assure-comma-commandant"),
        pytest.param("en", "\"We are staying in Bor,\" said the spokesperson of the UNMISS police, Lt. Col. Jane Okello, on Monday.",
                     "We are staying in Bor", "Jane Okello", id="en-abbreviated-rank"),
        pytest.param("en", "\"We are staying in Bor,\" said the spokeswoman for the UNMISS police, Captain Jane Okello, on Monday.",
                     "We are staying in Bor", "Jane Okello", id="en-comma-captain"),
        pytest.param("es", "\"Seguimos en Bria\", dijo el vocero de la Policía de la MINUSCA, el coronel Pedro Ruiz, el lunes.",
                     "Seguimos en Bria", "Pedro Ruiz", id="es-article-then-rank"),
    ],
)
def test_the_ranked_name_after_the_comma_speaks(language, text, says, speaker):
    assert speakers_of(language, text + OTHER[language], says) == [speaker]


@pytest.mark.parametrize(
    "language, text, says, speaker",
    [
        # near misses: after the comma another word than a rank, so the name is no apposition
        # of the title and the person named there does not speak
        pytest.param("en", "\"We are staying in Bor,\" said the UNMISS spokesman, and Captain Jane Okello nodded.",
                     "We are staying in Bor", "Jane Okello", id="en-and-then-rank"),
        pytest.param("fr", "« Nous restons sur place », a déclaré le porte-parole de la MINUSCA, lundi, Capitaine Awa Diallo en tête.",
                     "Nous restons sur place", "Awa Diallo", id="fr-day-between"),
    ],
)
def test_no_rank_run_after_the_comma_names_no_speaker(language, text, says, speaker):
    found = speakers_of(language, text + OTHER[language], says)
    assert found and speaker not in found
