"""Events: a state of things coming back ("a return to calm", "le retour au calme", "el regreso a
la normalidad", "trở lại bình thường": vocabulary "state_return_phrases") is no one returning:
no return, no happening, whatever day its sentence prints. The return of people (a contingent,
troops, the displaced) stays one. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2021, 5, 12)


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["The minister spoke to the press.", "The patrols allowed a return to calm in the capital in October 2020."],
                     "en", id="en-return-to-calm"),
        pytest.param(["The minister spoke to the press.", "Residents hailed the return of peace to the valley in March."],
                     "en", id="en-return-of-peace"),
        pytest.param(["Le ministre a parlé à la presse.", "La mission a permis un retour au calme dans la capitale en octobre 2020."],
                     "fr", id="fr-retour-au-calme"),
        pytest.param(["Le ministre a parlé à la presse.", "Le retour de la paix dans la vallée, en mars, a été salué par les habitants."],
                     "fr", id="fr-retour-de-la-paix"),
        pytest.param(["El ministro habló con la prensa.", "La misión permitió un regreso a la calma en la capital en octubre de 2020."],
                     "es", id="es-regreso-a-la-calma"),
        pytest.param(["El ministro habló con la prensa.", "Se registró un retorno a la normalidad en la ciudad el lunes."],
                     "es", id="es-retorno-a-la-normalidad"),
        pytest.param(["Bộ trưởng đã phát biểu.", "Cuộc sống ở thị trấn trở về bình thường từ hôm thứ Hai."],
                     "vi", id="vi-tro-ve-binh-thuong"),
        pytest.param(["Bộ trưởng đã phát biểu.", "Phái bộ đã giúp thủ đô trở lại bình yên vào tháng 10/2020."],
                     "vi", id="vi-tro-lai-binh-yen"),
        # the date before the state, in its own clause or an aside: the state's still
        pytest.param(["The minister spoke to the press.", "In October 2020, the patrols allowed a return to calm in the capital."],
                     "en", id="en-date-before-the-state"),
        pytest.param(["Le ministre a parlé à la presse.", "Les patrouilles (d'octobre 2020 à mars 2021) ont permis un retour au calme."],
                     "fr", id="fr-aside-before-the-state"),
    ],
)
def test_a_state_coming_back_is_no_return(sentences, language):
    assert [str(e.date) for e in article_events(sentences, language, ANCHOR)] == []


@pytest.mark.parametrize(
    "sentences, language, date",
    [
        pytest.param(["Le ministre a parlé à la presse.", "Le retour du contingent à Dakar a eu lieu lundi."], "fr", "2021-05-10",
                     id="fr-retour-du-contingent"),
        pytest.param(["El ministro habló con la prensa.", "El regreso del contingente a Montevideo fue el lunes."], "es",
                     "2021-05-10", id="es-regreso-del-contingente"),
        pytest.param(["Bộ trưởng đã phát biểu.", "Ngày 10/5, đơn vị đã trở về Hà Nội an toàn."], "vi", "2021-05-10",
                     id="vi-don-vi-tro-ve"),
        pytest.param(["The minister spoke to the press.", "The contingent returned home calmly on Monday."], "en", "2021-05-10",
                     id="en-returned-home-calmly"),
        # the state in a clause of its own: the day of the next clause is another happening's
        pytest.param(["The minister spoke to the press.", "After a return to calm, the residents reopened the market on 3 May."],
                     "en", "2021-05-03", id="en-after-a-return-to-calm"),
        pytest.param(["Le ministre a parlé à la presse.", "Après le retour au calme, les habitants ont rouvert le marché le 3 mai."],
                     "fr", "2021-05-03", id="fr-apres-le-retour-au-calme"),
        pytest.param(["El ministro habló con la prensa.", "Tras el regreso a la calma, los vecinos reabrieron el mercado el 3 de mayo."],
                     "es", "2021-05-03", id="es-tras-el-regreso-a-la-calma"),
        pytest.param(["Bộ trưởng đã phát biểu.", "Sau khi thị trấn trở lại yên bình, ngày 3/5 người dân mở lại chợ."],
                     "vi", "2021-05-03", id="vi-sau-khi-tro-lai-yen-binh"),
    ],
)
def test_people_returning_still_return(sentences, language, date):
    assert date in [str(e.date) for e in article_events(sentences, language, ANCHOR)]
