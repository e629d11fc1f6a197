"""Quotes: a headline printing its quotation with the speaker, as headlines do: the speaker
first and a colon ("Ramírez: la misión seguirá en el norte"), the speaker a person the article
names (by the full name or the surname the text goes by); or words in quotation marks with the
speaker last in brackets ("... « une décision sans fondement » (Minusma)"). The headline is the
article's first quote. A place or a topic before a colon ("Mali : ...", "Haiti earthquake:
...") makes no quote. Every text here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def quotes_of(text: str) -> list[tuple[str, str, str]]:
    return [(q.speaker, q.kind, q.sentence) for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker, kind, headline",
    [
        pytest.param("Ramírez: la misión seguirá en el norte hasta las lluvias\n\n"
                     "LIMA - El general Pedro Ramírez recibió a la prensa el lunes en el cuartel.\n\n"
                     "\"No dejaremos a la población sola\", dijo Ramírez.\n",
                     "Pedro Ramírez", "reported", "Ramírez: la misión seguirá en el norte hasta las lluvias", id="es-surname-colon"),
        pytest.param("Paul Dufour : « Nous ne quitterons pas le nord avant la saison des pluies »\n\n"
                     "BAMAKO - Le colonel Paul Dufour a reçu la presse lundi au camp.\n\n"
                     "« La population ne sera pas laissée seule », a-t-il dit.\n",
                     "Paul Dufour", "direct", "Paul Dufour : « Nous ne quitterons pas le nord avant la saison des pluies »", id="fr-name-colon"),
        pytest.param("Dufour: “We will not leave the north before the rains”\n\n"
                     "BAMAKO - Colonel Ray Dufour met the press on Monday at the camp.\n\n"
                     "“The people will not be left alone,” he said.\n",
                     "Ray Dufour", "direct", "Dufour: “We will not leave the north before the rains”", id="en-surname-colon"),
        pytest.param("Tout retrait du camp serait « une décision prise sans fondement » (Minusma)\n\n"
                     "BAMAKO - La Minusma a démenti mardi tout projet de quitter le camp de Tessalit.\n",
                     "MINUSMA", "direct", "Tout retrait du camp serait « une décision prise sans fondement » (Minusma)", id="fr-body-bracketed"),
    ],
)
def test_a_headline_gives_its_quotation_and_speaker(text, speaker, kind, headline):
    assert quotes_of(text)[0] == (speaker, kind, headline)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Mali : trois casques bleus tués dans une explosion près de Tessalit\n\n"
                     "BAMAKO - Trois casques bleus ont été tués mardi dans une explosion.\n", id="fr-country-colon"),
        pytest.param("Haiti earthquake: ten peacekeepers from Brazil killed\n\n"
                     "PORT-AU-PRINCE - Ten peacekeepers from Brazil were killed on Tuesday.\n", id="en-topic-colon"),
        pytest.param("Les casques bleus quittent le camp (Minusma)\n\n"
                     "BAMAKO - Les casques bleus ont quitté mardi le camp de Tessalit.\n", id="fr-bracket-no-quotation"),
    ],
)
def test_a_headline_with_no_speaker_is_no_quote(text):
    assert all(q[2] != text.split("\n")[0] for q in quotes_of(text))
