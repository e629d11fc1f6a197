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


# The text's own last paragraphs, each closing on an ellipsis: a list's "and so on", a quoted
# line cut short by the writer, a bulleted summary's points, sentences trailing off.
OWN_CLOSINGS = {
    "vi-lists": ["Chính quyền đã phân phát hàng cứu trợ cho người dân gồm gạo, mì tôm, nước uống, chăn màn...",
                 "Nhiều gia đình ở ven biển đã phải sơ tán đến nhà văn hóa, trường học, trạm y tế...",
                 "Theo ông Trần Văn Khải, người dân đang cần thêm thuốc men, quần áo, sách vở cho học sinh..."],
    "es-lists": ["Los voluntarios repartieron entre los vecinos agua, alimentos, mantas, medicinas...",
                 "Las familias del puerto perdieron en una noche sus barcas, sus redes, sus casas...",
                 "Los pescadores piden ahora créditos, motores nuevos, redes, combustible..."],
    "fr-quotes": ["Sur les réseaux sociaux, les habitants du port ont partagé leurs messages, dont voici des extraits.",
                  "« On a tout perdu cette nuit-là, la maison, le bateau, les filets, et personne n'est venu...",
                  "« Personne n'est venu nous aider depuis lundi, ni la mairie ni la préfecture, on attend...",
                  "« Le 19 décembre 2024, déjà, la mer était montée jusqu'à l'église du village et puis..."],
    "vi-trailing-off": ["Bà Lê Thị Hoa ngồi lặng lẽ bên bến cảng, nhìn ra biển nơi con thuyền của gia đình đã chìm...",
                        "Đêm ấy, gió rít từng cơn và sóng đánh tràn qua mái nhà, không ai dám ngủ...",
                        "Giờ đây, mọi người chỉ mong biển lặng để có thể ra khơi trở lại..."],
    "en-trailing-off": ["Mary Holt sat by the quay and looked out to the sea where her family's boat went down…",
                        "That night the wind howled and the waves broke over the roofs, and nobody dared to sleep…",
                        "Now everyone is waiting for a calm sea, so that the boats can go out again…"],
    "fr-trailing-off": ["Marie Dufresne s'assoit sur le quai et regarde la mer où le bateau de sa famille a coulé...",
                        "Cette nuit-là, le vent hurlait et les vagues passaient par-dessus les toits...",
                        "Aujourd'hui, tout le monde attend que la mer se calme pour reprendre le large..."],
    "es-trailing-off": ["Marta Ibáñez se sienta en el muelle y mira el mar donde se hundió la barca de su familia...",
                        "Aquella noche el viento aullaba y las olas pasaban por encima de los tejados...",
                        "Ahora todos esperan que el mar se calme para volver a salir a faenar..."],
    "en-bullets": ["What the harbour board announced on Tuesday:",
                   "• Repairs to the three piers will take about two months and will start as soon as the weather...",
                   "• Ferries will sail from the southern quay until the repairs end in March 2026 or until...",
                   "• Fishermen who lost their boats can apply for aid until 19 December 2025, and after that..."],
}


@pytest.mark.parametrize("case", sorted(OWN_CLOSINGS))
def test_the_texts_own_closing_lines_cut_short_stay_in_the_text(case):
    title, lead, second = TEXTS[case[:2]]
    layout = segment("\n\n".join([title, lead, second, *OWN_CLOSINGS[case]]))
    assert layout.paragraphs[-len(OWN_CLOSINGS[case]):] == OWN_CLOSINGS[case]
    assert not any(line in layout.teasers for line in OWN_CLOSINGS[case])
