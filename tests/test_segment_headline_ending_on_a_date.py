"""A headline that ends on a full date - which the date reader takes for a date line, or which
is kept out of the heading-like lines for the date it carries - is still the title where it
opens the page, whole however long (newsdossier.segment).

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import segment

SECOND = "A second paragraph follows the first one. It ends here."


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        pytest.param("Peacekeepers mark 75 years of service on 29 May 2023",
                     "Peacekeepers around the world marked 75 years of service on Monday with ceremonies in several missions, the UN said.", id="en"),
        pytest.param("Les Casques bleus de la mission célèbrent dans tout le pays leurs 75 ans de service le 29 mai 2023",
                     "Les Casques bleus ont célébré lundi 75 ans de service lors de cérémonies dans plusieurs missions, a indiqué l'ONU.", id="fr"),
        pytest.param("Los cascos azules de la misión celebran en todo el país sus 75 años de servicio el 29 de mayo de 2023",
                     "Los cascos azules celebraron el lunes 75 años de servicio con ceremonias en varias misiones, informó la ONU.", id="es"),
        pytest.param("Lực lượng gìn giữ hòa bình của phái bộ trên khắp đất nước kỷ niệm 75 năm phục vụ ngày 29/5/2023",
                     "Lực lượng gìn giữ hòa bình trên khắp thế giới đã kỷ niệm 75 năm phục vụ hôm thứ Hai, Liên hợp quốc cho biết.", id="vi"),
    ],
)
@pytest.mark.parametrize("menu", [[], ["Home", "World"]], ids=["first-line", "under-a-menu"])
def test_a_headline_ending_on_a_date_is_the_title(headline, lead, menu):
    assert segment("\n\n".join([*menu, headline, lead, SECOND])).title == headline


def test_a_date_line_with_a_label_is_no_title():
    layout = segment("\n\n".join(["Published by the newsroom on 29 May 2023",
                                  "Peacekeepers around the world marked 75 years of service on Monday, the UN said.", SECOND]))
    assert layout.title is None


def test_a_dated_title_bar_over_the_bare_headline_is_no_title():
    from newsdossier.extract import extract

    text = "\n\n".join(["Adiós a la misión de paz en el Caribe - 24 de febrero de 2017 - El Diario - Noticias",
                        "Adiós a la misión de paz en el Caribe",
                        "El Gobierno dispuso el regreso de la misión de paz de las Fuerzas Armadas en el Caribe, tras trece años.", SECOND])
    assert extract(text).fields["title"] == "Adiós a la misión de paz en el Caribe"
