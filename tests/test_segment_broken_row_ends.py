"""A row a stored page broke at a link or an inline tag ends where no sentence and no headline
ends: after a comma or a function word ("... known as" / "blue helmets, would ..."). A row
ending on a noun or a name is a headline, a caption, a menu, a list item or a verse, and a
lowercase row under it stays apart: a standfirst printed in lowercase, a credit, a footer, the
next item, the next verse.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import rejoin_broken_sentences

APART = [
    # a headline over a standfirst printed in lowercase
    ("en", "Peacekeepers leave the last base in the north of the country",
     "as the mission winds down, villagers fear that the armed groups will return."),
    ("fr", "Les Casques bleus quittent la dernière base dans le nord du pays",
     "selon la mission, les villageois craignent le retour des groupes armés."),
    ("es", "Los cascos azules abandonan la última base en el norte del país africano",
     "según la misión, los aldeanos temen que vuelvan los grupos armados."),
    ("vi", "Lực lượng gìn giữ hòa bình tuần tra khu vực biên giới phía bắc",
     "theo nguồn tin từ phái bộ, các binh sĩ đã hoàn thành nhiệm vụ."),
    # a caption over a credit in lowercase
    ("en", "Blue helmets patrol the road between the two towns of the eastern province",
     "photo by the mission's press office. All rights reserved."),
    # a menu over a footer in lowercase
    ("en", "home news world africa peacekeeping missions security council press releases",
     "copyright 2024 example times. all rights reserved."),
    # list items whose markers the page lost, the last one closed by a stop
    ("en", "protect civilians under imminent threat of physical violence in the east of the country",
     "help the government to organise free and fair elections before the end of next year."),
    ("fr", "protéger les civils menacés de violences physiques dans l'est du pays",
     "aider le gouvernement à organiser des élections avant la fin de l'année prochaine."),
    # two verses of a poem read at a ceremony
    ("en", "We remember the ones who went to keep a peace that was not theirs",
     "and never came home to the valleys where they were born."),
    # a row ending on a name over a row opening on a name's lowercase particle
    ("en", "The envoy of the Secretary-General meets the leaders of both sides in Geneva",
     "de Castro said on Monday that the talks would resume next week."),
]

JOINED = [
    ("en", "The peacekeeping mission said on Friday that its troops, known to the people as",
     "blue helmets, would stay in all their positions despite the warnings."),
    ("en", "The mission said on Friday that the attack on the base near the town,",
     "which lies on the main road, had killed two of its peacekeepers."),
    ("fr", "La mission a indiqué vendredi que ses troupes resteraient sur leurs positions dans la",
     "région du nord malgré les menaces. Elle compte dix mille soldats."),
    ("es", "La misión fue creada por el Consejo de Seguridad de la ONU después de la",
     "crisis política de aquel año. Su mandato se renovó cada año."),
    ("vi", "Sáng 12/3, các chiến sĩ của bệnh viện dã chiến đã tham gia tuần tra cùng các",
     "lực lượng của phái bộ tại khu vực biên giới. Đây là lần thứ hai trong năm."),
]


@pytest.mark.parametrize(("language", "upper", "lower"), APART)
def test_a_row_ending_on_a_noun_or_a_name_keeps_the_lowercase_row_under_it_apart(language, upper, lower):
    assert rejoin_broken_sentences([upper, lower]) == [upper, lower]


@pytest.mark.parametrize(("language", "upper", "lower"), JOINED)
def test_a_row_ending_on_a_comma_or_a_function_word_joins_the_lowercase_row_under_it(language, upper, lower):
    assert rejoin_broken_sentences([upper, lower]) == [f"{upper} {lower}"]


@pytest.mark.parametrize(("language", "headline", "standfirst"), APART[:4])
def test_a_headline_over_a_lowercase_standfirst_stays_the_headline(language, headline, standfirst):
    lead = {"en": "The last peacekeepers left the base on Sunday, the mission said.",
            "fr": "Les derniers Casques bleus ont quitté la base dimanche, a indiqué la mission.",
            "es": "Los últimos cascos azules dejaron la base el domingo, informó la misión.",
            "vi": "Những binh sĩ cuối cùng đã rời căn cứ vào chủ nhật, phái bộ cho biết."}[language]
    assert extract("\n".join([headline, standfirst, lead])).fields["title"] == headline
