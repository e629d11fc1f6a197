"""A blog's comment box lets a reader sign in with an account of a social network or a web
company ("You are commenting using your Google account.", "Vous commentez à l'aide de votre
compte Twitter.", with its icon's text "Photo Google" or "Logo WordPress.com" above): the account's provider is no
outlet of the page, though "your {name} account" is a phrase in which a site names itself
(vocabulary own_outlet_phrases). The providers are vocabulary social_networks and
account_providers. Every page here is of our own making."""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_BOX = {
    "en": ("Leave a Reply", "{icon} {name}", "You are commenting using your {name} account. ( Log Out / Change )"),
    "fr": ("Votre commentaire", "{icon} {name}", "Vous commentez à l’aide de votre compte {name}. Déconnexion / Changer )"),
    "es": ("Deja un comentario", "{icon} {name}", "Estás comentando usando tu cuenta de {name}. ( Cerrar sesión / Cambiar )"),
}


def _page(language: str, providers: list[str], masthead: str = "Sections") -> str:
    heading, icon_line, account_line = _BOX[language]
    box = [heading]
    for name in providers:
        icon = "Image" if name in ("Twitter", "X") else "Logo" if name == "WordPress.com" else "Photo"
        box += [icon_line.format(icon=icon, name=name), account_line.format(name=name)]
    return "\n\n".join([masthead, HEADLINE[language], LEAD[language], MORE[language], *box])


@pytest.mark.parametrize("language, providers", [
    pytest.param("fr", ["WordPress.com", "Google", "Twitter", "Facebook"], id="fr-four-accounts"),
    pytest.param("en", ["Google"], id="en-google"),
    pytest.param("en", ["Facebook", "X"], id="en-facebook-x"),
    pytest.param("es", ["Google", "Facebook"], id="es-google-facebook"),
    pytest.param("en", ["Apple"], id="en-apple"),
    # a provider's service, its name opening on the provider's (near misses of the whole name)
    pytest.param("en", ["Yahoo Mail"], id="en-yahoo-mail"),
    pytest.param("fr", ["Microsoft Outlook"], id="fr-microsoft-outlook"),
    pytest.param("es", ["Google Workspace"], id="es-google-workspace"),
])
def test_a_login_provider_of_a_comment_box_is_no_outlet(language, providers):
    assert extract(_page(language, providers)).fields["source"] in ("", None)


@pytest.mark.parametrize("language, masthead, line, outlet", [
    # a site's own account named twice still names the site (near miss: the phrase stays)
    pytest.param("en", "Harbour Courier", "Sign in to your Harbour Courier account", "Harbour Courier", id="en-own-account"),
    pytest.param("fr", "Le Courrier Lacustre", "Connectez-vous à votre compte Le Courrier Lacustre", "Le Courrier Lacustre",
                 id="fr-own-account"),
])
def test_a_sites_own_account_still_names_it(language, masthead, line, outlet):
    page = "\n\n".join([masthead, HEADLINE[language], LEAD[language], MORE[language], line])
    assert extract(page).fields["source"] == outlet
