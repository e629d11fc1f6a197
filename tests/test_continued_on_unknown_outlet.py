"""An aggregator's excerpt closes on a line sending the reader to the outlet that published the
whole story ("Continue reading on Example", "Leer noticia completa de Deportes en Example"):
that outlet is the page's source (the rulebook's "Reposts" paragraph), where the reference
knows it and where it does not, printed as the line closes on it (a name that reads as an
outlet's: segment.reads_as_unknown_outlet, or a web domain). The phrase may name the
outlet's section between its words ("de {section} en": vocabulary continued_on_phrases),
and the line may stand above the aggregator's own list of related excerpts. A line naming no
outlet ("... suite de l'article sur Autre presse", "Lire la suite ICI", a person's name) gives
none. Every page here is of our own making."""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

# the aggregator's own furniture under the excerpt: headings and teasers of other stories
_RELATED = {
    "en": ["## Most popular", "## More like this", "## Storm closes the mountain pass for a second day",
           "Crews worked through the night to clear the road...", "The council met to discuss the budget...",
           "A new bridge opens to traffic next spring..."],
    "es": ["## Más popular", "## Más artículos como este", "## Tormenta cierra el paso de montaña por segundo día",
           "Las cuadrillas trabajaron toda la noche para despejar la ruta...", "El concejo se reunió para tratar el presupuesto...",
           "Un puente nuevo abrirá al tránsito la próxima primavera..."],
    "fr": ["## Les plus lus", "## Dans la même rubrique", "## La tempête ferme le col pour un deuxième jour",
           "Les équipes ont travaillé toute la nuit pour dégager la route...", "Le conseil s'est réuni sur le budget...",
           "Un nouveau pont ouvrira au printemps prochain..."],
    "vi": ["## Đọc nhiều", "## Tin liên quan", "## Bão làm đóng đèo thêm một ngày",
           "Các đội đã làm việc suốt đêm để thông đường...", "Hội đồng đã họp để bàn về ngân sách...",
           "Một cây cầu mới sẽ thông xe vào mùa xuân tới..."],
}


def _page(language: str, line: str, related: bool = True) -> str:
    return "\n\n".join([HEADLINE[language], LEAD[language], line, *(_RELATED[language] if related else [])])


@pytest.mark.parametrize("language, line, related, outlet", [
    pytest.param("es", "Leer noticia completa de Deportes en El Heraldo Austral.", True, "El Heraldo Austral", id="es-section"),
    pytest.param("es", "Leer la noticia completa de Economía en La Gaceta del Valle", True, "La Gaceta del Valle", id="es-section-article"),
    pytest.param("es", "Leer la nota completa en La Gaceta del Valle.", False, "La Gaceta del Valle", id="es-no-teasers"),
    pytest.param("en", "Continue reading on The Harbour Courier", True, "The Harbour Courier", id="en-unknown"),
    pytest.param("fr", "... suite de l'article sur Le Courrier Lacustre", False, "Le Courrier Lacustre", id="fr-unknown"),
    pytest.param("es", "Leer noticia completa de Internacional en EFE.", True, "Agencia EFE", id="es-section-known"),
])
def test_the_outlet_an_aggregator_sends_the_reader_to(language, line, related, outlet):
    assert extract(_page(language, line, related)).fields["source"] == outlet


@pytest.mark.parametrize("language, line", [
    pytest.param("fr", "... suite de l'article sur Autre presse", id="fr-autre-presse"),
    pytest.param("fr", "Lire la suite sur ICI", id="fr-here-in-capitals"),
    pytest.param("es", "Leer más en Jorge Pérez Salas", id="es-person"),
    pytest.param("en", "Read more on Monday", id="en-weekday"),
])
def test_no_outlet_from_a_line_naming_none(language, line):
    assert extract(_page(language, line)).fields["source"] in ("", None)


@pytest.mark.parametrize("language, line, related", [
    # "read more on" sends the reader to a topic as often as to an outlet (near misses)
    pytest.param("en", "Read more on Climate Change", False, id="en-topic-closing"),
    pytest.param("en", "Read more on Peacekeeping Reform", True, id="en-topic-above-related"),
    # a social network's or a web company's service is no publisher
    pytest.param("fr", "Lire la suite sur Facebook et Twitter", False, id="fr-networks"),
    pytest.param("en", "Read more on Facebook and Twitter", True, id="en-networks-above-related"),
    pytest.param("es", "Leer más en Google Noticias", False, id="es-google-service"),
])
def test_no_outlet_from_a_topic_or_a_network(language, line, related):
    assert extract(_page(language, line, related)).fields["source"] in ("", None)
