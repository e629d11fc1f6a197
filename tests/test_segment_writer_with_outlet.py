"""A writer credited with an outlet the reference knows, in forms the extractor lost the
writer (or the outlet) of:
- under the headline, a name, a word introducing an outlet and the outlets ("Jean Dupont
  avec AFP", "Jane Roe with Reuters", "Ana Gómez con EFE y AFP");
- closing the text, a name and the outlet in brackets ("Hải Yến (TTXVN)", "Jane Roe
  (Reuters)") or after a dash between spaces ("Hồng Nhung - VOV").
The writer is the author and the outlet the source.

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
    ("language", "line", "under", "source", "authors"),
    [
        pytest.param("fr", "Jean Dupont avec AFP", True, "Agence France-Presse", ["Jean Dupont"], id="fr-avec"),
        pytest.param("en", "Jane Roe with Reuters", True, "Reuters", ["Jane Roe"], id="en-with"),
        pytest.param("es", "Ana Gómez con EFE y AFP", True, "Agencia EFE", ["Ana Gómez"], id="es-con-two-agencies"),
        pytest.param("vi", "Hải Yến (TTXVN)", False, "Vietnam News Agency", ["Hải Yến"], id="vi-bracketed-agency"),
        pytest.param("en", "Jane Roe (Reuters)", False, "Reuters", ["Jane Roe"], id="en-bracketed-agency"),
        pytest.param("vi", "Hồng Nhung - VOV", False, "Voice of Vietnam", ["Hồng Nhung"], id="vi-dash-outlet"),
    ],
)
def test_the_writer_and_the_outlet_are_read(language, line, under, source, authors):
    text = (f"{HEADLINES[language]}\n{line}\n{LEADS[language]}\n" if under
            else f"{HEADLINES[language]}\n{LEADS[language]}\n{line}\n")
    fields = extract(text).fields
    assert (fields["source"], fields["authors"]) == (source, authors)


def test_two_writers_joined_by_a_dash_stay_two_writers():
    fields = extract(f"{HEADLINES['vi']}\n{LEADS['vi']}\nTr.Thiệp - N.Thạnh\n").fields
    assert fields["authors"] == ["Tr.Thiệp", "N.Thạnh"]
