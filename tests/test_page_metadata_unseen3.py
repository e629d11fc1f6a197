"""Title, outlet and date of whole pages copied from a browser, third round: each case is a
page of our own, written to the layout of a kind met on real pages of outlets the labelled
corpus does not hold (long menus above the article, quoted or question headlines, company
names in copyright lines, menu sections named like outlets)."""

import pytest

from newsdossier.extract import copyright_holder, extract
from newsdossier.segment import page_chrome, segment, split_lines


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


# A site's menus: many short lines, a few teaser headlines among them.
MENU = {
    "en": ["Home", "World", "Politics", "Business", "Sport", "Weather", "Opinion", "Video", "Podcasts",
           "Newsletters", "Contact us", "Advertise", "Harbour cranes stand idle as the dockers strike for a second week",
           "Most read", "The school choir wins the regional contest", "Subscribe", "Log in"],
    "fr": ["Accueil", "Monde", "Politique", "Économie", "Sport", "Météo", "Opinions", "Vidéos", "Podcasts",
           "Lettres d'information", "Nous contacter", "Publicité", "Les grues du port restent à l'arrêt pendant la grève des dockers",
           "Les plus lus", "La chorale du lycée remporte le concours régional", "S'abonner", "Connexion"],
    "es": ["Inicio", "Mundo", "Política", "Economía", "Deportes", "Clima", "Opinión", "Videos", "Pódcasts",
           "Boletines", "Contacto", "Publicidad", "Las grúas del puerto siguen paradas por la huelga de los estibadores",
           "Lo más leído", "El coro del liceo gana el concurso regional", "Suscríbete", "Ingresar"],
}
HEADLINE = {
    "en": "Old bridge reopens to traffic after repairs to its pillars",
    "fr": "Le vieux pont rouvre à la circulation après la réparation de ses piliers",
    "es": "El viejo puente reabre al tráfico tras la reparación de sus pilares",
}
LEAD = {
    "en": "The engineers of the town reopened the old bridge on Tuesday after three days of work on its pillars, the mayor said.",
    "fr": "Les ingénieurs de la ville ont rouvert le vieux pont mardi après trois jours de travaux sur ses piliers, a indiqué le maire.",
    "es": "Los ingenieros de la ciudad reabrieron el viejo puente el martes tras tres días de obras en sus pilares, informó el alcalde.",
}
SECOND = {
    "en": "Traffic on the bridge will stay limited to light vehicles until the end of the month, according to the council.",
    "fr": "La circulation sur le pont restera limitée aux véhicules légers jusqu'à la fin du mois, selon le conseil municipal.",
    "es": "El tráfico en el puente quedará limitado a vehículos ligeros hasta fin de mes, según el concejo municipal.",
}
DATE = {"en": "March 3, 2022", "fr": "3 mars 2022", "es": "3 de marzo de 2022"}


# The headline of a page copied whole sits under its menus, far from the top; it is the
# heading right above the article's first paragraphs, not a teaser or a menu line.
@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_the_headline_under_long_menus(lang):
    page = _page(*MENU[lang], HEADLINE[lang], DATE[lang], LEAD[lang], SECOND[lang])
    assert extract(page).fields["title"] == HEADLINE[lang]


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_the_menus_above_the_headline_are_no_text(lang):
    layout = segment(_page(*MENU[lang], HEADLINE[lang], DATE[lang], LEAD[lang], SECOND[lang]))
    assert layout.paragraphs[0] == LEAD[lang]
    assert MENU[lang][12] in layout.boilerplate


# A date printed right above the headline is still read; the teasers' headlines above it are not
# taken for the title.
def test_a_date_right_above_the_headline_is_kept():
    layout = segment(_page(*MENU["en"], DATE["en"], HEADLINE["en"], LEAD["en"], SECOND["en"]))
    assert layout.title == HEADLINE["en"]
    assert layout.metadata.get("date") == DATE["en"]


# Headlines that open with a question's or a quotation's mark, or close on a quotation.
@pytest.mark.parametrize("headline, lang", [
    ("¿Quién pagará la reparación del viejo puente de la ciudad?", "es"),
    ("«Le vieux pont tiendra encore cent ans», assure le maire de la ville", "fr"),
    ("“The old bridge will stand for another century,” says the town's mayor", "en"),
    ('Engineers reopen the old bridge and tell drivers: "slow down"', "en"),
])
def test_a_quoted_or_question_headline_under_menus(headline, lang):
    page = _page(*MENU[lang], headline, DATE[lang], LEAD[lang], SECOND[lang])
    assert extract(page).fields["title"] == headline


# A headline worded otherwise than its lead (one word in common) is still the heading
# right above the article.
def test_a_headline_sharing_one_word_with_the_lead():
    headline = "A bridge, three days of work and a relieved town"
    page = _page(*MENU["en"], headline, "By Jane Roe", DATE["en"], LEAD["en"], SECOND["en"])
    assert extract(page).fields["title"] == headline


# An abbreviation's stop ("U.S.") inside a headline does not make it running text.
def test_a_headline_with_an_abbreviation_is_no_prose():
    headline = "Old bridge in a small U.S. town reopens after repairs to all of its old stone pillars"
    lines = split_lines(_page(*MENU["en"], headline, LEAD["en"], SECOND["en"]))
    assert lines[page_chrome(lines)] == headline


# A short page (menus of a few lines) is read as it comes.
def test_a_short_page_is_read_from_its_top():
    lines = split_lines(_page("Home", "World", HEADLINE["en"], LEAD["en"], SECOND["en"]))
    assert page_chrome(lines) == 0
