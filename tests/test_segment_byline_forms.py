"""Bylines a page prints in forms the extractor did not read:
- a date line closed by its writer after a byline word ("Publié le 12/03/2024 à 10h15 par
  Jean Dupont", "Published March 12, 2024 by Jane Roe");
- a writer's name, then the writer's role after a comma, with or without a byline word
  ("Jane Roe, Africa Correspondent", "Jean Dupont, envoyé spécial à Bamako", "Ana Gómez,
  corresponsal"): the role is no second writer;
- byline words of a report's writing ("Reported by", "Rédigé par", "Redactado por");
- a page's word for no writer ("Nhóm PV", the reporters' team).

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

HEADLINES = {"en": "Peacekeepers stay in their positions in the south",
             "fr": "Les casques bleus restent sur leurs positions dans le sud",
             "es": "Los cascos azules se quedan en sus posiciones del sur",
             "vi": "Lính gìn giữ hòa bình ở lại các vị trí ở miền nam"}
LEADS = {"en": "The peacekeeping mission said on Friday that its troops would stay in all their positions despite the warnings.",
         "fr": "La mission de paix a annoncé vendredi que ses troupes resteraient sur toutes leurs positions malgré les avertissements.",
         "es": "La misión de paz anunció el viernes que sus tropas seguirán en todas sus posiciones pese a las advertencias.",
         "vi": "Phái bộ cho biết hôm thứ Sáu rằng lực lượng sẽ ở lại tất cả các vị trí bất chấp các cảnh báo của hai bên."}


@pytest.mark.parametrize(
    ("language", "byline", "authors"),
    [
        pytest.param("fr", "Publié le 12/03/2024 à 10h15 par Jean Dupont", ["Jean Dupont"], id="fr-date-then-writer"),
        pytest.param("en", "Published March 12, 2024 by Jane Roe", ["Jane Roe"], id="en-date-then-writer"),
        pytest.param("es", "Publicado el 12 de marzo de 2024 por Ana Gómez", ["Ana Gómez"], id="es-date-then-writer"),
        pytest.param("vi", "Thứ ba, 12/3/2024 10:15 bởi Nguyễn Văn An", ["Nguyễn Văn An"], id="vi-date-then-writer"),
        pytest.param("en", "Jane Roe, Africa Correspondent", ["Jane Roe"], id="en-role-after-name"),
        pytest.param("fr", "Jean Dupont, envoyé spécial à Bamako", ["Jean Dupont"], id="fr-role-after-name"),
        pytest.param("es", "Ana Gómez, corresponsal", ["Ana Gómez"], id="es-role-after-name"),
        pytest.param("en", "By Jane Roe, Africa Correspondent", ["Jane Roe"], id="en-by-role-after-name"),
        pytest.param("en", "Reported by Jane Roe", ["Jane Roe"], id="en-reported-by"),
        pytest.param("fr", "Rédigé par Jean Dupont", ["Jean Dupont"], id="fr-redige-par"),
        pytest.param("es", "Redactado por Ana Gómez", ["Ana Gómez"], id="es-redactado-por"),
    ],
)
def test_the_writer_is_read_from_the_byline(language, byline, authors):
    fields = extract(f"{HEADLINES[language]}\n{byline}\n{LEADS[language]}\n").fields
    assert fields["authors"] == authors


def test_the_date_before_the_writer_stays_the_pages_date():
    fields = extract(f"{HEADLINES['fr']}\nPublié le 12/03/2024 à 10h15 par Jean Dupont\n{LEADS['fr']}\n").fields
    assert fields["date"] == "2024-03-12"


def test_a_reporters_team_is_no_writer():
    assert extract(f"{HEADLINES['vi']}\n{LEADS['vi']}\nNhóm PV\n").fields["authors"] == []


def test_a_headline_with_by_and_a_year_is_no_dated_byline():
    text = f"Peacekeepers killed by Islamist Fighters in 2024\n{LEADS['en']}\n"
    assert extract(text).fields["authors"] == []


@pytest.mark.parametrize("words", [200, 20_000])
def test_a_line_longer_than_a_dated_byline_is_not_matched_as_one(monkeypatch, words):
    """A line of more words than a date line closed by its writer can hold
    (segment.DATED_BYLINE_WORDS) is never matched against that reading's pattern, whose match
    is quadratic in the line's length: a page of one very long line of prose ended in a byline
    word and a name ("... reported by Jane Roe") is read in linear time."""
    from newsdossier import segment as segment_module
    asked: list[int] = []
    real = segment_module._date_then_byline()

    class Spy:
        def match(self, line):
            asked.append(len(line.split()))
            return real.match(line)

    monkeypatch.setattr(segment_module, "_date_then_byline", lambda: Spy())
    prose = " ".join(["Troops stayed on 3 March 2024 near the river"] * (words // 9)) + " reported by Jane Roe"
    segment_module.segment("\n\n".join([HEADLINES["en"], prose, LEADS["en"]]))
    assert asked and max(asked) <= segment_module.DATED_BYLINE_WORDS
