"""What segment carries from one line to the next is about the line right above, whichever step
read that line, and a trial reading of the lead that fails leaves nothing behind:

- a short line under a picture's credit alone is its caption; a date line or a byline printed
  between them breaks the pair (the short line is the text's, or another part of the page's);
- an outlet's name alone on the line under a byline is the byline's outlet ("By Jane Roe" /
  "AFP": "Jane Roe, AFP"), a byline read off a dated line too ("Published March 12, 2024 by
  Jane Roe"); a line between them another step read (the place the reporter filed from)
  breaks the pair; an outlet after a bar closing the dated byline's line ("Published March 12,
  2024 by Jane Roe | AFP") is joined to it the same way (the line was read as a date line
  whole, the writer lost);
- a metadata label alone ("Source :", "Autor:") takes the line right under it as its value;
  where another step read that line (a feed's credit, the place the reporter filed from), the
  label's value is not printed and the lead under them stays the text's;
- a byline word and an outlet's name glued before a lead ("By AFP ...") are taken only where
  a dateline follows them; where none does, the trial reading of the rest of the lead writes
  nothing on the page's layout (no source, no byline, no day of the lead).

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import segment

LEAD_EN = "The mission said the patrols in the region will continue through the month, according to officials."
LEAD_FR = "La mission a déclaré que les patrouilles se poursuivront dans la région pendant tout le mois."
LEAD_ES = "La misión afirmó que las patrullas en la región seguirán durante todo el mes, según los responsables."


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        pytest.param(_page("Peacekeepers patrol the border near the town", "Photo: Jane Roe", "March 3, 2024",
                           "Soldiers walk past a checkpoint.", LEAD_EN), None, id="en-date-line-between"),
        pytest.param(_page("Des Casques bleus patrouillent près de la ville", "Photo : Jean Dupont", "3 mars 2024",
                           "Des soldats passent devant un poste.", LEAD_FR), None, id="fr-date-line-between"),
        pytest.param(_page("Los cascos azules patrullan cerca de la ciudad", "Foto: Ana Gómez", "3 de marzo de 2024",
                           "Unos soldados pasan ante un puesto.", LEAD_ES), None, id="es-date-line-between"),
        pytest.param(_page("Peacekeepers patrol the border near the town", "Photo: Jane Roe",
                           "Soldiers walk past a checkpoint.", LEAD_EN), "Soldiers walk past a checkpoint.", id="en-right-under"),
        pytest.param(_page("Des Casques bleus patrouillent près de la ville", "Photo : Jean Dupont",
                           "Des soldats passent devant un poste.", LEAD_FR), "Des soldats passent devant un poste.", id="fr-right-under"),
    ],
)
def test_a_caption_stands_right_under_its_credit(text, caption):
    layout = segment(text)
    assert layout.picture_captions == ([caption] if caption else [])
    if caption is None:
        assert len(layout.paragraphs) == 2


@pytest.mark.parametrize(
    ("text", "bylines"),
    [
        pytest.param(_page("Peacekeepers patrol the border near the town", "By Jane Roe", "AFP", LEAD_EN),
                     ["Jane Roe, AFP"], id="en-right-under"),
        pytest.param(_page("Peacekeepers patrol the border near the town", "Published March 12, 2024 by Jane Roe", "AFP", LEAD_EN),
                     ["Jane Roe, AFP"], id="en-under-dated-byline"),
        pytest.param(_page("Des Casques bleus patrouillent près de la ville", "Publié le 12/03/2024 à 10h15 par Jean Dupont", "AFP", LEAD_FR),
                     ["Jean Dupont, AFP"], id="fr-under-dated-byline"),
        pytest.param(_page("Des Casques bleus patrouillent près de la ville", "Par Jean Dupont", "De notre envoyé spécial à Juba",
                           "AFP", LEAD_FR), ["Jean Dupont"], id="fr-filed-from-line-between"),
        pytest.param(_page("Peacekeepers patrol the border near the town", "Published March 12, 2024 by Jane Roe | AFP", LEAD_EN),
                     ["Jane Roe, AFP"], id="en-dated-byline-bar-outlet"),
        pytest.param(_page("Des Casques bleus patrouillent près de la ville", "Publié le 12/03/2024 à 10h15 par Jean Dupont | AFP", LEAD_FR),
                     ["Jean Dupont, AFP"], id="fr-dated-byline-bar-outlet"),
        pytest.param(_page("Los cascos azules patrullan cerca de la ciudad", "Publicado el 12/03/2024 por Ana Gómez | EFE", LEAD_ES),
                     ["Ana Gómez, EFE"], id="es-dated-byline-bar-outlet"),
        pytest.param(_page("Peacekeepers patrol the border near the town", "Published March 12, 2024 by Jane Roe | RSS", LEAD_EN),
                     [], id="en-dated-byline-bar-word-alias"),
        pytest.param(_page("Peacekeepers patrol the border near the town", "Published March 12, 2024 by Jane Roe | Updated March 13, 2024", LEAD_EN),
                     ["Jane Roe"], id="en-dated-byline-bar-update"),
    ],
)
def test_an_outlet_joins_the_byline_right_above(text, bylines):
    assert segment(text).bylines == bylines


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param("By AFP NDO - Sáng 3/7, lực lượng gìn giữ hòa bình tuần tra khu vực biên giới.", id="en-by-then-vi-outlet-lead"),
        pytest.param("Par AFP NDO - Sáng 3/7, lực lượng gìn giữ hòa bình tuần tra khu vực biên giới.", id="fr-par-then-vi-outlet-lead"),
        pytest.param("Por EFE TTXVN - Ngày 3/7, phái bộ cho biết lực lượng sẽ ở lại tất cả các vị trí.", id="es-por-then-vi-outlet-lead"),
    ],
)
def test_a_failed_byline_outlet_trial_leaves_nothing(lead):
    layout = segment(_page("Lính gìn giữ hòa bình tuần tra biên giới", lead, "Phái bộ có khoảng mười nghìn binh sĩ đến từ bốn mươi quốc gia."))
    assert (layout.dateline, layout.metadata.get("source"), layout.bylines, layout.lead_day) == (None, None, [], None)
    assert layout.paragraphs[0] == lead


@pytest.mark.parametrize(
    ("text", "metadata", "lead"),
    [
        pytest.param(_page("Peacekeepers patrol the border near the town", "Source:", "Published in Example Times on 16 - 11 - 2018",
                           LEAD_EN), {"source": "Example Times", "date": "16 - 11 - 2018"}, LEAD_EN, id="en-feed-credit-under-label"),
        pytest.param(_page("Des Casques bleus patrouillent près de la ville", "Source :", "Publié dans Example Matin le 16 - 11 - 2018",
                           LEAD_FR), {"source": "Example Matin", "date": "16 - 11 - 2018"}, LEAD_FR, id="fr-feed-credit-under-label"),
        pytest.param(_page("Los cascos azules patrullan cerca de la ciudad", "Fuente:", "Publicado en Diario Ejemplo el 16 - 11 - 2018",
                           LEAD_ES), {"source": "Diario Ejemplo", "date": "16 - 11 - 2018"}, LEAD_ES, id="es-feed-credit-under-label"),
        pytest.param(_page("Des Casques bleus patrouillent près de la ville", "Auteur :", "De notre envoyé spécial à Juba", LEAD_FR),
                     {}, LEAD_FR, id="fr-filed-from-under-label"),
        pytest.param(_page("Los cascos azules patrullan cerca de la ciudad", "Autor:", "Enviado especial a Juba", LEAD_ES),
                     {}, LEAD_ES, id="es-filed-from-under-label"),
        pytest.param(_page("Des Casques bleus patrouillent près de la ville", "Source :", "AFP", LEAD_FR),
                     {"source": "AFP"}, LEAD_FR, id="fr-value-right-under"),
        pytest.param(_page("Des Casques bleus patrouillent près de la ville", "Auteur :", "Jean Dupont", LEAD_FR),
                     {"author": "Jean Dupont"}, LEAD_FR, id="fr-author-right-under"),
    ],
)
def test_a_label_takes_the_line_right_under_it(text, metadata, lead):
    layout = segment(text)
    assert (layout.metadata, layout.paragraphs[0]) == (metadata, lead)
