"""An inverted speech verb followed by a lower-case description of a person and then the
person's name closing the clause ("..., said local administrator X.", "..., said village elder
X") names that person as the speaker, as a title there does."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    ("language", "paragraph", "speaker"),
    [
        pytest.param("en", "Nine houses burned down in the night, said local administrator Peter Okello.", "Peter Okello", id="en-reported-local-administrator"),
        pytest.param("en", "Nine houses burned down in the night, said village elder Peter Okello.", "Peter Okello", id="en-reported-village-elder"),
        pytest.param("en", "\u201cNine houses burned down in the night,\u201d said village elder Peter Okello.", "Peter Okello", id="en-direct-village-elder"),
        pytest.param("en", "\u201cNine houses burned down in the night,\u201d said camp resident Peter Okello, who lost his home.", "Peter Okello", id="en-direct-camp-resident-then-clause"),
        pytest.param("es", "\u00abNueve casas ardieron durante la noche\u00bb, dijo el alcalde local Pedro Gómez.", "Pedro Gómez", id="es-alcalde-local"),
    ],
)
def test_a_described_person_after_an_inverted_verb_speaks(language, paragraph, speaker):
    assert quotes_of(language, paragraph)[-1].speaker == speaker
