"""Load and validate a ruleset (the directive as YAML) and a roster (the units as CSV).

Errors name the file, the entry and what is wrong, in Vietnamese, because the office edits
the roster and may edit the rules.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from tdkt.pipeline.record import os_reason

DEFAULT_RULES = "tay-son-2023-h1.yaml"
DEFAULT_ROSTER = "roster-tay-son.csv"


class RulesError(ValueError):
    """A rules or roster file that cannot be used; the message is Vietnamese."""


@dataclass
class Ruleset:
    id: str
    title: str
    path: Path
    raw: dict
    fingerprint: str  # sha256 of the file bytes: part of every cache key

    @property
    def items(self) -> list[dict]:
        return self.raw["items"]

    @property
    def item_ids(self) -> list[str]:
        return [item["id"] for item in self.items]

    @property
    def labels(self) -> dict[str, str]:
        return {item["id"]: item.get("label", item["id"]) for item in self.items}

    def deadline_for(self, unit_type: str) -> dt.date | None:
        deadlines = self.raw.get("deadlines") or {}
        value = (deadlines.get("by_type") or {}).get(unit_type, deadlines.get("default"))
        return _as_date(value) if value else None


@dataclass
class RosterUnit:
    id: str
    name: str
    type: str
    cluster: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class Roster:
    units: list[RosterUnit]
    path: Path | None = None
    fingerprint: str = ""

    def by_id(self, unit_id: str) -> RosterUnit | None:
        return next((u for u in self.units if u.id == unit_id), None)


def default_rules_path() -> Path:
    return Path(str(resources.files("tdkt.rules").joinpath(DEFAULT_RULES)))


def default_roster_path() -> Path:
    return Path(str(resources.files("tdkt.rules").joinpath(DEFAULT_ROSTER)))


def yaml_load(text: str):
    """yaml.safe_load through libyaml (CSafeLoader, ~10x faster) when PyYAML was built with it."""
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def load_ruleset(path: str | Path | None = None) -> Ruleset:
    import yaml  # lazy: only commands that judge need it

    path = Path(path) if path else default_rules_path()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RulesError(f"Không đọc được tệp quy tắc {path}: {os_reason(exc)}") from exc
    try:
        raw = yaml_load(data.decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise RulesError(f"Tệp quy tắc {path} sai cú pháp YAML: {exc}") from exc
    digest = hashlib.sha256(data)
    raw = _merge_includes(raw, path, digest)
    from tdkt.pipeline import regex_cache

    regex_cache.use(digest.hexdigest())  # the "re:" phrases validated below, compiled before
    _validate_ruleset(raw, path)
    return Ruleset(id=raw["id"], title=raw.get("title", raw["id"]), path=path, raw=raw,
                   fingerprint=digest.hexdigest())


def _merge_includes(raw: dict, path: Path, digest) -> dict:
    """`include: [other.yaml]` merges top-level keys of sibling files (they may not overlap)."""
    import yaml

    if not isinstance(raw, dict):
        raise RulesError(f"Tệp quy tắc {path} phải là một bảng khóa - giá trị (mapping).")
    for name in raw.pop("include", None) or []:
        part_path = path.parent / name
        try:
            part_bytes = part_path.read_bytes()
            part = yaml_load(part_bytes.decode("utf-8")) or {}
        except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
            raise RulesError(f"Không đọc được tệp {part_path} (được {path.name} nạp kèm): {exc}") from exc
        digest.update(part_bytes)
        for key, value in part.items():
            if key in raw:
                raise RulesError(f"Khóa '{key}' có ở cả {path.name} và {part_path.name}.")
            raw[key] = value
    return raw


def _validate_ruleset(raw: dict, path: Path) -> None:
    for key in ("id", "items"):
        if key not in raw:
            raise RulesError(f"Tệp quy tắc {path} thiếu khóa bắt buộc '{key}'.")
    seen: set[str] = set()
    for n, item in enumerate(raw["items"], start=1):
        if not isinstance(item, dict) or "id" not in item:
            raise RulesError(f"Tệp quy tắc {path}: mục thứ {n} thiếu 'id'.")
        if item["id"] in seen:
            raise RulesError(f"Tệp quy tắc {path}: mã mục '{item['id']}' bị lặp.")
        seen.add(item["id"])
    _validate_schema(raw, path)
    deadlines = raw.get("deadlines") or {}
    for key, value in [("default", deadlines.get("default")), *((deadlines.get("by_type") or {}).items())]:
        if value is not None:
            try:
                _as_date(value)
            except ValueError as exc:
                raise RulesError(f"Tệp quy tắc {path}: hạn nộp '{key}' không phải ngày hợp lệ: {value}") from exc


ITEM_SOURCES = ("text", "metadata", "deadline")
SECTION_CONTEXTS = ("plan", "proposal")
ITEM_KEYS = {"id", "label", "section", "source", "key", "any", "context", "numbers", "require_number",
             "negative_ok", "quoted_needs_result", "exclude", "exclude_contexts", "exclude_sections", "parts",
             "min_parts", "required_parts", "full", "partial_note", "mentions", "figure", "figure_required",
             "section_content", "note"}


def _phrases(value, where: str, path: Path) -> None:
    """A list of phrases; "re:" entries must be valid regular expressions."""
    import re

    from tdkt.pipeline import regex_cache

    if value is None:
        return
    if not isinstance(value, list) or not all(isinstance(p, (str, int, float)) for p in value):
        raise RulesError(f"Tệp quy tắc {path}: {where} phải là danh sách cụm từ.")
    for phrase in value:
        phrase = str(phrase)
        if phrase.startswith("re:"):
            try:
                regex_cache.compile(phrase[3:].strip())
            except re.error as exc:
                raise RulesError(f"Tệp quy tắc {path}: {where} có biểu thức chính quy sai "
                                 f"'{phrase[3:].strip()}': {exc}.") from exc
        elif not phrase.strip(" ^.") :
            raise RulesError(f"Tệp quy tắc {path}: {where} có cụm từ rỗng.")


def _validate_schema(raw: dict, path: Path) -> None:
    """The item vocabulary pipeline/check/ interprets (see the comment in tay-son-2023-h1.yaml)."""
    language = raw.get("language") or {}
    if not isinstance(language, dict):
        raise RulesError(f"Tệp quy tắc {path}: 'language' phải là bảng các danh sách cụm từ.")
    for name, value in language.items():
        if isinstance(value, list):
            _phrases(value, f"language.{name}", path)
    sections = raw.get("sections") or []
    if not isinstance(sections, list):
        raise RulesError(f"Tệp quy tắc {path}: 'sections' phải là danh sách.")
    section_ids: set[str] = set()
    for n, sec in enumerate(sections, start=1):
        if not isinstance(sec, dict) or not sec.get("id"):
            raise RulesError(f"Tệp quy tắc {path}: phần thứ {n} trong 'sections' thiếu 'id'.")
        sid = str(sec["id"])
        if sec.get("context") not in (None, *SECTION_CONTEXTS):
            raise RulesError(f"Tệp quy tắc {path}: phần '{sid}' có context '{sec['context']}' không hợp lệ "
                             f"(chọn: {', '.join(SECTION_CONTEXTS)}).")
        _phrases(sec.get("title"), f"phần '{sid}', title", path)
        _phrases(sec.get("content"), f"phần '{sid}', content", path)
        _phrases(sec.get("not_title"), f"phần '{sid}', not_title", path)
        section_ids.add(sid)
    topic = raw.get("topic")
    if topic is not None:
        if not isinstance(topic, dict) or not topic.get("any"):
            raise RulesError(f"Tệp quy tắc {path}: 'topic' phải có 'any' (các từ của chủ đề báo cáo).")
        _phrases(topic.get("any"), "topic.any", path)
        for key in ("min_sentences", "min_body"):
            if not isinstance(topic.get(key, 1), int):
                raise RulesError(f"Tệp quy tắc {path}: topic.{key} phải là số nguyên.")
    contexts = set(language) | set(SECTION_CONTEXTS)
    for item in raw["items"]:
        iid = item["id"]
        where = f"mục '{iid}'"
        unknown = set(item) - ITEM_KEYS
        if unknown:
            raise RulesError(f"Tệp quy tắc {path}: {where} có khóa không rõ: {', '.join(sorted(unknown))}.")
        source = item.get("source", "text")
        if source not in ITEM_SOURCES:
            raise RulesError(f"Tệp quy tắc {path}: {where} có source '{source}' không hợp lệ "
                             f"(chọn: {', '.join(ITEM_SOURCES)}).")
        if source != "text" or item.get("section") == "form":
            continue
        if not (item.get("any") or item.get("parts") or item.get("section_content")):
            raise RulesError(f"Tệp quy tắc {path}: {where} cần 'any', 'parts' hoặc 'section_content' "
                             f"để biết khi nào mục được báo cáo.")
        _phrases(item.get("any"), f"{where}, any", path)
        _phrases(item.get("exclude"), f"{where}, exclude", path)
        context = item.get("context", "result")
        if isinstance(context, str):
            if context != "none" and context not in language:
                raise RulesError(f"Tệp quy tắc {path}: {where} dùng context '{context}' chưa khai báo trong "
                                 f"'language'.")
        else:
            _phrases(context, f"{where}, context", path)
        for name in item.get("exclude_contexts") or []:
            if name not in contexts:
                raise RulesError(f"Tệp quy tắc {path}: {where}, exclude_contexts: '{name}' chưa khai báo "
                                 f"(có: {', '.join(sorted(contexts))}).")
        for key in ("section_content", "exclude_sections"):
            for sid in item.get(key) or []:
                if str(sid) not in section_ids:
                    raise RulesError(f"Tệp quy tắc {path}: {where}, {key}: phần '{sid}' không có trong 'sections'.")
        parts = item.get("parts") or []
        names: list[str] = []
        for k, part in enumerate(parts, start=1):
            if not isinstance(part, dict) or not part.get("name"):
                raise RulesError(f"Tệp quy tắc {path}: {where}, phần con thứ {k} thiếu 'name'.")
            if not (part.get("any") or part.get("figure")):
                raise RulesError(f"Tệp quy tắc {path}: {where}, phần con '{part['name']}' cần 'any' hoặc 'figure'.")
            _phrases(part.get("any"), f"{where}, phần con '{part['name']}'", path)
            names.append(str(part["name"]))
        for name in item.get("required_parts") or []:
            if str(name) not in names:
                raise RulesError(f"Tệp quy tắc {path}: {where}, required_parts: '{name}' không phải tên phần con "
                                 f"nào (có: {'; '.join(names)}).")
        min_parts = item.get("min_parts")
        if min_parts is not None and (not isinstance(min_parts, int) or not 0 < min_parts <= max(len(names), 1)):
            raise RulesError(f"Tệp quy tắc {path}: {where}, min_parts phải là số nguyên từ 1 đến {len(names)}.")
        full = item.get("full")
        if full is not None:
            if not isinstance(full, dict) or not full.get("any"):
                raise RulesError(f"Tệp quy tắc {path}: {where}, 'full' phải có 'any'.")
            _phrases(full.get("any"), f"{where}, full", path)
        for m in item.get("mentions") or []:
            if not isinstance(m, dict) or not m.get("name") or not m.get("any"):
                raise RulesError(f"Tệp quy tắc {path}: {where}, mỗi mục trong 'mentions' cần 'name' và 'any'.")
            _phrases(m.get("any"), f"{where}, mentions '{m['name']}'", path)


def _as_date(value) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


ROSTER_COLUMNS = ("id", "name", "type", "cluster", "aliases")


def load_roster(path: str | Path | None = None) -> Roster:
    from tdkt.pipeline.record import UNIT_TYPES

    path = Path(path) if path else default_roster_path()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RulesError(f"Không đọc được danh sách đơn vị {path}: {os_reason(exc)}") from exc
    text = data.decode("utf-8-sig")  # Excel saves CSV with a BOM
    reader = csv.DictReader(text.splitlines())
    missing = [c for c in ("id", "name", "type") if c not in (reader.fieldnames or [])]
    if missing:
        raise RulesError(f"Danh sách đơn vị {path} thiếu cột: {', '.join(missing)}.")
    units: list[RosterUnit] = []
    seen: set[str] = set()
    for line_no, row in enumerate(reader, start=2):
        unit_id = (row.get("id") or "").strip()
        name = (row.get("name") or "").strip()
        unit_type = (row.get("type") or "").strip()
        if not unit_id or not name:
            raise RulesError(f"Danh sách đơn vị {path}, dòng {line_no}: thiếu mã hoặc tên đơn vị.")
        if unit_id in seen:
            raise RulesError(f"Danh sách đơn vị {path}, dòng {line_no}: mã '{unit_id}' bị lặp.")
        if unit_type not in UNIT_TYPES:
            raise RulesError(
                f"Danh sách đơn vị {path}, dòng {line_no}: loại '{unit_type}' không hợp lệ "
                f"(chọn một trong: {', '.join(UNIT_TYPES)})."
            )
        seen.add(unit_id)
        aliases = [a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()]
        units.append(RosterUnit(id=unit_id, name=name, type=unit_type,
                                cluster=(row.get("cluster") or "").strip() or None, aliases=aliases))
    return Roster(units=units, path=path, fingerprint=hashlib.sha256(data).hexdigest())
