"""A subscription call in each form of address a language uses ("Suscríbase a ..." (usted), the
Río de la Plata's "Suscribite a ..." (vos), "Abonne-toi à ..." (tu)) is page furniture, and
the outlet it names, printed again in the furniture, is the page's outlet, as "Subscribe to
...", "Abonnez-vous à ..." and "Suscríbete a ..." were read already.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract
from newsdossier.segment import segment


@pytest.mark.parametrize(("language", "call", "prompt"), [
    ("es", "Suscribite a Gaceta Ejemplar", "Suscribite ahora y leé todas las notas de Gaceta Ejemplar."),
    ("es", "Suscríbase a Gaceta Ejemplar", "Suscríbase hoy y acceda a todas las notas de Gaceta Ejemplar."),
    ("fr", "Abonne-toi à Gazette Exemplaire", "Abonne-toi dès maintenant pour lire tous les articles de Gazette Exemplaire."),
])
def test_a_subscription_call_names_the_pages_outlet(language, call, prompt):
    text = "\n\n".join([prompt, call, HEADLINE[language], LEAD[language], MORE[language]])
    fields = extract(text).fields
    assert (fields["source"], fields["title"]) == (call.split(" ", 2)[2], HEADLINE[language])
    assert prompt not in segment(text).paragraphs
