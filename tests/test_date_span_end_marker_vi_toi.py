"""Vietnamese writes the end of a span with "tính tới" (counted up to) and "cho tới" (until) as
with "tính đến", "cho đến" ("khoản chi ... tính tới 30/6/2032": the spending counted up
to 30 June 2032, "cho tới ngày 31/12/2032"): such a day is a deadline's, looked forward to, and
never dates the article, as "through", "jusqu'au" and "hasta el" do not in the other languages.
A day with no such word before it still dates the text, and "tới" alone (a journey's verb,
"tới Juba ngày ...") marks no span's end.
Every text is invented for the tests."""
from __future__ import annotations

import datetime

import pytest

from newsdossier.extract import extract

_TODAY = datetime.date(2034, 1, 1)


@pytest.mark.parametrize("language, headline, lead", [
    pytest.param("vi", "Ủy ban duyệt ngân sách cho trại huấn luyện",
                 "Ủy ban đã duyệt khoản chi cho trại huấn luyện, tính tới 30/6/2032, sau cuộc họp kéo dài hai ngày.", id="vi-tinh-toi"),
    pytest.param("vi", "Phái bộ được gia hạn nhiệm vụ",
                 "Hội đồng Bảo an đã gia hạn nhiệm vụ của phái bộ cho tới ngày 31/12/2032, theo nghị quyết được thông qua.", id="vi-cho-toi-ngay"),
    pytest.param("en", "Committee approves the training camp's spending",
                 "The committee approved the training camp's spending through 30 June 2032 after a two-day meeting.", id="en-through"),
    pytest.param("fr", "Le comité approuve les dépenses du camp d'entraînement",
                 "Le comité a approuvé les dépenses du camp d'entraînement jusqu'au 30 juin 2032 après deux jours de réunion.", id="fr-jusquau"),
    pytest.param("es", "El comité aprueba el gasto del campo de entrenamiento",
                 "El comité aprobó el gasto del campo de entrenamiento hasta el 30 de junio de 2032 tras dos días de reunión.", id="es-hasta-el"),
])
def test_a_span_end_does_not_date_the_article(language, headline, lead):
    assert not extract(f"{headline}\n\n{lead}", today=_TODAY).fields["date"].startswith("2032")


@pytest.mark.parametrize("lead", [
    pytest.param("Ngày 30/6/2029, ủy ban đã duyệt khoản chi cho trại huấn luyện.", id="vi-day-alone"),
    pytest.param("Bộ trưởng tới Juba ngày 30/6/2029 để thăm các chiến sĩ của phái bộ.", id="vi-toi-a-place"),
])
def test_a_day_without_span_end_still_dates(lead):
    assert extract(f"Trại huấn luyện của lực lượng gìn giữ hòa bình\n\n{lead}", today=_TODAY).fields["date"].startswith("2029")
