"""Quotes: thanks or condolences stressed, reiterated or sent ("stressed her gratitude to the
troops", "a souligné sa gratitude envers les soldats", "enfatizó su agradecimiento a los
soldados", "bày tỏ lòng biết ơn", "gửi lời chia buồn") tell a courtesy, no words said, as
"expressed his gratitude" does (tests/corpus/README.md: thanks and condolences are reported
speech only when what was said is given). The same verbs with a clause, or with the courtesy
and words given after it, still report. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraph",
    [
        pytest.param("en", "At the ceremony, Minister Jane Roe stressed her gratitude to the soldiers of the battalion.", id="en-stressed"),
        pytest.param("en", "Minister Jane Roe reiterated her condolences to the families of the fallen.", id="en-reiterated"),
        pytest.param("fr", "Lors de la cérémonie, le ministre Paul Dufour a souligné sa gratitude envers les soldats du bataillon.", id="fr-souligne"),
        pytest.param("fr", "Le ministre Paul Dufour a réitéré ses condoléances aux familles des soldats.", id="fr-reitere"),
        pytest.param("es", "En la ceremonia, el ministro Juan Pérez enfatizó su agradecimiento a los soldados del batallón.", id="es-enfatizo"),
        pytest.param("es", "El presidente Juan Pérez le entregó la bandera, donde enfatizó su agradecimiento a los soldados.", id="es-relative-donde"),
        pytest.param("vi", "Thượng tướng Nguyễn Văn Lực bày tỏ lòng biết ơn đối với các chiến sĩ.", id="vi-bay-to"),
        pytest.param("vi", "Thượng tướng Nguyễn Văn Lực gửi lời chia buồn tới gia đình các chiến sĩ.", id="vi-gui-loi"),
    ],
)
def test_a_courtesy_stressed_is_no_quote(language, paragraph):
    assert quotes_of(language, paragraph) == []


@pytest.mark.parametrize(
    "language, paragraph, speaker",
    [
        pytest.param("en", "Minister Jane Roe stressed that gratitude alone would not pay the soldiers.", "Jane Roe", id="en-clause"),
        pytest.param("fr", "Le ministre Paul Dufour a souligné que la gratitude du pays allait aux soldats.", "Paul Dufour", id="fr-clause"),
        pytest.param("es", "El ministro Juan Pérez enfatizó su agradecimiento y dijo que \u00abel batallón honra al país\u00bb.",
                     "Juan Pérez", id="es-words-after"),
        pytest.param("vi", "Thượng tướng Nguyễn Văn Lực bày tỏ tin tưởng các chiến sĩ sẽ hoàn thành nhiệm vụ.", "Nguyễn Văn Lực",
                     id="vi-confidence-told"),
        # the word with an article after a verb of stressing is a matter spoken of, not the
        # speaker's own courtesy
        pytest.param("en", "Minister Jane Roe stressed the appreciation of risks by the commanders of the battalion.", "Jane Roe",
                     id="en-appreciation-of-risks"),
        pytest.param("fr", "Le ministre Paul Dufour a souligné la reconnaissance internationale du rôle de la mission.",
                     "Paul Dufour", id="fr-reconnaissance-recognition"),
        pytest.param("es", "El ministro Juan Pérez destacó el agradecimiento de los pobladores hacia la misión.", "Juan Pérez",
                     id="es-gratitude-of-others"),
    ],
)
def test_the_same_verbs_with_words_said_still_report(language, paragraph, speaker):
    assert [q.speaker for q in quotes_of(language, paragraph)] == [speaker]
