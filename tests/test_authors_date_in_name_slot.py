"""A byline whose writer's name was left out, the page's date standing in its place ("Example
Info | Par - 11 Septembre 2025", "By - 11 September 2025", "Por - 11 de septiembre de 2025"),
with its weekday or its hour too ("By - Thursday, 11 September 2025, 10:30", "Bởi - Thứ Năm,
11/9/2025"), credits no writer: a date is never an author. A writer's name with the date after it ("By Jane
Roe - 11 September 2025") and a name holding a month's word ("June Marchant") stay writers.
Every text is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, authors",
    [
        pytest.param("Titre de l'article\n\nExample Info | Par - 11 Septembre 2025\n\n"
                     "Le 10 septembre 2025, la mission a rendu hommage à deux soldats tombés en service.\n",
                     [], id="fr-par-date"),
        pytest.param("Headline of the story\n\nExample News | By - 11 September 2025\n\n"
                     "On 10 September 2025, the mission paid tribute to two soldiers who died on duty.\n",
                     [], id="en-by-date"),
        pytest.param("Titular de la nota\n\nEjemplo Noticias | Por - 11 de septiembre de 2025\n\n"
                     "El 10 de septiembre de 2025, la misión rindió homenaje a dos soldados caídos en servicio.\n",
                     [], id="es-por-date"),
        pytest.param("Titre de l'article\n\nExemple Info | Par - Jeudi 11 Septembre 2025\n\n"
                     "Le 10 septembre 2025, la mission a rendu hommage à deux soldats tombés en service.\n",
                     [], id="fr-par-weekday-and-date"),
        pytest.param("Titre de l'article\n\nExemple Info | Par - 11 Septembre 2025 à 10h30\n\n"
                     "Le 10 septembre 2025, la mission a rendu hommage à deux soldats tombés en service.\n",
                     [], id="fr-par-date-and-hour"),
        pytest.param("Headline of the story\n\nExample News | By - Thursday, 11 September 2025\n\n"
                     "On 10 September 2025, the mission paid tribute to two soldiers who died on duty.\n",
                     [], id="en-by-weekday-and-date"),
        pytest.param("Headline of the story\n\nExample News | By - 11 September 2025, 10:30\n\n"
                     "On 10 September 2025, the mission paid tribute to two soldiers who died on duty.\n",
                     [], id="en-by-date-and-hour"),
        pytest.param("Headline of the story\n\nBy - 11/09/2025\n\n"
                     "On 10 September 2025, the mission paid tribute to two soldiers who died on duty.\n",
                     [], id="en-by-numeric-date"),
        pytest.param("Titular de la nota\n\nEjemplo Noticias | Por - Jueves, 11 de septiembre de 2025\n\n"
                     "El 10 de septiembre de 2025, la misión rindió homenaje a dos soldados caídos en servicio.\n",
                     [], id="es-por-weekday-and-date"),
        pytest.param("Tiêu đề bài báo\n\nBáo Ví Dụ | Bởi - Thứ Năm, 11/9/2025\n\n"
                     "Ngày 10/9/2025, phái bộ đã tưởng niệm hai binh sĩ hy sinh khi làm nhiệm vụ.\n",
                     [], id="vi-boi-weekday-and-date"),
        pytest.param("Headline of the story\n\nBy Jane Roe - 11 September 2025\n\n"
                     "On 10 September 2025, the mission paid tribute to two soldiers who died on duty.\n",
                     ["Jane Roe"], id="en-name-then-date"),
        pytest.param("Headline of the story\n\nBy June Marchant\n\n"
                     "On 10 September 2025, the mission paid tribute to two soldiers who died on duty.\n",
                     ["June Marchant"], id="en-name-with-a-month-word"),
    ],
)
def test_a_date_in_the_name_slot_credits_no_writer(text, authors):
    assert extract(text, None).fields["authors"] == authors
