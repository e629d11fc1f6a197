"""Events: a council's decision told with an infinitive or a noun ("decided to extend the
mandate", "a décidé de proroger le mandat", "aprobó la extensión del mandato") is a mandate
happening; the day closing the signature of a quoted social-media post is no happening; the
lead's happening told in a clause reported on a day ("the mission said on Wednesday that
...", "ngày 7/6 ra thông cáo cho biết") is dated by that day, unless a later telling gives
its own day, or tells it in the past before the past ("had been attacked"); an English day
set before an event noun as its modifier ("the Wednesday evening ambush") dates that noun. In EN, FR, ES, VI. Every sentence here is written for these tests."""
from __future__ import annotations

import unicodedata

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import day_at_noun, event_words, not_a_happening_date
from newsdossier.dates import find_dates
from eventcases import article_events, body_events

FRIDAY = PartialDate(2023, 6, 9)  # Wednesday is 7 June, Thursday 8 June


def events_of(sentences: list[str], language: str, wire_day: bool = False) -> list[tuple[str, str]]:
    """(date, kind) of the events of an article of these sentences, dated FRIDAY; by default
    not a wire's (a lead with no day of its own takes the article's month)."""
    return [(e.date, e.kind) for e in article_events(sentences, language, FRIDAY, wire_day=wire_day)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The Security Council decided on Wednesday to extend the mandate of the mission for a year.", "en", id="en-to-extend"),
        pytest.param("Le Conseil de sécurité a décidé mercredi de proroger le mandat de la mission pour un an.", "fr", id="fr-proroger"),
        pytest.param("Le Conseil a choisi mercredi de renouveler le mandat de sa mission.", "fr", id="fr-renouveler"),
        pytest.param("El Consejo de Seguridad decidió el miércoles prorrogar el mandato de la misión por un año.", "es", id="es-prorrogar"),
        pytest.param("El Consejo aprobó el miércoles la extensión del mandato de la misión por seis meses.", "es", id="es-extension"),
    ],
)
def test_a_decision_to_extend_a_mandate_is_a_mandate_happening(sentence, language):
    assert events_of([sentence], language) == [("2023-06-07", "adoption")]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("— The Mission (@the_mission) June 7, 2023", id="en"),
        pytest.param("— La Mission (@la_mission) 7 juin 2023", id="fr"),
        pytest.param("— Misión en el país 🇺🇳 (@mision_pais) 7 de junio de 2023", id="es"),
    ],
)
def test_the_day_signing_a_quoted_post_dates_no_happening(line):
    mention = find_dates(line)[0]
    assert not_a_happening_date(line, mention)
    assert events_of(["Une phrase sans rien."] * 4 + [line], "en") == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The patrol was attacked on 7 June 2023, the mission said.", "en", id="en-said-after"),
        pytest.param("— the patrol was attacked on 7 June 2023 near the border.", "en", id="en-dash-no-handle"),
    ],
)
def test_a_day_outside_a_post_signature_still_dates_its_happening(sentence, language):
    assert events_of(["Une phrase sans rien."] * 4 + [sentence], language) == [("2023-06-07", "attack")]


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("The mission said on Wednesday that its patrol was attacked near the border.", "en", "attack", id="en-said-on"),
        pytest.param("The mission reported Wednesday that two of its posts came under fire.", "en", "attack", id="en-reported"),
        pytest.param("La mission a indiqué mercredi que sa patrouille a été attaquée près de la frontière.", "fr", "attack", id="fr-a-indique"),
        pytest.param("La misión informó el miércoles que su patrulla fue atacada cerca de la frontera.", "es", "attack", id="es-informo"),
        pytest.param("Phái bộ ngày 7/6 ra thông cáo cho biết, một đoàn tuần tra bị tấn công gần biên giới.", "vi", "attack", id="vi-ra-thong-cao"),
        pytest.param("Người phát ngôn cho biết hôm thứ Tư rằng đoàn xe đã bị tấn công.", "vi", "attack", id="vi-cho-biet-hom"),
    ],
)
def test_the_leads_happening_is_dated_by_the_day_it_was_told(sentence, language, kind):
    assert events_of([sentence], language) == [("2023-06-07", kind)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The mission said on Wednesday that its patrol had been attacked near the border.", "en", id="en-had-been"),
        pytest.param("La mission a indiqué mercredi que sa patrouille avait été attaquée.", "fr", id="fr-avait-ete"),
        pytest.param("La misión informó el miércoles que su patrulla había sido atacada.", "es", id="es-habia-sido"),
    ],
)
def test_a_happening_told_in_the_past_before_the_past_takes_no_telling_day(sentence, language):
    assert events_of([sentence], language) == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The mission said on Wednesday that its convoy had already been ambushed twice.", "en",
                     id="en-had-already-been"),
        pytest.param("La mission a indiqué mercredi que ses positions avaient déjà été attaquées.", "fr",
                     id="fr-avaient-deja-ete"),
        pytest.param("La misión informó el miércoles que su patrulla había sido ya duramente atacada.", "es",
                     id="es-habia-sido-two-words"),
    ],
)
def test_words_between_the_auxiliaries_and_the_verb_keep_the_past_before_the_past(sentence, language):
    assert events_of([sentence], language) == []


def test_the_past_before_the_past_is_read_in_decomposed_accents_too():
    # the auxiliaries typed with combining accents ("e" + U+0301), the verb composed
    told = unicodedata.normalize("NFD", "La mission a indiqué mercredi que sa patrouille avait été ") + "attaquée."
    assert events_of([told], "fr") == []


def test_a_later_telling_in_the_week_gives_the_leads_happening_its_own_day():
    lead = "The mission said on Thursday that two peacekeepers were wounded near the border."
    then = "They were wounded on Wednesday when their vehicle hit a mine."
    assert [d for d, _kind in events_of([lead, then], "en")] == ["2023-06-07"]


@pytest.mark.parametrize(
    "sentences, expected",
    [
        # no day of the telling: the lead keeps the article's month
        pytest.param(["Its patrol was attacked near the border, the mission said."], [("2023-06", "attack")], id="no-telling-day"),
        # a day of the happening's own, after its verb: that day, not the telling's
        pytest.param(["The mission said on Thursday that its patrol was attacked on Wednesday."], [("2023-06-07", "attack")],
                     id="own-day-wins"),
    ],
)
def test_a_lead_without_a_telling_day_or_with_its_own_day_is_unchanged(sentences, expected):
    assert events_of(sentences, "en") == expected


def test_a_telling_day_deep_in_the_body_dates_no_undated_happening():
    sentence = "The mission said on Wednesday that its patrol was attacked near the border."
    assert body_events(sentence, "en", FRIDAY) == []


@pytest.mark.parametrize(
    "sentence, noun, expected",
    [
        pytest.param("The envoy condemned the Wednesday evening ambush on the convoy.", "ambush", True, id="the-day-evening"),
        pytest.param("Officials described a Sunday attack on the camp.", "attack", True, id="a-day"),
        pytest.param("The army said Wednesday the ambush had been repelled.", "ambush", False, id="said-day-the"),
    ],
)
def test_a_day_modifying_an_english_event_noun_is_its_day(sentence, noun, expected):
    word = next(w for w in event_words(sentence, "en") if sentence[w.start:w.end] == noun)
    assert day_at_noun(sentence, word, "en") is expected


def test_a_statement_condemning_a_day_modified_ambush_tells_the_ambush():
    sentence = "The envoy condemned the Wednesday evening ambush on the convoy."
    assert [(e.date, e.kind) for e in body_events(sentence, "en", FRIDAY)] == [("2023-06-07", "attack")]

