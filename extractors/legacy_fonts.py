"""Which legacy Vietnamese encoding a font name stands for, by family pattern.

Before Unicode, the encoding of Vietnamese text was the font: ABC/TCVN3 fonts (".VnTime",
".VnArialH"), VNI fonts ("VNI-Times"). Files met in the wild carry these names mangled by
producers, so the name is reduced to its family before it is matched:

- PDF subset tags ("AARIQC+.VnTime"), PostScript and Word style suffixes (".VnTime,Bold",
  "VnTimeHBold", "VNI-Times-BoldItalic", "...PSMT", "...MT"), quotes;
- parenthesised vendor tags: "VnTimeH(Ds)", "VnSouthern(Ds)";
- Word's font-substitution lists ("DT-Times;Courier New": the first name is the font).

Families (measured on the fonts of the 64 real legacy documents of the viparse corpus and on
the producers' own names):
- TCVN3: ".Vn*" / "_Vn*" in any case (the dot is the ABC convention); "Vn" + capital or digit
  ("VnTime", "VnSouthern(Ds)", "Vn3DH"); the all-capitals forms of the ABC names ("VNTIME",
  "VNTimeH"); vendor names that say TCVN3 ("VNSTCVN3", "TCVN3-Times", "ABC-Times").
- VNI: "VNI-*", "VNI_*", "VNI Times", "VNItimes"; vendor names that say VNI ("VNSVNI2").
- Not legacy: Unicode families that merely start with "Vn"/"VN" - "VNF-*", "VN-*", "UVN*",
  "Vnexpress Sans"-like names (lower case after "Vn"), "SVN-*".
- Capitals fonts (".VnTimeH", "VnArialH(Ds)", "VnTimeHBold"): TCVN3 fonts whose family
  ends in "H"; their lower-case byte positions are drawn as capitals.

What it leaves to others: decoding (legacy_encoding), and text whose font says nothing
(legacy_encoding.guess_encoding and the per-run content check).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["encoding_for_font", "is_capitals_font", "font_family"]

_SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")
_VENDOR_TAG = re.compile(r"\s*\([^)]*\)\s*$")  # "(Ds)", "(VN)"...
# Style words producers append, with or without a separator; "H" is NOT one of them.
_STYLE = r"(?:bold|italic|oblique|regular|normal|roman|semibold|demibold|light|black|condensed|narrow|ital|bd|it|bi)"
_STYLE_SUFFIX = re.compile(rf"(?:[,\-_ ]?{_STYLE})+$|(?:[,\-_ ](?:ps|mt|psmt))+$|(?<=[a-z])(?:psmt|mt)$",
                           re.IGNORECASE)

_VNI = re.compile(r"^(?:vni(?:[-_ ]?[a-z])|vns[-_ ]?vni)", re.IGNORECASE)
_TCVN3_VENDOR = re.compile(r"^(?:vns[-_ ]?)?(?:tcvn[-_ ]?3|abc[-_ ])|^vns[-_ ]?tcvn", re.IGNORECASE)
# ".VnTime", "_VnArial", ". VnTime" - any case after the dot.
_TCVN3_DOT = re.compile(r"^[._]\s?vn[a-z0-9]", re.IGNORECASE)
# "VnTime", "VnSouthern", "Vn3DH": the ABC names without the dot, "Vn" + capital or digit.
_TCVN3_CAMEL = re.compile(r"^Vn[A-Z0-9]")
# All-capitals forms of the ABC family names seen in files ("VNTIME", "VNTimeH", "VNARIAL").
_TCVN3_UPPER = re.compile(
    r"^VN(?:TIME|ARIAL|AVANT|BODONI|BOOK|CENTUR|COURIER|HELVE|LINUS|LINCOLN|SOUVIR|UNIVER|ARISTOTE|BLACK|"
    r"CLARENDON|COOPER|FREE|GOTHIC|TEK|STAMP|SHELLEY|TIFANI|SWISS|COMMERCIAL|PRESENT|REVUE|3D|BAHAMAS|BRUSH|"
    r"KOALA|MYSTICAL|PARISIAN|PARK|APTIMA|MONOTYPE|MARKER|SOUTHERN|VOGUE)",
    re.IGNORECASE,
)
# Unicode families that start like a legacy name.
_UNICODE_LOOKALIKE = re.compile(r"^(?:vnf|vn)[-_ ]|^u?vn[-_ ]|^svn[-_ ]", re.IGNORECASE)


@lru_cache(maxsize=2048)
def font_family(font_name: str | None) -> str:
    """The family part of a font name: no subset tag, vendor tag, style suffix or quotes."""
    if not font_name:
        return ""
    name = font_name.split(";", 1)[0].strip().strip("'\"").strip()
    name = _SUBSET_TAG.sub("", name)
    name = _VENDOR_TAG.sub("", name)
    previous = None
    while previous != name:  # "VnTimeHBold,Italic" -> "VnTimeH"
        previous = name
        name = _STYLE_SUFFIX.sub("", name).rstrip(",-_ ")
    return name


@lru_cache(maxsize=2048)
def encoding_for_font(font_name: str | None) -> str | None:
    """"tcvn3" for the ABC fonts (.VnTime, .VnTimeH, VnArial...), "vni" for VNI-*, else None."""
    raw = (font_name or "").split(";", 1)[0].strip().strip("'\"").strip()
    raw = _SUBSET_TAG.sub("", raw)
    if not raw:
        return None
    if _VNI.match(raw):
        return "vni"
    if _TCVN3_VENDOR.match(raw) or _TCVN3_DOT.match(raw):
        return "tcvn3"
    if _UNICODE_LOOKALIKE.match(raw):
        return None
    if _TCVN3_CAMEL.match(raw) or _TCVN3_UPPER.match(raw):
        return "tcvn3"
    return None


@lru_cache(maxsize=2048)
def is_capitals_font(font_name: str | None) -> bool:
    """True for the TCVN3 capitals-only fonts (.VnTimeH, "ABCDEF+.VnTimeH,Bold", VnArialH(Ds))."""
    if encoding_for_font(font_name) != "tcvn3":
        return False
    family = font_family(font_name)
    return len(family) > 3 and family.endswith("H")
