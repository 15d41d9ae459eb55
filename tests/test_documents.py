"""The document readers on real files of every format, written into tmp_path by the tests."""

from __future__ import annotations

import codecs
import hashlib
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from importers.base import ImportFailure
from importers.documents import decode_text, html_to_text, limits, read_document
from tests.document_files import (
    BILLION_LAUGHS,
    EXTERNAL_ENTITY,
    document_xml,
    encrypt_pdf,
    make_docx,
    make_pdf,
    paragraph,
    table,
)
from tests.hostile_files import zip_with_bomb

NOTICE_NL = "Wij delen uw gegevens met één incassobureau en de Belastingdienst. Café-eigenaar, ruimte."
NOTICE_DE = "Wir übermitteln Daten an Auftragsverarbeiter außerhalb des EWR; Straße, Größe."
NOTICE_FR = "Nous transférons vos données à un prestataire situé hors de l'Espace économique européen."


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def failure(path: Path) -> str:
    with pytest.raises(ImportFailure) as caught:
        read_document(path)
    assert caught.value.path == str(path)
    assert str(caught.value).startswith(str(path))
    return caught.value.reason


# -- plain text and Markdown ----------------------------------------------------------------------


def test_text_file_is_kept_with_line_endings_normalised(tmp_path: Path) -> None:
    raw = f"Privacyverklaring\r\n\r\n{NOTICE_NL}\rTweede regel.\n".encode()
    doc = read_document(write(tmp_path, "notice.txt", raw))
    assert doc.text == f"Privacyverklaring\n\n{NOTICE_NL}\nTweede regel.\n"
    assert (doc.format, doc.encoding, doc.title) == ("txt", "utf-8", None)
    assert doc.sha256 == hashlib.sha256(raw).hexdigest()
    assert doc.path == str(tmp_path / "notice.txt")


@pytest.mark.parametrize(
    ("source", "title"),
    [
        ("# Privacy statement\n\nText.", "Privacy statement"),
        ("Intro line\n\n## Who receives your data ##\n", "Who receives your data"),
        ("Privacybeleid\n=============\n\nTekst.", "Privacybeleid"),
        ("Politique de confidentialité\n---\n", "Politique de confidentialité"),
        ("No heading here.\n\n---\n\nStill none.", None),
    ],
)
def test_markdown_title_is_the_first_heading(tmp_path: Path, source: str, title: str | None) -> None:
    doc = read_document(write(tmp_path, "notice.md", source))
    assert (doc.text, doc.title, doc.format) == (source, title, "md")


# -- encodings ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
def test_byte_order_marks_are_recognised_and_removed(bom: bytes, codec: str, name: str) -> None:
    assert decode_text(bom + NOTICE_DE.encode(codec)) == (NOTICE_DE, name)


@pytest.mark.parametrize(("codec", "expected"), [("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be")])
def test_utf16_without_bom_is_recognised_by_its_nul_pattern(codec: str, expected: str) -> None:
    assert decode_text(NOTICE_FR.encode(codec)) == (NOTICE_FR, expected)


@pytest.mark.parametrize("text", [NOTICE_NL, NOTICE_DE, NOTICE_FR, "Übermittlung“ – „Zitat” …"])
def test_windows_1252_is_read_for_western_text(text: str) -> None:
    assert decode_text(text.encode("cp1252")) == (text, "cp1252")


def test_cyrillic_legacy_text_goes_to_charset_detection() -> None:
    text = "Мы передаем ваши персональные данные нашим обработчикам в другие страны. " * 5
    decoded, encoding = decode_text(text.encode("cp1251"))
    assert decoded == text
    assert encoding != "cp1252"


def test_mixed_utf8_and_windows_1252_reads_both_parts() -> None:
    data = "Gegevens gaan naar één verwerker. ".encode() + "Straße in Köln.".encode("cp1252")
    assert decode_text(data) == ("Gegevens gaan naar één verwerker. Straße in Köln.", "utf-8+windows-1252")


def test_nul_bytes_are_removed() -> None:
    assert decode_text(b"Data\x00 goes\x00\x00 to Intrum.") == ("Data goes to Intrum.", "utf-8")


def test_html_declared_charset_is_used_when_not_utf8(tmp_path: Path) -> None:
    markup = '<html><head><meta charset="windows-1252"><title>Übersicht</title></head><body><p>Straße</p>'
    doc = read_document(write(tmp_path, "notice.html", markup.encode("cp1252")))
    assert (doc.text, doc.title, doc.encoding) == ("Straße", "Übersicht", "cp1252")


# -- HTML -----------------------------------------------------------------------------------------

