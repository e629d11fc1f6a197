"""A saved page's copyright line sits in the page's footer, outside the article, where the
page's text reader leaves it out with the rest of the frame: "© Le Courrier du Lac 2019. Tous
droits réservés." names the outlet that publishes the page as the same line in a text does, so
the text keeps it. Every page is written for these tests."""
from __future__ import annotations

import pytest

_BODY = ("<p>Les soldats du contingent ont rejoint leur base du nord mardi, après une traversée de "
         "trois jours sur des pistes rendues difficiles par les pluies.</p>"
         "<p>Le commandant a indiqué que la relève se poursuivrait la semaine prochaine avec deux "
         "rotations aériennes, selon un communiqué publié dans la soirée.</p>"
         "<p>Les habitants de la ville ont accueilli le convoi au marché central, où une cérémonie "
         "a réuni les autorités locales et les chefs coutumiers.</p>")


def _page(footer: str, article_extra: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>La relève arrive au nord</title></head>'
            f'<body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav><main><article>'
            f'<h1>La relève arrive au nord</h1>{_BODY}{article_extra}</article></main>{footer}</body></html>').encode()


def _source(raw: bytes) -> str:
    from newsdossier.extract import extract
    from newsdossier.ingest.html import read_page
    from newsdossier.ingest.known import Known

    return extract(read_page(raw, Known()), None).fields["source"]


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        pytest.param("<footer><p>© Le Courrier du Lac 2019. Tous droits réservés.</p><p>Mentions légales | Contact</p></footer>",
                     "Le Courrier du Lac", id="holder-then-year"),
        pytest.param("<footer><div>Nous joindre</div><div>© Savane-Info.net - Tous droits réservés</div></footer>",
                     "Savane-Info.net", id="site-name-with-domain"),
        pytest.param('<div role="contentinfo"><small>Copyright © 2021 Gazette des Plateaux</small></div>',
                     "Gazette des Plateaux", id="contentinfo-landmark"),
        pytest.param("<footer><p>© Bản quyền thuộc về Báo Tin Biên Giới</p></footer>",
                     "Báo Tin Biên Giới", id="vietnamese-rights-line"),
    ],
)
def test_the_footers_copyright_line_names_the_outlet(footer, expected):
    assert _source(_page(footer)) == expected


@pytest.mark.parametrize(
    ("footer", "article_extra", "expected"),
    [
        # (must not change) a footer without a copyright line names no outlet
        pytest.param("<footer><p>Mentions légales | Contact | Cookies</p></footer>", "", "", id="no-copyright-line"),
        # (must not change) a photo credit in a footer is no site's copyright line
        pytest.param("<footer><p>Photo : © Jean Lemaire</p></footer>", "", "", id="photo-credit"),
    ],
)
def test_a_footer_without_the_sites_copyright_line_adds_nothing(footer, article_extra, expected):
    assert _source(_page(footer, article_extra)) == expected


def test_the_texts_own_copyright_line_is_not_doubled():
    from newsdossier.ingest.html import read_page
    from newsdossier.ingest.known import Known

    raw = _page("<footer><p>© Le Courrier du Lac 2019. Tous droits réservés.</p></footer>",
                "<p>© Le Courrier du Lac 2019. Tous droits réservés.</p>")
    assert read_page(raw, Known()).count("Le Courrier du Lac") == 1
