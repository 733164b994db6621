"""The .docx package (a zip of XML parts) written directly.

Only the parts the minutes need, each written here: no template leftovers (a
thumbnail of an empty page, bibliography items, an app.xml that names another
program, properties that say "python-docx"), and no python-docx import on the
way out: importing it and parsing its template cost more than writing the
whole document. python-docx reads these files back in the tests.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

from app.minutes.ooxml import W_NS, escape
from app.minutes.sanitise import sanitise
from app.minutes.styles import (
    LANGUAGE_TAGS,
    XML_DECLARATION,
    numbering_xml,
    section_properties,
    settings_xml,
    styles_xml,
)

R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_FOOTER_ID = "rId4"
_MAX_PROPERTY = 255  # what Word's properties dialog (and python-docx) accept

CONTENT_TYPES = (
    f'{XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{_DOC_TYPE}.document.main+xml"/>'
    f'<Override PartName="/word/styles.xml" ContentType="{_DOC_TYPE}.styles+xml"/>'
    f'<Override PartName="/word/numbering.xml" ContentType="{_DOC_TYPE}.numbering+xml"/>'
    f'<Override PartName="/word/settings.xml" ContentType="{_DOC_TYPE}.settings+xml"/>'
    f'<Override PartName="/word/footer1.xml" ContentType="{_DOC_TYPE}.footer+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    "</Types>"
)

PACKAGE_RELS = (
    f'{XML_DECLARATION}<Relationships xmlns="{_PKG_RELS}">'
    f'<Relationship Id="rId1" Type="{R_NS}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{R_NS}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)

DOCUMENT_RELS = (
    f'{XML_DECLARATION}<Relationships xmlns="{_PKG_RELS}">'
    f'<Relationship Id="rId1" Type="{R_NS}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{R_NS}/numbering" Target="numbering.xml"/>'
    f'<Relationship Id="rId3" Type="{R_NS}/settings" Target="settings.xml"/>'
    f'<Relationship Id="{_FOOTER_ID}" Type="{R_NS}/footer" Target="footer1.xml"/>'
    "</Relationships>"
)

APP_XML = (
    f"{XML_DECLARATION}<Properties "
    'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>Samsyn</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def _one_line(text: str) -> str:
    line = " ".join(sanitise(text).split())
    return line if len(line) <= _MAX_PROPERTY else line[: _MAX_PROPERTY - 1] + "\u2026"


def core_xml(*, title: str, subject: str, author: str, language: str, now: datetime) -> str:
    """Title, subject and author; keywords, comments and category left out (empty)."""
    stamp = now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    author = escape(_one_line(author))
    return (
        f"{XML_DECLARATION}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(_one_line(title))}</dc:title>"
        f"<dc:subject>{escape(_one_line(subject))}</dc:subject>"
        f"<dc:creator>{author}</dc:creator>"
        f"<cp:lastModifiedBy>{author}</cp:lastModifiedBy>"
        "<cp:revision>1</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        f"<dc:language>{LANGUAGE_TAGS[language]}</dc:language>"
        "</cp:coreProperties>"
    )


def document_xml(body: str) -> str:
    return (
        f'{XML_DECLARATION}<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>'
        f"{body}{section_properties(_FOOTER_ID)}</w:body></w:document>"
    )


def footer_xml(paragraphs: str) -> str:
    return f'{XML_DECLARATION}<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}">{paragraphs}</w:ftr>'


def write_package(
    *, body: str, footer: str, title: str, subject: str, author: str, language: str
) -> bytes:
    """The .docx bytes: [Content_Types].xml first, as readers expect."""
    now = datetime.now(UTC).replace(microsecond=0)
    parts = (
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", PACKAGE_RELS),
        (
            "docProps/core.xml",
            core_xml(title=title, subject=subject, author=author, language=language, now=now),
        ),
        ("docProps/app.xml", APP_XML),
        ("word/document.xml", document_xml(body)),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/styles.xml", styles_xml(language)),
        ("word/numbering.xml", numbering_xml()),
        ("word/settings.xml", settings_xml(language)),
        ("word/footer1.xml", footer_xml(footer)),
    )
    stamp = datetime.now().timetuple()[:6]  # zip entries carry local time
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()
