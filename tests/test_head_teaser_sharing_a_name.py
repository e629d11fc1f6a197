"""A short page printing other stories' headlines above the article's own, where a teaser
shares with the lead only a name (the country or the body the whole beat is about: "Malí",
"Mali") and the article's headline, longer, is worded otherwise than its lead and shares none
of its words: a name the lead prints is no sign of the article's headline, since other stories
of the same beat print it too, so the longer headline is still taken. A common word shared
with the lead still marks the article's headline (tests/test_head_short_page_teasers_above_headline.py).

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

CASES = {
    "es": (["Aprobado el presupuesto sanitario", "La junta de Malí aplaza los comicios", "La selección gana a su vecino"],
           "Pulso diplomático en torno a la salida anunciada de los soldados extranjeros del norte",
           "12 de marzo de 2023",
           "En Malí, la misión de la ONU anunció el viernes que sus cascos azules dejarán Kidal antes de fin de mes."),
    "en": (["Health budget passed", "Mali junta delays the vote again", "National side beats its neighbour"],
           "Diplomatic tug of war over the announced departure of foreign soldiers from the north",
           "March 12, 2023",
           "In Mali, the UN mission said on Friday that its peacekeepers would leave Kidal before the end of the month."),
    "fr": (["Le budget de la santé adopté", "La junte du Mali reporte le scrutin", "Les Aigles battent leurs voisins"],
           "Bras de fer diplomatique autour du départ prévu des soldats étrangers du nord",
           "12 mars 2023",
           "Au Mali, la mission de l'ONU a annoncé vendredi que ses casques bleus quitteraient Kidal avant la fin du mois."),
}
MORE = "The rest of the dispatch follows here. It ends."


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_teaser_sharing_only_a_name_with_the_lead_is_no_headline(lang):
    from newsdossier.extract import extract

    teasers, headline, day, lead = CASES[lang]
    page = "\n".join(teasers) + f"\n\n{headline}\n{day}\n\n{lead}\n\n{MORE}"
    assert extract(page).fields.get("title") == headline
