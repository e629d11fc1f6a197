"""Events: a count of two or more happenings of a kind dated by a year alone ("In 2016,
three rotations of the contingents were carried out", "cuatro desfiles de medallas se
celebraron en 2018", "Năm 2016, ba đợt luân chuyển đã được thực hiện") sums the year, as a
toll over a year does (the rulebook: "40 peacekeepers died in 2019" is no event): no one
happening is dated. A single happening of the year ("In 2016, a rotation was carried out"),
a count of people rather than happenings ("In 2016, 40 soldiers were deployed"), and a count
dated by a month or a day ("two patrols were ambushed on 3 May") stay events. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import find_events

ANCHOR = PartialDate(2019, 6, 12)


def _dates(sentence: str, language: str) -> list[str]:
    return [e.date for e in find_events([(sentence, [])], ANCHOR, None, language)[0]]


@pytest.mark.parametrize("language,sentence", [
    ("en", "In 2017, three rotations of the engineering contingents were carried out."),
    ("en", "Four medal parades were held at the base in 2018."),
    ("en", "Last year, the battalion conducted 12 joint patrols with the local police."),
    ("fr", "En 2017, trois relèves des contingents du génie ont été effectuées."),
    ("fr", "Quatre cérémonies de remise de médailles ont eu lieu sur la base en 2018."),
    ("es", "En 2017 se realizaron tres rotaciones de los contingentes de ingenieros."),
    ("es", "Cuatro desfiles de medallas se celebraron en la base en 2018."),
    ("vi", "Năm 2017, ba đợt luân chuyển lực lượng công binh đã được thực hiện."),
    ("vi", "Trong năm 2018, đơn vị đã tổ chức bốn cuộc diễn tập tại căn cứ."),
])
def test_a_count_of_happenings_over_a_year_dates_none(language, sentence):
    assert _dates(sentence, language) == []


@pytest.mark.parametrize("language,sentence,expected", [
    # one happening of the year
    ("en", "In 2017, a rotation of the engineering contingent was carried out.", ["2017"]),
    ("fr", "En 2017, une relève du contingent du génie a été effectuée.", ["2017"]),
    ("es", "En 2017 se realizó una rotación del contingente de ingenieros.", ["2017"]),
    ("vi", "Năm 2017, đợt luân chuyển lực lượng công binh đã được thực hiện.", ["2017"]),
    # a count of people, not of happenings
    ("en", "In 2017, 40 engineers were deployed to the mission.", ["2017"]),
    ("es", "En 2017 fueron desplegados 40 ingenieros en la misión.", ["2017"]),
    # a count dated by a day
    ("en", "Two medal parades were held at the base on 3 May.", ["2019-05-03"]),
    ("fr", "Deux cérémonies ont eu lieu sur la base le 3 mai.", ["2019-05-03"]),
])
def test_one_happening_or_a_count_of_people_or_of_a_day_stays(language, sentence, expected):
    assert _dates(sentence, language) == expected


@pytest.mark.parametrize("language,sentence,expected", [
    # the count in another clause than the main happening's
    ("en", "In 2017 the unit was deployed to Abyei, where it carried out 200 patrols.", ["2017"]),
    ("fr", "En 2017, l'unité a été déployée à Abyei, où elle a mené 200 patrouilles.", ["2017"]),
    ("es", "En 2017 la unidad fue desplegada en Abyei, donde realizó 200 patrullas.", ["2017"]),
    ("vi", "Năm 2017, đơn vị được triển khai tới Abyei và đã thực hiện 200 chuyến tuần tra.", ["2017"]),
    ("en", "The field hospital was deployed to Bentiu in 2018 and has since conducted 3,000 operations.", ["2018"]),
    # the count of what came before the main happening, not of it
    ("en", "The battalion was deployed in 2018 after two rounds of talks.", ["2018"]),
    ("fr", "Le bataillon a été déployé en 2018 après deux visites du commandant.", ["2018"]),
    ("es", "El batallón fue desplegado en 2018 tras dos visitas del comandante.", ["2018"]),
    # "lần" after a level's number or a multiplier counts no happenings
    ("vi", "Năm 2018, Bệnh viện dã chiến cấp 2 lần đầu tiên được triển khai tới Nam Sudan.", ["2018"]),
    ("vi", "Năm 2018, số binh sĩ được triển khai tăng gấp ba lần.", ["2018"]),
])
def test_a_count_not_of_the_main_happening_leaves_it_dated(language, sentence, expected):
    assert _dates(sentence, language) == expected


@pytest.mark.parametrize("language,sentence,expected", [
    # a verb of no listed kind, the count in a relative clause after it: the place's happenings
    ("en", "The unit moved to Abyei in 2017, where it conducted 200 patrols.", ["2017"]),
    ("fr", "L'unité s'est installée à Abyei en 2017, où elle a mené 200 patrouilles.", ["2017"]),
    ("es", "La unidad se instaló en Abyei en 2017, donde realizó 200 patrullas.", ["2017"]),
])
def test_a_count_in_a_relative_clause_after_the_main_verb_leaves_it_dated(language, sentence, expected):
    assert _dates(sentence, language) == expected
