"""WordprocessingML fragments (paragraphs, runs, tables, fields) as XML text.

The body is written as one string in a single pass (python-docx's own
add_paragraph / add_row / table.cell are linear scans per call, so a large
meeting would take quadratic time through them). Every piece of user text goes
through ``sanitise`` and ``escape`` here, so the XML is always well formed.
Element order inside *Pr elements follows the schema (Word is strict about it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.text_cleaning import sanitise
from storage.records import record

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# Colours: calm and legible in print and on screen.
HEADING_COLOUR = "1F3B4D"
MUTED_COLOUR = "5B6770"
RULE_COLOUR = "B7C2CB"
HEADER_FILL = "E4EAEF"


def escape(text: str) -> str:
    """Text for element content (user text never goes into an attribute)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _text_pieces(text: str) -> str:
    """Sanitised text as w:t pieces with w:br for line breaks and w:tab for tabs."""
    out: list[str] = []
    for line_number, line in enumerate(sanitise(text).split("\n")):
        if line_number:
            out.append("<w:br/>")
        for tab_number, piece in enumerate(line.split("\t")):
            if tab_number:
                out.append("<w:tab/>")
            if piece:
                out.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
    return "".join(out)


def run(
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: int | None = None,
    colour: str | None = None,
) -> str:
    """A run of ``text``; ``size`` in half-points (19 = 9.5 pt)."""
    props = []
    if bold:
        props.append("<w:b/><w:bCs/>")
    if italic:
        props.append("<w:i/><w:iCs/>")
    if colour:
        props.append(f'<w:color w:val="{colour}"/>')
    if size:
        props.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
    rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    return f"<w:r>{rpr}{_text_pieces(text)}</w:r>"


def field(instruction: str, shown: str = "1") -> str:
    """A field (PAGE, NUMPAGES) with a cached result that Word and LibreOffice refresh."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{escape(shown)}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


@record
class Para:
    """Paragraph properties; every field optional."""

    style: str | None = None
    keep_next: bool = False
    numbering: tuple[int, int] | None = None  # (numId, level)
    space_before: int | None = None  # twips
    space_after: int | None = None
    indent_left: int | None = None
    tab_right: int | None = None
    border_top: bool = False


def paragraph(runs: str | Iterable[str] = "", props: Para | None = None) -> str:
    body = runs if isinstance(runs, str) else "".join(runs)
    p = props or Para()
    parts = []
    if p.style:
        parts.append(f'<w:pStyle w:val="{p.style}"/>')
    if p.keep_next:
        parts.append("<w:keepNext/>")
    if p.numbering:
        num_id, level = p.numbering
        parts.append(f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    if p.border_top:
        parts.append(
            f'<w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="{RULE_COLOUR}"/></w:pBdr>'
        )
    if p.tab_right is not None:
        parts.append(f'<w:tabs><w:tab w:val="right" w:pos="{p.tab_right}"/></w:tabs>')
    if p.space_before is not None or p.space_after is not None:
        before = f' w:before="{p.space_before}"' if p.space_before is not None else ""
        after = f' w:after="{p.space_after}"' if p.space_after is not None else ""
        parts.append(f"<w:spacing{before}{after}/>")
    if p.indent_left is not None:
        parts.append(f'<w:ind w:left="{p.indent_left}"/>')
    ppr = f"<w:pPr>{''.join(parts)}</w:pPr>" if parts else ""
    return f"<w:p>{ppr}{body}</w:p>"


@record
class Table:
    """A fixed-layout table. ``widths`` in twips must add up to the text width."""

    widths: Sequence[int]
    header: Sequence[str] | None = None  # column headings, repeated on every page
    borders: bool = True


_LONG_ROW = 6000  # characters of cell XML; about a third of a page of text


def _cell(width: int, content: str, fill: str | None) -> str:
    shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shading}</w:tcPr>'
        f"{content or paragraph()}</w:tc>"
    )


def table(spec: Table, rows: Iterable[Sequence[str]]) -> str:
    """``rows`` hold each cell's paragraphs (XML); a row is never split across pages."""
    edge = (
        f'w:val="single" w:sz="4" w:space="0" w:color="{RULE_COLOUR}"'
        if spec.borders
        else 'w:val="nil"'
    )
    borders = "".join(
        f"<w:{side} {edge}/>" for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    total = sum(spec.widths)
    out = [
        "<w:tbl><w:tblPr>",
        f'<w:tblW w:w="{total}" w:type="dxa"/>',
        f"<w:tblBorders>{borders}</w:tblBorders>",
        '<w:tblLayout w:type="fixed"/>',
        "<w:tblCellMar>",
        '<w:top w:w="40" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>',
        '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>',
        "</w:tblCellMar>",
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
        'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>',
        "</w:tblPr><w:tblGrid>",
        *(f'<w:gridCol w:w="{w}"/>' for w in spec.widths),
        "</w:tblGrid>",
    ]
    if spec.header is not None:
        out.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
        for width, heading in zip(spec.widths, spec.header, strict=True):
            content = paragraph(run(heading), Para(style="TableHeading"))
            out.append(_cell(width, content, HEADER_FILL))
        out.append("</w:tr>")
    for cells in rows:
        # A row taller than a page must be allowed to break, or Word cuts it off.
        keep = sum(len(c) for c in cells) < _LONG_ROW
        out.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>" if keep else "<w:tr>")
        for width, content in zip(spec.widths, cells, strict=True):
            out.append(_cell(width, content, None))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)
