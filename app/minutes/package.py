"""The .docx package: python-docx's document with the minutes poured in.

python-docx owns the package (its default template, the section, the footer,
the core properties, the writer). The body and the footer arrive as XML text
(render.py) and are parsed once and moved in whole: python-docx's
add_paragraph / add_row scan the body on every call, which is quadratic for a
large meeting, and even moving parsed paragraphs in one by one is slow. The
template's styles, numbering and settings give way to the minutes' own
(styles.py), keeping its latent-style list; its leftovers (a thumbnail of an
empty page, bibliography items, an app.xml naming another program, properties
saying "python-docx", Word 2010's copy of the template styles) are dropped.

The same content and moment give the same bytes: ``changed`` stamps the
properties and every zip member instead of the clock, so an e-mailed copy
equals the exported file.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.minutes.ooxml import W_NS
from app.minutes.styles import (
    FOOTER_DISTANCE,
    HEADER_DISTANCE,
    LANGUAGE_TAGS,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    numbering_xml,
    settings_xml,
    styles_xml,
)
from app.text_cleaning import one_line

if TYPE_CHECKING:
    from docx.document import Document
    from docx.oxml.xmlchemy import BaseOxmlElement

R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MAX_PROPERTY = 255  # what Word's properties dialog (and python-docx) accept
_ZIP_EPOCH = datetime(1980, 1, 1)  # the earliest time a zip entry can hold

_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
# The template's package and document relationships worth keeping; everything
# else (thumbnail, customXml, stylesWithEffects, the old app.xml) goes.
_KEPT_PACKAGE_RELS = {_OFFICE + "officeDocument", _PACKAGE + "core-properties"}
_KEPT_DOCUMENT_RELS = {
    _OFFICE + name
    for name in ("styles", "numbering", "settings", "fontTable", "theme", "webSettings", "footer")
}

APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties '
    'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>Samsyn</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def _one_line(text: str) -> str:
    return one_line(text, _MAX_PROPERTY)


def _parsed(xml: str) -> BaseOxmlElement:
    """One element parsed into python-docx's element classes."""
    from docx.oxml import parse_xml

    # Lone surrogates are gone (sanitise); "surrogatepass" only keeps encode from raising.
    return parse_xml(xml.encode("utf-8", "surrogatepass"))


def _children(xml: str) -> list[BaseOxmlElement]:
    return list(_parsed(xml))


def _body_element(content: str) -> BaseOxmlElement:
    return _parsed(f'<w:body xmlns:w="{W_NS}" xmlns:r="{R_NS}">{content}</w:body>')


def _replace_children(
    parent: BaseOxmlElement, children: Iterable[BaseOxmlElement], keep: str = ""
) -> None:
    """``parent``'s children become ``children``; a ``keep`` child stays, after the first."""
    kept = parent.find(f"{{{W_NS}}}{keep}") if keep else None
    for child in list(parent):
        if child is not kept:
            parent.remove(child)
    new = list(children)
    if kept is not None and new:
        kept.addprevious(new.pop(0))
    parent.extend(new)


def _drop_leftovers(document: Document) -> None:
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype not in _KEPT_PACKAGE_RELS:
            package.rels.pop(rel_id)
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype not in _KEPT_DOCUMENT_RELS:
            document.part.drop_rel(rel_id)
    app = Part(
        PackURI("/docProps/app.xml"),
        "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        APP_XML.encode("utf-8"),
        package,
    )
    package.relate_to(app, _OFFICE + "extended-properties")


def _set_properties(
    document: Document, *, title: str, subject: str, author: str, language: str, changed: datetime
) -> None:
    """Every core property set, so none keeps the template's "python-docx"."""
    props = document.core_properties
    props.title = _one_line(title)
    props.subject = _one_line(subject)
    props.author = props.last_modified_by = _one_line(author)
    props.language = LANGUAGE_TAGS[language]
    props.created = props.modified = changed.astimezone(UTC)
    props.revision = 1
    props.comments = props.keywords = props.category = ""
    props.identifier = props.content_status = props.version = ""


def _set_page(document: Document, footer: str) -> None:
    """A4, 20 mm margins and the footer on every page."""
    from docx.shared import Twips

    section = document.sections[0]
    section.page_width, section.page_height = Twips(PAGE_WIDTH), Twips(PAGE_HEIGHT)
    for side in ("top_margin", "right_margin", "bottom_margin", "left_margin"):
        setattr(section, side, Twips(MARGIN))
    section.header_distance = Twips(HEADER_DISTANCE)
    section.footer_distance = Twips(FOOTER_DISTANCE)
    section.gutter = Twips(0)
    section.footer.is_linked_to_previous = False  # adds the footer part and its reference
    _replace_children(section.footer.part.element, list(_body_element(footer)))


def _fill_body(document: Document, body: str) -> None:
    """The parsed body takes the place of the template's empty one, section
    properties and all: one move into the document, where moving each of a large
    meeting's thousand paragraphs and tables in costs lxml some 40 µs apiece."""
    old = document.element.body
    new = _body_element(body)
    if old.sectPr is not None:
        new.append(old.sectPr)
    document.element.replace(old, new)


def _with_fixed_times(data: bytes, changed: datetime) -> bytes:
    """The zip again, same members in the same order, each stamped ``changed`` (UTC)."""
    stamp = max(changed.astimezone(UTC).replace(tzinfo=None), _ZIP_EPOCH).timetuple()[:6]
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(member))
    return out.getvalue()


def write_package(
    *,
    body: str,
    footer: str,
    title: str,
    subject: str,
    author: str,
    language: str,
    changed: datetime,
) -> bytes:
    """The .docx bytes; ``changed`` (UTC) is the moment the content was last changed."""
    import docx

    document = docx.Document()
    _drop_leftovers(document)
    _replace_children(document.styles.element, _children(styles_xml(language)), "latentStyles")
    _replace_children(document.part.numbering_part.element, _children(numbering_xml()))
    _replace_children(document.settings.element, _children(settings_xml(language)))
    _set_page(document, footer)
    _fill_body(document, body)
    _set_properties(
        document, title=title, subject=subject, author=author, language=language, changed=changed
    )
    buffer = io.BytesIO()
    document.save(buffer)
    return _with_fixed_times(buffer.getvalue(), changed)
