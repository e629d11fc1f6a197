"""Events: a past participle right after a plural noun ("the troops deployed by Spain", "los
militares desplegados por España") describes that noun and is the main event only when the
main clause names no other; a day inside an attribution ("según precisó el ministerio el
martes", "selon l'armée mardi") dates the telling, not the happening. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import event_words, main_event_word, noun_participle, told_on_day
from eventcases import body_events

ANCHOR = PartialDate(2023, 2, 15)  # a Wednesday


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("Los soldados desplegados por Noruega en el norte sufrieron un ataque el lunes.", "es", "attack", id="es"),
        pytest.param("Les soldats déployés par la Norvège dans le nord ont subi une attaque lundi.", "fr", "attack", id="fr"),
    ],
)
def test_a_participle_describing_a_noun_gives_way_to_the_main_event(sentence, language, kind):
    assert [e.kind for e in body_events(sentence, language, ANCHOR)] == [kind]


@pytest.mark.parametrize(
    "sentence, language, participle, expected",
    [
        # English: the simple past is spelt as the participle, so never read as one
        pytest.param("The soldiers arrived in Gao on Monday.", "en", "arrived", False, id="en-simple-past"),
        pytest.param("The soldiers deployed by Norway are safe.", "en", "deployed", False, id="en-not-read"),
        pytest.param("Los soldados desplegados por Noruega están bien.", "es", "desplegados", True, id="es-noun"),
        pytest.param("Los soldados fueron desplegados por Noruega.", "es", "desplegados", False, id="es-fueron"),
        pytest.param("Noruega ha desplegado soldados.", "es", "desplegado", False, id="es-ha"),
        pytest.param("Ils ont déployé des soldats.", "fr", "déployé", False, id="fr-ont"),
        pytest.param("Nous sommes arrivés à Gao lundi.", "fr", "arrivés", False, id="fr-sommes"),
        pytest.param("Tu as déployé les troupes dans le nord.", "fr", "déployé", False, id="fr-as"),
        pytest.param("Nous avions déployé deux compagnies.", "fr", "déployé", False, id="fr-avions"),
        pytest.param("Tú es enviado al norte cada invierno.", "es", "enviado", False, id="es-es"),
        pytest.param("Ayer nos despedimos y tú has desplegado las tiendas.", "es", "desplegado", False, id="es-has"),
        pytest.param("Vous êtes restés tous les deux.", "fr", "restés", False, id="fr-etes"),
        pytest.param("Des Casques bleus tués lundi ont été rapatriés.", "fr", "tués", True, id="fr-des-two-words"),
        pytest.param("Les 300 soldats français déployés au Liban rentrent.", "fr", "déployés", True, id="fr-number-adjective"),
        pytest.param("Ce matin, avions et camions envoyés par la base sont arrivés.", "fr", "envoyés", False, id="fr-no-determiner"),
    ],
)
def test_noun_participle(sentence, language, participle, expected):
    start = sentence.index(participle)
    assert noun_participle(sentence, start, start + len(participle), language) is expected


def test_a_headline_participle_alone_is_still_the_event():
    # no other event word: the participle gives the kind, as headlines drop the auxiliary
    sentence = "Three soldiers killed in the north"
    words = event_words(sentence, "en")
    assert main_event_word(words, sentence, "en").kind == "casualty"


@pytest.mark.parametrize(
    "sentence, language, day",
    [
        pytest.param("Una patrulla fue atacada en la frontera, según precisó un portavoz del ministerio en la noche del martes.", "es", "martes", id="es-segun"),
        pytest.param("Une patrouille a été attaquée à la frontière, selon l'état-major de l'armée ce mardi.", "fr", "mardi", id="fr-selon"),
        pytest.param("A patrol was attacked at the border, according to the ministry's spokesman on Tuesday.", "en", "Tuesday", id="en-according"),
    ],
)
def test_a_day_inside_an_attribution_dates_the_telling(sentence, language, day):
    start = sentence.index(day)
    assert told_on_day(sentence, start, language, event_words(sentence, language))


def test_an_event_word_between_attribution_and_day_takes_the_day():
    sentence = "Según el ministerio, una patrulla fue atacada el martes en la frontera."
    start = sentence.index("martes")
    assert not told_on_day(sentence, start, "es", event_words(sentence, "es"))


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Los soldados llegaron el 1° de junio de 2021 a la base.", "es", "2021-06-01", id="es-degree"),
        pytest.param("Los soldados llegaron el 1º de junio de 2021 a la base.", "es", "2021-06-01", id="es-ordinal"),
        pytest.param("Les soldats sont arrivés le 1er juin 2021 à la base.", "fr", "2021-06-01", id="fr-1er"),
    ],
)
def test_an_ordinal_first_day_is_that_day(sentence, language, expected):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == [expected]


@pytest.mark.parametrize(
    "sentence, kind",
    [
        pytest.param("Đoàn xe tuần tra đã gặp phải một quả mìn gần làng hôm 12/2.", "incident", id="gap-phai"),
        pytest.param("Chiếc trực thăng gặp nạn gần căn cứ hôm 12/2.", "incident", id="gap-nan"),
        pytest.param("Bộ trưởng đã gặp Đại sứ tại Hà Nội hôm 12/2.", "meeting", id="gap-alone"),
    ],
)
def test_running_into_is_no_meeting(sentence, kind):
    assert [e.kind for e in body_events(sentence, "vi", ANCHOR)] == [kind]


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("La mission a déploré mardi la mort de deux soldats dans une embuscade.", "fr", "casualty", id="fr-deplore-la-mort"),
        pytest.param("The ministry condemned on Tuesday the attack on the patrol near the river.", "en", "attack", id="en-condemned-the-attack"),
        pytest.param("El gobierno condenó el martes el ataque contra la patrulla.", "es", "attack", id="es-condeno-el-ataque"),
    ],
)
def test_a_stance_on_a_happening_frames_it(sentence, language, kind):
    events = body_events(sentence, language, ANCHOR)
    assert [e.kind for e in events] == [kind]
    assert [e.date for e in events] == ["2023-02-14"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The ministry condemned on Tuesday the decision of the council.", "en", id="en-no-happening"),
        pytest.param("Le ministère a condamné mardi les propos du porte-parole.", "fr", id="fr-no-happening"),
    ],
)
def test_a_stance_on_no_happening_stays_a_statement(sentence, language):
    assert [e.kind for e in body_events(sentence, language, ANCHOR)] == ["announcement"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("La ministra apuntó el lunes que este ataque muestra la fragilidad de la tregua.", "es", id="es-apunto"),
        pytest.param("Le ministre a rappelé lundi que cette attaque montre la fragilité de la trêve.", "fr", id="fr-a-rappele"),
        pytest.param("The minister stressed on Monday that the attack shows how fragile the truce is.", "en", id="en-stressed"),
    ],
)
def test_a_day_after_a_verb_of_saying_dates_no_happening_it_reports(sentence, language):
    # the attack is told again in what was said; Monday is the day of the saying
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == []


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Ngày 12/2, 40 quân nhân đầu tiên đã được đưa sang Nam Sudan.", id="duoc-dua-sang"),
        pytest.param("Ngày 12/2, 40 quân nhân đã được điều động tới Abyei.", id="duoc-dieu-dong"),
        pytest.param("Ngày 12/2, 40 quân nhân đã được cử sang Nam Sudan.", id="duoc-cu-sang"),
    ],
)
def test_being_sent_over_is_a_deployment(sentence):
    assert [(e.kind, e.date) for e in body_events(sentence, "vi", ANCHOR)] == [("deployment", "2023-02-12")]
