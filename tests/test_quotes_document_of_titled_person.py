"""A document of a person named by their title ("a statement from the Secretary-General",
"un communiqué du Secrétaire général de l'ONU", "un comunicado del secretario general de la
ONU") is the words of the one person of the article introduced with that title, not of the
body the title heads, nor of the last body named. A body's word there ("a statement from the
force") stays the body's."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("en", ["UN Secretary-General Maria Kowalska flew to Bamako on Sunday.",
                            "The toll of the ambush rose to nine dead, according to a statement from the Secretary-General."],
                     "Maria Kowalska", id="en-statement-from-the-secretary-general"),
        pytest.param("fr", ["La Secrétaire générale de l'ONU, Maria Kowalska, s'est rendue à Bamako dimanche.",
                            "Le bilan de l'embuscade est passé à neuf morts, selon un communiqué de la Secrétaire générale de l'ONU."],
                     "Maria Kowalska", id="fr-communique-de-la-secretaire-generale"),
        pytest.param("es", ["La secretaria general de la ONU, Maria Kowalska, viajó a Bamako el domingo.",
                            "El balance de la emboscada subió a nueve muertos, según un comunicado de la secretaria general de la ONU."],
                     "Maria Kowalska", id="es-comunicado-de-la-secretaria-general"),
    ],
)
def test_a_document_of_a_titled_person_is_theirs(language, paragraphs, speaker):
    assert quotes_of(language, *paragraphs)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        pytest.param(["The UN mission in South Sudan (UNMISS) opened a camp near Bor on Monday.",
                      "The toll of the ambush rose to nine dead, according to a statement from the force."], "UNMISS", id="force-is-the-mission"),
        pytest.param(["UN Secretary-General Maria Kowalska flew to Bamako on Sunday.",
                      "The toll of the ambush rose to nine dead, according to a statement from the United Nations."],
                     "United Nations", id="body-named"),
    ],
)
def test_a_bodys_document_stays_the_bodys(paragraphs, speaker):
    assert quotes_of("en", *paragraphs)[-1].speaker == speaker