PAGE = """<!doctype html><html><head><title>Privacy  statement | Voorbeeld</title>
<script>var x = "<p>not text</p>";</script><style>p { color: red }</style></head>
<body class="cookie-consent-open">
<nav><a href="/">Home</a> <a href="/about">About us</a></nav>
<header><a href="/"><img src="logo.png" alt="Logo"></a> <a href="/contact">Contact</a></header>
<div id="CybotCookiebotDialog"><p>We use cookies to improve the site.</p><button>Accept all</button></div>
<main>
<h1>Privacy &amp; <em>you</em></h1>
<p>We share   personal data
   with:<br>our processors</p>
<ul><li>Intrum, a debt collector<li>Nederlandse Belastingdienst
<ul><li>only when the law requires it</li></ul></li></ul>
<ol><li><p>First numbered item</p><p>with a second paragraph</p></li></ol>
<table><tr><th>Recipient</th><th>Country</th></tr><tr><td>Acme <b>Cloud</b> Inc.</td><td>US</td></tr>
<tr><td></td><td></td></tr></table>
<div hidden>hidden text</div><p style="display: none">invisible</p><span aria-hidden="true">icon</span>
<form><label>Your e-mail</label><input name="email"></form>
<section id="cookies"><h2>Cookies</h2><p>We use analytics cookies from Example Analytics.</p></section>
<pre>Line one
    indented</pre>
</main>
<footer><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></footer>
<footer><p>© 2024 Voorbeeld B.V., Amsterdam</p></footer>
</body></html>"""

PAGE_TEXT = """# Privacy & you

We share personal data with:
our processors

- Intrum, a debt collector
- Nederlandse Belastingdienst
- only when the law requires it

- First numbered item

with a second paragraph

| Recipient | Country |
| --- | --- |
| Acme Cloud Inc. | US |

## Cookies

We use analytics cookies from Example Analytics.

Line one
    indented

© 2024 Voorbeeld B.V., Amsterdam"""


def test_html_keeps_structure_and_drops_scripts_navigation_forms_banners_and_hidden() -> None:
    text, title = html_to_text(PAGE)
    assert text == PAGE_TEXT
    assert title == "Privacy statement | Voorbeeld"


def test_html_and_markdown_give_the_same_structure(tmp_path: Path) -> None:
    md = "# Recipients\n\nWe share data with:\n\n- Intrum\n- Belastingdienst\n\n## Transfers\n\nNone."
    html = (
        "<h1>Recipients</h1><p>We share data with:</p><ul><li>Intrum</li><li>Belastingdienst</li></ul>"
        "<h2>Transfers</h2><p>None.</p>"
    )
    assert (
        read_document(write(tmp_path, "a.md", md)).text == read_document(write(tmp_path, "a.html", html)).text
    )


def test_html_and_markdown_tables_read_alike(tmp_path: Path) -> None:
    """A web page's table is a Markdown table, its first row the header, whether marked <th> or
    not; a list in a cell stays in its cell (and in its table); a pipe in a cell is no column."""
    md = (
        "We use:\n\n| Sub-processor | Purpose |\n| --- | --- |\n"
        "| Acme Hosting B.V. | Hosting / backups |\n| Quillpay Ltd | Payments |"
    )
    html = (
        "<p>We use:</p><table><tr><td>Sub-processor</td><td>Purpose</td></tr>"
        "<tr><td>Acme Hosting B.V.</td><td><ul><li>Hosting | backups</li></ul></td></tr>"
        "<tr><td>Quillpay Ltd</td><td>Payments</td></tr></table>"
    )
    assert (
        read_document(write(tmp_path, "a.html", html)).text == read_document(write(tmp_path, "a.md", md)).text
    )


def test_html_table_of_one_column_is_read_as_lines() -> None:
    markup = "<table><tr><td>Layout cell one.</td></tr><tr><td>Layout cell two.</td></tr></table>"
    assert html_to_text(markup)[0] == "Layout cell one.\nLayout cell two."


def test_html_title_falls_back_to_first_heading_and_entities_are_decoded() -> None:
    markup = "<h2>Datenschutz&shy;erkl\u200bärung</h2><p>a&nbsp;b &lt;c&gt;</p>"
    assert html_to_text(markup) == ("## Datenschutzerklärung\n\na b <c>", "Datenschutzerklärung")


def test_html_declared_latin1_is_read_as_windows_1252() -> None:
    markup = '<meta charset="iso-8859-1"><p>\u201cquoted\u201d \u2013 caf\xe9</p>'.encode("cp1252")
    assert decode_text(markup, declared="iso-8859-1")[0].endswith("\u201cquoted\u201d \u2013 caf\xe9</p>")


