"""Quotes: "they", "ils", "ellos", "họ" carry on the last plural speaker (a list speaking
together: each of its speakers), and a single body carries on through them while no plural
speaker spoke after it, across sentences of no speech or of one person's words
(tests/corpus/README.md, quotes; quotes._they_stand_for), unless that sentence opens on people
in the plural after a single body ("Les soldats tchadiens sont arrivés": "ils" are they;
quotes._plural_subject_opening); after a list it may name the list again ("the two countries").
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from quotecases import speakers_of


@pytest.mark.parametrize(
    "language, text, says, speakers",
    [
        pytest.param("en", "Chad and Niger said the bridge at Gao had been repaired. They added that the convoys would resume on Friday.",
                     "convoys would resume", ["Chad", "Niger"], id="en-list-then-they"),
        pytest.param("fr", "Le Tchad et le Niger ont indiqué que le pont de Gao avait été réparé. Ils ont ajouté que les convois reprendraient vendredi.",
                     "convois reprendraient", ["Chad", "Niger"], id="fr-list-then-ils"),
        pytest.param("es", "Chad y Níger afirmaron que el puente de Gao había sido reparado. Ellos añadieron que los convoyes se reanudarían el viernes.",
                     "convoyes se reanudarían", ["Chad", "Niger"], id="es-list-then-ellos"),
        pytest.param("vi", "Chad và Niger cho biết cây cầu ở Gao đã được sửa chữa. Họ cũng cho biết các đoàn xe sẽ hoạt động trở lại vào thứ Sáu.",
                     "đoàn xe sẽ", ["Chad", "Niger"], id="vi-list-then-ho"),
        pytest.param("en", "MINUSMA said the road to Kidal was open again. The convoy left at noon. They added that patrols would resume at dawn.",
                     "patrols would resume", ["MINUSMA"], id="en-body-across-a-plain-sentence"),
        pytest.param("fr", "La Minusma a indiqué que la route de Kidal était rouverte. Le convoi est parti à midi. Ils ont ajouté que les patrouilles reprendraient.",
                     "patrouilles reprendraient", ["MINUSMA"], id="fr-body-across-a-plain-sentence"),
        pytest.param("vi", "MINUSMA cho biết con đường đến Kidal đã thông trở lại. Đoàn xe rời đi lúc trưa. Họ cũng cho biết các cuộc tuần tra sẽ tiếp tục.",
                     "cuộc tuần tra", ["MINUSMA"], id="vi-body-across-a-plain-sentence"),
        pytest.param("en", "MINUSMA said the road to Kidal was open again. Paul Durand, a teacher, said the school had reopened. They added that patrols would resume at dawn.",
                     "patrols would resume", ["MINUSMA"], id="en-body-across-one-person"),
        pytest.param("en", "MINUSMA said the road to Kidal was open again. Chad and Niger said the bridge had been repaired. They added that the convoys would resume.",
                     "convoys would resume", ["Chad", "Niger"], id="en-list-after-the-body"),
        pytest.param("fr", "La Minusma a indiqué que la route était rouverte. Le Tchad et le Niger ont affirmé que le pont était réparé. Ils ont ajouté que les convois reprendraient.",
                     "convois reprendraient", ["Chad", "Niger"], id="fr-list-after-the-body"),
        pytest.param("en", "Chad and Niger said the bridge had been repaired. UNMISS said the camp was calm. They added that the convoys would resume.",
                     "convoys would resume", ["UNMISS"], id="en-body-after-the-list"),
        pytest.param("en", "Chad and Niger said the bridge had been repaired. The two countries sent troops in March. They added that the convoys would resume.",
                     "convoys would resume", ["Chad", "Niger"], id="en-the-list-named-again-in-the-plural"),
        pytest.param("fr", "Le Tchad et le Niger ont indiqué que le pont avait été réparé. Les deux pays ont envoyé des troupes en mars. Ils ont ajouté que les convois reprendraient.",
                     "convois reprendraient", ["Chad", "Niger"], id="fr-the-list-named-again-in-the-plural"),
    ],
)
def test_they_carries_on_the_last_plural_speaker_or_body(language, text, says, speakers):
    assert speakers_of(language, text, says) == speakers


@pytest.mark.parametrize(
    "language, text, says, speakers",
    [
        pytest.param("en", "Paul Durand said the school had reopened. They added that patrols would resume at dawn.",
                     "patrols would resume", [""], id="en-one-person-is-no-they"),
        pytest.param("en", "MINUSMA said the road to Kidal was open again. Residents said the bridge was still closed. They added that the market had reopened.",
                     "market had reopened", [""], id="en-unnamed-plural-between"),
        pytest.param("fr", "La Minusma a indiqué que la route était rouverte. Des habitants ont affirmé que le pont restait fermé. Ils ont ajouté que le marché avait rouvert.",
                     "marché avait rouvert", [""], id="fr-unnamed-plural-between"),
        pytest.param("en", "UN officials said the camp was calm. They added that food had arrived.",
                     "food had arrived", ["United Nations"], id="en-officials-speak-for-their-body"),
        pytest.param("vi", "MINUSMA cho biết con đường đến Kidal đã thông trở lại. Các nạn nhân thuộc cùng một dòng họ, cảnh sát cho biết.",
                     "dòng họ", [""], id="vi-ho-of-a-family-is-no-pronoun"),
        pytest.param("fr", "La Minusma a indiqué que la route était rouverte. Les soldats tchadiens sont arrivés à Kidal. Ils ont affirmé que le pont était réparé.",
                     "pont était réparé", [""], id="fr-ils-are-the-soldiers-of-the-plain-sentence"),
        pytest.param("es", "La Minusma informó que la ruta estaba abierta. Los soldados chadianos llegaron a Kidal. Ellos dijeron que el puente fue reparado.",
                     "puente fue reparado", [""], id="es-ellos-are-the-soldiers-of-the-plain-sentence"),
        pytest.param("en", "MINUSMA said the road was open. The soldiers arrived in Kidal on Monday. They said the bridge had been repaired.",
                     "bridge had been repaired", [""], id="en-they-are-the-soldiers-of-the-plain-sentence"),
    ],
)
def test_they_is_no_one_named_without_a_plural_speaker_or_body(language, text, says, speakers):
    assert speakers_of(language, text, says) == speakers
