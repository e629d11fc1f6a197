"""A call to log in printed above the article by a copy of the page (the account's button,
"Sign in" / "Đăng nhập", and what logging in gives, "Log in to save your articles") is the
page's furniture, never its headline: the headline under it is taken. A headline that speaks of
logging in stays the headline.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import LEAD, MORE
from newsdossier.extract import extract

_CALLS = {
    "en": ["Sign in", "Log in to save the stories you want to read later"],
    "fr": ["Se connecter", "Connectez-vous pour retrouver vos articles sauvegardés"],
    "es": ["Iniciar sesión", "Inicia sesión para guardar tus noticias favoritas"],
    "vi": ["Đăng nhập", "Đăng nhập để lưu các bài viết bạn yêu thích"],
}


# short headlines, which a longer line of the page's furniture outranks where nothing marks it
_SHORT_HEAD = {"en": "Blue helmets stay put", "fr": "Les casques bleus restent", "es": "Los cascos azules se quedan",
               "vi": "Lính mũ nồi xanh ở lại"}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_login_call_above_the_headline_is_no_headline(language):
    text = "\n\n".join([*_CALLS[language], _SHORT_HEAD[language], LEAD[language], MORE[language]])
    assert extract(text).fields["title"] == _SHORT_HEAD[language]


@pytest.mark.parametrize("language", ["vi"])
def test_a_login_call_with_an_app_button_under_it(language):
    text = "\n\n".join([_CALLS[language][0], _CALLS[language][1] + "\nZalo", _SHORT_HEAD[language], LEAD[language], MORE[language]])
    assert extract(text).fields["title"] == _SHORT_HEAD[language]


def test_a_headline_about_logging_in_stays():
    # (must not change) no call: the headline of a story about a ministry's portal
    head = "Soldiers can now log in to the ministry's new deployment portal"
    text = "\n\n".join([head, LEAD["en"], MORE["en"]])
    assert extract(text).fields["title"] == head


@pytest.mark.parametrize("call, language", [
    # the infinitive as a button prints it, and the account logged in with
    ("Se connecter pour retrouver vos articles sauvegardés", "fr"),
    ("Iniciar sesión para guardar tus noticias favoritas", "es"),
    ("Đăng nhập bằng tài khoản Google để lưu bài viết", "vi"),
    ("Sign in with Google to save the stories you want to read later", "en"),
])
def test_a_login_call_in_another_form_is_no_headline(call, language):
    text = "\n\n".join([call, _SHORT_HEAD[language], LEAD[language], MORE[language]])
    assert extract(text).fields["title"] == _SHORT_HEAD[language]