def test_cookie_banner_without_heading_is_dropped_but_a_cookie_section_is_kept() -> None:
    markup = (
        '<div class="cc-banner">We use cookies. <a href="#">Settings</a></div>'
        '<section class="consent-section"><h3>Consent</h3><p>You may withdraw consent.</p></section>'
    )
    assert html_to_text(markup)[0] == "### Consent\n\nYou may withdraw consent."


def test_page_header_with_the_notice_title_is_kept_when_it_is_not_mostly_links() -> None:
    markup = "<header><strong>Datenschutzhinweise</strong><br><i>(Stand: 17.03.2016)</i></header><p>Text.</p>"
    assert html_to_text(markup)[0] == "Datenschutzhinweise\n(Stand: 17.03.2016)\n\nText."


def test_html_nested_ten_thousand_levels_is_read_without_recursion() -> None:
    depth = 10_000
    assert html_to_text("<div>" * depth + "<p>inside</p>" + "</div>" * depth + "<p>after</p>")[0] == (
        "inside\n\nafter"
    )
    assert html_to_text("<span><b>" * depth + "inline" + "</b></span>" * depth)[0] == "inline"
    assert html_to_text("<div>" * depth + "never closed")[0] == "never closed"


def test_deeply_nested_html_file_reads(tmp_path: Path) -> None:
    path = write(tmp_path, "deep.html", "<ul><li>" * 10_000 + "Intrum" + "</li></ul>" * 10_000)
    assert read_document(path).text == "- Intrum"


def test_unclosed_and_stray_tags_do_not_lose_text() -> None:
    markup = "<p>one<p>two</span></div><table><tr><td>a<td>b<tr><td>c</table><li>x<li>y"
    assert html_to_text(markup)[0] == "one\n\ntwo\n\n| a | b |\n| --- | --- |\n| c |\n\n- x\n- y"


# -- PDF ------------------------------------------------------------------------------------------

PDF_PAGE_1 = [
    "Privacyverklaring Voorbeeld Verzekeringen N.V.",
    "",
    "Wij delen uw persoonsgegevens met verwerkers die namens ons optre-",
    "den, zoals onze IT-leverancier en een incassobureau in het buitenland. Daarnaast",
    "kunnen gegevens worden doorgegeven aan de Belastingdienst en aan Noord-",
    "Hollandse zorgverleners wanneer dat nodig is voor de uitvoering van de polis.",
    "",
    "• Cigna Europe group",
    "• een onderzoeksbureau",
    "Pagina 1 van 2",
]
PDF_PAGE_2 = [
    "Doorgifte buiten de EER",
    "Gegevens kunnen worden opgeslagen buiten de Europese Economische Ruimte, waarbij",
    "contractuele verplichtingen uw gegevens beschermen.",
    "Pagina 2 van 2",
]


def test_pdf_pages_are_joined_dehyphenated_and_reflowed(tmp_path: Path) -> None:
    path = write(tmp_path, "notice.pdf", make_pdf([PDF_PAGE_1, PDF_PAGE_2], title="Privacyverklaring"))
    doc = read_document(path)
    assert (doc.format, doc.title, doc.encoding) == ("pdf", "Privacyverklaring", None)
    assert doc.text == (
        "Privacyverklaring Voorbeeld Verzekeringen N.V.\n\n"
        "Wij delen uw persoonsgegevens met verwerkers die namens ons optreden, zoals onze IT-leverancier en "
        "een incassobureau in het buitenland. Daarnaast kunnen gegevens worden doorgegeven aan de "
        "Belastingdienst en aan Noord-Hollandse zorgverleners wanneer dat nodig is voor de uitvoering van "
        "de polis.\n\n"
        "- Cigna Europe group\n- een onderzoeksbureau\n\n"
        "Doorgifte buiten de EER\n\n"
        "Gegevens kunnen worden opgeslagen buiten de Europese Economische Ruimte, waarbij contractuele "
        "verplichtingen uw gegevens beschermen."
    )


def test_pdf_running_headers_and_page_numbers_are_dropped(tmp_path: Path) -> None:
    bodies = [
        (
            "Wij delen uw persoonsgegevens met verwerkers die namens ons optreden, zoals",
            "onze IT-leverancier.",
        ),
        (
            "Een incassobureau ontvangt uw gegevens wanneer een betaling uitblijft na de",
            "laatste herinnering.",
        ),
        (
            "Uw gegevens kunnen worden opgeslagen buiten de Europese Economische Ruimte,",
            "in de Verenigde Staten.",
        ),
        (
            "U kunt een klacht indienen bij de Autoriteit Persoonsgegevens als u vindt dat",
            "wij fouten maken.",
        ),
    ]
    pages = [["Voorbeeld B.V. - Privacyverklaring", *body, f"- {n} -"] for n, body in enumerate(bodies, 1)]
    doc = read_document(write(tmp_path, "notice.pdf", make_pdf(pages)))
    assert doc.text == "\n\n".join(" ".join(body) for body in bodies)


