"""Events: a sentence naming a happening again and linking it to ANOTHER one ("The attack
came after ...", "L'attaque fait suite à ...", "El atentado se suma al que ...", "como el que
se produjo ...", "Vụ tấn công xảy ra sau khi ...": vocabulary "sequel_links") gives the date
printed after the link to that other happening, an event of its own; the happening named
again keeps the lead's day and is not told twice. With no date after the link nothing is
added. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

FRIDAY = PartialDate(2023, 6, 9)  # Thursday is 8 June; last week 29 May - 4 June

LEADS = {
    "en": "Gunmen attacked a UN convoy near Kidal on Thursday, killing two peacekeepers.",
    "fr": "Des hommes armés ont attaqué jeudi un convoi de l'ONU près de Kidal, tuant deux casques bleus.",
    "es": "Hombres armados atacaron el jueves un convoy de la ONU cerca de Kidal y mataron a dos cascos azules.",
    "vi": "Các tay súng đã tấn công một đoàn xe của Liên hợp quốc gần Kidal hôm thứ Năm, làm hai binh sĩ thiệt mạng.",
}


def dates_of(later: str, language: str) -> list[str]:
    """Dates of the events of an article of the language's lead and `later`, dated FRIDAY."""
    return [e.date for e in article_events([LEADS[language], later], language, FRIDAY)]


@pytest.mark.parametrize(
    "later, language, other",
    [
        pytest.param("The attack came after a roadside bomb killed three soldiers near Gao last week.", "en",
                     "2023-05-29/2023-06-04", id="en-came-after"),
        pytest.param("The ambush follows the shelling of a camp in Gao on 2 June.", "en", "2023-06-02", id="en-follows"),
        pytest.param("L'attaque fait suite à un attentat contre le camp de Gao le 2 juin.", "fr", "2023-06-02", id="fr-fait-suite"),
        pytest.param("L'embuscade intervient après le bombardement d'un camp à Gao la semaine dernière.", "fr",
                     "2023-05-29/2023-06-04", id="fr-intervient-apres"),
        pytest.param("El ataque se suma al que se produjo el 2 de junio contra el campamento de Gao.", "es", "2023-06-02",
                     id="es-se-suma"),
        pytest.param("Nadie reivindicó el ataque, pero la región sufre otros atentados, como el que se produjo la semana "
                     "pasada contra un hotel de Gao.", "es", "2023-05-29/2023-06-04", id="es-como-el-que"),
        pytest.param("Vụ tấn công xảy ra sau khi một quả bom làm ba binh sĩ thiệt mạng gần Gao ngày 2/6.", "vi",
                     "2023-06-02", id="vi-xay-ra-sau-khi"),
    ],
)
def test_the_date_after_a_sequel_link_is_another_happening(later, language, other):
    assert dates_of(later, language) == ["2023-06-08", other]


@pytest.mark.parametrize(
    "later, language",
    [
        pytest.param("The attack came after months of tension in the region.", "en", id="en-no-date"),
        pytest.param("L'attaque fait suite à des mois de tension dans la région.", "fr", id="fr-no-date"),
    ],
)
def test_a_sequel_link_without_a_date_adds_nothing(later, language):
    assert dates_of(later, language) == ["2023-06-08"]
