"""An event's title keeps the head of a long subject: the words before a participle phrase
("serving with", "déployés au sein de", "desplegados en"), a relative clause ("who", "qui",
"que"), a bracket or a date phrase that describe its noun, not the first actor's registry
name ("Ghana handed over ..." for Ghanaian peacekeepers). Every sentence is written for
these tests."""
from __future__ import annotations

import pytest

from eventcases import body_events
from newsdossier.datevalue import PartialDate

ANCHOR = PartialDate(2024, 6, 21)


@pytest.mark.parametrize(("sentence", "language", "opening"), [
    pytest.param("Kenyan police officers serving with the African Union Mission in Somalia and the regional force "
                 "on Tuesday inaugurated a new water point in Baidoa.", "en", "Kenyan police officers inaugurated",
                 id="en-participle-serving"),
    pytest.param("Norwegian engineers serving with the United Nations Interim Force in Lebanon (UNIFIL) on Monday "
                 "inaugurated a bridge near the border.", "en", "Norwegian engineers inaugurated", id="en-bracket-and-date"),
    pytest.param("Three Egyptian soldiers who had been escorting a fuel convoy for the United Nations mission in the "
                 "north of the country were killed on 4 June.", "en", "Three Egyptian soldiers killed", id="en-relative-who"),
    pytest.param("Medical staff from the field hospital attached to the United Nations peacekeeping mission in the "
                 "east of the country inaugurated a clinic on 5 June.", "en", "Medical staff from the field hospital inaugurated",
                 id="en-participle-attached"),
    pytest.param("Des Casques bleus sénégalais déployés au sein de la Mission multidimensionnelle intégrée des Nations "
                 "unies pour la stabilisation au Mali ont inauguré une école à Gao le 4 juin.", "fr",
                 "Casques bleus sénégalais ont inauguré", id="fr-participle-deployes"),
    pytest.param("Les soldats rwandais qui servent dans la Mission des Nations unies au Soudan du Sud depuis plusieurs "
                 "années ont inauguré un pont à Malakal le 4 juin.", "fr", "Soldats rwandais ont inauguré", id="fr-relative-qui"),
    pytest.param("Los cascos azules uruguayos desplegados en la Misión de las Naciones Unidas para la Estabilización en "
                 "la República Democrática del Congo inauguraron un pozo en Bunia el 5 de junio.", "es",
                 "Cascos azules uruguayos inauguraron", id="es-participle-desplegados"),
    pytest.param("Los ingenieros chilenos que forman parte de la Misión de Estabilización de las Naciones Unidas en "
                 "Haití desde hace dos años inauguraron una escuela en Puerto Príncipe el 5 de junio.", "es",
                 "Ingenieros chilenos inauguraron", id="es-relative-que"),
])
def test_a_long_subject_keeps_its_head_in_the_title(sentence, language, opening):
    titles = [e.title for e in body_events(sentence, language, ANCHOR)]
    assert titles and titles[0].startswith(opening), titles


@pytest.mark.parametrize(("sentence", "language", "opening"), [
    pytest.param("Two peacekeepers were wounded near the camp on 3 June.", "en", "Two peacekeepers wounded near the camp", id="en-short"),
    pytest.param("Des soldats tchadiens ont quitté le camp de Kidal le 3 juin.", "fr", "Soldats tchadiens ont quitté",
                 id="fr-short"),
])
def test_a_short_subject_stays_whole(sentence, language, opening):
    titles = [e.title for e in body_events(sentence, language, ANCHOR)]
    assert titles and titles[0].startswith(opening), titles


@pytest.mark.parametrize(("sentence", "language", "opening"), [
    pytest.param("Four Indian Central Reserve Police Force (CRPF) officers serving with the mission were wounded on 3 June.",
                 "en", "Officers serving with the mission", id="en-acronym-inside-the-subject"),
    pytest.param("The engineering unit of the United Nations Mission in South Sudan (UNMISS) on 3 June inaugurated a "
                 "clinic in Bor.", "en", "Engineering unit of the United Nations Mission in South Sudan inaugurated",
                 id="en-subject-before-bracket"),
])
def test_a_bracket_spans_the_subject_only_when_nothing_follows_it(sentence, language, opening):
    titles = [e.title for e in body_events(sentence, language, ANCHOR)]
    assert titles and titles[0].startswith(opening), titles
