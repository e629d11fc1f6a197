"""A paragraph in a script written without spaces between words (Chinese, Japanese) is text,
never a section's name or a headline above the text: its stop is the ideographic one (。),
and a line of it counts as many words as its letters make (segment.words_in), not one. Before,
a Chinese article was skipped as "no article text", and a Chinese paragraph under an English
headline went to the boilerplate."""
from __future__ import annotations

import pytest

from newsdossier.segment import segment, words_in

ZH_TITLE = "中国维和部队在南苏丹"
ZH_PARAGRAPH = "目前有2500多名中国军人在南苏丹执行任务。"


def test_a_chinese_article_keeps_its_headline_and_its_paragraph():
    layout = segment(f"{ZH_TITLE}\n\n{ZH_PARAGRAPH}\n")
    assert (layout.title, layout.paragraphs, layout.boilerplate) == (ZH_TITLE, [ZH_PARAGRAPH], [])


def test_a_chinese_paragraph_under_an_english_headline_is_text():
    layout = segment(f"Chinese peacekeepers in South Sudan\n\n{ZH_PARAGRAPH}\n\n"
                     "The mission said on Monday that the engineers had arrived in Wau.\n")
    assert layout.title == "Chinese peacekeepers in South Sudan"
    assert layout.paragraphs == [ZH_PARAGRAPH, "The mission said on Monday that the engineers had arrived in Wau."]
    assert ZH_PARAGRAPH not in layout.boilerplate


def test_a_japanese_article_keeps_a_quotation_closed_by_its_corner_bracket():
    lines = ["国連平和維持活動に参加する自衛隊", "防衛省は3日、南スーダンに派遣している陸上自衛隊の施設部隊について発表した。",
             "隊長は「任務は順調に進んでいる」"]
    layout = segment("\n\n".join(lines) + "\n")
    assert layout.title == lines[0]
    assert layout.paragraphs == lines[1:]


@pytest.mark.parametrize(("line", "least"), [
    pytest.param(ZH_PARAGRAPH, 8, id="chinese"),
    pytest.param("ทหารไทยเดินทางถึงซูดานใต้แล้ว", 5, id="thai"),
])
def test_a_line_without_spaces_counts_its_words_by_its_letters(line, least):
    assert words_in(line) >= least


@pytest.mark.parametrize("line", ["Blue helmets rebuild a bridge", "Les Casques bleus reconstruisent un pont",
                                  "Lực lượng gìn giữ hòa bình"])
def test_a_spaced_line_counts_its_words_between_spaces(line):
    assert words_in(line) == len(line.split())
