"""What the quote tests of speaker lists and French speech forms share: a lead per language
(a headline and a first paragraph that name no speaker) put before the sentence under test,
and the speakers extract gives the quotes holding a stretch of it. Every text is written for
the tests."""
from __future__ import annotations

from newsdossier.extract import extract

LEADS = {
    "en": "Peacekeepers reach northern camp\n\nUN peacekeepers reached the northern camp on Monday after a long drive.\n\n",
    "fr": "Des casques bleus arrivent au camp du nord\n\nLes casques bleus de l'ONU sont arrivés lundi au camp du nord après une longue route.\n\n",
    "es": "Cascos azules llegan al campamento del norte\n\nLos cascos azules de la ONU llegaron el lunes al campamento del norte tras un largo viaje.\n\n",
    "vi": "Lực lượng gìn giữ hòa bình đến trại phía bắc\n\nLực lượng gìn giữ hòa bình Liên hợp quốc đã đến trại phía bắc vào thứ Hai sau một chặng đường dài qua các ngọn đồi.\n\n",
}


def speakers_of(language: str, text: str, says: str) -> list[str]:
    """The speakers (sorted) of the quotes extract finds in LEADS[language] + text whose
    sentence holds `says`; [] when none does."""
    return sorted(q.speaker for q in extract(LEADS[language] + text, None).quotes if says in q.sentence)
