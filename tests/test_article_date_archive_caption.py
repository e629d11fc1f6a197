"""A picture's caption that calls its picture one from the archives ("This June 3, 2019, file
photo shows ...", "photo d'archives", "foto de archivo", "ảnh tư liệu") dates the picture, not
the article: with nothing else dating the text, the article's date stays unknown. Every sentence
is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    ("head", "caption", "body"),
    [
        pytest.param("Harbour board plans to dredge the channel",
                     "This March 3, 2019, file photo shows a dredger at the old ferry pier.",
                     "The harbour board wants to dredge the channel by the old ferry pier, its chairman said on "
                     "Friday, after two storms closed it.", id="en-file-photo-mid"),
        pytest.param("Le port veut draguer son chenal",
                     "Une drague près de l'ancien embarcadère, le 3 mars 2019. Photo d'archives.",
                     "La capitainerie veut draguer le chenal près de l'ancien embarcadère, a indiqué vendredi son "
                     "président, après deux tempêtes.", id="fr-photo-archives"),
        pytest.param("El puerto quiere dragar su canal",
                     "Una draga junto al viejo muelle, el 3 de marzo de 2019, en una imagen de archivo.",
                     "La autoridad portuaria quiere dragar el canal junto al viejo muelle, dijo el viernes su "
                     "presidente, tras dos tormentas.", id="es-imagen-archivo"),
        pytest.param("Cảng muốn nạo vét luồng tàu",
                     "Tàu nạo vét tại bến phà cũ ngày 3/3/2019 (ảnh tư liệu)",
                     "Ban quản lý cảng muốn nạo vét luồng tàu gần bến phà cũ sau hai cơn bão, giám đốc cảng cho "
                     "biết hôm thứ Sáu.", id="vi-anh-tu-lieu"),
    ],
)
def test_archive_caption_does_not_date_the_article(head, caption, body):
    text = f"{head}\n\n{caption}\n{caption}\n\n{body}\n"
    assert extract(text).fields["date"] == ""


def test_caption_of_the_day_still_dates_the_article():
    # (must not change) a caption printing the day of its own picture, no archive word
    text = ("Harbour board plans to dredge the channel\n\nA dredger at the old ferry pier on March 3, 2019.\n"
            "A dredger at the old ferry pier on March 3, 2019.\n\nThe harbour board wants to dredge the channel "
            "by the old ferry pier, its chairman said on Friday, after two storms closed it.\n")
    assert extract(text).fields["date"] == "2019-03-03"
