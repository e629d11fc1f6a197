"""What the page-head tests share: a headline and a lead of a dispatch written for the tests,
in each language, to set under or around the page furniture a test is about."""
from __future__ import annotations

HEADLINE = {
    "en": "Peacekeepers stay in their positions in the south",
    "fr": "Les casques bleus restent sur leurs positions dans le sud",
    "es": "Los cascos azules se quedan en sus posiciones del sur",
    "vi": "Lính gìn giữ hòa bình ở lại các vị trí ở miền nam",
}
LEAD = {
    "en": "The peacekeeping mission said on Friday that its troops would stay in all their positions despite the warnings.",
    "fr": "La mission de paix a annoncé vendredi que ses troupes resteraient sur toutes leurs positions malgré les avertissements.",
    "es": "La misión de paz anunció el viernes que sus tropas seguirán en todas sus posiciones pese a las advertencias.",
    "vi": "Phái bộ cho biết hôm thứ Sáu rằng lực lượng sẽ ở lại tất cả các vị trí bất chấp các cảnh báo của hai bên.",
}
# a second paragraph of the same dispatch, for pages whose text runs on past the lead
MORE = {
    "en": "The mission has about ten thousand troops from forty countries in the area.",
    "fr": "La mission compte environ dix mille soldats venus de quarante pays dans la zone.",
    "es": "La misión cuenta con unos diez mil soldados de cuarenta países en la zona.",
    "vi": "Phái bộ có khoảng mười nghìn binh sĩ đến từ bốn mươi quốc gia trong khu vực.",
}
# the legend of the lead picture, a sentence of its own, for pages that print it above the headline
CAPTION = {
    "en": "Peacekeepers on patrol in the streets of the capital.",
    "fr": "Des casques bleus de la mission patrouillent dans les rues de la capitale.",
    "es": "Cascos azules de la misión patrullan por las calles de la capital.",
    "vi": "Lính gìn giữ hòa bình tuần tra trên đường phố thủ đô.",
}

# two more paragraphs of a dispatch, so that a page's text runs on as a page's does (three
# paragraphs of prose or more: the text is read as begun only then)
RUNS_ON = {
    "en": ["The battalion spent two months training at the base before the minister came to see it off.",
           "Its soldiers will relieve a unit that has served in the area since the end of last year."],
    "fr": ["Le bataillon s'est entraîné deux mois à la base avant la visite de la ministre venue le saluer.",
           "Ses soldats relèveront une unité qui sert dans la zone depuis la fin de l'année dernière."],
    "es": ["El batallón se entrenó dos meses en la base antes de que la ministra viniera a despedirlo.",
           "Sus soldados relevarán a una unidad que sirve en la zona desde finales del año pasado."],
}


def page(head: list[str], lead: str, language: str) -> str:
    """A page's text: its head's lines, then the lead, the two paragraphs of RUNS_ON and the
    paragraph of MORE, one blank line between paragraphs."""
    return "\n".join([*head, lead, "", RUNS_ON[language][0], "", RUNS_ON[language][1], "", MORE[language]])
