"""A name coordinated with a place the reference knows ("arrivés à Lam Dong et Nam Dinh", "in
Bentiu and Kuach Lual", "en Bangui y Bao Lam") is a place too, whatever its words: no person
(tests/corpus/README.md: people are persons named). A name opening on a given name, or with a
Vietnamese middle name second, one owning what follows or with a role after it, may be a
person coordinated with a place and stays one; so does a name after a place reached without a
place preposition ("flew to Bamako and ...") or after "but". Every
sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Des médecins en mission\n\nLes médecins sont arrivés à Lam Dong et Nam Dinh la semaine dernière, "
                     "a indiqué le colonel Jean Morel.\n", {"Jean Morel"}, id="fr-et"),
        pytest.param("Engineers at work\n\nThe teams repaired roads in Bentiu and Kuach Lual last year, "
                     "said Colonel Jane Roe.\n", {"Jane Roe"}, id="en-and"),
        pytest.param("Ingenieros en misión\n\nLos equipos trabajaron en Bangui y Bao Lam el año pasado, "
                     "dijo el coronel Juan Pérez.\n", {"Juan Pérez"}, id="es-y"),
        # guards: a person coordinated with a place
        pytest.param("Accord signé\n\nLe Mali et Jean Dupont ont signé l'accord lundi.\n",
                     {"Jean Dupont"}, id="fr-guard-given-name"),
        pytest.param("Accord signé\n\nLe ministère à Hanoï et Nguyen Van Minh ont répondu lundi.\n",
                     {"Nguyen Van Minh"}, id="fr-guard-vietnamese-middle-name"),
        # guards: a person who owns what follows, a role after the name, a clause opened by
        # "but", a place reached by a verb of movement, a country as a subject
        pytest.param("Talks\n\nThe ceremony in Juba and Kuach Lual's speech were praised.\n",
                     {"Kuach Lual"}, id="en-guard-possessive"),
        pytest.param("Pourparlers\n\nLes responsables se sont réunis à Juba et Kuach Lual, le commandant rebelle, "
                     "a parlé.\n", {"Kuach Lual"}, id="fr-guard-role-after"),
        pytest.param("Talks\n\nThe teams worked in Juba but Kuach Lual said the roads were closed.\n",
                     {"Kuach Lual"}, id="en-guard-but"),
        pytest.param("Talks\n\nThe envoy flew to Bamako and Kuach Lual welcomed him.\n",
                     {"Kuach Lual"}, id="en-guard-movement"),
        pytest.param("Conversaciones\n\nEl enviado viajó a Bamako y Kuach Lual lo recibió en el aeropuerto.\n",
                     {"Kuach Lual"}, id="es-guard-movement"),
        pytest.param("Talks\n\nFrance and Kuach Lual signed the deal, said Colonel Jane Roe.\n",
                     {"Jane Roe", "Kuach Lual"}, id="en-guard-country-subject"),
    ],
)
def test_coordinated_with_known_place(text, expected):
    assert _people(text) == expected
