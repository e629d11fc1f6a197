"""A UN force described in words, not named, right before a country ("the UN force in
Lebanon", "la force de l'ONU au Liban", "la fuerza interina de la ONU en el Líbano", "lực lượng
LHQ tại Liban") implies that country's operation as a described mission does, with no other
word of peacekeeping in the text (vocabulary "mission_force_nouns"); a country's or an
army's forces with the UN named further on describe no UN force. Every sentence is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _missions(text: str) -> tuple[list[str], list[str]]:
    fields = extract(text).fields
    return fields["missions"], fields["missions_inferred"]


@pytest.mark.parametrize(
    "text, implied",
    [
        pytest.param("Beirut, May 3, 2024 - The UN force in Lebanon said a shell hit its tower.", "unifil", id="en-un-force"),
        pytest.param("Beirut, May 3, 2024 - The U.N.-led force in Lebanon counted two hits.", "unifil", id="en-un-led-force"),
        pytest.param("Paris, 3 mai 2024 - La force de l'ONU au Liban a compté deux tirs.", "unifil", id="fr-force-de-l-onu"),
        pytest.param("Madrid, 3 de mayo de 2024 - La fuerza interina de la ONU en el Líbano contó dos disparos.",
                     "unifil", id="es-fuerza-interina"),
        pytest.param("Hà Nội, ngày 3/5/2024 - Lực lượng LHQ tại Liban cho biết một quả đạn trúng tháp canh.",
                     "unifil", id="vi-luc-luong-lhq"),
        pytest.param("Juba, May 3, 2024 - The UN force in South Sudan opened a road to Bor.", "unmiss", id="en-south-sudan"),
    ],
)
def test_a_described_un_force_implies_its_operation(text, implied):
    named, inferred = _missions(text)
    assert implied in inferred
    assert implied not in named


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Beirut, May 3, 2024 - Israeli forces fired at UN posts in Lebanon, officials said.", id="en-forces-apart"),
        pytest.param("Madrid, 3 de mayo de 2024 - Las fuerzas israelíes dispararon contra puestos de la ONU en el Líbano.",
                     id="es-fuerzas-apart"),
        pytest.param("Paris, 3 mai 2024 - La force aérienne a bombardé le Liban, a dit l'ONU.", id="fr-force-aerienne"),
    ],
)
def test_forces_apart_from_the_un_describe_no_force(text):
    assert "unifil" not in _missions(text)[1]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Madrid, 3 de mayo de 2024 - Las fuerzas de un país vecino entraron en el Líbano.", id="es-de-un"),
        pytest.param("Paris, 3 mai 2024 - Les forces des pays voisins sont entrées au Liban.", id="fr-des-pays"),
    ],
)
def test_the_romance_article_un_describes_no_un_force(text):
    assert "unifil" not in _missions(text)[1]


def test_un_forces_in_the_plural_describe_no_operation():
    """Troops spoken of as forces are no operation described (as a country's forces are not
    its army): "UN forces" leave the operation to other evidence."""
    assert "unifil" not in _missions("Beirut, May 3, 2024 - UN forces and Lebanese troops in Lebanon met the mayor.")[1]
