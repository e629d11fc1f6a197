"""A press release or blog post pasted as hard-wrapped text (lines cut near one width inside
sentences, paragraphs apart by blank lines) is read as paragraphs: its lines are joined
again, so a name or a sentence cut at a line's end is whole; headings, list items, datelines,
bylines and short lines of page furniture stay lines of their own."""
import textwrap

import pytest

from newsdossier.segment import segment, split_lines


def _wrap(paragraph: str, width: int) -> str:
    return "\n".join(textwrap.wrap(paragraph, width))


PARAGRAPHS = {
    "en": [
        "The battalion commander, Lieutenant Colonel Tran Quoc Minh of the engineering unit, "
        "told reporters at the airfield that the road towards the northern camps would be "
        "repaired before the rains. He said the work was slowed by the shortage of gravel.",
        "A second group of forty engineers is to follow in the coming weeks, according to "
        "the ministry, which did not give the exact day of their departure from the capital.",
        "Officials said the clinic built by the contingent treated more than three hundred "
        "patients during its first month, most of them children from the surrounding villages.",
    ],
    "fr": [
        "Le commandant du bataillon, le lieutenant-colonel Amadou Sidibé Konaté, a indiqué "
        "aux journalistes que la route menant aux camps du nord serait réparée avant la saison "
        "des pluies. Les travaux ont été ralentis par le manque de gravier et de camions.",
        "Un second groupe de quarante ingénieurs doit suivre dans les semaines à venir, selon "
        "le ministère, qui n'a pas précisé la date exacte de leur départ de la capitale.",
    ],
    "es": [
        "El jefe del batallón, el teniente coronel Rodrigo Álvarez Méndez, explicó a los "
        "periodistas que la carretera hacia los campamentos del norte sería reparada antes de "
        "las lluvias. Las obras se retrasaron por la falta de grava y de camiones de carga.",
        "Un segundo grupo de cuarenta ingenieros debe seguir en las próximas semanas, según el "
        "ministerio, que no precisó la fecha exacta de su salida desde la capital del país.",
    ],
    "vi": [
        "Chỉ huy tiểu đoàn, Trung tá Nguyễn Văn Hùng cho biết con đường dẫn tới các trại ở "
        "phía bắc sẽ được sửa chữa trước mùa mưa. Công việc bị chậm lại do thiếu sỏi và thiếu "
        "xe tải chở vật liệu từ thủ đô tới công trường xây dựng của đơn vị công binh.",
        "Một nhóm thứ hai gồm bốn mươi kỹ sư sẽ lên đường trong những tuần tới, theo Bộ Quốc "
        "phòng, nhưng ngày khởi hành chính xác của họ từ thủ đô vẫn chưa được công bố.",
    ],
}


@pytest.mark.parametrize("language", sorted(PARAGRAPHS))
@pytest.mark.parametrize("width", [58, 72, 79])
def test_wrapped_paragraphs_are_joined(language, width):
    paragraphs = PARAGRAPHS[language]
    text = "\n\n".join(_wrap(p, width) for p in paragraphs)
    assert split_lines(text) == paragraphs


CONVOY = ("The convoy left the base at dawn with water, fuel and medicine for the camps. It reached the "
          "river crossing three hours later, where local officials waited with the district chief and a "
          "team of nurses who had walked from the nearest village. The nurses stayed.")


@pytest.mark.parametrize("width", [42, 50, 62, 78, 80])
def test_sentence_ending_at_a_line_end_stays_in_its_paragraph(width):
    # a sentence that happens to end at the cut does not end the paragraph
    wrapped = _wrap(CONVOY, width)
    assert any(row.endswith(".") for row in wrapped.split("\n")[:-1])
    lines = split_lines(wrapped + "\n\n" + _wrap(PARAGRAPHS["en"][1], width))
    assert lines == [CONVOY, PARAGRAPHS["en"][1]]


TWO_LINES = {
    "en": "The mission said the patrol met no resistance on the road to the northern camps.",
    "fr": "La mission a précisé que la patrouille n'a rencontré aucune résistance sur la route.",
    "es": "La misión precisó que la patrulla no encontró resistencia en el camino hacia el norte.",
    "vi": "Phái bộ cho biết đội tuần tra không gặp sự kháng cự nào trên đường tới các trại.",
}


@pytest.mark.parametrize("language", sorted(TWO_LINES))
@pytest.mark.parametrize("width", [44, 60])
def test_paragraph_of_two_lines_and_narrow_widths(language, width):
    paragraphs = [PARAGRAPHS[language][0], TWO_LINES[language], PARAGRAPHS[language][1]]
    text = "\n\n".join(_wrap(p, width) for p in paragraphs)
    assert split_lines(text) == paragraphs


