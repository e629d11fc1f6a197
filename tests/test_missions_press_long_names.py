"""UN operations named by the long names the French, Spanish and Vietnamese press give them,
not only by the official ones: the UN by its acronym ("Mission de l'ONU pour la stabilisation
en RDC", "Misión de Estabilización de la ONU en la República Democrática del Congo"), another
preposition ("Misión de Naciones Unidas para el Referéndum en el Sáhara Occidental"),
"Organisation" for "Organisme", and the Vietnamese "Phái bộ ... tại <place>" built from each
operation's Vietnamese places (missions.yaml places_vi) and the forces' own names ("Lực lượng
Lâm thời Liên hợp quốc tại Liban"). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def missions(text: str) -> set[str]:
    return {f.name for f in extract("Tin\n\n" + text + "\n").entities.values() if f.kind == "mission"}


@pytest.mark.parametrize(
    "text, acronym",
    [
        pytest.param("Un convoi de la Mission de l'ONU pour la stabilisation en RDC a été attaqué mardi près de Beni.", "MONUSCO", id="fr-monusco-onu-rdc"),
        pytest.param("L'Organisation des Nations unies chargée de la surveillance de la trêve compte des observateurs au Golan.", "UNTSO", id="fr-untso-organisation"),
        pytest.param("Un convoy de la Misión de Estabilización de la ONU en la República Democrática del Congo fue atacado el martes.", "MONUSCO", id="es-monusco-onu"),
        pytest.param("El Consejo prorrogó el mandato de la Misión de Naciones Unidas para el Referéndum en el Sáhara Occidental.", "MINURSO", id="es-minurso-en-el"),
        pytest.param("Hai sĩ quan của Phái bộ gìn giữ hòa bình của Liên hợp quốc tại Mali đã về nước an toàn.", "MINUSMA", id="vi-minusma"),
        pytest.param("Phái bộ Ổn định đa chiều hợp nhất của Liên hợp quốc tại Cộng hòa Trung Phi đã tiếp đoàn công tác.", "MINUSCA", id="vi-minusca-full"),
        pytest.param("Một binh sĩ thuộc Phái bộ LHQ ở CHDC Congo bị thương trong vụ phục kích.", "MONUSCO", id="vi-monusco"),
        pytest.param("Lực lượng Lâm thời Liên hợp quốc tại Lebanon cho biết một tháp canh bị trúng đạn.", "UNIFIL", id="vi-unifil"),
        pytest.param("Hội đồng Bảo an gia hạn nhiệm vụ của Lực lượng gìn giữ hòa bình Liên hợp quốc tại Síp thêm một năm.", "UNFICYP", id="vi-unficyp"),
        pytest.param("Phái bộ Liên hợp quốc tại Tây Sahara vẫn chưa tổ chức được cuộc trưng cầu dân ý.", "MINURSO", id="vi-minurso"),
    ],
)
def test_the_press_long_name_names_the_operation(text, acronym):
    assert acronym in missions(text)
