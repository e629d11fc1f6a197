"""A role is a person's only where the sentence ties the title to that name: a title set off
by commas before the next name in a list of title-name pairs is the next person's, a rank
running into the next name in a list is that name's, and a title set off before a name
(apposition) or printed before it in a capitalised run is the name's, in full."""
import pytest

from newsdossier.entities import find_in_sentence


def _roles(sentence: str, language: str) -> dict[str, set[str]]:
    return {f.name: {r for r in (f.role, f.role_after) if r}
            for f in find_in_sentence(sentence, language) if f.kind == "person"}


# (language, sentence, person, a role that must not be theirs)
NOT_THEIRS = [
    ("en", "The panel, made up of the Under-Secretary-General for Legal Affairs, Harriet Wexley, "
           "the Under-Secretary-General for Field Logistics, Tomas Brandvik, and two envoys, met on Monday.",
     "Harriet Wexley", "Under-Secretary-General for Field Logistics"),
    ("en", "Present were the Deputy Force Commander, Henrik Salvesen, the Chief of Staff, Oliver Pemberton, "
           "and the mission's legal adviser.",
     "Henrik Salvesen", "Chief of Staff"),
    ("vi", "Đoàn gồm: Thiếu tá Đỗ Văn Khải, Đại uý Phùng Thị Hạnh, Đại uý Tạ Minh Quyết.",
     "Đỗ Văn Khải", "Đại uý Phùng Thị Hạnh"),
    ("vi", "Danh sách: Trung tá Lã Văn Đức, Thiếu tá Khổng Minh Tâm, Thiếu tá Vi Thị Duyên.",
     "Lã Văn Đức", "Thiếu tá Khổng Minh Tâm"),
]

# (language, sentence, person, the role that must be theirs)
THEIRS = [
    ("en", "The panel, made up of the Under-Secretary-General for Legal Affairs, Harriet Wexley, "
           "the Under-Secretary-General for Field Logistics, Tomas Brandvik, and two envoys, met on Monday.",
     "Tomas Brandvik", "Under-Secretary-General for Field Logistics"),
    ("en", "The panel, made up of the Under-Secretary-General for Legal Affairs, Harriet Wexley, "
           "the Under-Secretary-General for Field Logistics, Tomas Brandvik, and two envoys, met on Monday.",
     "Harriet Wexley", "Under-Secretary-General for Legal Affairs"),
    ("en", "UN Under-Secretary-General for Field Logistics Tomas Brandvik toured the base.",
     "Tomas Brandvik", "Under-Secretary-General for Field Logistics"),
    ("es", "Al acto asistió el ministro chileno de Obras Públicas, Arturo Benavente, junto a otros invitados.",
     "Arturo Benavente", "ministro chileno de Obras Públicas"),
    ("fr", "Le secrétaire général adjoint aux affaires juridiques, Gaspard Lemoine, a pris la parole.",
     "Gaspard Lemoine", "secrétaire général adjoint aux affaires juridiques"),
    ("fr", "Selon le ministre de la Défense, Gaspard Lemoine, la relève aura lieu en mars.",
     "Gaspard Lemoine", "ministre de la Défense"),
    ("fr", "Genève - Le secrétaire général adjoint des Nations unies aux affaires juridiques, Gaspard Lemoine, a ouvert la séance.",
     "Gaspard Lemoine", "secrétaire général adjoint des Nations unies aux affaires juridiques"),
    # a role holding another person's name as its complement stays the person's
    ("en", "\"We will stay,\" said Omar Haddadin, spokesman for the Liberation Front's Karim Nassar faction.",
     "Omar Haddadin", "spokesman for the Liberation Front's Karim Nassar faction"),
    ("vi", "Đoàn gồm: Thiếu tá Đỗ Văn Khải, Đại uý Phùng Thị Hạnh, Đại uý Tạ Minh Quyết.",
     "Phùng Thị Hạnh", "Đại uý"),
]


@pytest.mark.parametrize("language,sentence,person,role", NOT_THEIRS)
def test_role_of_another_name_not_given(language, sentence, person, role):
    roles = _roles(sentence, language)
    assert person in roles
    assert role not in roles[person]


@pytest.mark.parametrize("language,sentence,person,role", THEIRS)
def test_role_tied_to_the_name(language, sentence, person, role):
    roles = _roles(sentence, language)
    assert role in roles.get(person, set())
