"""A country's capital opening its clause as the subject of a speech verb stands for the
country's government ("Accra has said", "Accra a affirmé", "Hà Nội khẳng định"): the country
speaks. A capital that is only where the speakers are ("sources in Bamako said", "À Bamako, le
ministre a déclaré") names no one. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        pytest.param("en", "Accra has said its troops would stay in the mission until the end of the year.", "Ghana", id="en-accra-has-said"),
        pytest.param("fr", "Accra a affirmé que ses troupes resteraient dans la mission jusqu'à la fin de l'année.", "Ghana", id="fr-accra-a-affirme"),
        pytest.param("fr", "De son côté, Kigali a indiqué que ses soldats resteraient à Bangui.", "Rwanda", id="fr-after-an-aside-kigali"),
        pytest.param("vi", "Hà Nội khẳng định sẽ tiếp tục cử lực lượng tham gia các phái bộ gìn giữ hòa bình.", "Vietnam", id="vi-ha-noi-khang-dinh"),
    ],
)
def test_a_capital_opening_its_clause_speaks_as_its_country(language, paragraph, speaker):
    assert [q.speaker for q in quotes_of(language, paragraph)] == [speaker]


@pytest.mark.parametrize(
    "language, paragraph",
    [
        pytest.param("en", "Sources in Bamako said the mission would leave by June.", id="en-sources-in-bamako"),
        pytest.param("fr", "À Bamako, des sources ont déclaré que la mission partirait en juin.", id="fr-a-bamako-des-sources"),
    ],
)
def test_a_capital_that_is_a_place_names_no_one(language, paragraph):
    assert all(q.speaker != "Mali" for q in quotes_of(language, paragraph))
