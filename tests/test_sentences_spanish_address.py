"""A Spanish form of address or degree with its stop (Sra., Srta., Sres., Dra., Lic., Ing.)
does not end a sentence: the name after it stays in the sentence that speaks of the person
(vocabulary "sentence_abbreviations"). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.text import split_sentences


@pytest.mark.parametrize("paragraph, first", [
    ("La Sra. Ramírez visitó el campamento. Después habló con los soldados.",
     "La Sra. Ramírez visitó el campamento."),
    ("Según la Dra. Olmedo, el hospital atendió a veinte heridos. La misión lo confirmó.",
     "Según la Dra. Olmedo, el hospital atendió a veinte heridos."),
    ("El Lic. Tovar presentó el informe ante el consejo. Nadie lo discutió.",
     "El Lic. Tovar presentó el informe ante el consejo."),
    ("El Ing. Salas dirigió la obra del puente. Terminó en marzo.",
     "El Ing. Salas dirigió la obra del puente."),
    ("La Srta. Vidal tradujo la declaración. Luego se fue.",
     "La Srta. Vidal tradujo la declaración."),
    # (must not change) a sentence that ends on a word, then another
    ("La misión llegó a Gao. El Gral. Reyes la recibió.", "La misión llegó a Gao."),
])
def test_the_name_after_the_abbreviation_stays_in_its_sentence(paragraph, first):
    assert split_sentences(paragraph)[0] == first
    assert len(split_sentences(paragraph)) == 2
