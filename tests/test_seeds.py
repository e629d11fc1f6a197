"""Unit tests of newsdossier.seeds: finding seed files and decoding their bytes to text."""
from __future__ import annotations

import os

import pytest

from newsdossier.seeds import passed_over, SeedError, decode, fingerprint, list_seeds, read_seed

FRENCH = "Le général a visité Bamako.\nLa réunion s\u2019est tenue à Genève.\n"
FRENCH_PARAGRAPH = (
    "Les casques bleus déployés à Bangui ont inauguré mercredi une école rénovée. Le représentant "
    "spécial a salué « un pas important » vers la sécurité des élèves, selon un communiqué publié à "
    "Genève. Les travaux, financés par la mission, ont duré trois mois.\n"
)
SPANISH_PARAGRAPH = (
    "Los cascos azules desplegados en el sur inauguraron el miércoles una escuela renovada. El "
    "representante especial celebró «un paso importante» para la seguridad de los alumnos, según un "
    "comunicado publicado en Ginebra. Las obras duraron tres meses.\n"
)


# --- decode: encodings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected_text"),
    [
        pytest.param(FRENCH.encode("utf-8"), FRENCH, id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + FRENCH.replace("\n", "\r\n").encode("utf-8"), FRENCH, id="utf-8-bom-crlf"),
        pytest.param(b"line one\rline two\r", "line one\nline two\n", id="old-mac-cr"),
        pytest.param("Ge\u0301ne\u0300ve".encode("utf-8"), "G\u00e9n\u00e8ve", id="decomposed-accents-nfc-normalised"),
    ],
)
def test_decode_reads_utf8_as_plain_text(raw, expected_text):
    text, note = decode(raw)
    assert text == expected_text
    assert note is None


@pytest.mark.parametrize(
    ("raw", "expected_text"),
    [
        pytest.param(FRENCH.encode("utf-16"), FRENCH, id="utf-16-bom-native"),
        pytest.param(b"\xff\xfe" + FRENCH.encode("utf-16-le"), FRENCH, id="utf-16-le-bom"),
        pytest.param(b"\xfe\xff" + FRENCH.encode("utf-16-be"), FRENCH, id="utf-16-be-bom"),
        pytest.param(b"\xff\xfe" + "a\r\nb\r\n".encode("utf-16-le"), "a\nb\n", id="utf-16-crlf"),
    ],
)
def test_decode_reads_utf16_with_a_byte_order_mark(raw, expected_text):
    text, note = decode(raw)
    assert text == expected_text
    assert note == "decoded as UTF-16"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(FRENCH_PARAGRAPH, id="french-paragraph"),
        pytest.param(SPANISH_PARAGRAPH, id="spanish-paragraph"),
        pytest.param(
            "The envoy said \u201cwe are ready\u201d and left \u2014 the talks resume next week. "
            "It\u2019s a start, officials said.\n",
            id="english-smart-quotes",
        ),
        pytest.param(
            "Réunion à Genève : le général a parlé.\n",
            id="short-french-line",
        ),
    ],
)
def test_decode_reads_windows_1252_bytes(text):
    decoded, note = decode(text.encode("cp1252"))
    assert decoded == text
    assert note is not None and note.startswith("decoded as ")


@pytest.mark.parametrize(
    "original",
    [
        pytest.param(FRENCH, id="french"),
        pytest.param("El ejército llegó el miércoles a la región.\n", id="spanish"),
        pytest.param("It\u2019s a start \u2014 officials said.\n", id="english-apostrophe-and-dash"),
    ],
)
def test_decode_repairs_mojibake_and_says_so(original):
    mojibake = original.encode("utf-8").decode("cp1252").encode("utf-8")
    text, note = decode(mojibake)
    assert text == original
    assert note == "repaired mis-decoded characters (mojibake)"


