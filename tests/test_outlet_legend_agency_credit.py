"""A picture's legend printed above the text and closed by a news agency's name alone after its
full stop ("Soldiers of the mission near Tyre. AFP"): the agency sold the picture, it is no
credit of the story (tests/corpus/README: an agency credited for a picture only is not the
source). The same name signing off the last paragraph still credits the dispatch. Every
sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import legend_agency_credit

_ES = ("La misión denuncia un ataque contra su personal en el sur\n\n"
       "La fuerza de paz informó el martes de que tres artefactos cayeron cerca de una de sus patrullas en la frontera.\n\n"
       "El portavoz añadió que nadie resultó herido y que la patrulla siguió su camino.\n")
_FR = ("Un Casque bleu tué dans une attaque près de Gao\n\n"
       "Un Casque bleu a été tué mercredi dans une attaque contre un convoi près de Gao, a annoncé la mission.\n\n"
       "La mission a condamné l'attaque et promis une enquête.\n")
_EN = ("Peacekeepers repair the bridge outside the camp\n\n"
       "Engineers of the mission began on Monday to rebuild a bridge the floods swept away last month.\n\n"
       "The work should take three weeks, an officer said.\n")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("Soldados de la misión en una patrulla cerca de Tiro. AFP", ("Soldados de la misión en una patrulla cerca de Tiro", "AFP"),
                     id="es-afp"),
        pytest.param("Des Casques bleus devant le camp de Gao. REUTERS", ("Des Casques bleus devant le camp de Gao", "REUTERS"),
                     id="fr-reuters-capitals"),
        pytest.param("Engineers of the mission at work on the bridge. AFP.", ("Engineers of the mission at work on the bridge", "AFP"),
                     id="en-closing-stop"),
        pytest.param("Lính gìn giữ hòa bình tại căn cứ. TTXVN", ("Lính gìn giữ hòa bình tại căn cứ", "TTXVN"), id="vi-ttxvn"),
        # (must not change) a name that is no agency's, two sentences, a legend of one word,
        # a credit that goes on after the agency, a line with no stop before the name
        pytest.param("Soldados de la misión cerca de Tiro. Diario Ejemplo", None, id="not-an-agency"),
        pytest.param("La patrulla salió del cuartel. Tres artefactos cayeron cerca. EFE", None, id="two-sentences"),
        pytest.param("Gao. AFP", None, id="one-word"),
        pytest.param("Des Casques bleus à Gao. AFP / Jane Roe", None, id="photographer-after"),
        pytest.param("Des Casques bleus à Gao AFP", None, id="no-stop"),
    ],
)
def test_legend_agency_credit(line, expected):
    assert legend_agency_credit(line) == expected


_VI = ("Công binh sửa cầu gần căn cứ của phái bộ\n\n"
       "Sáng 3/10, các chiến sĩ công binh đã bắt đầu sửa chữa cây cầu bị lũ cuốn trôi tháng trước.\n\n"
       "Công việc sẽ kéo dài ba tuần, một sĩ quan cho biết.\n")


def _under_headline(text: str, legend: str) -> str:
    headline, rest = text.split("\n\n", 1)
    return f"{headline}\n\n{legend}\n\n{rest}"


@pytest.mark.parametrize(
    ("text", "source", "title"),
    [
        pytest.param("Portada | Internacional | Deportes\n\nSoldados de la misión en una patrulla cerca de Tiro. AFP\n\n" + _ES, "",
                     None, id="es-legend-above-headline"),
        pytest.param("Des Casques bleus devant le camp de Gao. AFP\n\n" + _FR, "", "Un Casque bleu tué dans une attaque près de Gao",
                     id="fr-legend-above-headline"),
        pytest.param(_under_headline(_EN, "Engineers of the mission at work on the bridge. AFP"), "",
                     "Peacekeepers repair the bridge outside the camp", id="en-legend-under-headline"),
        pytest.param("Lính công binh sửa cầu ở Abyei. TTXVN\n\n" + _VI, "", "Công binh sửa cầu gần căn cứ của phái bộ",
                     id="vi-legend-above-headline"),
        # (must not change) the agency signing off the last paragraph credits the dispatch;
        # an agency's dateline does
        pytest.param(_ES.rstrip("\n") + " EFE\n", "Agencia EFE", "La misión denuncia un ataque contra su personal en el sur",
                     id="es-signoff"),
        pytest.param(_FR.replace("Un Casque bleu a été tué", "GAO (AFP) - Un Casque bleu a été tué"), "Agence France-Presse",
                     "Un Casque bleu tué dans une attaque près de Gao", id="fr-dateline"),
    ],
)
def test_legend_credit_above_the_text_is_no_source(text, source, title):
    fields = extract(text).fields
    assert fields["source"] == source
    if title is not None:
        assert fields["title"] == title
