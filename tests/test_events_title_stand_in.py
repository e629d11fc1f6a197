"""An event's title whose clause gives no subject (or one too long to keep) in a French,
Spanish or Vietnamese sentence takes the first actor as the sentence prints it when that is a
name, else no subject: never an English registry name glued to the sentence's own words
("Chad ont quitté le camp"). Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from eventcases import body_events
from newsdossier.datevalue import PartialDate

ANCHOR = PartialDate(2024, 6, 21)


@pytest.mark.parametrize(("sentence", "language", "opening", "registry"), [
    pytest.param("Le 3 juin, à l'aube, ont quitté le camp de Kidal les derniers soldats tchadiens.", "fr",
                 "Deployment", "Chad", id="fr-demonym-no-subject"),  # no title opens on an auxiliary
    pytest.param("Le gouvernement de transition du Tchad et les responsables militaires de la force régionale du Sahel "
                 "central ont retiré leurs troupes du camp le 3 juin.", "fr", "Tchad", "Chad", id="fr-name-as-printed"),
    pytest.param("El 5 de junio, tras una larga espera, partieron hacia Bangui los cascos azules peruanos.", "es",
                 "Partieron hacia Bangui", "Peru", id="es-demonym-no-subject"),
    pytest.param("Các bác sĩ của Bệnh viện dã chiến cấp 2 số 5 của Việt Nam cùng nhiều sĩ quan công binh và nhân viên "
                 "y tế khác đã lên đường sang Nam Sudan ngày 3/6.", "vi", "Việt Nam lên đường", "Vietnam", id="vi-name-as-printed"),
])
def test_a_stand_in_subject_is_printed_as_the_sentence_prints_it(sentence, language, opening, registry):
    titles = [e.title for e in body_events(sentence, language, ANCHOR)]
    assert titles and titles[0].startswith(opening), titles
    assert not titles[0].startswith(registry + " "), titles


def test_an_english_sentence_keeps_the_registry_name():
    titles = [e.title for e in body_events("On 3 June, after months of preparation, left for Juba the last Chadian troops.",
                                           "en", ANCHOR)]
    assert titles and titles[0].startswith("Chad left for Juba"), titles


@pytest.mark.parametrize(("sentence", "language", "opening"), [
    pytest.param("Les corps des deux Sénégalais ont été retrouvés le 3 juin près du camp.", "fr",
                 "Corps des deux Sénégalais", id="fr"),
    pytest.param("Los cuerpos de los dos Bolivianos fueron hallados el 5 de junio cerca del campamento.", "es",
                 "Cuerpos de los dos Bolivianos", id="es"),
])
def test_a_stand_in_the_title_already_prints_is_left_out(sentence, language, opening):
    titles = [e.title for e in body_events(sentence, language, ANCHOR)]
    assert titles and titles[0].startswith(opening), titles

