"""A hard-wrapped text whose every row a page set apart by a blank line (paragraphs apart no
more than rows: "... will travel to" / "" / "the capital to take part in a ceremony on" / "" /
"Friday, the spokesman said.") is read as wrapped rows: a sentence cut at a row's end is
whole again, in every language. A page printing each paragraph on a line of its own, blank
lines between, and a menu of short rows are left as they are. Every text here is written for
these tests."""
import re
import textwrap

import pytest

from newsdossier.segment import split_lines

PARAGRAPHS = {
    "en": ["The head of the mission, Jane Roe, will travel to the northern town of Example on Friday "
           "to take part in a memorial ceremony for the two engineers, the spokesman said.",
           "Four other engineers were also wounded on Monday in the ambush on the convoy, which "
           "was carrying fuel and water to the camps near the river crossing."],
    "fr": ["La cheffe de la mission, Jeanne Roux, se rendra vendredi dans la ville d'Exemple pour "
           "prendre part à une cérémonie à la mémoire des deux ingénieurs, a indiqué le porte-parole.",
           "Quatre autres ingénieurs ont également été blessés lundi dans l'embuscade tendue au "
           "convoi, qui transportait du carburant et de l'eau vers les camps."],
    "es": ["La jefa de la misión, Juana Ruiz, viajará el viernes a la ciudad de Ejemplo para "
           "participar en una ceremonia en memoria de los dos ingenieros, dijo el portavoz.",
           "Otros cuatro ingenieros también resultaron heridos el lunes en la emboscada contra el "
           "convoy, que llevaba combustible y agua a los campamentos del río."],
    "vi": ["Trưởng phái bộ, bà Nguyễn Thị Hoa, sẽ tới thị trấn Ví Dụ vào thứ Sáu để dự lễ tưởng "
           "niệm hai kỹ sư đã hy sinh, người phát ngôn cho biết trong cuộc họp báo.",
           "Bốn kỹ sư khác cũng bị thương hôm thứ Hai trong vụ phục kích đoàn xe chở nhiên liệu "
           "và nước sạch tới các trại gần bến sông của khu vực phía bắc."],
}


def _sentences(paragraph: str) -> list[str]:
    return re.split(r"(?<=\.)\s+(?=[A-ZÀ-Ỹ])", paragraph)


@pytest.mark.parametrize("language", sorted(PARAGRAPHS))
@pytest.mark.parametrize("width", [50, 66])
def test_rows_set_apart_by_blank_lines_are_joined(language, width):
    rows = [row for paragraph in PARAGRAPHS[language] for row in textwrap.wrap(paragraph, width)]
    lines = split_lines("\n\n".join(["Example Times", *rows, "Share"]))
    assert all(any(sentence in line for line in lines) for p in PARAGRAPHS[language] for sentence in _sentences(p))
    assert lines[0] == "Example Times" and lines[-1] == "Share"


