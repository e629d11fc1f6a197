"""Segment: a related story's teaser closing the page, with no marker above it (a headline,
then its summary cut short with an ellipsis: "... where two buses were stra..."), is a teaser,
not the text's last paragraphs, whose happenings would be read as the article's. A
subheading over a last paragraph that ends as a sentence does stays in the text.

Every text here is written for these tests."""
import pytest

from newsdossier.segment import segment

TEXTS = {
    "en": ("Storms close the northern harbour",
           "Storms closed the northern harbour on Monday and damaged three piers, officials said on Tuesday.",
           "The harbour board said the repairs would take about two months, and that the ferries would sail from the "
           "southern quay."),
    "fr": ("Des tempêtes ferment le port du nord",
           "Des tempêtes ont fermé lundi le port du nord et endommagé trois jetées, ont indiqué mardi les autorités.",
           "Le conseil du port a indiqué que les réparations dureraient environ deux mois et que les bacs partiraient "
           "du quai sud."),
    "es": ("Las tormentas cierran el puerto del norte",
           "Las tormentas cerraron el lunes el puerto del norte y dañaron tres muelles, informaron el martes las autoridades.",
           "La junta del puerto dijo que las reparaciones durarían unos dos meses y que los transbordadores saldrían del "
           "muelle sur."),
    "vi": ("Bão đóng cửa cảng phía bắc",
           "Bão đã khiến cảng phía bắc phải đóng cửa vào thứ Hai và làm hư hại ba cầu tàu, giới chức cho biết hôm thứ Ba.",
           "Ban quản lý cảng cho biết việc sửa chữa sẽ mất khoảng hai tháng và các phà sẽ khởi hành từ bến phía nam."),
}


@pytest.mark.parametrize(
    "language, teaser",
    [
        pytest.param("en", ["Floods cut the coastal road near the capital",
                            "Heavy rain on Saturday flooded the coastal road between the capital and the airport, where "
                            "two buses were stra..."], id="en-dots"),
        pytest.param("en", ["Floods cut the coastal road near the capital",
                            "Heavy rain on Saturday flooded the coastal road between the capital and the airport, where "
                            "two buses were strand\u2026",
                            "Fishermen rescued off the cape",
                            "Three fishermen were rescued on Sunday after their boat capsized off the cape, the coast g\u2026"],
                     id="en-two"),
        pytest.param("fr", ["Des inondations coupent la route côtière",
                            "De fortes pluies ont inondé samedi la route côtière entre la capitale et l'aéroport, où deux "
                            "bus sont restés bloq..."], id="fr"),
        pytest.param("es", ["Las inundaciones cortan la carretera costera",
                            "Fuertes lluvias inundaron el sábado la carretera costera entre la capital y el aeropuerto, "
                            "donde dos autobuses queda\u2026"], id="es"),
        pytest.param("vi", ["Lũ lụt chia cắt đường ven biển",
                            "Mưa lớn hôm thứ Bảy đã làm ngập đường ven biển giữa thủ đô và sân bay, nơi hai xe buýt bị "
                            "mắc k..."], id="vi"),
    ],
)
def test_a_headline_and_a_cut_summary_closing_the_page_are_a_teaser(language, teaser):
    title, lead, second = TEXTS[language]
    layout = segment("\n\n".join([title, lead, second, *teaser]))
    assert layout.paragraphs[-1] == second
    assert not any(line in para for line in teaser for para in layout.paragraphs)
    assert layout.teasers[-len(teaser):] == teaser


def test_a_subheading_over_a_last_paragraph_ending_as_a_sentence_stays():
    title, lead, second = TEXTS["en"]
    last = "Ferries will sail again from the northern quay once the piers are rebuilt, the board said."
    layout = segment("\n\n".join([title, lead, second, "What comes next", last]))
    assert layout.paragraphs[-1] == last
