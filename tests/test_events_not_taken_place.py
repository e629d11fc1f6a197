"""Events: a happening whose own predicate says it did not take place ("the ceremony planned
for 12 February did not take place", "la réunion du 4 mars n'a pas eu lieu", "la visita
prevista para el 1 de marzo no se realizó", "cuộc họp ngày 2/3 đã không diễn ra") is no event,
and its date dates no happening of its own. "Did not take place until 3 March" says when it
did: that one stands. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

WEDNESDAY = PartialDate(2021, 3, 10)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The ceremony planned for 12 February did not take place.", "en", id="en-did-not-take-place"),
        pytest.param("The handover scheduled for 2 March was not held.", "en", id="en-was-not-held"),
        pytest.param("The medal parade, set for 5 March in Juba, never took place.", "en", id="en-never-commas"),
        pytest.param("La cérémonie prévue le 12 février n'a pas eu lieu.", "fr", id="fr-n-a-pas-eu-lieu"),
        pytest.param("La réunion du 4 mars ne s'est pas tenue.", "fr", id="fr-ne-s-est-pas-tenue"),
        pytest.param("La ceremonia del 2 de marzo no tuvo lugar.", "es", id="es-no-tuvo-lugar"),
        pytest.param("La rotación anunciada para el 3 de marzo no se produjo.", "es", id="es-no-se-produjo"),
        pytest.param("La visita prevista para el 1 de marzo no se realizó.", "es", id="es-no-se-realizo"),
        pytest.param("Cuộc họp ngày 2/3 đã không diễn ra.", "vi", id="vi-da-khong-dien-ra"),
        pytest.param("Lễ trao huy chương dự kiến ngày 5/3 đã không diễn ra.", "vi", id="vi-planned-khong-dien-ra"),
    ],
)
def test_a_happening_that_did_not_take_place_is_no_event(sentence, language):
    assert [e.date for e in body_events(sentence, language, WEDNESDAY)] == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The ceremony took place on 12 February.", "en", [("2021-02-12", "ceremony")], id="en-affirmed"),
        pytest.param("La réunion s'est tenue le 4 mars.", "fr", [("2021-03-04", "meeting")], id="fr-affirmed"),
        pytest.param("La ceremonia del 2 de marzo tuvo lugar en Montevideo.", "es", [("2021-03-02", "ceremony")],
                     id="es-affirmed"),
        pytest.param("Cuộc họp đã diễn ra ngày 2/3 tại Hà Nội.", "vi", [("2021-03-02", "meeting")], id="vi-affirmed"),
    ],
)
def test_a_happening_that_took_place_keeps_its_day(sentence, language, expected):
    assert [(e.date, e.kind) for e in body_events(sentence, language, WEDNESDAY)] == expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The rotation did not take place until 3 March.", "en", id="en-not-until"),
        pytest.param("La rotation n'a pas eu lieu avant le 3 mars.", "fr", id="fr-pas-avant"),
        pytest.param("La rotación no se produjo hasta el 3 de marzo.", "es", id="es-no-hasta"),
    ],
)
def test_a_happening_put_off_to_a_later_day_is_still_told(sentence, language):
    """As an article's lead, the happening put off is still its news."""
    assert [e.kind for e in body_events(sentence, language, WEDNESDAY, lead=True)] == ["rotation"]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("After the attack on the base on 2 March, the football match did not take place.", "en",
                     ("2021-03-02", "attack"), id="en-after-the-attack-the-match"),
        pytest.param("Because of the attack on 2 March, it did not take place.", "en", ("2021-03-02", "attack"),
                     id="en-because-of-the-attack-it"),
        pytest.param("À cause de l'attaque du 2 mars, le match de football n'a pas eu lieu.", "fr",
                     ("2021-03-02", "attack"), id="fr-a-cause-de-l-attaque"),
        pytest.param("Tras el ataque del 2 de marzo, el partido de fútbol no se celebró.", "es", ("2021-03-02", "attack"),
                     id="es-tras-el-ataque"),
        pytest.param("Sau vụ tấn công ngày 2/3, trận bóng đá đã không diễn ra.", "vi", ("2021-03-02", "attack"),
                     id="vi-sau-vu-tan-cong"),
    ],
)
def test_a_happening_before_the_subject_of_another_clause_stands(sentence, language, expected):
    """The phrase's subject stands after the last comma before it: a happening of the clause
    before ("After the attack on 2 March, ...") is not what did not take place."""
    assert expected in [(e.date, e.kind) for e in body_events(sentence, language, WEDNESDAY)]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("A man questioned over the attack on 2 March was not held, police said.", "en",
                     ("2021-03-02", "attack"), id="en-man-questioned-over-the-attack"),
        pytest.param("The suspects in the bombing on 2 March were not held in custody.", "en", ("2021-03-02", "attack"),
                     id="en-suspects-in-the-bombing"),
        pytest.param("Un suspect de l'attaque du 2 mars ne s'est pas tenu à la disposition de la police.", "fr",
                     ("2021-03-02", "attack"), id="fr-suspect-de-l-attaque"),
        pytest.param("Un sospechoso del ataque del 2 de marzo no se presentó: la audiencia del 4 de marzo no se celebró.",
                     "es", ("2021-03-02", "attack"), id="es-sospechoso-del-ataque"),
    ],
)
def test_a_happening_inside_the_subject_is_not_what_did_not_take_place(sentence, language, expected):
    """The happening said not to have taken place heads the phrase's subject, three words at
    most opening its clause before it: one named inside another noun's phrase ("a suspect in
    the attack ... was not held": not detained) stands."""
    assert expected in [(e.date, e.kind) for e in body_events(sentence, language, WEDNESDAY)]
