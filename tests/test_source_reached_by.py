"""An outlet that reached the speaker for the story ("joint par l'AFP", "contactado por EFE",
"when reached by Reuters") did its own reporting, as one the speaker told something: it is
the source the text cites, wherever the sentence stands.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("Un casque bleu tué à Bangui\nUn casque bleu a été tué dimanche lors d'affrontements dans un quartier de la capitale, a indiqué la mission.\n"
                     "« Nos forces ont été prises sous un feu nourri », a précisé un porte-parole joint par l'AFP.\n",
                     "Agence France-Presse", id="fr-joint-par"),
        pytest.param("Un casque bleu tué à Bangui\nUn casque bleu a été tué dimanche lors d'affrontements dans un quartier de la capitale, a indiqué la mission.\n"
                     "« Nos forces ont été prises sous un feu nourri », a précisé un porte-parole, contacté par Reuters.\n",
                     "Reuters", id="fr-contacte-par"),
        pytest.param("Muere un casco azul en Bangui\nUn casco azul murió el domingo en enfrentamientos en un barrio de la capital, informó la misión.\n"
                     "\"Nuestras fuerzas fueron atacadas\", dijo un portavoz contactado por EFE.\n",
                     "Agencia EFE", id="es-contactado-por"),
        pytest.param("Peacekeeper killed in Bangui\nA peacekeeper was killed on Sunday in clashes in a district of the capital, the mission said.\n"
                     "\"Our forces came under heavy fire,\" a spokesman said when reached by Reuters.\n",
                     "Reuters", id="en-reached-by"),
    ],
)
def test_an_outlet_that_reached_the_speaker_is_the_source(text, source):
    assert extract(text).fields["source"] == source
