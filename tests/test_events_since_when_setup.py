"""Events: a since-date opening a time clause that tells the mission's own setting-up ("since
March 2009, when the mission was deployed", "depuis mars 2009, quand la mission a été
déployée", "desde marzo de 2009, cuando la misión fue desplegada", "kể từ tháng 3/2009, khi
phái bộ được triển khai") is the setting-up in passing (the rulebook: "the mission, set up in
2013," is no event), as "since its deployment in 2009" is: it dates no deployment. A time
clause telling another happening ("since March 2009, when rebels attacked the main base")
still dates it. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import find_events

ANCHOR = PartialDate(2012, 5, 10)
OPENING = {  # a lead of its own, so that the sentence tested is read further down
    "en": "The mission held a medal parade on 3 May.",
    "fr": "La mission a organisé une remise de médailles le 3 mai.",
    "es": "La misión celebró un desfile de medallas el 3 de mayo.",
    "vi": "Phái bộ đã tổ chức lễ trao huy chương ngày 3/5.",
}


def _dates(sentence: str, language: str) -> list[str]:
    return [e.date for e in find_events([(OPENING[language], []), (sentence, [])], ANCHOR, None, language)[0]]


@pytest.mark.parametrize("language,sentence", [
    ("en", "Thirty peacekeepers have died in the region since March 2009, when the mission was deployed."),
    ("en", "The camp has grown since March 2009 when the peacekeeping mission was established."),
    ("fr", "Trente Casques bleus sont morts dans la région depuis mars 2009, quand la mission a été déployée."),
    ("es", "Treinta cascos azules han muerto en la región desde marzo de 2009, cuando la misión fue desplegada."),
    ("vi", "Ba mươi binh sĩ đã thiệt mạng trong khu vực kể từ tháng 3/2009, khi phái bộ được triển khai."),
])
def test_a_since_clause_of_the_mission_setting_up_dates_nothing(language, sentence):
    assert "2009-03" not in _dates(sentence, language)


@pytest.mark.parametrize("language,sentence", [
    ("en", "Thirty peacekeepers have died in the region since March 2009, when rebels attacked the main base."),
    ("es", "La zona vive en alerta desde marzo de 2009, cuando los rebeldes atacaron la base principal."),
])
def test_a_since_clause_of_another_happening_dates_it(language, sentence):
    assert "2009-03" in _dates(sentence, language)


@pytest.mark.parametrize("language,sentence", [
    # the mission deploying others or setting up something: a happening of its own
    ("en", "The town has been calm since March 2009, when the mission deployed troops to the border."),
    ("fr", "La ville est calme depuis mars 2009, quand la mission a déployé des troupes à la frontière."),
    ("en", "The town has been calm since March 2009, when the mission set up a base in the town."),
    ("fr", "La ville est calme depuis mars 2009, lorsque la mission a mis en place une base dans la ville."),
    # another happening of the mission, a setting-up told further on
    ("en", "The town has been calm since March 2009, when the mission was attacked and a battalion was deployed."),
    ("en", "The town has been calm since March 2009, when the mission's convoy was ambushed near the newly established camp."),
    ("es", "La ciudad está en calma desde marzo de 2009, cuando la misión fue atacada por rebeldes desplegados en la zona."),
])
def test_a_since_clause_of_the_mission_doing_something_else_dates_it(language, sentence):
    assert "2009-03" in _dates(sentence, language)
