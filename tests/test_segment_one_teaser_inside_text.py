"""Segmenting: a teaser marker inside the text ("Te puede interesar", "Lire aussi", "Related")
on a line of its own, then one other story's headline, then the article's prose going on: the
headline alone is the teaser and the text goes on after it (its speakers are read), as it
already does when the prose follows the marker at once. A block of teasers (headline, blurb,
headline...) after a marker stays teasers. Every text is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import segment

CASES = [
    pytest.param("es", "Te puede interesar", "Cascos azules reparan un puente en Uvira",
                 "El coronel Pablo Mbarga dijo que los soldados se quedarán en Uvira hasta junio, cuando termine la temporada de lluvias en toda la provincia. "
                 "La lluvia retrasó las obras durante tres semanas.",
                 "El puente reabrirá al tráfico en julio.", "Pablo Mbarga", id="es-te-puede-interesar"),
    pytest.param("fr", "Lire aussi", "Des casques bleus réparent un pont à Uvira",
                 "Le colonel Paul Mbarga a indiqué que les soldats resteraient à Uvira jusqu'en juin, quand la saison des pluies prendra fin dans toute la province. "
                 "La pluie a retardé les travaux de trois semaines.",
                 "Le pont rouvrira à la circulation en juillet.", "Paul Mbarga", id="fr-lire-aussi"),
    pytest.param("en", "Related", "Peacekeepers repair a bridge in Uvira",
                 "Colonel Paul Mbarga said the soldiers would stay in Uvira until June, when the rainy season ends across the whole of the province and the roads dry. "
                 "The rain delayed the works by three weeks.",
                 "The bridge will reopen to traffic in July.", "Paul Mbarga", id="en-related"),
]


def page(marker: str, headline: str, paragraph: str, last: str) -> str:
    return f"UVIRA - Opening line of the story about the bridge at Uvira, written for the test.\n\n{marker}\n\n{headline}\n\n{paragraph}\n\n{last}\n"


@pytest.mark.parametrize("language, marker, headline, paragraph, last, speaker", CASES)
def test_the_text_goes_on_after_one_teaser(language, marker, headline, paragraph, last, speaker):
    layout = segment(page(marker, headline, paragraph, last))
    assert paragraph in layout.paragraphs and last in layout.paragraphs
    assert headline in layout.teasers and headline not in layout.paragraphs
    assert speaker in [q.speaker for q in extract(page(marker, headline, paragraph, last), None).quotes]


@pytest.mark.parametrize("language, marker, headline, paragraph, last, speaker", CASES)
def test_a_block_of_teasers_stays_teasers(language, marker, headline, paragraph, last, speaker):
    text = f"UVIRA - Opening line of the story about the bridge at Uvira, written for the test.\n\n{marker}\n\n{headline}\n\n{paragraph}\n\n{headline} again\n\n{paragraph}\n"
    layout = segment(text)
    assert paragraph not in layout.paragraphs
