"""Events: the kind is the one the main verb of the clause says.

- Verbs of handing over ("a cédé la place à", "s'est effacée devant", "a pris le relais",
  "entregó el mando") tell a rotation; "ha viajado a" and "devait se rendre à" a visit;
  "a décidé de prolonger ... la mission" / "decidió prorrogar" / "decided to extend" a
  Council's decision (adoption).
- A verb of receiving takes the kind of the happening it receives: "a reçu le renfort de
  200 soldats" is a deployment, "received a visit" a visit; receiving a person stays a
  meeting.
- A noun inside an adjunct of conformity ("conformément à la résolution", "in accordance
  with the resolution", "de acuerdo con la resolución") names the text an act follows, not
  what happened: the clause's verb gives the kind, and "de acuerdo con" is no agreement.
- An announcement whose complement clause carries the planned day ("confirmó que este
  viernes partirá ...") gives that day to the planned happening, never to the telling
  (which was dated the Friday before).

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import event_kind
from eventcases import body_events

ANCHOR = PartialDate(2020, 3, 5)  # a Thursday: the Friday after is the 6th


def kind_of(sentence: str, language: str) -> str | None:
    found = event_kind(sentence, language)
    return found[0] if found else None


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("Le 3 mars, la force régionale a cédé la place à la mission onusienne.", "fr", "rotation",
                     id="fr-cede-la-place"),
        pytest.param("Ce lundi, la force africaine s'est effacée devant les casques bleus.", "fr", "rotation",
                     id="fr-s-efface-devant"),
        pytest.param("Le bataillon tchadien a pris le relais des soldats togolais jeudi.", "fr", "rotation",
                     id="fr-a-pris-le-relais"),
        pytest.param("El general entregó el mando de la brigada a su sucesor el martes.", "es", "rotation",
                     id="es-entrego-el-mando"),
        pytest.param("La ministra ha viajado este lunes a Malí para asistir al relevo.", "es", "visit",
                     id="es-ha-viajado"),
        pytest.param("Le chef des opérations de paix devait se rendre à Gao jeudi.", "fr", "visit",
                     id="fr-devait-se-rendre"),
        pytest.param("Le Conseil a décidé vendredi de prolonger de six mois la mission.", "fr", "adoption",
                     id="fr-decide-de-prolonger"),
        pytest.param("El Consejo decidió el viernes prorrogar por seis meses la misión.", "es", "adoption",
                     id="es-decidio-prorrogar"),
        pytest.param("The Council decided on Friday to extend the mission by six months.", "en", "adoption",
                     id="en-decided-to-extend"),
    ],
)
def test_the_main_verb_gives_the_kind(sentence, language, kind):
    assert kind_of(sentence, language) == kind


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("La mission a reçu mardi le renfort de 200 soldats ghanéens.", "fr", "deployment",
                     id="fr-recu-le-renfort"),
        pytest.param("The mission received reinforcements of 200 Ghanaian troops on Tuesday.", "en", "deployment",
                     id="en-received-reinforcements"),
        pytest.param("La misión recibió el martes refuerzos de 200 soldados.", "es", "deployment",
                     id="es-recibio-refuerzos"),
        pytest.param("Le camp a reçu jeudi la visite du ministre de la Défense.", "fr", "visit",
                     id="fr-recu-la-visite"),
        pytest.param("The minister received the ambassador on Tuesday.", "en", "meeting",
                     id="en-received-a-person"),
    ],
)
def test_a_verb_of_receiving_takes_the_kind_of_what_it_receives(sentence, language, kind):
    assert kind_of(sentence, language) == kind


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("Ce 3 mars, conformément à la résolution 2500, la force régionale a cédé la place à la mission.",
                     "fr", "rotation", id="fr-conformement-a"),
        pytest.param("El 3 de marzo, de acuerdo con la resolución 2500, la fuerza regional entregó el mando a la misión.",
                     "es", "rotation", id="es-de-acuerdo-con-resolucion"),
        pytest.param("De acuerdo con el portavoz, la patrulla llegó el martes a Gao.", "es", "deployment",
                     id="es-de-acuerdo-con-portavoz"),
        pytest.param("Conforme a la resolución, el contingente partió el lunes hacia Líbano.", "es", "deployment",
                     id="es-conforme-a"),
        pytest.param("In accordance with the resolution, the battalion arrived in Juba on Monday.", "en", "deployment",
                     id="en-in-accordance-with"),
        pytest.param("En vertu de la résolution, le contingent est arrivé lundi à Juba.", "fr", "deployment",
                     id="fr-en-vertu-de"),
    ],
)
def test_a_noun_in_an_adjunct_of_conformity_is_not_the_happening(sentence, language, kind):
    assert kind_of(sentence, language) == kind


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("El ministro confirmó a la radio que este viernes 6 de marzo partirá un contingente hacia Malí.",
                     "es", id="es-confirmo-que"),
        pytest.param("Le ministre a confirmé à la radio que ce vendredi 6 mars un contingent partira pour le Mali.",
                     "fr", id="fr-a-confirme-que"),
    ],
)
def test_the_day_in_the_told_clause_is_not_the_telling_day(sentence, language):
    events = body_events(sentence, language, ANCHOR)
    assert ("deployment", "2020-03-06", True) in [(e.kind, e.date, e.announced) for e in events]
    assert all(e.date >= "2020-03-05" for e in events)


def test_a_day_before_an_adjunct_of_conformity_dates_the_clause():
    events = body_events("Le 3 mars, conformément à la résolution 2500, la force régionale a cédé la place à la mission.",
                         "fr", ANCHOR)
    assert ("rotation", "2020-03-03") in [(e.kind, e.date) for e in events]
    assert ("adoption", "2020-03-03") not in [(e.kind, e.date) for e in events]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param('The Council condemned "in the strongest terms" the attack on the mission on Monday.', "en",
                     id="en-quoted-manner"),
        pytest.param("Le Conseil a condamné « avec la plus grande fermeté » l'attaque contre la mission lundi.", "fr",
                     id="fr-quoted-manner"),
        pytest.param("El Consejo condenó, en los términos más enérgicos, el ataque contra la misión el lunes.", "es",
                     id="es-manner-between-commas"),
    ],
)
def test_a_statement_of_stance_quoting_its_manner_still_frames_the_attack(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == [("attack", "2020-03-02")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Comme au Liban en 2006, une force de l'ONU prend le relais d'une force régionale.", "fr",
                     id="fr-comme-au"),
        pytest.param("As in Haiti in 2004, a UN force takes over from a regional one.", "en", id="en-as-in"),
        pytest.param("Al igual que en Haití en 2004, una fuerza de la ONU releva a una fuerza regional.", "es",
                     id="es-al-igual-que-en"),
    ],
)
def test_a_year_in_a_comparison_dates_no_happening(sentence, language):
    assert body_events(sentence, language, ANCHOR) == []


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("The United Kingdom is to send 300 troops to the mission next year.", "en", "2021",
                     id="en-is-to-send"),
        pytest.param("Le Ghana enverra 200 soldats au sein de la mission l'an prochain.", "fr", "2021",
                     id="fr-enverra"),
        pytest.param("El Salvador enviará 50 militares a la misión el próximo año.", "es", "2021",
                     id="es-enviara"),
    ],
)
def test_troops_to_be_sent_are_a_planned_deployment(sentence, language, date):
    assert [(e.kind, e.date, e.announced) for e in body_events(sentence, language, ANCHOR)] == [
        ("deployment", date, True)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Dans la nuit de dimanche, trois obus sont tombés sur le camp, faisant deux blessés.", "fr",
                     id="fr-obus-sont-tombes"),
        pytest.param("Two rockets fell on the base on Sunday, wounding three peacekeepers.", "en", id="en-rockets-fell"),
        pytest.param("Dos proyectiles cayeron el domingo sobre la base, hiriendo a tres cascos azules.", "es",
                     id="es-proyectiles-cayeron"),
    ],
)
def test_shells_falling_are_an_attack(sentence, language):
    assert kind_of(sentence, language) == "attack"
