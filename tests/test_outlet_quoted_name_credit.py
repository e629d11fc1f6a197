"""An outlet credited in the article's lead with its name in quotation marks ("..., rapporte
« Example Matin »", "..., informa «El Ejemplo»", "according to “The Example Post”", "theo báo
“Example”") or after a word of reporting it is credited with in the lead only ("..., note
Example", "..., informa Example"): the story is that outlet's report (tests/corpus/README: "X
reported" or "according to X" in the lead). Further down, such a credit quotes another outlet's
report for a fact and credits nothing. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.reference import reference

_MORE = {
    "en": "The battalion will take over the camp in February, the officer added.",
    "fr": "Le bataillon prendra ses quartiers dans le camp en février, a ajouté l'officier.",
    "es": "El batallón se instalará en el campamento en febrero, añadió el oficial.",
    "vi": "Đơn vị sẽ tiếp quản doanh trại vào tháng 2, sĩ quan này cho biết.",
}
_HEAD = {
    "en": "Battalion to reinforce the mission",
    "fr": "Un bataillon en renfort pour la mission",
    "es": "Un batallón refuerza la misión",
    "vi": "Một tiểu đoàn tăng cường cho phái bộ",
}


@pytest.mark.parametrize(
    ("language", "lead", "outlet"),
    [
        pytest.param("fr", "Six cents soldats rejoindront la mission au centre du pays en février, rapporte « Le Monde ».",
                     "Le Monde", id="fr-rapporte-guillemets"),
        pytest.param("fr", "Six cents soldats rejoindront la mission au centre du pays en février, rapportait \u201cLe Monde\u201d.",
                     "Le Monde", id="fr-rapportait-curly"),
        pytest.param("fr", "« Le Monde » a rapporté mardi que six cents soldats rejoindront la mission au centre du pays.",
                     "Le Monde", id="fr-quoted-then-reported"),
        pytest.param("es", "Seiscientos soldados se sumarán a la misión en el centro del país en febrero, informó «El Observador».",
                     "El Observador", id="es-informo-comillas"),
        pytest.param("en", "Six hundred soldiers will join the mission in the centre of the country in February, according to \u201cLe Monde\u201d.",
                     "Le Monde", id="en-according-to-curly"),
        pytest.param("vi", "Theo báo \u201cNhân Dân\u201d, sáu trăm binh sĩ sẽ tham gia phái bộ vào tháng 2.", "Nhân Dân", id="vi-theo-bao"),
        # (must not change) the same name unquoted; a quoted title that names no outlet
        pytest.param("fr", "Six cents soldats rejoindront la mission au centre du pays en février, rapporte Le Monde.",
                     "Le Monde", id="fr-rapporte-bare"),
        pytest.param("fr", "Six cents soldats rejoindront la mission en février, selon « Le Bulletin de la mission », une lettre interne.",
                     "", id="fr-quoted-title"),
        # (must not change) a quotation the outlet's name opens or closes: a speaker's words,
        # a programme's title
        pytest.param("es", "El presidente informó «El Observador miente sobre los seiscientos soldados», dijo el portavoz.",
                     "", id="es-quotation-opens-on-name"),
        pytest.param("fr", "« Je ne lis plus Le Monde » a rapporté le ministre aux six cents soldats de la mission.",
                     "", id="fr-quotation-closes-on-name"),
        pytest.param("en", "\u201cWe never spoke to Le Monde\u201d reported the officer after six hundred soldiers joined the mission.",
                     "", id="en-quotation-closes-on-name"),
        pytest.param("fr", "Selon « Le Monde vu d'ici », une émission de la radio, six cents soldats rejoindront la mission.",
                     "", id="fr-programme-title"),
        pytest.param("vi", "Theo \u201cNhân Dân hôm nay\u201d, sáu trăm binh sĩ sẽ tham gia phái bộ vào tháng 2.", "", id="vi-programme-title"),
    ],
)
def test_quoted_or_noted_outlet_in_the_lead_is_the_source(language, lead, outlet):
    text = f"{_HEAD[language]}\n\n{lead}\n\n{_MORE[language]}\n"
    assert extract(text).fields["source"] == outlet


@pytest.mark.parametrize(
    ("paragraph", "further", "names"),
    [
        pytest.param("Le camp sera agrandi, rapporte « Le Monde ».", False, ["Le Monde"], id="lead-quoted"),
    ],
)
def test_reporting_sources_in(paragraph, further, names):
    rows = reference().reporting_sources_in(paragraph, lead=not further, further=further)
    assert [row["name"] for row in rows] == names
