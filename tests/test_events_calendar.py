"""Events: a day of the calendar is no happening (a birth told in passing, a day that comes
back every year), and a statement is not dated by the article's day (a noun named in what
someone said; a report told on an earlier day). Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import calendar_day, find_events
from eventcases import FILLER, body_events

ANCHOR = PartialDate(2024, 3, 15)  # a Friday


def events_of(sentence: str, language: str, lead: bool = False) -> list[str]:
    return sorted(e.date for e in body_events(sentence, language, ANCHOR, lead))


@pytest.mark.parametrize(
    "sentence, language, dates",
    [
        pytest.param("Born on 5 May 1980, the colonel took command of the battalion in 2019.", "en", ["2019"], id="en"),
        pytest.param("Né le 5 mai 1980, le colonel a pris le commandement du bataillon en 2019.", "fr", ["2019"], id="fr"),
        pytest.param("Nacido el 5 de mayo de 1980, el coronel tomó el mando del batallón en 2019.", "es", ["2019"], id="es"),
        pytest.param("Đại tá có ngày sinh 5/5/1980, đã nhận nhiệm vụ năm 2019.", "vi", ["2019"], id="vi"),
    ],
)
def test_a_birth_date_dates_no_event(sentence, language, dates):
    assert events_of(sentence, language) == dates


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Hai chiến sĩ đã hy sinh ngày 3/3/2024 tại Abyei.", "vi", id="vi-hy-sinh"),
        pytest.param("The convoy was attacked on 3 March 2024.", "en", id="en"),
    ],
)
def test_a_death_or_attack_keeps_its_date(sentence, language):
    assert events_of(sentence, language) == ["2024-03-03"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Each year on 29 May the world marks the International Day of UN Peacekeepers.", "en", id="en-each-year"),
        pytest.param("Every 29 May, ceremonies honour the fallen.", "en", id="en-every"),
        pytest.param("Chaque année, le 29 mai, le monde célèbre la Journée internationale des Casques bleus.", "fr", id="fr"),
        pytest.param("Cada 29 de mayo se celebra el Día Internacional del Personal de Paz.", "es", id="es"),
        pytest.param("Hằng năm, ngày 29/5 là Ngày Quốc tế lực lượng gìn giữ hòa bình.", "vi", id="vi"),
    ],
)
@pytest.mark.parametrize("lead", [False, True], ids=["body", "lead"])
def test_a_day_that_comes_back_every_year_is_no_event(sentence, language, lead):
    assert events_of(sentence, language, lead) == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Tous les soldats, le 3 mars, ont reçu la médaille.", "fr", False, id="fr-tous-les-noun"),
        pytest.param("Each of them on 3 March received a medal.", "en", False, id="en-each-of"),
        pytest.param("Cada 29 de mayo", "es", True, id="es-cada"),
    ],
)
def test_calendar_day_needs_the_word_right_before(sentence, language, expected):
    start = next(i for i, c in enumerate(sentence) if c.isdigit())
    assert calendar_day(sentence, start, language) is expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The minister said the ceremony showed the strength of ties between the two countries.", "en", id="en"),
        pytest.param("Le ministre a déclaré que la cérémonie montrait la force des liens entre les deux pays.", "fr", id="fr"),
        pytest.param("El ministro dijo que la ceremonia demostró la fuerza de los lazos entre ambos países.", "es", id="es"),
        pytest.param("Bộ trưởng cho biết buổi lễ thể hiện sức mạnh quan hệ giữa hai nước.", "vi", id="vi"),
    ],
)
def test_a_statement_naming_an_event_is_not_dated_by_the_article(sentence, language):
    assert events_of(sentence, language, lead=True) == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The spokesman told reporters on Wednesday that the convoy had been attacked.", "en", id="en"),
        pytest.param("Le porte-parole a déclaré mercredi que le convoi avait été attaqué.", "fr", id="fr"),
        pytest.param("El portavoz declaró el miércoles que el convoy había sido atacado.", "es", id="es"),
        # Vietnamese has no past before the past: "đã bị tấn công" told on Wednesday is dated
        # by that day (test_events_told_lead)
    ],
)
def test_a_report_told_days_before_is_not_dated_by_the_article(sentence, language):
    assert events_of(sentence, language, lead=True) == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The spokesman said on Friday that the convoy had been attacked.", "en", id="en"),
        pytest.param("Le porte-parole a déclaré vendredi que le convoi avait été attaqué.", "fr", id="fr"),
    ],
)
def test_a_report_told_on_the_article_day_keeps_it(sentence, language):
    assert events_of(sentence, language, lead=True) == ["2024-03-15"]


@pytest.mark.parametrize(
    "sentence, language, verb",
    [
        pytest.param("Le convoi a été attaqué près de Bunia.", "fr", True, id="fr-participle"),
        pytest.param("L'attaque a eu lieu près de Bunia.", "fr", False, id="fr-noun"),
        pytest.param("El convoy fue atacado cerca de Bunia.", "es", True, id="es-participle"),
        pytest.param("The convoy was attacked near Bunia.", "en", True, id="en"),
    ],
)
def test_a_participle_folding_like_a_noun_stays_a_verb(sentence, language, verb):
    from newsdossier.events import event_words

    words = [w for w in event_words(sentence, language) if w.kind == "attack"]
    assert [w.verb for w in words] == [verb]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The convoy was hit on Tuesday as it travelled to Kidal, the mission said in a statement.", "en", id="en"),
        pytest.param("Le convoi a été attaqué mardi alors qu'il se rendait à Kidal, a indiqué la mission dans un communiqué.", "fr", id="fr"),
        pytest.param("El convoy fue atacado el martes cuando viajaba a Kidal, dijo la misión en un comunicado.", "es", id="es"),
        pytest.param("Đoàn xe bị tấn công hôm thứ Ba khi đang đến Kidal, phái bộ cho biết trong thông cáo.", "vi", id="vi"),
    ],
)
def test_the_statement_that_tells_the_news_is_no_event(sentence, language):
    told = FILLER + [(sentence, find_in_sentence(sentence, language))]
    assert [(e.kind, e.date) for e in find_events(told, ANCHOR, None, language)[0]] == [("attack", "2024-03-12")]


@pytest.mark.parametrize(
    "sentence, language, cited",
    [
        pytest.param("The mission said in a statement that talks would resume.", "en", True, id="en-said-in"),
        pytest.param("La mission a indiqué dans un communiqué que les pourparlers reprendraient.", "fr", True, id="fr"),
        pytest.param("La misión dijo en un comunicado que las conversaciones se reanudarían.", "es", True, id="es"),
        pytest.param("The minister read a statement at the ceremony.", "en", False, id="en-no-saying"),
    ],
)
def test_a_statement_after_a_verb_of_saying_is_cited(sentence, language, cited):
    from newsdossier.events import event_words

    words = [w for w in event_words(sentence, language) if w.kind == "announcement"]
    assert [w.frame for w in words] == [cited]