def test_pdf_encrypted_with_empty_user_password_opens(tmp_path: Path) -> None:
    data = encrypt_pdf(make_pdf([["Data goes to Intrum."]]), "")
    assert read_document(write(tmp_path, "open.pdf", data)).text == "Data goes to Intrum."


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (
            encrypt_pdf(make_pdf([["Secret notice."]]), "secret"),
            "encrypted PDF: cannot read without password",
        ),
        (
            make_pdf([[], []], drawing_only=True),
            "no text layer: scanned PDF needs OCR, which Transfer Atlas does not do",
        ),
        (make_pdf([["Truncated notice text."]])[:300], "truncated or damaged PDF (no end-of-file marker)"),
        (b"<html>not a pdf</html>", "not a PDF file (no %PDF header)"),
    ],
    ids=["encrypted", "scanned", "truncated", "not-pdf"],
)
def test_unreadable_pdfs_are_refused_with_the_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    assert failure(write(tmp_path, "notice.pdf", data)) == reason


def test_pdf_with_broken_objects_is_refused_as_damaged(tmp_path: Path) -> None:
    data = make_pdf([["Some text."]]).replace(b"/Type /Pages", b"/Type /Pagez").replace(b"xref", b"xrex")
    data = data.replace(b"/Kids [", b"/Kids (")
    reason = failure(write(tmp_path, "notice.pdf", data))
    assert reason.startswith(("damaged PDF", "no text layer"))


# -- Word -----------------------------------------------------------------------------------------

DOCX_BODY = (
    paragraph("Privacyverklaring", "Titel")
    + paragraph("Wie ontvangt uw gegevens?", "Kop1")
    + paragraph("Wij delen   uw gegevens met:")
    + paragraph("Intrum (incassobureau)", "Lijstalinea")
    + paragraph("Belastingdienst", numbered=True)
    + table([["Ontvanger", "Land"], ["Acme Cloud Inc.", "Verenigde Staten"]])
    + paragraph("Doorgifte", "Kop2")
    + "<w:p><w:r><w:t>Alleen </w:t></w:r><w:del><w:r><w:delText>niet </w:delText></w:r></w:del>"
    "<w:r><w:t>met</w:t><w:tab/><w:t>waarborgen.</w:t></w:r></w:p>"
)


def test_docx_headings_lists_tables_and_title(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "notice.docx", make_docx(DOCX_BODY, title="Privacy NL")))
    assert doc.text == (
        "# Privacyverklaring\n\n# Wie ontvangt uw gegevens?\n\nWij delen uw gegevens met:\n\n"
        "- Intrum (incassobureau)\n- Belastingdienst\n\n"
        "| Ontvanger | Land |\n| --- | --- |\n| Acme Cloud Inc. | Verenigde Staten |\n\n"
        "## Doorgifte\n\nAlleen met waarborgen."
    )
    assert (doc.title, doc.format, doc.encoding) == ("Privacy NL", "docx", None)


def test_docx_title_falls_back_to_first_heading(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "notice.docx", make_docx(paragraph("Datenschutz", "Kop1"))))
    assert doc.title == "Datenschutz"


def test_docx_nested_deeply_is_streamed(tmp_path: Path) -> None:
    body = "<w:sdt><w:sdtContent>" * 5000 + paragraph("Deep text") + "</w:sdtContent></w:sdt>" * 5000
    assert read_document(write(tmp_path, "deep.docx", make_docx(body))).text == "Deep text"


@pytest.mark.parametrize(
    ("data", "reason_starts"),
    [
        (
            make_docx(document=document_xml(paragraph("&lol9;"), prolog=BILLION_LAUGHS)),
            "refused: the XML declares",
        ),
        (
            make_docx(document=document_xml(paragraph("&secret;"), prolog=EXTERNAL_ENTITY)),
            "refused: the XML declares",
        ),
        (b"PK\x03\x04 not really a zip", "not a Word document or damaged"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "password-protected or old-format Word file"),
        (make_docx(document="<w:document><w:body><w:p>unclosed"), "damaged Word file (XML error"),
        (make_docx(paragraph("x"))[:200], "not a Word document or damaged"),
    ],
    ids=["billion-laughs", "external-entity", "bad-zip", "ole", "bad-xml", "truncated"],
)
def test_hostile_or_broken_docx_is_refused(tmp_path: Path, data: bytes, reason_starts: str) -> None:
    assert failure(write(tmp_path, "notice.docx", data)).startswith(reason_starts)


