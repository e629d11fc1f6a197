"""Quotes: a rank or title standing alone as the subject ("the general said", "Thiếu tướng cho
biết") is the one person the article introduced with it, not the last person named, in every
language, Vietnamese (compared with its diacritics) as well. Every sentence is written for the
test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of

MINH = "Ho\u00e0ng V\u0103n Minh"
AN = "Nguy\u1ec5n V\u0103n An"


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        pytest.param("vi", [f"Thi\u1ebfu t\u01b0\u1edbng {MINH} \u0111\u00e3 \u0111\u1ebfn th\u0103m doanh tr\u1ea1i c\u00f9ng \u0111\u1ea1i t\u00e1 {AN}.",
                            "Thi\u1ebfu t\u01b0\u1edbng cho bi\u1ebft c\u00e1c chi\u1ebfn s\u0129 \u0111\u1ec1u kh\u1ecfe m\u1ea1nh."], MINH,
                     id="vi-rank-named-first"),
        pytest.param("vi", [f"\u0110\u1ea1i t\u00e1 {AN} \u0111\u00e3 \u0111\u00f3n Thi\u1ebfu t\u01b0\u1edbng {MINH} t\u1ea1i s\u00e2n bay.",
                            "\u0110\u1ea1i t\u00e1 cho bi\u1ebft b\u1ec7nh vi\u1ec7n d\u00e3 chi\u1ebfn \u0111\u00e3 s\u1eb5n s\u00e0ng."], AN,
                     id="vi-rank-of-the-host"),
        pytest.param("vi", [f"Thi\u1ebfu t\u01b0\u1edbng {MINH} \u0111\u00e3 g\u1eb7p \u0111\u1ea1i t\u00e1 {AN}.",
                            f"\u0110\u1ea1i t\u00e1 {AN} cho bi\u1ebft \u0111\u01b0\u1eddng \u0111\u00e3 th\u00f4ng.",
                            "Thi\u1ebfu t\u01b0\u1edbng cho bi\u1ebft c\u00e1c chi\u1ebfn s\u0129 \u0111\u1ec1u kh\u1ecfe m\u1ea1nh."], MINH,
                     id="vi-rank-after-another-speaker"),
        # "đồng chí" (comrade) alone is the one just named, as "ông" is, even after someone
        # introduced as "đồng chí X"
        pytest.param("vi", [f"Gia \u0111\u00ecnh ch\u1ecb Lan \u0111\u01b0\u1ee3c \u0111\u1ed3ng ch\u00ed {AN} gi\u00fap \u0111\u1ee1.",
                            f"T\u1ea1i bu\u1ed5i g\u1eb7p, Thi\u1ebfu t\u01b0\u1edbng {MINH} \u0111\u00e3 g\u1eedi l\u1eddi th\u0103m h\u1ecfi \u0111\u1ebfn gia \u0111\u00ecnh. "
                            "\u0110\u1ed3ng ch\u00ed b\u00e0y t\u1ecf, c\u00e2u chuy\u1ec7n n\u00e0y g\u00e2y nhi\u1ec1u c\u1ea3m x\u00fac."], MINH,
                     id="vi-dong-chi-alone"),
        pytest.param("en", ["Major General Paul Gray met Colonel Ana Ferrer in Gao.", "Ferrer said the road was open.",
                            "The general said the troops were ready."], "Paul Gray", id="en-the-general"),
        pytest.param("fr", ["Le g\u00e9n\u00e9ral Paul Girard a rencontr\u00e9 le colonel Marc Dubois \u00e0 Gao.",
                            "Dubois a d\u00e9clar\u00e9 que la route \u00e9tait ouverte.",
                            "Le g\u00e9n\u00e9ral a ajout\u00e9 que les troupes \u00e9taient pr\u00eates."], "Paul Girard", id="fr-le-general"),
        pytest.param("es", ["El general Luis Medina se reuni\u00f3 con el coronel Pedro Ruiz en Gao.", "Ruiz dijo que la ruta estaba abierta.",
                            "El general a\u00f1adi\u00f3 que las tropas estaban listas."], "Luis Medina", id="es-el-general"),
    ],
)
def test_a_rank_alone_speaks_for_the_person_introduced_with_it(language, paragraphs, speaker):
    quotes = [q for q in quotes_of(language, *paragraphs) if paragraphs[-1][:25] in q.sentence]
    assert quotes and quotes[-1].speaker == speaker, quotes_of(language, *paragraphs)


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        pytest.param(["El general Luis Medina asumi\u00f3 el mando de la misi\u00f3n.", "La ministra Ana Ferrer dijo que el relevo fue un \u00e9xito.",
                      "La misi\u00f3n seguir\u00e1 en la zona, seg\u00fan ha manifestado el general."], "Luis Medina", id="segun-ha-rank"),
        pytest.param(["El general Luis Medina asumi\u00f3 el mando de la misi\u00f3n.",
                      "La misi\u00f3n seguir\u00e1 en la zona, seg\u00fan ha explicado la ministra Ana Ferrer."], "Ana Ferrer",
                     id="segun-ha-named"),
        pytest.param(["El general Luis Medina asumi\u00f3 el mando de la misi\u00f3n.",
                      "La misi\u00f3n seguir\u00e1 en la zona, seg\u00fan han precisado fuentes del ministerio."], "",
                     id="segun-han-unnamed-source"),
    ],
)
def test_segun_then_a_compound_speech_verb_gives_the_subject_after_the_verb(paragraphs, speaker):
    """Spanish "según ha manifestado X": the source marker and a compound verb, then the subject."""
    quotes = [q for q in quotes_of("es", *paragraphs) if paragraphs[-1][:25] in q.sentence]
    assert quotes and quotes[-1].speaker == speaker, quotes_of("es", *paragraphs)

