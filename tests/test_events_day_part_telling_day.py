"""Events: a happening told deep in an article with a part of the day of its own and no day
("attacked at dawn", "à l'aube", "al amanecer", "lúc rạng sáng"), in a sentence whose telling
has a day ("..., the mission said on Monday"), took place on the day it was told: the part of
the day ties it to one day, and the only day the text gives is the telling's. Without a part
of the day it may be any day before the telling ("The base was attacked, the mission said on
Monday"): no day, as before. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 10)  # a Wednesday; Monday is 8 May


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The camp near Ménaka was shelled at dawn, the mission said on Monday.", "en", id="en-at-dawn"),
        pytest.param("At daybreak, gunmen attacked the camp near Ménaka, a spokesperson said on Monday.", "en", id="en-at-daybreak-fronted"),
        pytest.param("Le camp près de Ménaka a été attaqué à l'aube, a indiqué lundi la mission.", "fr", id="fr-a-l-aube"),
        pytest.param("Le camp près de Ménaka a été attaqué au petit matin, a indiqué lundi un porte-parole.", "fr", id="fr-au-petit-matin"),
        pytest.param("El campamento cerca de Ménaka fue atacado al amanecer, informó el lunes la misión.", "es", id="es-al-amanecer"),
        pytest.param("Doanh trại gần Ménaka bị tấn công lúc rạng sáng, phái bộ cho biết hôm thứ Hai.", "vi", id="vi-rang-sang"),
    ],
)
def test_a_part_of_the_day_takes_the_telling_s_day(sentence, language):
    assert [str(e.date) for e in body_events(sentence, language, ANCHOR)] == ["2023-05-08"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        # no part of the day: any day up to the telling's
        pytest.param("The camp near Ménaka was shelled, the mission said on Monday.", "en", id="en-no-day-part"),
        pytest.param("Le camp près de Ménaka a été attaqué, a indiqué lundi la mission.", "fr", id="fr-no-day-part"),
        pytest.param("El campamento cerca de Ménaka fue atacado, informó el lunes la misión.", "es", id="es-no-day-part"),
    ],
)
def test_without_a_part_of_the_day_the_happening_has_no_day(sentence, language):
    assert [str(e.date) for e in body_events(sentence, language, ANCHOR)] == []


@pytest.mark.parametrize(
    "sentence, language, dates",
    [
        # a day of its own wins
        pytest.param("The camp near Ménaka was shelled at dawn on Sunday, the mission said on Monday.", "en",
                     ["2023-05-07"], id="en-own-day"),
        # a telling that happened before the past: no day
        pytest.param("The camp near Ménaka had been shelled at dawn, the mission said on Monday.", "en", [],
                     id="en-anterior-past"),
    ],
)
def test_a_day_of_its_own_or_an_earlier_past_is_not_the_telling_s(sentence, language, dates):
    assert [str(e.date) for e in body_events(sentence, language, ANCHOR)] == dates


@pytest.mark.parametrize(
    "sentence, language",
    [
        # a habit told with a part of the day: no one happening, no day
        pytest.param("Since March, gunmen have attacked the camp near Ménaka at dawn almost every week, the mission said on Monday.",
                     "en", id="en-every-week"),
        pytest.param("Gunmen usually attack the camp near Ménaka at dawn, the mission said on Monday.", "en", id="en-usually"),
        pytest.param("Le camp près de Ménaka est souvent attaqué à l'aube, a indiqué lundi la mission.", "fr", id="fr-souvent"),
        pytest.param("Le camp près de Ménaka est régulièrement attaqué au petit matin, a indiqué lundi la mission.", "fr",
                     id="fr-regulierement"),
        pytest.param("El campamento cerca de Ménaka suele ser atacado al amanecer, informó el lunes la misión.", "es", id="es-suele"),
        pytest.param("El campamento cerca de Ménaka es atacado a menudo al amanecer, informó el lunes la misión.", "es", id="es-a-menudo"),
        pytest.param("Doanh trại gần Ménaka thường xuyên bị tấn công lúc rạng sáng, phái bộ cho biết hôm thứ Hai.", "vi",
                     id="vi-thuong-xuyen"),
        # a guess: no happening the telling vouches for
        pytest.param("The camp near Ménaka may have been shelled at dawn, the mission said on Monday.", "en", id="en-may-have"),
        pytest.param("Le camp près de Ménaka pourrait avoir été attaqué à l'aube, a indiqué lundi la mission.", "fr",
                     id="fr-pourrait-avoir"),
        pytest.param("El campamento cerca de Ménaka podría haber sido atacado al amanecer, informó el lunes la misión.", "es",
                     id="es-podria-haber"),
    ],
)
def test_a_habit_or_a_guess_at_a_part_of_the_day_takes_no_day(sentence, language):
    assert [str(e.date) for e in body_events(sentence, language, ANCHOR)] == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        # the part of the day is a relative clause's, told of those the main clause's news is about
        pytest.param("Gunmen who attacked the camp near Ménaka at dawn were arrested, police said on Monday.", "en",
                     id="en-who-attacked"),
        pytest.param("Les assaillants, qui ont attaqué le camp près de Ménaka à l'aube, ont été arrêtés, a indiqué lundi la police.",
                     "fr", id="fr-qui-ont-attaque"),
        pytest.param("Los atacantes, que irrumpieron en el campamento cerca de Ménaka al amanecer, huyeron, informó el lunes la policía.",
                     "es", id="es-que-irrumpieron"),
    ],
)
def test_a_part_of_the_day_in_a_relative_clause_takes_no_day(sentence, language):
    assert "2023-05-08" not in [str(e.date) for e in body_events(sentence, language, ANCHOR) if e.kind == "attack"]
