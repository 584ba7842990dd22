"""The judgement of one file: the record written to reports.json (see shared/spec/output.md).

Spreadsheet, CSV and Prefect artifacts are all derived from these records, never from a
second pass over the files.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, is_dataclass
from operator import attrgetter
from typing import Literal

Status = Literal["present", "partial", "missing"]
UNIT_TYPES = ("commune", "town", "department", "mass_org", "armed_forces", "provincial_unit",
              "cluster", "education", "unknown")


@dataclass
class Evidence:
    text: str
    where: str  # Vietnamese location label, e.g. "đoạn 12" or "trang 2, dòng 14"


@dataclass
class ItemResult:
    status: Status = "missing"
    note: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    # A clerk's decision (pipeline/overrides.py): {"status", "note", "by", "at"} and, when it was
    # made on another submission of the unit, "stale": true (shown for review, not applied).
    override: dict | None = None
    # How sure the verdict is (0-1, pipeline/check/confidence.py) and, when it is low, why the clerk
    # should read it again (Vietnamese). None for items no text check judged (form, deadline).
    confidence: float | None = None
    review: str | None = None


@dataclass
class UnitInfo:
    name: str | None = None  # as the roster names it, else as the header names it
    type: str = "unknown"
    roster_id: str | None = None
    cluster: str | None = None
    header_name: str | None = None  # the issuing body exactly as the header reads


@dataclass
class DocumentInfo:
    number: str | None = None  # "45/BC-UBND"
    date: str | None = None  # ISO; None when blank or absent
    title: str | None = None
    signer: str | None = None
    signer_authority: str | None = None  # "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"
    place: str | None = None
    issuer: str | None = None
    recipients: list[str] = field(default_factory=list)
    on_subject: bool | None = None  # False: the title names another subject (a report sent by mistake)


@dataclass
class ReportRecord:
    file: str
    sha256: str
    format: str = "unknown"
    error: str | None = None  # Vietnamese reason when the file could not be judged
    error_code: str | None = None
    unit: UnitInfo = field(default_factory=UnitInfo)
    document: DocumentInfo = field(default_factory=DocumentInfo)
    items: dict[str, ItemResult] = field(default_factory=dict)
    figures: dict[str, float | int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    received_at: str | None = None  # ISO datetime the file arrived (mtime when unknown)
    deadline: str | None = None  # ISO date applying to the unit's type
    days_late: int | None = None
    pages: int | None = None
    rules: str | None = None  # rules identifier the record was judged under
    superseded_by: str | None = None  # file of the newer version from the same unit
    quarantined_to: str | None = None  # where an unreadable file was kept
    copy_of: str | None = None  # this file is a copy of the current file's document (same submission)
    copies: list[str] = field(default_factory=list)  # on the current file: the other copies of its document
    version_note: str | None = None  # Vietnamese: why this file is current, a copy or superseded
    text_sketch: list[int] = field(default_factory=list)  # pipeline.text_sketch, to find copies
    # Photos of one report's pages sent as separate images (pipeline/photo_pages.py): the first
    # page's record is judged on all of them and names the others; each other names the first.
    page_files: list[str] = field(default_factory=list)
    page_of: str | None = None
    # An image's own reading, kept so its pages can be joined with the photos sent beside it;
    # carried between the reading workers, the store and the outputs, never in reports.json.
    page_document: dict | None = None

    def to_dict(self) -> dict:
        data = _as_dict(self)
        for item in data["items"].values():
            for optional in ("override", "confidence", "review"):
                if item.get(optional) is None:
                    item.pop(optional, None)  # the contract: absent unless a clerk decided / a check said
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "ReportRecord":
        data = dict(data)
        unit = UnitInfo(**(data.pop("unit", None) or {}))
        document = DocumentInfo(**(data.pop("document", None) or {}))
        items = {
            key: ItemResult(
                status=value["status"],
                note=value.get("note", ""),
                evidence=[Evidence(**e) for e in value.get("evidence", [])],
                override=value.get("override"),
                confidence=value.get("confidence"),
                review=value.get("review"),
            )
            for key, value in (data.pop("items", None) or {}).items()
        }
        known = {f for f in cls.__dataclass_fields__}
        rest = {k: v for k, v in data.items() if k in known}
        return cls(unit=unit, document=document, items=items, **rest)

    @property
    def reported_count(self) -> int:
        return sum(1 for r in self.items.values() if r.status in ("present", "partial"))


_ATOMS = frozenset({str, int, float, bool, type(None)})
_FIELDS: dict[type, tuple[str, ...]] = {}


def _as_dict(value):
    """dataclasses.asdict's result, made without its per-value copy.deepcopy call: the atoms a
    record holds (str, int, float, bool, None) are immutable, deepcopy returns them as they are,
    so they are taken directly; lists, tuples, dicts and dataclasses are rebuilt as asdict does,
    anything else deep-copied as asdict does (a record is converted in every worker and again for
    reports.json: asdict was ≈ 0.5 ms of it)."""
    kind = type(value)
    if kind in _ATOMS:
        return value
    names = _FIELDS.get(kind)
    if names is None and is_dataclass(kind):
        names = _FIELDS[kind] = tuple(f.name for f in fields(kind))
    atoms = _ATOMS  # tested inline: most values are atoms, a call each would double the cost
    if names is not None:
        return {name: v if type(v) in atoms else _as_dict(v) for name, v in zip(names, attrgetter(*names)(value))} \
            if len(names) > 1 else {names[0]: _as_dict(getattr(value, names[0]))}
    if kind is list:
        return [v if type(v) in atoms else _as_dict(v) for v in value]
    if kind is dict:
        return {k if type(k) in atoms else _as_dict(k): v if type(v) in atoms else _as_dict(v) for k, v in value.items()}
    return asdict(_Box(value))["value"]  # tuples, named tuples, subclasses, other objects: asdict's way


@dataclass
class _Box:
    value: object


def os_reason(exc: OSError) -> str:
    """A file-system failure in Vietnamese for the office (strerror is English)."""
    if isinstance(exc, FileNotFoundError):
        return "tệp hoặc thư mục không tồn tại"
    if isinstance(exc, PermissionError):
        return "không có quyền đọc tệp"
    if isinstance(exc, IsADirectoryError):
        return "đây là thư mục, không phải tệp"
    return f"lỗi hệ thống tệp ({exc.strerror or type(exc).__name__})"
