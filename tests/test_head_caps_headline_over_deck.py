"""A headline printed in capitals, with a sentence under it that repeats some of its words (the
deck or the lead picture's legend: "ARMY CHIEF HONOURS BATTALION 12 AT MEDALS PARADE" over
"Soldiers of Battalion 12 receive their medals at the parade"), is the page's headline. Main
passed over any line in capitals when it looked for a page's headline above the text and took
the sentence under it. A short line in capitals (a kicker, a section's name) and a line in
capitals that shares no word with the line under it (a site's slogan) stay no headline.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

PAGES = {
    "en": ("ARMY CHIEF HONOURS BATTALION 12 AT MEDALS PARADE",
           "Soldiers of Battalion 12 receive their medals at the parade",
           "The commander of the land forces attended on Friday the ceremony held at the base of the unit serving with the mission.",
           "The reviewing officer praised the discipline of the troops during their year in the south of the country."),
    "fr": ("LE CHEF D'ÉTAT-MAJOR DÉCORE LE BATAILLON 12 LORS D'UNE PARADE",
           "Les soldats du bataillon 12 reçoivent leurs médailles lors de la parade",
           "Le commandant des forces terrestres a assisté vendredi à la cérémonie organisée sur la base de l'unité déployée au sein de la mission.",
           "L'officier a salué la discipline des troupes pendant leur année passée dans le sud du pays."),
    "es": ("EL JEFE DEL EJÉRCITO CONDECORA AL BATALLÓN 12 EN UN DESFILE",
           "Los soldados del batallón 12 reciben sus medallas durante el desfile",
           "El comandante de las fuerzas terrestres asistió el viernes a la ceremonia celebrada en la base de la unidad desplegada en la misión.",
           "El oficial elogió la disciplina de las tropas durante su año en el sur del país."),
}


@pytest.mark.parametrize("language", list(PAGES))
@pytest.mark.parametrize("furniture", [False, True])
def test_caps_headline_over_its_deck(language, furniture):
    head, deck, lead, more = PAGES[language]
    rows = [head, "", deck, *(["Scroll Down"] if furniture else []), "", lead, "", more, "", more]
    assert extract("\n".join(rows)).fields["title"] == head


@pytest.mark.parametrize("caps", [
    # (must not change) a kicker in capitals, and a slogan sharing no word with the headline
    pytest.param("PEACE OPERATIONS", id="short-kicker"),
    pytest.param("THE VOICE OF THE NATION SINCE 1950", id="slogan"),
])
def test_other_caps_lines_stay_furniture(caps):
    _head, deck, lead, more = PAGES["en"]
    rows = [caps, "", deck, "", lead, "", more, "", more]
    assert extract("\n".join(rows)).fields["title"] == deck


def test_deck_under_caps_headline_credits_no_outlet():
    # (must not change) the deck taken out of the title is the article's legend, not the
    # site's furniture: the body it names is no outlet of the page
    rows = ["ARMY CHIEF HONOURS BATTALION 12 AT MEDALS PARADE", "",
            "Soldiers of Battalion 12 receive United Nations Peacekeeping medals at the parade", "",
            PAGES["en"][2], "", PAGES["en"][3], "", PAGES["en"][3]]
    fields = extract("\n".join(rows)).fields
    assert fields["title"] == rows[0]
    assert fields["source"] in ("", None)


BANNER_PAGES = {
    "en": ("PEACEKEEPING NEWS FROM THE MISSIONS AND THE FIELD", "Peacekeeping missions face cuts in the new field budget"),
    "fr": ("LES NOUVELLES DES MISSIONS DE PAIX SUR LE TERRAIN", "Les missions de paix réduisent leurs effectifs sur le terrain"),
    "es": ("LAS NOTICIAS DE LAS MISIONES DE PAZ SOBRE EL TERRENO", "Las misiones de paz reducen sus tropas sobre el terreno"),
}


@pytest.mark.parametrize("language", list(BANNER_PAGES))
@pytest.mark.parametrize("twice", ["title-bar", "heading"])
def test_headline_printed_twice_stays_under_a_caps_banner(language, twice):
    # (must not change) a banner or section name in capitals over the headline shares its
    # words too; the headline the page prints twice (its title bar, its heading) stays
    banner, headline = BANNER_PAGES[language]
    _head, _deck, lead, more = PAGES[language]
    rows = ([headline + " | Example", banner, "", headline] if twice == "title-bar" else [banner, "", headline, "", headline])
    rows += ["", lead, "", more, "", more]
    assert extract("\n".join(rows)).fields["title"] == headline
