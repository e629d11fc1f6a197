"""Quotes: an anonymous source is no one the text names, whatever body or outlet stands next
to it. A source heading the body it is of, in or close to, as the subject of a speech verb
("Une source proche de la mission a indiqué", "Una fuente de la Minusma indicó", "Sources in
the Security Council said", "Nguồn tin từ Phái bộ UNMISS cho biết"), and a source after an
inverted verb and the outlet it told ("Según explicaron a EFE fuentes del Consejo, ..."): the
speaker is "", as it already is after an inverted verb ("..., a indiqué une source au sein de
la Minusma"). A spokesperson of a body still speaks for it, and a person named after the
outlet told still speaks. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("La Minusca a confirmé l'attaque. Une source proche de la mission a indiqué que trois soldats étaient "
                     "morts.", id="fr-source-close-to-the-mission"),
        pytest.param("Une source au sein de la Minusca évoque un bilan de trois morts et de deux blessés.",
                     id="fr-source-within-the-mission"),
        pytest.param("Una fuente de la Minusma indicó que tres soldados murieron en el ataque.", id="es-source-of-the-mission"),
        pytest.param("Sources in the Security Council said the deal was agreed late on Friday.", id="en-sources-in-the-council"),
        pytest.param("Nguồn tin từ Phái bộ UNMISS cho biết ba binh sĩ đã thiệt mạng.", id="vi-source-from-the-mission"),
        pytest.param("Según explicaron a EFE fuentes del Consejo, fue la insistencia de Francia la que llevó al acuerdo.",
                     id="es-sources-after-the-outlet-told"),
    ],
)
def test_an_anonymous_source_names_no_speaker(text):
    assert speakers_of(text)[-1] == ""


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Un portavoz de la Minusma indicó que tres soldados murieron en el ataque.", "MINUSMA",
                     id="es-spokesperson-speaks-for-the-body"),
        pytest.param("A UNIFIL spokesperson said three soldiers had died in the attack.", "UNIFIL",
                     id="en-spokesperson-speaks-for-the-body"),
        pytest.param("\u00abTres soldados murieron en el ataque\u00bb, dijo a EFE el portavoz de la Minusma, Carlos Ortega.",
                     "Carlos Ortega", id="es-person-after-the-outlet-told"),
        pytest.param("\u00ab Trois soldats sont morts dans l'attaque \u00bb, a déclaré à l'AFP le porte-parole de la Minusma, "
                     "Olivier Salgado.", "Olivier Salgado", id="fr-person-after-the-outlet-told"),
    ],
)
def test_a_spokesperson_or_a_person_still_speaks(text, speaker):
    assert speakers_of(text)[-1] == speaker
