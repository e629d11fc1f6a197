"""A page's first line opening on a place's or a body's name and a dash and closed by a full
date, in brackets or after a comma, with no stop ("Nations unies - Journée internationale des
soldats de la paix (12 mars 2019)") is a headline ending on its day: the title whole, no
dateline opening the text. A lead opening on the same place and a dash, closed by its stop,
keeps its dateline. Every page here is of our own making."""
from __future__ import annotations

import pytest

from newsdossier.segment import segment

SECOND = "A second paragraph follows the first one. It ends here."
LEAD = {
    "en": "The International Day of Peacekeepers was marked on Tuesday at the headquarters, where the ministry sent its message to the troops.",
    "fr": "La Journée internationale des soldats de la paix a été célébrée mardi au siège, où le ministère a salué les troupes.",
    "es": "El Día internacional de los soldados de la paz se celebró el martes en la sede, donde el ministerio saludó a las tropas.",
    "vi": "Ngày Quốc tế lực lượng gìn giữ hòa bình được tổ chức hôm thứ Ba tại trụ sở, nơi bộ đã gửi thư tới các chiến sĩ.",
}
HEADLINE = {
    "en": ("United Nations - ", "International Day of the Peacekeepers", " (12 March 2019)", ", 12 March 2019"),
    "fr": ("Nations unies - ", "Journée internationale des soldats de la paix", " (12 mars 2019)", ", le 12 mars 2019"),
    "es": ("Naciones Unidas - ", "Día internacional de los soldados de la paz", " (12 de marzo de 2019)", ", 12 de marzo de 2019"),
    "vi": ("Liên hợp quốc - ", "Ngày Quốc tế lực lượng gìn giữ hòa bình", " (12/3/2019)", ", ngày 12/3/2019"),
}


# (an English line "PLACE - words, 12 March 2019" is the form of a wire picture's caption, read
# as one: a known limit, not tested here)
@pytest.mark.parametrize("language, closing", [
    *((language, 2) for language in ("en", "fr", "es", "vi")),
    *((language, 3) for language in ("fr", "es", "vi")),
])
def test_a_dashed_headline_closing_on_its_day_is_the_title(language, closing):
    place, words = HEADLINE[language][:2]
    headline = place + words + HEADLINE[language][closing]
    layout = segment("\n\n".join([headline, LEAD[language], SECOND]))
    assert (layout.title, layout.dateline) == (headline, None)


@pytest.mark.parametrize("language, lead, place", [
    pytest.param("fr", "Nations unies - La Journée des soldats de la paix a été célébrée mardi au siège (12 mars 2019).", "Nations unies", id="fr-lead-with-stop"),
    pytest.param("es", "Naciones Unidas - El Día de los soldados de la paz se celebró el martes en la sede.", "Naciones Unidas", id="es-lead-with-stop"),
])
def test_a_dashed_lead_keeps_its_dateline(language, lead, place):
    layout = segment("\n\n".join(["Peacekeepers honoured at the headquarters", lead, SECOND]))
    assert layout.dateline is not None and layout.dateline.place == place
