"""The printed headline of a plain-text copy whose first lines are the site's chrome (a
masthead, a header stamp with the newsroom's contacts, a label and its value): the line above
the text that the text's own words echo, not a furniture line they never echo. Every text
here is written for the test."""
from __future__ import annotations

import datetime

import pytest

from newsdossier.extract import extract

_TODAY = datetime.date(2030, 1, 1)

CHROME_ABOVE_HEADLINE = [
    # a site's name in another language above a bulleted headline
    ("""Đài phát thanh Miền Sông
The Voice of the River Valley People
 • Đoàn công binh Việt Nam lên đường làm nhiệm vụ tại Abyei

(RVP) - Sáng nay, đoàn công binh Việt Nam lên đường làm nhiệm vụ gìn giữ hòa bình tại khu vực Abyei, mang theo nhiều thiết bị làm đường.

Đoàn công binh gồm 180 cán bộ, chiến sĩ, trong đó có nhiều nữ quân nhân, sẽ làm nhiệm vụ trong một năm tại Abyei.""",
     "Đoàn công binh Việt Nam lên đường làm nhiệm vụ tại Abyei"),
    # a header stamp with the newsroom's telephone and e-mail glued twice over
    ("""Lundi 12/05/2031 09:15Lundi 12/05/2031 09:15 Standard: 0123.456.789Standard: 0123.456.789 Courriel: redaction@exemple-hebdo.orgCourriel: redaction@exemple-hebdo.org

Tag

Le bataillon de génie achève la route de Kidal

Le bataillon de génie de la mission a achevé la route de Kidal après huit mois de travaux, a indiqué son commandant.

La route de Kidal relie désormais le camp de la mission au marché de la ville, selon le bataillon.""",
     "Le bataillon de génie achève la route de Kidal"),
    # labels and their values on lines of their own above the headline
    ("""ID :
884213
Mié, 14/03/2029 - 10:20
Autor :
Parte hacia Chipre el nuevo contingente de cascos azules
MONTEVIDEO, 14 mar (Agencia Ejemplo) -- El nuevo contingente de cascos azules parte hacia Chipre este miércoles para relevar a la tropa que cumplió seis meses en la isla.

El contingente de cascos azules suma 140 efectivos, informó el Ejército.""",
     "Parte hacia Chipre el nuevo contingente de cascos azules"),
    ("""Ref :
55120
Tue, 02/05/2028 - 08:00
Writer :
Field hospital team flies out to Malakal
HANOI, May 2 (Example Agency) -- A field hospital team flies out to Malakal on Tuesday to relieve the team that served there for a year.

The field hospital team counts 63 doctors, nurses and staff, the ministry said.""",
     "Field hospital team flies out to Malakal"),
]


@pytest.mark.parametrize("text,headline", CHROME_ABOVE_HEADLINE)
def test_the_headline_is_the_line_the_text_echoes_not_the_chrome(text, headline):
    x = extract(text, today=_TODAY)
    assert x.fields["title"] == headline


# A headline the text echoes little (a pun, a quotation) under a masthead is still the headline:
# the masthead's line is not echoed more.
KEPT = [
    ("""Valley Herald
Saving lives: a symbol of hope
The battalion's doctors treated more than two thousand patients in the camp this year, their commander said.

Each week the doctors visited the villages around the camp.""", "Saving lives: a symbol of hope"),
]


@pytest.mark.parametrize("text,headline", KEPT)
def test_a_headline_the_text_echoes_little_is_kept(text, headline):
    x = extract(text, today=_TODAY)
    assert x.fields["title"] == headline
