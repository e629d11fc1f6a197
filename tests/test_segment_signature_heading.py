"""A heading of the page's furniture under the text's last paragraph ("Trending Now",
"Editor's Picks", "Latest Headlines") is made of everyday words, one at least among the
commonest: it signs nothing, where a writer's name alone there does. Every line is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_BODY = ("The harbour board agreed on Monday to dredge the channel by the old ferry pier, as the "
         "fishermen of the town had asked after the winter storms closed it twice.\n"
         "The work starts in June and should last three months, a spokesman for the board told the "
         "town council, which will pay half of the cost.")


@pytest.mark.parametrize(
    ("tail", "authors"),
    [
        pytest.param(["Trending Now"], [], id="trending-now"),
        pytest.param(["Editor's Picks", "Ferry fares rise again", "Council closes the old library"], [], id="editors-picks"),
        pytest.param(["Latest Headlines"], [], id="latest-headlines"),
        pytest.param(["You May Also Like"], [], id="you-may-also-like"),
        # (must not change) a writer's name, a surname an everyday word too after a given name
        pytest.param(["Hannah Kowalczyk"], ["Hannah Kowalczyk"], id="name"),
        pytest.param(["Peter Young"], ["Peter Young"], id="given-name-and-everyday-surname"),
    ],
)
def test_a_heading_under_the_text_signs_nothing(tail, authors):
    text = "\n".join(["Channel by the ferry pier to be dredged", _BODY, *tail]) + "\n"
    assert extract(text).fields["authors"] == authors


_CORPS = ("Le conseil du port a décidé lundi de draguer le chenal près du vieil embarcadère, comme les "
          "pêcheurs de la ville le demandaient depuis les tempêtes de l'hiver.\n"
          "Les travaux commencent en juin et doivent durer trois mois, a indiqué un porte-parole du conseil "
          "devant le conseil municipal, qui en paiera la moitié.")
_CUERPO = ("La junta del puerto acordó el lunes dragar el canal junto al viejo muelle, como lo pedían los "
           "pescadores de la ciudad desde los temporales del invierno.\n"
           "Las obras empiezan en junio y durarán tres meses, dijo un portavoz de la junta ante el concejo "
           "municipal, que pagará la mitad del costo.")


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        # a heading of the page in French or Spanish under the text, in capitals or not
        pytest.param(["Le chenal du port sera dragué", _CORPS, "AUTRES INFOS"], [], id="fr-under-capitals"),
        pytest.param(["Le chenal du port sera dragué", _CORPS, "À lire aussi"], [], id="fr-under"),
        pytest.param(["El canal del puerto será dragado", _CUERPO, "Lo más leído"], [], id="es-under"),
        # a heading of the page's top read where a byline stands
        pytest.param(["REDES SOCIALES", "Sábado 13 de octubre 2012", "El canal del puerto será dragado", _CUERPO], [],
                     id="es-above-capitals"),
        pytest.param(["Noticias Relacionadas", "El canal del puerto será dragado", _CUERPO], [], id="es-above"),
        # (must not change) writers' names
        pytest.param(["Le chenal du port sera dragué", _CORPS, "Claire Dubois"], ["Claire Dubois"], id="fr-name"),
        pytest.param(["El canal del puerto será dragado", _CUERPO, "Lucía Vega"], ["Lucía Vega"], id="es-name"),
    ],
)
def test_a_french_or_spanish_heading_is_no_writer(lines, authors):
    assert extract("\n".join(lines) + "\n").fields["authors"] == authors
