"""Two kinds of page head where a line printed twice near the text was taken for the headline.

- A release prints its headline whole, then again split over two lines ("<first half>," /
  "<second half>"): the second half, the whole line's end, was read as a second copy of a
  headline printed twice, and taken.
- A page prints its lead picture's legend twice in a row (the picture's alt text, then its
  legend) right under the headline: the legend, printed twice, was taken for the headline.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import page as _page
from newsdossier.extract import extract

# a headline long enough to be printed over two lines, and where the page splits it
WHOLE = {
    "en": ("Minister of Defence, Ms. Jane Roe, Reviews the Battalion leaving for the South",
           "Minister of Defence, Ms. Jane Roe,", "Reviews the Battalion leaving for the South"),
    "fr": ("La ministre des Armées, Mme Jeanne Dupont, passe en revue le bataillon qui part pour le sud",
           "La ministre des Armées, Mme Jeanne Dupont,", "Passe en revue le bataillon qui part pour le sud"),
    "es": ("La ministra de Defensa, Juana Pérez, pasa revista al batallón que parte hacia el sur",
           "La ministra de Defensa, Juana Pérez,", "Pasa revista al batallón que parte hacia el sur"),
}
REVIEW_LEAD = {
    "en": "Today the Minister of Defence, Ms. Jane Roe, reviewed the battalion that leaves for the south next week with the mission.",
    "fr": "La ministre des Armées, Mme Jeanne Dupont, a passé en revue mardi le bataillon qui part pour le sud la semaine prochaine.",
    "es": "La ministra de Defensa, Juana Pérez, pasó revista el martes al batallón que parte hacia el sur la próxima semana.",
}


# (an English release's second half in Title Case reads as a heading of its own; a French or
# Spanish half, lower-case words after its first, was never taken)
@pytest.mark.parametrize("language", ["en"])
def test_a_headline_printed_whole_then_split_over_two_lines_is_the_whole(language):
    whole, first, second = WHOLE[language]
    text = _page(["Published on", "", whole, "", first, "", second, ""], REVIEW_LEAD[language], language)
    assert extract(text).fields["title"] == whole


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_site_name_before_the_headline_in_its_title_bar_still_gives_the_headline(language):
    # (must not change) "Site - Headline" above the headline printed bare: the bare headline
    _whole, _first, second = WHOLE[language]
    headline = second[:1].upper() + second[1:]
    text = _page([f"Harbour Courier - {headline}", "", headline, ""], REVIEW_LEAD[language], language)
    assert extract(text).fields["title"] == headline


# a headline, and the legend of its picture, printed twice in a row under it
DOUBLED = {
    "en": ("Peacekeepers leave the northern town for the capital", "Engineers - forty soldiers load their trucks at dawn",
           "The last peacekeepers left the northern town on Monday for the capital, where the engineers will join them."),
    "fr": ("Les casques bleus quittent la ville du nord pour la capitale", "Génie - quarante soldats chargent leurs camions à l'aube",
           "Les derniers casques bleus ont quitté lundi la ville du nord pour la capitale, où le génie les rejoindra."),
    "es": ("Los cascos azules dejan la ciudad del norte rumbo a la capital", "Ingenieros - cuarenta soldados cargan sus camiones al alba",
           "Los últimos cascos azules dejaron el lunes la ciudad del norte rumbo a la capital, donde los ingenieros se sumarán."),
}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_legend_printed_twice_in_a_row_under_the_headline_is_no_headline(language):
    headline, legend, lead = DOUBLED[language]
    text = _page(["skip to main content", "", headline, "", legend, legend, ""], lead, language)
    assert extract(text).fields["title"] == headline


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_headline_printed_twice_in_a_row_under_a_tagline_is_the_headline(language):
    # (must not change) a site's tagline sharing no word with the text, then the headline
    # printed twice in a row (the page's title, then its heading)
    headline, _legend, lead = DOUBLED[language]
    text = _page(["Global voices Local stories", "", headline, headline, ""], lead, language)
    assert extract(text).fields["title"] == headline


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_headline_printed_twice_in_a_row_at_the_top_is_the_headline(language):
    # (must not change) nothing above the two copies
    headline, _legend, lead = DOUBLED[language]
    text = _page([headline, headline, ""], lead, language)
    assert extract(text).fields["title"] == headline


@pytest.mark.parametrize("bar", ["{headline} - Harbour Courier", "Harbour Courier | {headline}"])
def test_a_title_bar_over_the_headline_printed_twice_in_a_row_still_gives_the_headline(bar):
    # (must not change) the line over the two copies shares the text's words, but holds the
    # headline itself: the copies are the headline's, no picture's legend
    headline, _legend, lead = DOUBLED["en"]
    text = _page([bar.format(headline=headline), "", headline, headline, ""], lead, "en")
    assert extract(text).fields["title"] == headline


# another story's headline (a teaser, a ticker's line) printed above the headline, on the
# same subject: it shares words with the text, as a headline over its picture's legend does
TEASER = {
    "en": "Engineers rebuild the bridge to the capital",
    "fr": "Le génie reconstruit le pont de la capitale",
    "es": "Los ingenieros reconstruyen el puente de la capital",
}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_headline_printed_twice_in_a_row_under_a_teaser_sharing_fewer_words_is_the_headline(language):
    # the pair shares more of the text's words than the teaser over it: the headline's two
    # copies (the page's title, then its heading), no picture's legend
    headline, _legend, lead = DOUBLED[language]
    text = _page(["skip to main content", "", TEASER[language], "", headline, headline, ""], lead, language)
    assert extract(text).fields["title"] == headline


# the headline split over two lines after a comma, not printed whole anywhere: the first
# half, closing on its comma, is no headline by itself, and the second half alone is none
# either; the two halves are the headline
@pytest.mark.parametrize("above", [[], ["Skip to content", ""]], ids=["at-top", "under-furniture"])
@pytest.mark.parametrize("language", ["en"])
def test_a_headline_split_after_a_comma_and_printed_only_so_is_joined(language, above):
    whole, first, second = WHOLE[language]
    text = _page([*above, first, second, ""], REVIEW_LEAD[language], language)
    assert extract(text).fields["title"] == whole


@pytest.mark.parametrize("language", ["en"])
def test_a_cut_sentence_above_the_headline_is_not_joined_to_it(language):
    # (must not change) a line closing on a comma with a blank line under it, then the
    # headline: a picture's description cut short, no headline's first half
    _whole, _first, second = WHOLE[language]
    text = _page(["Soldiers of the battalion wait for the minister at the gate of the barracks,", "", second, ""],
                 REVIEW_LEAD[language], language)
    assert extract(text).fields["title"] == second


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_title_bar_glued_to_the_site_name_printed_above_the_headline_gives_the_headline(language):
    # the page's title bar, the site's name glued before the headline with no separator, then
    # the site's name and the headline on lines of their own: the site's name is no first half
    # of a headline split over two lines
    headline, _legend, lead = DOUBLED[language]
    text = _page([f"Harbour Courier {headline}", "", "Harbour Courier", headline, ""], lead, language)
    assert extract(text).fields["title"] == headline


def test_a_vietnamese_headline_printed_twice_in_a_row_under_a_topic_kicker_is_the_headline():
    # a topic kicker naming the subject over the headline's two copies: the kicker's longer
    # words share more of the text's than the headline's short syllables do, but the lead
    # retells the headline, pair of words by pair of words
    kicker = "Hoạt động gìn giữ hòa bình Liên hợp quốc"
    headline = "Mũ nồi xanh ở lại các vị trí ở miền nam"
    lead = ("Phái bộ gìn giữ hòa bình Liên hợp quốc cho biết hôm thứ Sáu rằng mũ nồi xanh sẽ ở lại tất cả "
            "các vị trí ở miền nam bất chấp các cảnh báo.")
    rest = ["Các đơn vị y tế sẽ ở lại thêm một tháng để bàn giao bệnh viện dã chiến cho nước chủ nhà.",
            "Lực lượng gồm nhiều đơn vị đến từ nhiều quốc gia khác nhau trong khu vực."]
    text = "\n".join([kicker, "", headline, headline, "", lead, "", rest[0], "", rest[1]])
    assert extract(text).fields["title"] == headline
