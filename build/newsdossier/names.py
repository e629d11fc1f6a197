"""The names a reader sees for codes in the data: languages (ISO 639) and countries (ISO 3166)."""
from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError

# The language the site's own words are written in (mkdocs.yml theme.language).
SITE_LOCALE = "en"
UNKNOWN_LANGUAGE = "unknown"


@lru_cache(maxsize=512)
def language_name(code, locale: str = SITE_LOCALE) -> str:
    """The name of a language in the site's language, from the Unicode CLDR as babel ships it:
    "fr" -> "French", "vi" -> "Vietnamese", "pt-BR" -> "Portuguese (Brazil)"; for a language
    of which CLDR has a name but no locale, that name ("wuu" -> "Wu Chinese"), else ISO
    639-3's English name (pycountry: "hbo" -> "Ancient Hebrew"). "unknown" for no code or
    "und" (ISO 639-2's undetermined); a code none of them knows is shown as is."""
    code = str(code or "").strip()
    if not code or code.lower() == "und":
        return UNKNOWN_LANGUAGE
    try:
        name = Locale.parse(code.replace("-", "_")).get_display_name(Locale.parse(locale))
    except (ValueError, UnknownLocaleError):
        name = _listed_language_name(code, locale)
    return name[:1].upper() + name[1:] if name else code


def _listed_language_name(code: str, locale: str) -> str | None:
    """The name of a language babel has no locale of: the CLDR's name of it in the locale's
    language list, else pycountry's (ISO 639-3, in English); None for a code neither lists."""
    primary = code.replace("_", "-").split("-")[0].lower()
    try:
        name = Locale.parse(locale).languages.get(primary)
    except (ValueError, UnknownLocaleError):
        name = None
    if name or locale.split("_")[0] != "en" or len(primary) not in (2, 3):
        return name
    import pycountry

    found = pycountry.languages.get(alpha_2=primary) if len(primary) == 2 else pycountry.languages.get(alpha_3=primary)
    return found.name if found else None


@lru_cache(maxsize=1024)
def country_name(code, locale: str = SITE_LOCALE) -> str:
    """The name of a country or territory (ISO 3166-1 alpha-2) in the site's language: the
    project's reference data (reference/countries.yaml `name`, the name its country actors
    carry) when the site is in English, else the CLDR's (babel), else pycountry's, else the code
    as written: "SS" -> "South Sudan"."""
    from .reference import reference

    code = str(code or "").strip().upper()
    if not code:
        return ""
    row = reference().countries.get(code) if locale == "en" else None
    name = str(row["name"]) if row and row.get("name") else Locale.parse(locale).territories.get(code)
    if not name:
        import pycountry  # on first use: a code neither the reference nor the CLDR names

        found = pycountry.countries.get(alpha_2=code)
        name = getattr(found, "common_name", None) or getattr(found, "name", None) if found else None
    return name or code
