"""Events: a day printed without its year beside a verb told in the past is the last such
day before the article's date, not the next one ("were killed on 21 February" in an article
of October is February of the same year); a day told in the future or announced keeps the
next one, and a day with no tense of its own keeps the nearest. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import past_tense
from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2023, 10, 4)


def dates_of(sentence: str, language: str, anchor: PartialDate = ANCHOR) -> list[str]:
    return sorted(e.date for e in body_events(sentence, language, anchor))


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Two engineers of the battalion were killed on 21 February near the river crossing.", "en", "2023-02-21", id="en-were-killed"),
        pytest.param("A patrol of the force was ambushed on 14 March outside the camp.", "en", "2023-03-14", id="en-was-ambushed"),
        pytest.param("Rebels attacked the convoy on 2 March north of the town.", "en", "2023-03-02", id="en-simple-past"),
        pytest.param("The two delegations met on 12 February in the capital.", "en", "2023-02-12", id="en-irregular"),
        pytest.param("Deux ingénieurs du bataillon ont été tués le 21 février près du gué.", "fr", "2023-02-21", id="fr-ont-ete-tues"),
        pytest.param("Une patrouille de la force a été attaquée le 14 mars à la sortie du camp.", "fr", "2023-03-14", id="fr-a-ete-attaquee"),
        pytest.param("Les casques bleus sont arrivés le 2 mars dans la ville du nord.", "fr", "2023-03-02", id="fr-sont-arrives"),
        pytest.param("Dos ingenieros del batallón murieron el 21 de febrero cerca del vado.", "es", "2023-02-21", id="es-murieron"),
        pytest.param("Una patrulla de la fuerza fue atacada el 14 de marzo a la salida del campamento.", "es", "2023-03-14", id="es-fue-atacada"),
        pytest.param("Los rebeldes atacaron el convoy el 2 de marzo al norte del pueblo.", "es", "2023-03-02", id="es-atacaron"),
        pytest.param("Hai kỹ sư của tiểu đoàn đã thiệt mạng ngày 21/2 gần bến sông.", "vi", "2023-02-21", id="vi-da-thiet-mang"),
        pytest.param("Đoàn xe đã bị tấn công ngày 14/3 ở phía bắc thị trấn.", "vi", "2023-03-14", id="vi-da-bi-tan-cong"),
        # Vietnamese "hôm" before a day: a day gone by, whatever the verb
        pytest.param("Hai kỹ sư của tiểu đoàn thiệt mạng hôm 21/2 gần bến sông.", "vi", "2023-02-21", id="vi-hom"),
        # a noun takes the tense of the verb between it and its day
        pytest.param("The truce was signed on 21 February after long talks.", "en", "2023-02-21", id="en-noun-was-signed"),
        pytest.param("La cérémonie a eu lieu le 21 février dans la cour du camp.", "fr", "2023-02-21", id="fr-noun-a-eu-lieu"),
        pytest.param("Lễ bàn giao đã diễn ra ngày 21/2 tại doanh trại.", "vi", "2023-02-21", id="vi-noun-da-dien-ra"),
    ],
)
def test_a_day_told_in_the_past_is_the_last_one(sentence, language, expected):
    events = body_events(sentence, language, ANCHOR)
    assert [e.date for e in events] == [expected]
    assert not any(e.announced for e in events)


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        # told ahead: the next such day, as before
        pytest.param("The two delegations will meet on 21 February in the capital.", "en", "2024-02-21", id="en-will-meet"),
        pytest.param("The battalion is expected to be deployed on 14 March.", "en", "2024-03-14", id="en-expected-deployed"),
        pytest.param("Le Conseil se réunira le 21 février pour examiner le mandat.", "fr", "2024-02-21", id="fr-se-reunira"),
        pytest.param("Les casques bleus doivent être déployés le 14 mars dans le nord.", "fr", "2024-03-14", id="fr-doivent-etre"),
        pytest.param("El Consejo se reunirá el 21 de febrero para examinar el mandato.", "es", "2024-02-21", id="es-se-reunira"),
        pytest.param("Các bên sẽ gặp nhau ngày 21/2 tại thủ đô.", "vi", "2024-02-21", id="vi-se"),
        pytest.param("Các bên gặp nhau vào ngày 21/2 tại thủ đô.", "vi", "2024-02-21", id="vi-vao-ngay"),
        # a day set or moved, still to come
        pytest.param("The vote was postponed to 21 February because of the floods.", "en", "2024-02-21", id="en-postponed-to"),
        pytest.param("The truce talks were scheduled on 21 February in the capital.", "en", "2024-02-21", id="en-scheduled-on"),
        pytest.param("Hội nghị đã được dời sang ngày 21/2 vì lũ.", "vi", "2024-02-21", id="vi-doi-sang"),
        # no tense of its own: the nearest such day, as before
        pytest.param("The meeting of 21 February drew delegates from twelve countries.", "en", "2024-02-21", id="en-noun"),
        # a day soon after the article's date is the nearest, whatever the tense
        pytest.param("Two engineers were killed on 2 October near the river crossing.", "en", "2023-10-02", id="en-days-before"),
        pytest.param("Two engineers were killed on 5 October near the river crossing.", "en", "2023-10-05", id="en-day-after-grace"),
        pytest.param("Dos ingenieros murieron el 21 de agosto cerca del vado.", "es", "2023-08-21", id="es-nearest-is-past"),
    ],
)
def test_a_day_told_ahead_or_without_tense_keeps_its_year(sentence, language, expected):
    assert dates_of(sentence, language) == [expected]


@pytest.mark.parametrize(
    "before, verb, language, past",
    [
        pytest.param("Two engineers were ", "killed", "en", True, id="en-were"),
        pytest.param("The rebels ", "attacked", "en", True, id="en-ed"),
        pytest.param("The council has decided to ", "meet", "en", False, id="en-has-to"),
        pytest.param("The troops had to be ", "deployed", "en", False, id="en-had-to-be"),
        pytest.param("Les soldats ont été ", "tués", "fr", True, id="fr-ont-ete"),
        pytest.param("Le ministre s'est ", "rendu", "fr", True, id="fr-s-est"),
        pytest.param("Le ministre a décidé de se ", "rendre", "fr", False, id="fr-de"),
        pytest.param("Los soldados ", "murieron", "es", True, id="es-preterite"),
        pytest.param("La ministra ha decidido ", "viajar", "es", False, id="es-infinitive"),
        pytest.param("Hai binh sĩ đã ", "thiệt mạng", "vi", True, id="vi-da"),
        pytest.param("Hai binh sĩ sẽ ", "lên đường", "vi", False, id="vi-se"),
        pytest.param("La réunion a été ", "reportée", "fr", False, id="fr-day-set"),
        pytest.param("La votación fue ", "aplazada", "es", False, id="es-day-set"),
        pytest.param("La cérémonie ", "a lieu", "fr", False, id="fr-present-idiom"),
    ],
)
def test_past_tense(before, verb, language, past):
    assert past_tense(before, verb, language) is past
