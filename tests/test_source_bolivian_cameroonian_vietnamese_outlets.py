"""Outlets the reference lists (sources.yaml) so that their credits name them: Bolivia's news
agencies (the state's Agencia Boliviana de Información, "ABI", and Agencia de Noticias Fides,
"ANF"), Cameroon's Journal du Cameroun, and Vietnam's Đầu tư Tài chính ("ĐTTCO"), credited in
a dateline, an outlet's opening credit or a source line.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(("text", "source"), [
    ("SUCRE (ABI).- Un contingente de ochenta soldados partió el lunes hacia la misión de paz en el sur del Líbano.",
     "Agencia Boliviana de Información"),
    ("Cochabamba, 3 Abr. (ANF).- Un grupo de policías recibió la medalla de las Naciones Unidas en una ceremonia en el cuartel.",
     "Agencia de Noticias Fides"),
    ("Les soldats de la paix ont quitté la ville lundi matin, selon les habitants joints par téléphone.\n"
     "Source : Journal du Cameroun",
     "Journal du Cameroun"),
    ("(ĐTTCO) - Sáng nay, đoàn sĩ quan lên đường làm nhiệm vụ tại phái bộ sau nhiều tháng huấn luyện tại trung tâm.",
     "Đầu tư Tài chính"),
])
def test_listed_outlet_credit_names_it(text, source):
    assert extract(text).fields.get("source") == source
