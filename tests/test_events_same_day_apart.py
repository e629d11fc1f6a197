"""Events: two happenings of one day are one event only when they are one happening told twice
(kinds of one family, the same place or none named). A sentence opened by "The same day" ("Le
même jour", "El mismo día", "Cùng ngày"; vocabulary "same_day_openers") tells another
happening of that day; two tellings of one day whose sentences print different places ("at
Ber", "near Konna", "in the village of Ramyah"; events.printed_places), known to reference data
or not, are two happenings; and the registry never merges two findings of one article, which
are one per happening already. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import EventFinding
from eventcases import article_events

MONDAY = PartialDate(2023, 6, 12)  # Saturday is 10 June


def dates_of(sentences: list[str], language: str) -> list[str]:
    return [e.date for e in article_events(sentences, language, MONDAY)]


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["On Saturday, gunmen attacked the UN camp at Ber and killed one peacekeeper.",
                      "The same day, a convoy hit an explosive device near Konna, wounding three peacekeepers."],
                     "en", id="en-the-same-day"),
        pytest.param(["Samedi, une attaque contre le camp de l'ONU à Ber a tué un casque bleu.",
                      "Le même jour, un convoi a heurté un engin explosif près de Konna, blessant trois casques bleus."],
                     "fr", id="fr-le-meme-jour"),
        pytest.param(["El sábado, un ataque contra el campamento de la ONU en Ber mató a un casco azul.",
                      "El mismo día, un convoy pisó un artefacto explosivo cerca de Konna e hirió a tres cascos azules."],
                     "es", id="es-el-mismo-dia"),
        pytest.param(["Hôm thứ Bảy, một cuộc tấn công vào trại của Liên hợp quốc ở Ber đã làm một binh sĩ thiệt mạng.",
                      "Cùng ngày, một đoàn xe trúng mìn gần Konna, làm ba binh sĩ bị thương."],
                     "vi", id="vi-cung-ngay"),
        pytest.param(["Gunmen attacked the UN camp at Ber on Saturday, killing one peacekeeper.",
                      "On Saturday, a UN convoy hit a roadside bomb near Konna, wounding three peacekeepers."],
                     "en", id="en-two-places-of-one-day"),
        pytest.param(["On Saturday, gunmen attacked the UN camp at Ber, killing two peacekeepers.",
                      "Hours later, a convoy hit a mine, wounding four peacekeepers."], "en", id="en-hours-later"),
        pytest.param(["Samedi, des hommes armés ont attaqué le camp de l'ONU à Ber, tuant deux casques bleus.",
                      "Quelques heures plus tard, un convoi a sauté sur une mine, blessant quatre casques bleus."],
                     "fr", id="fr-quelques-heures-plus-tard"),
        pytest.param(["El sábado, hombres armados atacaron el campamento de la ONU en Ber y mataron a dos cascos azules.",
                      "Horas después, un vehículo de la misión pisó una mina e hirió a cuatro cascos azules."],
                     "es", id="es-horas-despues"),
        pytest.param(["Hôm thứ Bảy, các tay súng tấn công trại của Liên hợp quốc ở Ber, làm hai binh sĩ thiệt mạng.",
                      "Vài giờ sau, một đoàn xe trúng mìn, làm bốn binh sĩ bị thương."], "vi", id="vi-vai-gio-sau"),
        pytest.param(["Des hommes armés ont attaqué samedi le camp de l'ONU à Ber, tuant un casque bleu.",
                      "Samedi, un convoi de l'ONU a sauté sur une mine près de Konna, blessant trois casques bleus."],
                     "fr", id="fr-two-places-of-one-day"),
        pytest.param(["Hombres armados atacaron el sábado el campamento de la ONU en Ber y mataron a un casco azul.",
                      "El sábado, un convoy de la ONU pisó una mina cerca de Konna e hirió a tres cascos azules."],
                     "es", id="es-two-places-of-one-day"),
        pytest.param(["Hôm thứ Bảy, các tay súng tấn công trại của Liên hợp quốc ở Ber, làm một binh sĩ thiệt mạng.",
                      "Hôm thứ Bảy, một đoàn xe của Liên hợp quốc trúng mìn gần Konna, làm ba binh sĩ bị thương."],
                     "vi", id="vi-two-places-of-one-day"),
        pytest.param(["Two peacekeepers were wounded on Saturday when gunmen fired on a UN base in Ber.",
                      "On Saturday, a UN convoy hit a roadside bomb near Konna, wounding three others."],
                     "en", id="en-two-places-casualties"),
        pytest.param(["Peacekeepers came under fire in southern Lebanon, the mission said on Monday.",
                      "A patrol was hit by gunfire near Kfar Kela on Saturday.",
                      "On Saturday, a position near Naqoura was also damaged by shelling."],
                     "en", id="en-the-lead-dated-by-one-then-another-place"),
        pytest.param(["Two peacekeepers were wounded on Saturday when gunfire hit a post in the town of Tibnine.",
                      "On Saturday, a shell also wounded a soldier at a position in the village of Ramyah."],
                     "en", id="en-the-village-of"),
    ],
)
def test_two_happenings_of_one_day_stay_apart(sentences, language):
    assert dates_of(sentences, language) == ["2023-06-10", "2023-06-10"]


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["Gunmen attacked a UN camp near Ber on Saturday, killing one peacekeeper.",
                      "The assault on the camp at Ber on Saturday lasted two hours."], "en", id="en-same-place-told-twice"),
        pytest.param(["Gunmen attacked a UN camp on Saturday, killing one peacekeeper.",
                      "The camp at Ber was attacked by gunmen on Saturday morning."], "en", id="en-no-place-then-a-place"),
        pytest.param(["Des hommes armés ont attaqué samedi un camp de l'ONU, tuant un casque bleu.",
                      "Le camp de Ber a été attaqué samedi matin par des hommes armés."], "fr", id="fr-no-place-then-a-place"),
        pytest.param(["A first group of 130 peacekeepers left Kigali on Saturday to relieve the battalion in Malakal, "
                      "whose first group arrived home the same day."], "en", id="en-the-same-day-closing-a-clause"),
    ],
)
def test_one_happening_told_twice_is_one_event(sentences, language):
    assert dates_of(sentences, language) == ["2023-06-10"]


def _attack(place: str | None) -> EventFinding:
    return EventFinding("attack", "Attack", "", start=PartialDate(2023, 6, 10), place=place, place_code="ML" if place else None)


@pytest.mark.parametrize(
    "reports, events",
    [
        pytest.param([(None, "article-1"), (None, "article-1")], 2, id="two-findings-of-one-article-stay-apart"),
        pytest.param([(None, "article-1"), (None, "article-2")], 1, id="one-happening-told-by-two-articles"),
        pytest.param([(None, "article-1"), (None, "article-1"), (None, "article-2")], 2,
                     id="another-article-joins-the-first-of-them"),
    ],
)
def test_the_registry_keeps_an_articles_happenings_apart(reports, events):
    from newsdossier.registry import Registry, merge_event

    registry = Registry()
    for place, article in reports:
        merge_event(registry, _attack(place), article, [], [])
    assert len(registry.entries) == events


# A same-day link opening a clause inside a sentence, after a comma, a semicolon or "and",
# "et", "y", "và" (events.same_day_clauses): another happening of that day, each clause with
# the place it prints.
@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("On Saturday, gunmen attacked a UN base in Gao, killing one peacekeeper, "
                     "and hours later a convoy hit a mine near Kidal.", "en", id="en-and-hours-later"),
        pytest.param("On Saturday, gunmen attacked a UN base in Gao and killed one peacekeeper; "
                     "the same day, a convoy was ambushed near Kidal.", "en", id="en-semicolon-the-same-day"),
        pytest.param("Samedi, des hommes armés ont attaqué une base de l'ONU à Gao, tuant un casque bleu, "
                     "le même jour, un convoi a été pris en embuscade près de Kidal.", "fr", id="fr-comma-le-meme-jour"),
        pytest.param("Samedi, des hommes armés ont attaqué une base de l'ONU à Gao, tuant un casque bleu, "
                     "et quelques heures plus tard un convoi a sauté sur une mine près de Kidal.", "fr",
                     id="fr-et-quelques-heures-plus-tard"),
        pytest.param("El sábado, hombres armados atacaron una base de la ONU en Gao y mataron a un casco azul; "
                     "ese mismo día, un convoy fue emboscado cerca de Kidal.", "es", id="es-semicolon-ese-mismo-dia"),
        pytest.param("El sábado, hombres armados atacaron una base de la ONU en Gao y mataron a un casco azul, "
                     "y horas después un convoy pisó una mina cerca de Kidal.", "es", id="es-y-horas-despues"),
        pytest.param("Hôm thứ Bảy, các tay súng tấn công một căn cứ của Liên hợp quốc ở Gao, làm một binh sĩ thiệt mạng, "
                     "cùng ngày, một đoàn xe bị phục kích gần Kidal.", "vi", id="vi-comma-cung-ngay"),
        pytest.param("Hôm thứ Bảy, các tay súng tấn công một căn cứ của Liên hợp quốc ở Gao, làm một binh sĩ thiệt mạng, "
                     "và vài giờ sau một đoàn xe trúng mìn gần Kidal.", "vi", id="vi-va-vai-gio-sau"),
    ],
)
def test_a_same_day_clause_tells_another_happening(sentence, language):
    events = article_events([sentence], language, MONDAY)
    assert [(e.date, e.place) for e in events] == [("2023-06-10", "Gao"), ("2023-06-10", "Kidal")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("On Saturday, gunmen attacked a UN base in Gao, and hours later the attack was claimed by an armed group.",
                     "en", id="en-the-attack-again"),
        pytest.param("Des hommes armés ont attaqué samedi une base de l'ONU à Gao, et le même jour l'attaque a été "
                     "revendiquée par un groupe armé.", "fr", id="fr-l-attaque-again"),
        pytest.param("Hombres armados atacaron el sábado una base de la ONU en Gao, y horas después el ataque fue "
                     "reivindicado por un grupo armado.", "es", id="es-el-ataque-again"),
        pytest.param("Các tay súng tấn công một căn cứ của Liên hợp quốc ở Gao hôm thứ Bảy, và vài giờ sau vụ tấn công "
                     "được một nhóm vũ trang nhận trách nhiệm.", "vi", id="vi-vu-tan-cong-again"),
    ],
)
def test_a_same_day_clause_naming_the_happening_again_is_one_event(sentence, language):
    events = article_events([sentence], language, MONDAY)
    assert [(e.date, e.place) for e in events] == [("2023-06-10", "Gao")]