# --- decode: not text -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected_text"),
    [
        pytest.param(FRENCH.encode("utf-16-le"), FRENCH, id="utf-16-le"),
        pytest.param(FRENCH.encode("utf-16-be"), FRENCH, id="utf-16-be"),
        pytest.param(SPANISH_PARAGRAPH.encode("utf-16-le"), SPANISH_PARAGRAPH, id="utf-16-le-spanish"),
    ],
)
def test_decode_reads_utf16_without_a_byte_order_mark(raw, expected_text):
    text, note = decode(raw)
    assert text == expected_text
    assert note == "decoded as UTF-16 (no byte order mark)"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        pytest.param(b"abc\x00def", "NUL bytes", id="nul-byte"),
        pytest.param(bytes(range(256)) * 4, "NUL bytes", id="all-byte-values"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL bytes", id="png-header"),
        pytest.param(b"ab\x00\x00" * 20, "NUL bytes", id="nul-pairs-not-utf16"),
        pytest.param(("x" * 50 + "\x01") * 20, "control characters", id="many-control-characters"),
        pytest.param(
            b"\xef\xbb\xbfhello\x00world",
            "NUL bytes",
            id="utf-8-bom-then-nul",
        ),
    ],
)
def test_decode_rejects_binary_data(raw, reason):
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    with pytest.raises(SeedError, match=reason):
        decode(raw)


# --- read_seed --------------------------------------------------------------------------------


def test_read_seed_gives_name_fingerprint_text_and_note(tmp_path):
    raw = FRENCH.encode("utf-16")
    path = tmp_path / "article.txt"
    path.write_bytes(raw)
    seed = read_seed(path)
    assert (seed.name, seed.text, seed.note) == ("article.txt", FRENCH, "decoded as UTF-16")
    assert seed.fingerprint == fingerprint(raw)


@pytest.mark.parametrize(
    ("raw_a", "raw_b", "same"),
    [
        pytest.param(b"same text", b"same text", True, id="same-bytes"),
        pytest.param(b"same text", b"same text\n", False, id="one-byte-more"),
        pytest.param(FRENCH.encode("utf-8"), FRENCH.encode("utf-16"), False, id="same-text-other-encoding"),
    ],
)
def test_fingerprint_is_a_sha256_of_the_raw_bytes(raw_a, raw_b, same):
    assert fingerprint(raw_a).startswith("sha256:")
    assert len(fingerprint(raw_a)) == len("sha256:") + 64
    assert (fingerprint(raw_a) == fingerprint(raw_b)) is same


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(b"", id="empty-file"),
        pytest.param(b"   \n\t\n  ", id="whitespace-only"),
        pytest.param(b"\xef\xbb\xbf", id="utf-8-bom-only"),
        pytest.param(b"\xff\xfe", id="utf-16-bom-only"),
    ],
)
def test_read_seed_rejects_an_empty_file(tmp_path, raw):
    path = tmp_path / "empty.txt"
    path.write_bytes(raw)
    with pytest.raises(SeedError, match="empty"):
        read_seed(path)