@pytest.mark.parametrize(
    "rows",
    [
        # a paragraph a line, blank lines between: no row was cut
        pytest.param([*PARAGRAPHS["en"], *PARAGRAPHS["fr"], *PARAGRAPHS["es"], *PARAGRAPHS["vi"]], id="paragraph-a-line"),
        # a menu of short rows and headings
        pytest.param(["Home", "World news", "Africa and the Middle East", "Peace operations today",
                      "Opinion and analysis", "Sports", "Culture and the arts", "Contact the newsroom",
                      "About Example Times"], id="menu"),
        # a story's last paragraph, then a list of other stories' headlines in sentence case,
        # each near one length and none ending a sentence: no row goes on in the next
        pytest.param(["Peacekeepers wounded in an ambush near the northern town of Exampleville",
                      "By Jane Roe", "March 3, 2024",
                      "Two peacekeepers were wounded on Saturday in an ambush near the northern town.",
                      "The mission said it would investigate.", "Related stories",
                      "Mission chief travels to the north after a week of clashes in the region",
                      "Council renews the mandate of the force in a vote on the last day of March",
                      "Engineers rebuild a bridge destroyed by floods in the east of the country",
                      "Aid convoy reaches a camp cut off for three weeks by the fighting nearby",
                      "Talks between the parties resume in the capital after a pause of a month"],
                     id="en-related-headlines"),
        pytest.param(["Des casques bleus blessés dans une embuscade près de la ville d'Exemple",
                      "Par Jeanne Roux", "La mission a ouvert une enquête sur l'attaque de samedi.",
                      "À lire aussi",
                      "Le chef de la mission se rend dans le nord après une semaine de combats",
                      "Le conseil renouvelle le mandat de la force lors d'un vote à la fin mars",
                      "Des ingénieurs reconstruisent un pont détruit par les crues dans l'est",
                      "Un convoi humanitaire atteint un camp coupé du monde depuis trois semaines",
                      "Les pourparlers entre les parties reprennent dans la capitale après un mois"],
                     id="fr-related-headlines"),
        pytest.param(["Cascos azules heridos en una emboscada cerca de la ciudad de Ejemplo",
                      "Por Juan Pérez", "La misión abrió una investigación sobre el ataque del sábado.",
                      "Noticias relacionadas",
                      "El jefe de la misión viaja al norte tras una semana de combates",
                      "El consejo renueva el mandato de la fuerza en una votación en marzo",
                      "Ingenieros reconstruyen un puente destruido por las inundaciones",
                      "Un convoy humanitario llega a un campamento aislado desde enero",
                      "Las conversaciones entre las partes se reanudan en la capital"],
                     id="es-related-headlines"),
        pytest.param(["Lính gìn giữ hòa bình bị thương trong vụ phục kích gần thị trấn Ví Dụ",
                      "Nguyễn Văn An", "Phái bộ đã mở cuộc điều tra về vụ tấn công hôm thứ Bảy.",
                      "Tin liên quan",
                      "Trưởng phái bộ tới miền bắc sau một tuần giao tranh ác liệt trong khu vực",
                      "Hội đồng gia hạn nhiệm vụ của lực lượng trong cuộc bỏ phiếu vào cuối tháng Ba",
                      "Các kỹ sư xây lại cây cầu bị lũ cuốn trôi ở miền đông của đất nước này",
                      "Đoàn xe cứu trợ tới được trại bị cô lập suốt ba tuần vì giao tranh gần đó",
                      "Các bên nối lại đàm phán tại thủ đô sau một tháng tạm dừng vì bất đồng"],
                     id="vi-related-headlines"),
    ],
)
def test_lines_apart_that_no_wrapper_cut_stay_lines(rows):
    assert split_lines("\n\n".join(rows)) == rows


# A headline near the width the rows were cut at, a byline that prints the writer's name
# alone, a date line, each a line of the page, set apart as the rows after them.
HEADS = {
    "en": ["Two engineers of the peacekeeping mission killed near Exampleville", "Jane Roe", "March 3, 2024"],
    "fr": ["Deux ingénieurs de la mission tués dans une embuscade près d'Exemple", "Jeanne Roux", "3 mars 2024"],
    "es": ["Dos ingenieros de la misión mueren en una emboscada cerca de Ejemplo", "Juan Pérez", "3 de marzo de 2024"],
    "vi": ["Hai kỹ sư của phái bộ thiệt mạng trong vụ phục kích gần thị trấn Ví Dụ", "Nguyễn Văn An", "03/03/2024"],
}


@pytest.mark.parametrize("language", sorted(HEADS))
@pytest.mark.parametrize("width", [64, 66, 68, 70])
def test_the_headline_and_a_bare_name_byline_stay_lines_of_their_own(language, width):
    rows = [row for paragraph in PARAGRAPHS[language] for row in textwrap.wrap(paragraph, width)]
    lines = split_lines("\n\n".join([*HEADS[language], *rows]))
    assert lines[:3] == HEADS[language]
    assert all(any(sentence in line for line in lines) for p in PARAGRAPHS[language] for sentence in _sentences(p))
