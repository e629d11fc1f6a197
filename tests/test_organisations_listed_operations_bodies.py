"""Bodies that news of peacekeeping names and that are listed (organisations.yaml,
sources.yaml) by their English names in every language: the UN Operations and Crisis
Centre (also by its acronym), the White Army militia of South Sudan, the Central African Red
Cross Society, the Vietnam Peacekeeping Centre (the Vietnam Department of Peacekeeping
Operations' forerunner), and the Al-Manar channel named as the place of an interview. Every
sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def organisations_of(text: str) -> list[str]:
    """The names of the organisations the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "organisation")


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("The UN Operations and Crisis Centre tracked the convoy through the night, an official said.",
                     "United Nations Operations and Crisis Centre", id="en-uonc-short"),
        pytest.param("Staff at the UNOCC followed the evacuation from New York on Sunday.",
                     "United Nations Operations and Crisis Centre", id="en-uonc-acronym"),
        pytest.param("Le Centre des opérations et de gestion des crises des Nations unies a suivi l'évacuation.",
                     "United Nations Operations and Crisis Centre", id="fr-uonc"),
        pytest.param("Youths of the White Army gathered near Ulang before the clashes began.",
                     "White Army", id="en-white-army"),
        pytest.param("Des jeunes de l'Armée blanche ont été vus près d'Ulang avant les combats.",
                     "White Army", id="fr-white-army"),
        pytest.param("Selon la Croix-Rouge centrafricaine, les combats ont fait douze morts à Bria.",
                     "Central African Red Cross Society", id="fr-car-red-cross"),
        pytest.param("La Cruz Roja Centroafricana atendió a los heridos en el hospital de Bria.",
                     "Central African Red Cross Society", id="es-car-red-cross"),
        pytest.param("Sáng 12-3, Trung tâm Gìn giữ hòa bình Việt Nam tổ chức lễ tiễn ba sĩ quan.",
                     "Vietnam Peacekeeping Centre", id="vi-peacekeeping-centre"),
        pytest.param("The Vietnam Peacekeeping Centre trained the two officers before their departure.",
                     "Vietnam Peacekeeping Centre", id="en-peacekeeping-centre"),
        pytest.param("Trong cuộc phỏng vấn trên kênh Al Manar TV, ông Hadi nói rằng nhóm sẽ không rút lui.",
                     "Al-Manar", id="vi-al-manar"),
        pytest.param("In an interview with Al-Manar, the commander said the group would not withdraw.",
                     "Al-Manar", id="en-al-manar"),
    ],
)
def test_the_listed_body_is_found_by_its_english_name(text, body):
    assert body in organisations_of(text)
