"""Segment: a run of related stories' teasers closing the page, each on one line, its headline
and its summary cut short by an ellipsis ("Harbour reopens: The northern harbour reopened on
Mon…"), with no subheading over any, is a list of teasers, not the text's last paragraphs:
their days and years are other stories' (a teaser's "19 December 2025" gave an article its
year). One or two paragraphs closing on an ellipsis are the text's own.

Every text here is written for these tests."""
import pytest

from newsdossier.segment import segment

from test_segment_closing_teasers import TEXTS

RUNS = {
    "en": ["FLOODS CUT THE COASTAL ROAD Heavy rain on Saturday 19 December 2025 flooded the coastal road between the…",
           "Fishermen rescued off the cape Three fishermen were rescued after their boat capsized off the…",
           "MINISTERS MEET IN THE CAPITAL The council of ministers met in ordinary session on Friday, 19 December…"],
    "fr": ["INONDATIONS SUR LA ROUTE CÔTIÈRE De fortes pluies ont inondé samedi 19 décembre 2025 la route entre la…",
           "Trois pêcheurs secourus au large du cap Leur bateau a chaviré dimanche au large du cap, selon les…",
           "CONSEIL DES MINISTRES DU VENDREDI 19 DÉCEMBRE 2025 Le Conseil des ministres s’est réuni en session..."],
    "es": ["INUNDACIONES EN LA CARRETERA COSTERA Fuertes lluvias inundaron el sábado 19 de diciembre de 2025 la…",
           "Rescatan a tres pescadores frente al cabo Su barca volcó el domingo frente al cabo, según la guardia…",
           "CONSEJO DE MINISTROS DEL VIERNES 19 DE DICIEMBRE DE 2025 El Consejo de Ministros se reunió en sesión…"],
    "vi": ["LŨ LỤT CHIA CẮT ĐƯỜNG VEN BIỂN Mưa lớn hôm thứ Bảy 19/12/2025 đã làm ngập đường ven biển giữa thủ…",
           "Cứu ba ngư dân ngoài khơi mũi đất Thuyền của họ bị lật hôm Chủ nhật ngoài khơi, theo lực lượng bảo…",
           "HỌP CHÍNH PHỦ THƯỜNG KỲ NGÀY 19/12/2025 Chính phủ đã họp phiên thường kỳ vào thứ Sáu, ngày 19 tháng…"],
}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_run_of_cut_teasers_closing_the_page_is_no_part_of_the_text(language):
    title, lead, second = TEXTS[language]
    layout = segment("\n\n".join([title, lead, second, *RUNS[language]]))
    assert layout.paragraphs[-1] == second
    assert layout.teasers[-3:] == RUNS[language]


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_two_paragraphs_closing_on_an_ellipsis_stay_in_the_text(language):
    title, lead, second = TEXTS[language]
    layout = segment("\n\n".join([title, lead, second, *RUNS[language][1:]]))
    assert layout.paragraphs[-2:] == RUNS[language][1:]
    assert not any(line in layout.teasers for line in RUNS[language])


def test_a_run_of_cut_lines_with_no_running_prose_above_it_stays():
    title = TEXTS["en"][0]
    layout = segment("\n\n".join([title, *RUNS["en"]]))
    assert not any(line in layout.teasers for line in RUNS["en"])


def test_the_teasers_years_no_longer_date_the_article():
    from newsdossier.extract import extract

    title, lead, second = TEXTS["fr"]
    assert "2025" not in extract("\n\n".join([title, lead, second, *RUNS["fr"]])).fields["date"]
