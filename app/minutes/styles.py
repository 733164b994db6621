"""The look of the minutes: the content of the styles, numbering and settings parts.

Built-in style ids and names (Title, Heading1 "heading 1" …) so Word's
navigation pane and style gallery know them; fonts and colours are explicit,
not taken from a theme, so the document looks the same everywhere. Each
function gives a root element whose children replace those of python-docx's
template part (package.py).
"""

from __future__ import annotations

from app.minutes.ooxml import HEADING_COLOUR, MUTED_COLOUR, RULE_COLOUR, W_NS

FONT = "Calibri"  # LibreOffice substitutes the metric-compatible Carlito
COMPLEX_FONT = "Arial"  # has Arabic and Hebrew glyphs, which Calibri lacks
LANGUAGE_TAGS = {"sv": "sv-SE", "en": "en-GB"}

# A4 with 20 mm margins, in twips (1/1440 inch); header and footer 10 mm from the edge.
PAGE_WIDTH, PAGE_HEIGHT, MARGIN = 11906, 16838, 1134
HEADER_DISTANCE = FOOTER_DISTANCE = 567
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN  # 9638, about 170 mm

BULLETS_NUM_ID = 801
NUMBERED_NUM_ID = 802
LIST_INDENT = 357  # 6.3 mm per level

_FONTS = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{COMPLEX_FONT}"/>'


def _style(style_id: str, name: str, ppr: str, rpr: str, extra: str = "") -> str:
    default = ' w:default="1"' if style_id == "Normal" else ""
    return (
        f'<w:style w:type="paragraph"{default} w:styleId="{style_id}">'
        f'<w:name w:val="{name}"/>{extra}<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>'
    )


def _heading(style_id: str, name: str, level: int, before: int, after: int, size: int) -> str:
    return _style(
        style_id,
        name,
        f'<w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="{after}"/>'
        f'<w:outlineLvl w:val="{level}"/>',
        f'<w:b/><w:bCs/><w:color w:val="{HEADING_COLOUR}"/>'
        f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>',
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>',
    )


_BASED_ON_NORMAL = '<w:basedOn w:val="Normal"/>'

STYLES = (
    _style(
        "Normal",
        "Normal",
        '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/>',
        "",
        "<w:qFormat/>",
    ),
    _style(
        "Title",
        "Title",
        '<w:spacing w:after="40" w:line="240" w:lineRule="auto"/>',
        f'<w:b/><w:bCs/><w:color w:val="{HEADING_COLOUR}"/><w:sz w:val="44"/><w:szCs w:val="44"/>',
        _BASED_ON_NORMAL + '<w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>',
    ),
    _style(
        "Subtitle",
        "Subtitle",
        f'<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="6" w:color="{RULE_COLOUR}"/>'
        '</w:pBdr><w:spacing w:after="240"/>',
        f'<w:color w:val="{MUTED_COLOUR}"/><w:sz w:val="28"/><w:szCs w:val="28"/>',
        _BASED_ON_NORMAL + '<w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/>',
    ),
    _heading("Heading1", "heading 1", 0, 360, 120, 28),
    _heading("Heading2", "heading 2", 1, 240, 80, 24),
    # A quiet small-caps label ("ORSAKER") under a gap, unlike the bold category lead-ins.
    _style(
        "Heading3",
        "heading 3",
        '<w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="40"/>'
        '<w:outlineLvl w:val="2"/>',
        f'<w:b/><w:bCs/><w:caps/><w:color w:val="{MUTED_COLOUR}"/><w:spacing w:val="10"/>'
        '<w:sz w:val="19"/><w:szCs w:val="19"/>',
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>',
    ),
    _style(
        "ListParagraph",
        "List Paragraph",
        '<w:spacing w:after="40"/>',
        "",
        _BASED_ON_NORMAL + '<w:uiPriority w:val="34"/><w:qFormat/>',
    ),
    _style(
        "Footer",
        "footer",
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
        f'<w:color w:val="{MUTED_COLOUR}"/><w:sz w:val="16"/><w:szCs w:val="16"/>',
        _BASED_ON_NORMAL + '<w:uiPriority w:val="99"/><w:unhideWhenUsed/>',
    ),
    _style(
        "TableText",
        "Table Text",
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
        '<w:sz w:val="19"/><w:szCs w:val="19"/>',
        _BASED_ON_NORMAL + "<w:qFormat/>",
    ),
    _style(
        "TableHeading",
        "Table Heading",
        '<w:keepNext/><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
        f'<w:b/><w:bCs/><w:color w:val="{HEADING_COLOUR}"/><w:sz w:val="19"/><w:szCs w:val="19"/>',
        '<w:basedOn w:val="TableText"/><w:qFormat/>',
    ),
    _style(
        "Lead",
        "Lead-in",
        '<w:keepNext/><w:spacing w:before="120" w:after="40"/>',
        f'<w:b/><w:bCs/><w:color w:val="{HEADING_COLOUR}"/>',
        _BASED_ON_NORMAL + '<w:next w:val="ListParagraph"/><w:qFormat/>',
    ),
    _style(
        "Note",
        "Note",
        '<w:spacing w:after="80"/>',
        f'<w:color w:val="{MUTED_COLOUR}"/><w:sz w:val="20"/><w:szCs w:val="20"/>',
        _BASED_ON_NORMAL + "<w:qFormat/>",
    ),
)


