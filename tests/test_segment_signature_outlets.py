"""A writer's signature closing the text with a note naming the outlets the text came from
after a credit word ("Minh Anh (theo Reuters, AFP)", "Jean Dupont (avec AFP et Reuters)",
"Jane Roe (with Reuters, AFP)", "Ana Gómez (con información de EFE y AFP)"): the writer is
the author and the first outlet, where the reference knows every one, the source; with one
outlet only it read so already, but for a note whose credit words also open a picture's
credit ("con información de"), read as a caption's credit before.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

TEXTS = {
    "vi": "Lính gìn giữ hòa bình ở lại các vị trí\nPhái bộ cho biết hôm thứ Sáu rằng lực lượng sẽ ở lại tất cả các vị trí bất chấp các cảnh báo của hai bên.\n",
    "fr": "Les casques bleus restent sur leurs positions\nLa mission de paix a annoncé vendredi que ses troupes resteraient sur toutes leurs positions malgré les avertissements.\n",
    "en": "Peacekeepers stay in their positions\nThe peacekeeping mission said on Friday that its troops would stay in all their positions despite the warnings.\n",
    "es": "Los cascos azules se quedan en sus posiciones\nLa misión de paz anunció el viernes que sus tropas seguirán en todas sus posiciones pese a las advertencias.\n",
}


@pytest.mark.parametrize(
    ("language", "signature", "source", "authors"),
    [
        pytest.param("vi", "Vũ Minh (theo Reuters, AFP)", "Reuters", ["Vũ Minh"], id="vi-two-agencies"),
        pytest.param("vi", "Vũ Minh (Theo AFP, Reuters)", "Agence France-Presse", ["Vũ Minh"], id="vi-capital-credit-word"),
        pytest.param("fr", "Jean Dupont (avec AFP et Reuters)", "Agence France-Presse", ["Jean Dupont"], id="fr-joined-by-et"),
        pytest.param("en", "Jane Roe (with Reuters, AFP)", "Reuters", ["Jane Roe"], id="en-comma"),
        pytest.param("es", "Ana Gómez (con información de EFE y AFP)", "Agencia EFE", ["Ana Gómez"], id="es-con-informacion-de"),
        pytest.param("es", "Ana Gómez (con información de EFE)", "Agencia EFE", ["Ana Gómez"], id="es-con-informacion-de-one"),
    ],
)
def test_a_signature_crediting_several_outlets_names_the_first(language, signature, source, authors):
    fields = extract(TEXTS[language] + signature + "\n").fields
    assert (fields["source"], fields["authors"]) == (source, authors)


def test_a_picture_credit_after_a_name_is_no_signature():
    assert extract(TEXTS["en"] + "Jane Roe (Photo: AFP)\n").fields["authors"] == []