@pytest.mark.parametrize("language,short,rest", [
    ("en", "The engineers will take charge of the", "airstrip and of the water points in the camps."),
    ("vi", "Các sĩ quan sẽ đảm nhận các nhiệm vụ sĩ", "quan tham mưu tại các phái bộ ở Nam Sudan."),
])
def test_a_short_row_cut_before_a_lowercase_continuation_is_joined(language, short, rest):
    # pasted text where a line was cut short inside a sentence, its next line going on in lowercase
    lead = PARAGRAPHS[language][0]
    text = _wrap(lead, 72) + "\n" + short + "\n" + rest + "\n" + _wrap(PARAGRAPHS[language][1], 72)
    lines = split_lines(text)
    assert short + " " + rest in lines


@pytest.mark.parametrize("furniture", [
    "PRESS RELEASE",
    "For immediate release",
    "By Jane Okafor, staff writer",
    "Contact: press office, +1 555 0100",
    "- forty engineers\n- twelve trucks\n- two field kitchens",
    "1. Road repairs\n2. Water points\n3. Clinic",
])
def test_furniture_and_lists_stay_lines(furniture):
    body = "\n\n".join(_wrap(p, 72) for p in PARAGRAPHS["en"])
    lines = split_lines(furniture + "\n\n" + body + "\n\n" + furniture)
    rows = furniture.split("\n")
    assert lines[:len(rows)] == rows
    assert lines[-len(rows):] == rows
    assert lines[len(rows):-len(rows)] == PARAGRAPHS["en"]


@pytest.mark.parametrize("language,dateline,cut_name,whole_name", [
    ("en", "HANOI, June 3 -", "Lieutenant Colonel Nguyen\nVan Hung said", "Lieutenant Colonel Nguyen Van Hung said"),
    ("fr", "BAMAKO, 3 juin -", "le colonel Moussa\nDiarra Keïta a déclaré", "le colonel Moussa Diarra Keïta a déclaré"),
])
def test_a_name_cut_at_a_line_end_is_whole_in_the_paragraph(language, dateline, cut_name, whole_name):
    lead = _wrap(PARAGRAPHS[language][0], 72)
    second = "\n".join(["The headquarters, at the edge of the old market square, " + cut_name.split("\n")[0],
                        cut_name.split("\n")[1] + " on Tuesday that the new wing would open within weeks",
                        "and would house the staff of the liaison office and its interpreters."])
    text = dateline + " " + lead + "\n\n" + second
    paragraphs = segment(text).paragraphs
    assert any(whole_name in p for p in paragraphs)


def test_lines_of_a_text_not_wrapped_stay_apart():
    # short lines of differing widths (a menu, a list of headlines) are no wrapped paragraph
    rows = ["Home", "World news and analysis", "Peacekeepers return from the north",
            "Talks resume in the capital", "Weather"]
    assert split_lines("\n".join(rows)) == rows


@pytest.mark.parametrize("language", ["en", "vi"])
@pytest.mark.parametrize("width", [64, 76])
def test_a_few_longer_lines_do_not_hide_the_width(language, width):
    # a wrapped body followed by longer unwrapped lines (readers' comments pasted with it)
    long_rows = [p + " " + p[:20].strip() + "." for p in TWO_LINES.values()][:2]
    text = "\n".join(_wrap(p, width) for p in PARAGRAPHS[language]) + "\n" + "\n".join(long_rows)
    lines = split_lines(text)
    assert lines[:len(PARAGRAPHS[language])] == PARAGRAPHS[language]


@pytest.mark.parametrize("headline_rows", [1, 2])
def test_a_page_of_whole_paragraph_lines_is_not_rewrapped(headline_rows):
    # a saved page copied as text: each paragraph one long line, a photo's caption on the line
    # above its paragraph, and related headlines printed once or twice in a row, each about
    # as long as the others. The few short rows followed by another are no wrapped paragraph.
    paragraphs = [p for ps in PARAGRAPHS.values() for p in ps][:6]
    headlines = ["Engineers finish the bridge over the northern river",
                 "Clinic of the contingent opens its doors to villagers",
                 "Second group of engineers to leave the capital soon",
                 "Ministry outlines the plan for the next rotation now"]
    rows = ["Minister of Defence Colonel Amadou Sidibé Konaté", paragraphs[0], ""]
    rows += [p for para in paragraphs[1:] for p in (para, "")]
    for headline in headlines:
        rows += [headline] * headline_rows + ["", paragraphs[0], ""]
    lines = split_lines("\n".join(rows))
    assert lines == [row for row in rows if row]