def _doc_defaults(language: str) -> str:
    tag = LANGUAGE_TAGS[language]
    return (
        f"<w:docDefaults><w:rPrDefault><w:rPr>{_FONTS}"
        '<w:color w:val="222222"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
        f'<w:lang w:val="{tag}" w:eastAsia="{tag}" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
    )


def _level(level: int, fmt: str, text: str, indent: int) -> str:
    return (
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{indent}" w:hanging="{LIST_INDENT}"/></w:pPr>'
        f"<w:rPr>{_FONTS}</w:rPr></w:lvl>"
    )


def _abstract_numbering(abstract_id: int, levels: str) -> str:
    return (
        f'<w:abstractNum w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="hybridMultilevel"/>{levels}</w:abstractNum>'
    )


# The defaults Word expects every styles part to have.
_BASE_STYLES = (
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
    "<w:unhideWhenUsed/></w:style>"
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
    '<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
    '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
)


def styles_xml(language: str) -> str:
    """word/styles.xml: defaults in the document's language, then every style used."""
    return (
        f'<w:styles xmlns:w="{W_NS}">{_doc_defaults(language)}'
        f"{''.join(STYLES)}{_BASE_STYLES}</w:styles>"
    )


def numbering_xml() -> str:
    """word/numbering.xml: bullets (• and – alternating by level) and 1. 2. 3."""
    bullets = "".join(
        _level(lvl, "bullet", "\u2022" if lvl % 2 == 0 else "\u2013", LIST_INDENT * (lvl + 1))
        for lvl in range(9)
    )
    numbers = "".join(
        _level(lvl, "decimal", f"%{lvl + 1}.", LIST_INDENT * (lvl + 1)) for lvl in range(9)
    )
    nums = "".join(
        f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'
        for num_id in (BULLETS_NUM_ID, NUMBERED_NUM_ID)
    )
    return (
        f'<w:numbering xmlns:w="{W_NS}">'
        f"{_abstract_numbering(BULLETS_NUM_ID, bullets)}"
        f"{_abstract_numbering(NUMBERED_NUM_ID, numbers)}{nums}</w:numbering>"
    )


def settings_xml(language: str) -> str:
    """word/settings.xml: Word 2013+ layout (tables align with the margin), the
    language's decimal and list separators; spelling not marked as checked."""
    decimal, separator = (",", ";") if language == "sv" else (".", ",")
    return (
        f'<w:settings xmlns:w="{W_NS}">'
        '<w:zoom w:percent="100"/><w:defaultTabStop w:val="709"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        f'<w:themeFontLang w:val="{LANGUAGE_TAGS[language]}"/>'
        f'<w:decimalSymbol w:val="{decimal}"/><w:listSeparator w:val="{separator}"/>'
        "</w:settings>"
    )
