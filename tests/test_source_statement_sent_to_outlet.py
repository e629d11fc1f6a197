"""A statement sent to a news outlet ("dans un communiqué reçu mardi à APA", "dans une
déclaration transmise à l'AFP", "en un comunicado enviado a EFE", "in a statement e-mailed
to Reuters"): the outlet was told what the story reports, its own reporting as "told
Example" is, so it is the story's source. Main read no outlet where the verb was one of
sending or receiving ("reçu", "transmis", "enviado") rather than of saying.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, MORE as _MORE
from newsdossier.extract import extract

DAY = {"en": "March 3, 2024", "fr": "3 mars 2024", "es": "3 de marzo de 2024"}


@pytest.mark.parametrize(("language", "lead", "outlet"), [
    pytest.param("fr", "La mission a salué le retour au calme dans la région, dans un communiqué reçu mardi à APA.",
                 "APA News", id="fr-recu-weekday-a"),
    pytest.param("fr", "La mission a salué le retour au calme dans la région, dans une déclaration transmise à l'AFP.",
                 "Agence France-Presse", id="fr-transmise-a"),
    pytest.param("fr", "La mission a salué le retour au calme dans la région, selon un texte parvenu à l'AFP.",
                 "Agence France-Presse", id="fr-parvenu-a"),
    pytest.param("es", "La misión celebró el regreso de la calma a la región, en un comunicado enviado a EFE.",
                 "Agencia EFE", id="es-enviado-a"),
    pytest.param("es", "La misión celebró el regreso de la calma a la región, en un comunicado remitido a EFE.",
                 "Agencia EFE", id="es-remitido-a"),
    pytest.param("en", "The mission welcomed the return of calm to the region in a statement e-mailed to Reuters.",
                 "Reuters", id="en-emailed-to"),
])
def test_statement_sent_to_an_outlet_credits_it(language, lead, outlet):
    text = "\n\n".join([_HEAD[language], DAY[language], lead, _MORE[language]])
    assert extract(text).fields["source"] == outlet


@pytest.mark.parametrize("lead", [
    # (must not change) a receiving verb whose object is no outlet: a place, a delegation
    pytest.param("Le chef de la mission a reçu mardi à Bamako une délégation venue de la capitale voisine.", id="place"),
    pytest.param("Le gouverneur a transmis à la mission une liste des villages touchés par les combats.", id="body"),
])
def test_receiving_verb_without_outlet_credits_none(lead):
    text = "\n\n".join([_HEAD["fr"], DAY["fr"], lead, _MORE["fr"]])
    assert extract(text).fields["source"] in ("", None)
