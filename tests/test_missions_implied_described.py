"""Operations implied, not named (tests/corpus/README.md: `missions_inferred`): a UN mission
described in lowercase words ("the U.N. mission in South Sudan", "la mission de l'ONU au
Mali", "la misión de paz de la ONU en el Líbano", "phái bộ ... LHQ tại Nam Sudan") is implied,
and such a description is itself a peacekeeping context for the country it names; a place an
operation alone serves ("Abyei") implies it; a text printing no year lets a country imply the
one operation it ever hosted alone. A capitalised name stays a named mission. Every sentence
is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _missions(text: str) -> tuple[list[str], list[str]]:
    fields = extract(text).fields
    return fields["missions"], fields["missions_inferred"]


@pytest.mark.parametrize(
    "text, implied",
    [
        pytest.param("Paris, 4 mars 2019 - Le caporal a rejoint la mission de l'ONU au Mali, a indiqué l'état-major.",
                     "minusma", id="fr-mission-de-l-onu"),
        pytest.param("Paris, 4 mars 2019 - Deux officiers partent pour la mission onusienne au Mali.",
                     "minusma", id="fr-mission-onusienne"),
        pytest.param("Sevilla, 4 de marzo de 2024 - Los soldados de la misión de paz de la ONU en el Líbano vuelven a casa.",
                     "unifil", id="es-mision-de-paz"),
        pytest.param("Seoul, March 4, 2019 - The U.N. mission in South Sudan thanked the engineers for the new road.",
                     "unmiss", id="en-un-mission-lowercase"),
        pytest.param("Hà Nội, ngày 4/3/2024 - Tổ công tác sẽ làm việc với phái bộ gìn giữ hòa bình LHQ tại Nam Sudan.",
                     "unmiss", id="vi-phai-bo-lowercase"),
        pytest.param("Dhaka, March 4, 2024 - Two peacekeepers were hurt when their convoy hit a mine in Abyei.",
                     "unisfa", id="en-abyei"),
        pytest.param("Dakar, 4 mars 2024 - Un casque bleu sénégalais a été blessé près d'Abeï.",
                     "unisfa", id="fr-abei"),
        pytest.param("Ngày 4-3, đội y tế lên đường làm nhiệm vụ gìn giữ hòa bình ở Nam Sudan.",
                     "unmiss", id="vi-no-year"),
        pytest.param("On Monday, the blue helmets in South Sudan handed over their camp.", "unmiss", id="en-no-year"),
    ],
)
def test_described_or_placed_mission_is_implied(text: str, implied: str) -> None:
    named, inferred = _missions(text)
    assert implied in inferred
    assert implied not in named


@pytest.mark.parametrize(
    "text, mission",
    [
        pytest.param("Seoul, March 4, 2019 - The United Nations Mission in South Sudan thanked the engineers.",
                     "unmiss", id="en-capitalised"),
        pytest.param("Hà Nội, ngày 4/3/2024 - Tổ công tác sẽ làm việc với Phái bộ Liên hợp quốc tại Nam Sudan.",
                     "unmiss", id="vi-capitalised"),
        pytest.param("Paris, 4 mars 2019 - La Minusma a perdu un casque bleu.", "minusma", id="fr-acronym"),
    ],
)
def test_named_mission_stays_named(text: str, mission: str) -> None:
    named, inferred = _missions(text)
    assert mission in named
    assert mission not in inferred


@pytest.mark.parametrize(
    "text",
    [
        # several operations in Haiti across the years: a text of no year chooses none
        pytest.param("On Monday, the blue helmets in Haiti handed over their camp.", id="en-haiti-no-year"),
        # Sudan's one operation alone (UNAMID) has ended: a text of no year may be of any later day
        pytest.param("Les casques bleus tués au Soudan seront inhumés samedi.", id="fr-sudan-no-year-ended"),
        # a mission described in another country than the one named later in the text
        pytest.param("Seoul, March 4, 2013 - The U.N. mission to South Sudan left. Sudan had fought a long war.",
                     id="en-other-country-no-context"),
        # no peacekeeping at all: a mission of another kind
        pytest.param("Paris, 4 mars 2019 - La mission commerciale française au Mali a signé trois contrats.",
                     id="fr-trade-mission"),
        # Abyei outside any peacekeeping context
        pytest.param("Juba, March 4, 2024 - Cattle herders from Abyei sold their herds at the market.", id="en-abyei-market"),
    ],
)
def test_nothing_implied(text: str) -> None:
    assert not {"unamid", "minustah", "minusma", "unisfa"} & set(_missions(text)[1])


def test_no_year_and_a_named_operation_imply_no_older_one() -> None:
    """Lebanon hosted UNOGIL (1958) and UNIFIL alone: with UNIFIL named and no year printed,
    nothing is left to imply."""
    named, inferred = _missions("On Monday, UNIFIL peacekeepers in Lebanon reported shelling near their base.")
    assert named == ["unifil"]
    assert inferred == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Dhaka, March 4, 2024 - Peacekeepers came under fire in Abyei, the area disputed between "
                     "Sudan and South Sudan.", id="en-between"),
        pytest.param("Dakar, 4 mars 2024 - Les casques bleus ont réparé la piste qui mène d'Abyei à la frontière "
                     "du Soudan du Sud.", id="fr-frontiere"),
        pytest.param("Madrid, 4 de marzo de 2024 - Los cascos azules patrullan Abyei hasta la frontera con Sudán del Sur.",
                     id="es-frontera"),
        pytest.param("Hà Nội, ngày 4/3/2024 - Lực lượng gìn giữ hòa bình sửa đoạn đường từ Abyei tới biên giới Nam Sudan.",
                     id="vi-bien-gioi"),
    ],
)
def test_country_named_as_a_boundary_implies_nothing(text: str) -> None:
    named, inferred = _missions(text)
    assert "unisfa" in inferred
    assert "unmiss" not in inferred


def test_country_named_as_a_host_elsewhere_still_implies() -> None:
    named, inferred = _missions("Dhaka, March 4, 2024 - Peacekeepers serve in South Sudan and at the border of Sudan.")
    assert "unmiss" in inferred


def test_named_operation_of_the_year_leaves_its_predecessor_aside() -> None:
    """MONUSCO followed MONUC in 2010: both ran that year; MONUSCO named, MONUC is not implied."""
    named, inferred = _missions("Kinshasa, 3 juillet 2010 - Des casques bleus de la MONUSCO ont été blessés en "
                                "République démocratique du Congo.")
    assert named == ["monusco"]
    assert inferred == []
