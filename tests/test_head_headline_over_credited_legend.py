"""A picture's legend closed, after its stop, by a photographer's credit in the agencies' form
NAME / AGENCY ("... in Juba. JANE ROE / UNMISS") is the lead picture's legend, never the
headline; the heading printed right above it (blank lines between) is the headline, though it
shares no word with the text. A line with a slash that is no such credit (a name in Title
Case before a slash and words that are no agency's letters, a slash inside a headline with no
stop before it) stays a headline. Every page here is of our own making."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import photo_credited_legend

FURNITURE = ["Subscribe", "Log in", "Example Media", "Newsroom", "", "Get our launch offer today", "", "REPORT", ""]
PAGE = {
    "en": ("Far from home, the long wait of the blue helmets",
           "A soldier of the battalion at the airfield in Juba. JANE ROE / UNMISS",
           "The 600 engineers sent by Example Land live behind wire on the edge of town, and one of them faces an inquiry.",
           "Prefabricated huts and a little grass: the ceremony took place inside the compound on 10 September."),
    "fr": ("Loin de chez eux, la longue attente des soldats onusiens",
           "Un militaire du bataillon sur l'aérodrome de Juba. JEAN DUPONT / MINUSS",
           "Les 600 sapeurs envoyés par le royaume vivent derrière les barbelés, et l'un d'eux est visé par une enquête.",
           "Des préfabriqués et un peu d'herbe : la cérémonie s'est tenue dans l'enceinte le 10 septembre."),
    "es": ("Lejos de casa, la larga espera de los soldados de la ONU",
           "Un militar del batallón en el aeródromo de Yuba. JUAN PÉREZ / EFE",
           "Los 600 zapadores enviados por el reino viven tras las alambradas, y uno de ellos afronta una investigación.",
           "Barracones y un poco de hierba: la ceremonia se celebró en el recinto el 10 de septiembre."),
    "vi": ("Xa quê hương, những ngày chờ đợi dài của người lính",
           "Một quân nhân của tiểu đoàn tại sân bay Juba. NGUYỄN VĂN AN / TTXVN",
           "Sáu trăm công binh được cử sang sống sau hàng rào thép gai, và một người đang bị điều tra.",
           "Nhà tiền chế và một chút cỏ: buổi lễ diễn ra trong khuôn viên ngày 10 tháng 9."),
}


# A paragraph further down retelling the legend's words (the text echoes the legend more than
# the headline, worded otherwise than the text).
ECHO = {
    "en": "One soldier of the battalion was hurt near the airfield in Juba on the same day.",
    "fr": "Un militaire du bataillon a été blessé près de l'aérodrome de Juba le même jour.",
    "es": "Un militar del batallón resultó herido cerca del aeródromo de Yuba el mismo día.",
    "vi": "Một quân nhân của tiểu đoàn bị thương gần sân bay Juba cùng ngày.",
}


def _page(language: str, echoed: bool = False) -> str:
    headline, credited, lead, more = PAGE[language]
    return "\n".join([*FURNITURE, headline, "", credited, lead, "", more, *(["", ECHO[language]] if echoed else [])])


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
@pytest.mark.parametrize("echoed", [False, True], ids=["plain", "legend-echoed"])
def test_the_heading_over_a_credited_legend_is_the_headline(language, echoed):
    assert extract(_page(language, echoed)).fields["title"] == PAGE[language][0]


# The same legends with the credit's label before the photographer's name ("Photo: Jane Roe /
# UNMISS"), or the credit in brackets: the heading above stays the headline, though a
# paragraph further down retells the legend.
LABELLED = {
    "en": "A soldier of the battalion at the airfield in Juba. Photo: Jane Roe / UNMISS",
    "fr": "Un militaire du bataillon sur l'aérodrome de Juba. Photo : Jean Dupont / MINUSS",
    "es": "Un militar del batallón en el aeródromo de Yuba. Foto: Juan Pérez / MINUSS",
    "vi": "Một quân nhân của tiểu đoàn tại sân bay Juba. Ảnh: Nguyễn Văn An / TTXVN",
}
BRACKETED = {
    "en": "A soldier of the battalion at the airfield in Juba. (JANE ROE / UNMISS)",
    "fr": "Un militaire du bataillon sur l'aérodrome de Juba. (JEAN DUPONT / MINUSS)",
    "es": "Un militar del batallón en el aeródromo de Yuba. (JUAN PÉREZ / MINUSS)",
    "vi": "Một quân nhân của tiểu đoàn tại sân bay Juba. (NGUYỄN VĂN AN / TTXVN)",
}


# The agency before the photographer, as wires print it ("REUTERS/Jane Roe", "EFE/Juan Pérez").
AGENCY_FIRST = {
    "en": "A soldier of the battalion at the airfield in Juba. REUTERS/Jane Roe",
    "fr": "Un militaire du bataillon sur l'aérodrome de Juba. AFP/Jean Dupont",
    "es": "Un militar del batallón en el aeródromo de Yuba. EFE/Juan Pérez",
    "vi": "Một quân nhân của tiểu đoàn tại sân bay Juba. TTXVN/Nguyễn Văn An",
}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
@pytest.mark.parametrize("legends", [LABELLED, BRACKETED, AGENCY_FIRST], ids=["labelled", "bracketed", "agency-first"])
def test_the_heading_over_a_labelled_or_bracketed_credit_is_the_headline(language, legends):
    headline, _credited, lead, more = PAGE[language]
    text = "\n".join([*FURNITURE, headline, "", legends[language], lead, "", more, "", ECHO[language]])
    assert extract(text).fields["title"] == headline


@pytest.mark.parametrize("headline, lead", [
    pytest.param("Talks stall in Juba. South Sudan / UNMISS",
                 "The talks between the parties stalled in Juba on Monday, and the mission said it would wait.", id="en"),
    pytest.param("Entretien. Jean-Pierre Lacroix / ONU",
                 "Jean-Pierre Lacroix a déclaré lundi devant le conseil que la mission resterait dans le pays.", id="fr"),
    pytest.param("Entrevista. Juan Pérez / ONU",
                 "Juan Pérez declaró el lunes ante el consejo que la misión seguiría en el país.", id="es"),
])
def test_a_headline_closed_by_a_title_case_name_and_letters_stays_the_headline(headline, lead):
    text = "\n".join([*FURNITURE, headline, "", lead, "", "The council will meet again next month to hear the report."])
    assert extract(text).fields["title"] == headline


@pytest.mark.parametrize("line, credited", [
    pytest.param("A soldier of the battalion at the airfield in Juba. JANE ROE / UNMISS", True, id="en-caps-name-agency"),
    pytest.param("Un militaire à Bangui. Jean Dupont / AFP", True, id="fr-name-agency-letters"),
    pytest.param("Un militar en Yuba. JUAN PÉREZ / Example Photo", True, id="es-caps-name-outlet-words"),
    pytest.param("Talks in Juba. Joint Army / Police Patrols", False, id="en-title-case-both-sides"),
    pytest.param("Peacekeepers / police units rotate in Gao", False, id="en-slash-inside-headline"),
    pytest.param("Gao attacked. MINUSMA / FAMa joint patrols resume", False, id="en-words-after-the-letters"),
    pytest.param("Un soldat à Bangui. CATIANNE", False, id="fr-no-slash"),
    # (a name in Title Case and letters no source the reference knows after the slash: a
    # headline's shape as well, "Talks stall in Juba. South Sudan / UNMISS")
    pytest.param("Talks stall in Juba. South Sudan / UNMISS", False, id="en-title-case-then-letters"),
    pytest.param("Entretien. Jean-Pierre Lacroix / ONU", False, id="fr-interview-title-case-then-letters"),
    pytest.param("Entrevista. Juan Pérez / ONU", False, id="es-interview-title-case-then-letters"),
    pytest.param("A" * 30 + ". " + "B " * 20 + "/ x", False, id="near-miss-long-line"),
])
def test_photo_credited_legend(line, credited):
    assert photo_credited_legend(line) is credited
