"""A long headline closing on a quotation ("Le chef : « Nous ne partirons pas ... »") is read as
the headline, not as the text's first sentence (newsdossier.segment).

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import segment


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        pytest.param("Force commander: “We will not leave the people of the north alone in this difficult and dangerous hour”",
                     "The force commander said on Monday that the peacekeepers would stay in the north. He spoke in the capital.", id="en"),
        pytest.param("Le chef de la mission : « Nous ne partirons pas tant que la sécurité des civils ne sera pas assurée »",
                     "Le chef de la mission a déclaré lundi que les Casques bleus resteraient dans la région. Il parlait à la presse.", id="fr"),
        pytest.param('El jefe de la misión: "No nos iremos hasta que la seguridad de los civiles esté garantizada en la región"',
                     "El jefe de la misión afirmó el lunes que los cascos azules permanecerán en la región. Habló ante la prensa.", id="es"),
        pytest.param("Chỉ huy phái bộ: “Chúng tôi sẽ không rời đi cho đến khi an ninh của dân thường được bảo đảm hoàn toàn”",
                     "Chỉ huy phái bộ cho biết hôm thứ Hai rằng lực lượng sẽ ở lại khu vực. Ông phát biểu trước báo chí.", id="vi"),
    ],
)
def test_a_long_headline_closing_on_a_quotation_is_the_title(headline, lead):
    assert segment("\n\n".join([headline, lead, "A second paragraph follows. It ends here."])).title == headline


def test_a_paragraph_whose_quotation_closes_a_sentence_is_still_text():
    text = "\n\n".join(["Peacekeepers stay in the north",
                        "The commander spoke on Monday. He said the force would “stay as long as the civilians need it.”",
                        "A second paragraph follows. It ends here."])
    layout = segment(text)
    assert layout.title == "Peacekeepers stay in the north"
    assert layout.paragraphs[0].startswith("The commander spoke on Monday.")
