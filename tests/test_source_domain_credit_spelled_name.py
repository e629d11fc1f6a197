"""An outlet credited by its web domain alone ("(Examplenews.com) -" opening the lead,
"Source: Lecourrierdunord.fr") that the reference does not know, where the page also prints
the outlet's full name ("a reporter of Example News", "le Courrier du Nord", "báo Thời báo
Ví dụ"): the source is that name as printed, the domain being its short form. The name's
letters spell the domain's first label; words a domain leaves out ("và", "y", "et", "and":
vocabulary domain_dropped_words) may stand between them, and the name's words after its
first may be printed in lower case, as Vietnamese writes "Thể thao và Đời sống". A domain the
page spells nowhere stays the source as printed, and so does one spelled only by words in
lower case. The name is a whole one (the head of "the Peace Organisation of Ridgeland" is
not "Peace"), and a sentence's first word alone is none ("Peace returned to the town").

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.ingest.sitename import name_spelled_loosely

_REST = {
    "en": "The battalion spent two months training at the base before the minister came to see it off.",
    "fr": "Le bataillon s'est entraîné deux mois à la base avant la visite de la ministre venue le saluer.",
    "es": "El batallón se entrenó dos meses en la base antes de que la ministra viniera a despedirlo.",
    "vi": "Tiểu đoàn đã huấn luyện hai tháng tại căn cứ trước khi bộ trưởng đến tiễn đơn vị lên đường.",
}


def _page(language: str, lead: str, *more: str) -> str:
    return "\n".join(["Headline of the story of the day", lead, _REST[language], *more])


@pytest.mark.parametrize(("language", "lead", "more", "source"), [
    ("en", "(Harbournews.com) - The peacekeeping battalion left for the south on Friday, the ministry said in a statement.",
     "A reporter of Harbour News met the soldiers at the airport.", "Harbour News"),
    ("fr", "(Lecourrierdunord.fr) - Le bataillon de casques bleus est parti vendredi pour le sud, a indiqué le ministère.",
     "Un journaliste du Courrier du Nord a rencontré les soldats à l'aéroport. © Le Courrier du Nord", "Le Courrier du Nord"),
    ("es", "(Elfaroyelpuerto.com) - El batallón de cascos azules partió el viernes hacia el sur, informó el ministerio.",
     "Un periodista de El Faro y el Puerto acompañó a los soldados en el aeropuerto.", "El Faro y el Puerto"),
    ("vi", "(Thoibaovidu.vn) - Tiểu đoàn gìn giữ hòa bình đã lên đường đi miền nam hôm thứ Sáu, Bộ Quốc phòng cho biết.",
     "Phóng viên báo Thời báo Ví dụ đã gặp các chiến sĩ tại sân bay.", "Thời báo Ví dụ"),
    ("vi", "(Thethaovadoisong.vn) - Tiểu đoàn gìn giữ hòa bình đã lên đường đi miền nam hôm thứ Sáu, Bộ Quốc phòng cho biết.",
     "PV báo Thể thao và Đời sống đã gặp các chiến sĩ tại sân bay.", "Thể thao và Đời sống"),
    # near misses: the page spells the domain nowhere, or only in lower case
    ("en", "(Harbournews.com) - The peacekeeping battalion left for the south on Friday, the ministry said in a statement.",
     "The soldiers were met at the airport.", "Harbournews.com"),
    ("en", "(Harbournews.com) - The peacekeeping battalion left for the south on Friday, the ministry said in a statement.",
     "the harbour news was read at the airport.", "Harbournews.com"),
    # misfires: the label spells the head or the tail of a longer name, or a sentence's first word
    ("en", "(Peace.org) - The peacekeeping battalion left for the south on Friday, the ministry said in a statement.",
     "The Peace Organisation of Ridgeland sent observers to the town.", "Peace.org"),
    ("en", "(Peace.org) - The peacekeeping battalion left for the south on Friday, the ministry said in a statement.",
     "Peace returned to the town on Sunday after the talks.", "Peace.org"),
    ("fr", "(Paix.org) - Le bataillon de casques bleus est parti vendredi pour le sud, a indiqué le ministère.",
     "La Paix Durable, une association locale, a envoyé des observateurs.", "Paix.org"),
    ("es", "(Esperanza.com) - El batallón de cascos azules partió el viernes hacia el sur, informó el ministerio.",
     "La Fundación Esperanza envió observadores al pueblo.", "Esperanza.com"),
    ("es", "(Esperanza.com) - El batallón de cascos azules partió el viernes hacia el sur, informó el ministerio.",
     "Esperanza volvió al pueblo el domingo tras las negociaciones.", "Esperanza.com"),
    ("vi", "(Hoabinh.vn) - Tiểu đoàn gìn giữ hòa bình đã lên đường đi miền nam hôm thứ Sáu, Bộ Quốc phòng cho biết.",
     "Hòa bình đã trở lại thị trấn vào Chủ nhật sau các cuộc đàm phán.", "Hoabinh.vn"),
    ("vi", "(Hoabinh.vn) - Tiểu đoàn gìn giữ hòa bình đã lên đường đi miền nam hôm thứ Sáu, Bộ Quốc phòng cho biết.",
     "Tổ chức Hòa Bình Xanh đã cử quan sát viên đến thị trấn.", "Hoabinh.vn"),
    # a noun of the outlet's kind capitalised before the name
    ("vi", "(Thethaovadoisong.vn) - Tiểu đoàn gìn giữ hòa bình đã lên đường đi miền nam hôm thứ Sáu, Bộ Quốc phòng cho biết.",
     "PV Báo Thể thao và Đời sống đã gặp các chiến sĩ tại sân bay.", "Thể thao và Đời sống"),
    ("es", "(Elfaroyelpuerto.com) - El batallón de cascos azules partió el viernes hacia el sur, informó el ministerio.",
     "Un periodista del Diario El Faro y el Puerto acompañó a los soldados.", "El Faro y el Puerto"),
    # a name of two capitalised words opening a sentence is one
    ("en", "(Harbournews.com) - The peacekeeping battalion left for the south on Friday, the ministry said in a statement.",
     "Harbour News reported that the soldiers were met at the airport.", "Harbour News"),
    ("vi", "(Thethaovadoisong.vn) - Tiểu đoàn gìn giữ hòa bình đã lên đường đi miền nam hôm thứ Sáu, Bộ Quốc phòng cho biết.",
     "Thể thao và Đời sống đưa tin các chiến sĩ đã đến sân bay.", "Thể thao và Đời sống"),
])
def test_a_domain_credit_is_the_name_the_page_spells(language, lead, more, source):
    assert extract(_page(language, lead, more)).fields["source"] == source


@pytest.mark.parametrize(("domain", "lines", "name"), [
    ("thoibaovidu.vn", ["Phóng viên báo Thời báo Ví dụ đã đến."], "Thời báo Ví dụ"),
    ("elfaroyelpuerto.com", ["Un periodista de El Faro y el Puerto."], "El Faro y el Puerto"),
    ("restofworld.org", ["Reporting by Rest of World."], "Rest of World"),
    ("harbournews.com", ["harbour news at noon"], None),
    ("hn.com", ["Harbour News"], None),
])
def test_name_spelled_loosely(domain, lines, name):
    assert name_spelled_loosely(domain, lines) == name