def test_read_seed_rejects_a_binary_file(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(SeedError, match="binary"):
        read_seed(path)


# --- list_seeds -------------------------------------------------------------------------------


def test_list_seeds_gives_regular_files_in_name_order(tmp_path):
    for name in ["b.txt", "a.txt", "c", "10_first.md"]:
        (tmp_path / name).write_text("text", encoding="utf-8")
    assert [p.name for p in list_seeds(tmp_path)] == ["10_first.md", "a.txt", "b.txt", "c"]


@pytest.mark.parametrize(
    "make_entry",
    [
        pytest.param(lambda d: (d / ".hidden.txt").write_text("x"), id="hidden-file"),
        pytest.param(lambda d: (d / ".DS_Store").write_bytes(b"\x00\x01"), id="hidden-system-file"),
        pytest.param(lambda d: (d / "folder").mkdir(), id="folder"),
        pytest.param(lambda d: (d / "folder.txt").mkdir(), id="folder-with-text-suffix"),
        pytest.param(lambda d: os.symlink(d / "a.txt", d / "link.txt"), id="symlink-to-file"),
        pytest.param(lambda d: os.symlink(d / "missing.txt", d / "dangling.txt"), id="dangling-symlink"),
        pytest.param(lambda d: (d / "sub").mkdir() or os.symlink(d / "sub", d / "dirlink"), id="symlink-to-folder"),
    ],
)
def test_list_seeds_skips_hidden_files_folders_and_symlinks(tmp_path, make_entry):
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    make_entry(tmp_path)
    assert [p.name for p in list_seeds(tmp_path)] == ["a.txt"]


@pytest.mark.parametrize(
    "make_folder",
    [
        pytest.param(lambda d: d / "missing", id="missing-folder"),
        pytest.param(lambda d: (d / "file.txt").write_text("x") and d / "file.txt", id="a-file-not-a-folder"),
        pytest.param(lambda d: d, id="empty-folder"),
    ],
)
def test_list_seeds_gives_nothing_without_a_folder_of_seeds(tmp_path, make_folder):
    folder = tmp_path / "seeds"
    folder.mkdir()
    assert list_seeds(make_folder(folder)) == []


@pytest.mark.parametrize(
    ("make_entry", "reason"),
    [
        pytest.param(lambda d: os.symlink(d / "a.txt", d / "link.txt"), "a symbolic link", id="symlink-to-file"),
        pytest.param(lambda d: os.symlink("/etc/passwd", d / "outside.txt"), "a symbolic link", id="symlink-out-of-the-project"),
        pytest.param(lambda d: os.symlink(d / "missing.txt", d / "dangling.txt"), "a symbolic link", id="dangling-symlink"),
        pytest.param(lambda d: (d / ".draft.txt").write_text("x"), "a hidden file", id="hidden-text-file"),
        pytest.param(lambda d: (d / "..escape.txt").write_text("x"), "a hidden file", id="name-of-dots"),
    ],
)
def test_entries_meant_as_seeds_but_not_read_are_named_with_the_reason(tmp_path, make_entry, reason):
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    make_entry(tmp_path)
    [(path, why)] = passed_over(tmp_path)
    assert path.parent == tmp_path and reason in why


@pytest.mark.parametrize(
    "make_entry",
    [
        pytest.param(lambda d: (d / ".DS_Store").write_bytes(b"\x00\x01"), id="system-file"),
        pytest.param(lambda d: (d / ".gitkeep").write_text(""), id="gitkeep"),
        pytest.param(lambda d: (d / "folder").mkdir(), id="folder"),
    ],
)
def test_hidden_system_files_and_folders_pass_silently(tmp_path, make_entry):
    make_entry(tmp_path)
    assert passed_over(tmp_path) == []


@pytest.mark.parametrize(
    ("make_entry", "name", "count"),
    [
        pytest.param(lambda d: (d / "ar").mkdir() or (d / "ar" / "report.txt").write_text("x"), "ar", "1 file", id="folder-of-one-text"),
        pytest.param(lambda d: (d / "2023" / "pt").mkdir(parents=True) or [(d / "2023" / "pt" / f"{i}.txt").write_text("x") for i in range(3)],
                     "2023", "3 files", id="files-in-a-folder-of-a-folder"),
        pytest.param(lambda d: (d / "saved").mkdir() or (d / "saved" / "page.html").write_text("x") or (d / "saved" / ".DS_Store").write_text("x"),
                     "saved", "1 file", id="hidden-files-not-counted"),
    ],
)
def test_a_folder_holding_files_is_named_as_not_read(tmp_path, make_entry, name, count):
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    make_entry(tmp_path)
    [(path, why)] = passed_over(tmp_path)
    assert path == tmp_path / name
    assert why.startswith(f"a folder holding {count}, not read: normalize reads only the files directly in seeds/")


@pytest.mark.parametrize(
    "make_entry",
    [
        pytest.param(lambda d: (d / ".git" / "objects").mkdir(parents=True) or (d / ".git" / "objects" / "x").write_text("x"), id="hidden-folder"),
        pytest.param(lambda d: (d / "empty" / "inner").mkdir(parents=True), id="folder-of-empty-folders"),
        pytest.param(lambda d: (d / "drafts").mkdir() or (d / "drafts" / ".note.txt").write_text("x"), id="folder-of-hidden-files-only"),
    ],
)
def test_a_folder_with_nothing_to_read_passes_silently(tmp_path, make_entry):
    make_entry(tmp_path)
    assert passed_over(tmp_path) == []


# Text of my own in scripts other than Latin's, as a seed saved in UTF-16 without a byte order
# mark holds them: NULs only at its spaces, line ends and digits.
ARABIC = "مهندسو البعثة يعيدون بناء الجسر\n\nأعاد مهندسو البعثة بناء الجسر فوق النهر يوم الاثنين، كما قال متحدث باسمها.\n"
RUSSIAN = "Инженеры миссии восстановили мост\n\nИнженеры миссии восстановили мост через реку в понедельник, сообщил представитель.\n"
CHINESE = "维和工兵修复桥梁\n\n维和工兵部队于周一修复了河上的一座桥梁，发言人说，共有120名官兵参与。\n"
LONG_CHINESE = "维和工兵修复桥梁\n" + ("维和工兵部队于周一修复了河上的一座桥梁，发言人说，这座桥连接了两个村庄，雨季时常被洪水冲毁。"
                                     "工兵们连续工作了三个星期，当地居民为他们送来了食物和茶水。" * 3 + "\n") * 4
LONG_JAPANESE = "施設部隊が橋を修復\n" + ("国連南スーダン派遣団の施設部隊は月曜日、川に架かる橋の修復を終えたと報道官が明らかにした。"
                                      "雨季には洪水で流されることが多く、住民は隊員に食事と茶を届けた。" * 3 + "\n") * 4


@pytest.mark.parametrize(
    ("original", "encoding"),
    [
        pytest.param(ARABIC, "utf-16-le", id="arabic-le"),
        pytest.param(ARABIC, "utf-16-be", id="arabic-be"),
        pytest.param(RUSSIAN, "utf-16-le", id="russian-le"),
        pytest.param(RUSSIAN, "utf-16-be", id="russian-be"),
        pytest.param(CHINESE, "utf-16-le", id="chinese-le"),
        pytest.param(CHINESE + "一二一\n", "utf-16-be", id="chinese-with-nuls-on-both-sides-be"),
        # long Chinese paragraphs: a line end (the only NUL) every 150 characters or more
        pytest.param(LONG_CHINESE, "utf-16-le", id="chinese-long-paragraphs-le"),
        pytest.param(LONG_CHINESE, "utf-16-be", id="chinese-long-paragraphs-be"),
        pytest.param(LONG_JAPANESE, "utf-16-le", id="japanese-long-paragraphs-le"),
    ],
)
def test_decode_reads_utf16_without_a_byte_order_mark_in_other_scripts(original, encoding):
    text, note = decode(original.encode(encoding))
    assert text == original
    assert note == "decoded as UTF-16 (no byte order mark)"


@pytest.mark.parametrize(
    "raw",
    [
        # near misses: binary data with its NULs on one side is still no text
        pytest.param(b"".join(bytes([i % 200 + 1, 0]) for i in range(2000)), id="small-16-bit-numbers"),
        pytest.param(b"".join(((i * 37) % 3000).to_bytes(2, "little") for i in range(2000)), id="16-bit-numbers"),
        pytest.param(bytes(range(256)) * 8, id="all-byte-values"),
    ],
)
def test_binary_data_with_nuls_on_one_side_is_not_read_as_utf16(raw):
    with pytest.raises(SeedError, match="NUL bytes|control characters"):
        decode(raw)


@pytest.mark.parametrize(
    "raw",
    [
        # near misses: a text in another encoding with a stray NUL is no UTF-16 text of Chinese
        pytest.param((LONG_CHINESE.encode("gbk") + b"\x00")[: len(LONG_CHINESE.encode("gbk")) // 2 * 2], id="gbk-with-a-stray-nul"),
        pytest.param(LONG_CHINESE.encode("utf-8") + b"\x00\x00", id="utf-8-chinese-ending-on-nuls"),
        pytest.param(("Les Casques bleus ont rouvert la route de Bria mardi. " * 30).encode("cp1252")[:1500] + b"\x00\x00", id="latin-text-ending-on-nuls"),
    ],
)
def test_a_text_of_another_encoding_with_nuls_is_not_read_as_utf16(raw):
    try:
        _text, note = decode(raw)
    except SeedError:
        return
    assert "UTF-16" not in (note or "")