def test_docx_zip_bomb_is_refused_before_decompressing(tmp_path: Path) -> None:
    path = zip_with_bomb(tmp_path / "bomb.docx", make_docx(paragraph("x")), "word/document.xml", 101)
    assert path.stat().st_size < 1_000_000
    assert failure(path) == "word/document.xml decompresses to more than 100 MB; refused (a zip bomb?)"


def test_docx_with_a_lying_size_header_is_still_bounded(tmp_path: Path) -> None:
    """The declared sizes say 10 bytes; the stream inflates to more and is cut off and refused."""
    data = bytearray(make_docx(paragraph("x" * 5000)))
    name = b"word/document.xml"
    local = data.find(name) - 30  # the local header's name starts 30 bytes after its signature
    central = data.find(name, local + 31) - 46  # the central directory entry's name starts at 46
    assert data[local : local + 4] == b"PK\x03\x04" and data[central : central + 4] == b"PK\x01\x02"
    data[local + 22 : local + 26] = data[central + 24 : central + 28] = (10).to_bytes(4, "little")
    assert failure(write(tmp_path, "liar.docx", bytes(data))) == (
        "not a Word document or damaged (bad zip archive: Bad CRC-32 for file 'word/document.xml')"
    )


def test_docx_with_too_many_parts_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_ZIP_MEMBERS", 50)
    data = make_docx(paragraph("x"), extra={f"word/media/{i}.bin": b"" for i in range(60)})
    assert (
        failure(write(tmp_path, "many.docx", data)) == "Word file has 64 parts; the limit is 50 (a zip bomb?)"
    )


def test_docx_without_document_part(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert failure(path) == "not a Word document (the archive has no word/document.xml)"


# -- files that cannot be read ---------------------------------------------------------------------


def test_empty_and_whitespace_files(tmp_path: Path) -> None:
    assert failure(write(tmp_path, "empty.txt", b"")) == "empty file"
    assert failure(write(tmp_path, "blank.md", b" \n\t\n")) == "no readable text"
    assert failure(write(tmp_path, "scripts.html", "<script>x()</script><nav>Home</nav>")) == (
        "no readable text (only markup, scripts or navigation)"
    )


def test_binary_junk_named_txt_is_not_a_text_file(tmp_path: Path) -> None:
    junk = bytes((i * 7919 + 13) % 256 for i in range(20_000))
    assert failure(write(tmp_path, "junk.txt", junk)) == "not a text file (it contains binary data)"
    assert failure(write(tmp_path, "image.html", b"\x89PNG\r\n\x1a\n" + junk)) == (
        "not a text file (it contains binary data)"
    )


def test_size_limit_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 2 * limits.MB)
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # sparse: the size is real, the disk use is not
        handle.truncate(3 * limits.MB)
    assert failure(path) == "file is too large (3.0 MB; the limit for this format is 2 MB)"


def test_missing_folder_fifo_and_unsupported(tmp_path: Path) -> None:
    assert failure(tmp_path / "gone.txt").startswith("file not found")
    (tmp_path / "folder.txt").mkdir()
    assert failure(tmp_path / "folder.txt") == "is a folder, not a file"
    os.mkfifo(tmp_path / "pipe.txt")
    assert failure(tmp_path / "pipe.txt") == "not a regular file"
    assert failure(write(tmp_path, "notice.doc", b"x")).startswith("unsupported document type '.doc'")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_permission_denied(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", "text")
    path.chmod(0)
    assert failure(path) == "permission denied"


def test_non_ascii_path_with_spaces(tmp_path: Path) -> None:
    path = write(tmp_path, "Privacyverklaring – Ünïcode ëxample 隐私.txt", NOTICE_NL)
    assert read_document(path).text == NOTICE_NL


def test_module_command_prints_the_text(tmp_path: Path) -> None:
    path = write(tmp_path, "notice.html", "<h1>Title</h1><p>Data goes to Intrum.</p>")
    bad = write(tmp_path, "bad.txt", b"")
    done = subprocess.run(
        [sys.executable, "-m", "importers.documents", str(path)], capture_output=True, text=True
    )
    assert (done.returncode, done.stdout) == (0, "# Title\n\nData goes to Intrum.\n")
    done = subprocess.run(
        [sys.executable, "-m", "importers.documents", str(bad)], capture_output=True, text=True
    )
    assert done.returncode == 1
    assert done.stderr.strip() == f"error: {bad}: empty file"
