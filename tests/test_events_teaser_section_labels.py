"""Events: a widget's label over other stories, alone on its line ("More from this section",
"Other news", "Autres infos", "Autres articles", "Otras noticias", "Lo más leído", "Các tin đã
đưa", "Tin cùng chủ đề": vocabulary "teaser_markers"), ends the article: the dated headlines
under it are teasers of other stories, no events of this one. The same words inside a sentence
of the body mark nothing. Every text here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.ingest.known import Known

BODY = {
    "en": "Peacekeepers parade\n\nJUBA, 12 May 2021 - The battalion held its medal parade on Monday in Juba.\n\nThe troops have served for nine months.\n\n",
    "fr": "Défilé des casques bleus\n\nJUBA, 12 mai 2021 - Le bataillon a tenu sa parade des médailles lundi à Juba.\n\nLes soldats servent depuis neuf mois.\n\n",
    "es": "Desfile de cascos azules\n\nJUBA, 12 may 2021 - El batallón celebró su desfile de medallas el lunes en Yuba.\n\nLos soldados llevan nueve meses de servicio.\n\n",
    "vi": "Lễ trao huy chương\n\nJuba, ngày 12/5/2021 - Tiểu đoàn tổ chức lễ trao huy chương hôm thứ Hai tại Juba.\n\nCác chiến sĩ đã phục vụ chín tháng.\n\n",
}


def _dates(text: str) -> list[str]:
    known = Known({})
    known.add("date", "2021-05-12", "collector", "test")
    return [str(e.date) for e in extract(text, known).events]


@pytest.mark.parametrize(
    "language, tail",
    [
        pytest.param("en", "More from this section\n\nChinese engineers arrive in Juba on Friday\n\nNepal sends a new battalion to Lebanon on 2 May",
                     id="en-more-from-this-section"),
        pytest.param("en", "Other news\n\nFive peacekeepers wounded in an ambush near Gao on Sunday", id="en-other-news"),
        pytest.param("fr", "AUTRES INFOS\n\nCinq casques bleus tués dans une embuscade près de Gao dimanche\n\nLe chef de l'ONU en visite à Bamako le 3 mai",
                     id="fr-autres-infos"),
        pytest.param("fr", "Autres articles\n\nDes ingénieurs chinois arrivés à Juba vendredi", id="fr-autres-articles"),
        pytest.param("es", "Otras noticias\n\nIngenieros chinos llegaron a Yuba el viernes\n\nEl jefe de la ONU visitó Bamako el 3 de mayo",
                     id="es-otras-noticias"),
        pytest.param("es", "Lo más leído\n\nMueren cinco cascos azules en una emboscada cerca de Gao el domingo", id="es-lo-mas-leido"),
        pytest.param("vi", "Các tin đã đưa\n\nTổng Thư ký LHQ thăm Bamako ngày 3/5\n\nCông binh Trung Quốc đến Juba hôm thứ Sáu",
                     id="vi-cac-tin-da-dua"),
        pytest.param("vi", "Tin cùng chủ đề\n\nTổng Thư ký LHQ thăm Bamako ngày 3/5", id="vi-tin-cung-chu-de"),
    ],
)
def test_the_headlines_under_a_label_of_other_stories_are_no_events(language, tail):
    assert _dates(BODY[language] + tail) == ["2021-05-10"]


@pytest.mark.parametrize(
    "language, tail, date",
    [
        # the words in a sentence of the body: no label, the sentence's happening stays
        pytest.param("en", "Other news outlets reported that a convoy was attacked near Gao on 3 May.", "2021-05-03",
                     id="en-other-news-in-a-sentence"),
        pytest.param("fr", "Autres infos du jour : le convoi a été attaqué près de Gao le 3 mai.", "2021-05-03",
                     id="fr-autres-infos-with-text"),
        pytest.param("es", "Otras noticias indican que el convoy fue atacado cerca de Gao el 3 de mayo.", "2021-05-03",
                     id="es-otras-noticias-in-a-sentence"),
        # the article's own subheading, its short paragraphs going on under it, each ending as a sentence
        pytest.param("en", "Other news\n\nOn 3 May, engineers repaired the airstrip in Wau.\n\nA clinic opened in Bor on 5 May.",
                     "2021-05-03", id="en-own-subheading"),
        pytest.param("fr", "Autres infos\n\nLe 3 mai, des ingénieurs ont réparé la piste de Wau.\n\nUne clinique a ouvert à Bor le 5 mai.",
                     "2021-05-03", id="fr-own-subheading"),
        pytest.param("es", "Otras noticias\n\nEl 3 de mayo, los ingenieros repararon la pista de Wau.\n\nUna clínica abrió en Bor el 5 de mayo.",
                     "2021-05-03", id="es-own-subheading"),
        pytest.param("vi", "Các tin khác\n\nNgày 3/5, công binh sửa đường băng ở Wau.\n\nNgày 5/5, một trạm y tế mở cửa ở Bor.",
                     "2021-05-03", id="vi-own-subheading"),
    ],
)
def test_the_words_inside_a_sentence_mark_nothing(language, tail, date):
    assert date in _dates(BODY[language] + tail)
