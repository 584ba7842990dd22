"""Load and validate a ruleset (the directive as YAML) and a roster (the units as CSV).

Errors name the file, the entry and what is wrong, in Vietnamese, because the office edits
the roster and may edit the rules.
"""

from __future__ import annotations

import csv
import io
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from tdkt.pipeline.record import os_reason

DEFAULT_RULES = "tay-son-2023-h1.yaml"
DEFAULT_ROSTER = "roster-tay-son.csv"


class RulesError(ValueError):
    """A rules or roster file that cannot be used; the message is Vietnamese.

    `problems` lists each located problem (diagnose.Problem) when there are several."""

    def __init__(self, message: str, problems: list | None = None):
        super().__init__(message)
        self.problems = list(problems or [])


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
    path = Path(path) if path else default_rules_path()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RulesError(f"Không đọc được tệp quy tắc {path}: {os_reason(exc)}") from exc
    text = _text(data, path)
    raw = _parse(text, path)
    digest = hashlib.sha256(data)
    raw, origin = _merge_includes(raw, path, digest)
    from tdkt.pipeline import regex_cache

    regex_cache.use(digest.hexdigest())  # the "re:" phrases validated below, compiled before
    marker = _valid_marker(digest.hexdigest())
    if marker is None or not marker.exists():
        validate_ruleset(raw, path, text, origin)
        _mark_valid(marker)
    return Ruleset(id=str(raw["id"]), title=raw.get("title", raw["id"]), path=path, raw=raw,
                   fingerprint=digest.hexdigest())


def _valid_marker(fingerprint: str) -> Path | None:
    """The cache file that says these exact rules bytes passed this exact schema: the schema
    (pydantic, ~0.5 s to import and build) is then not loaded at all in later processes."""
    import sys

    from tdkt.pipeline.regex_cache import cache_dir

    try:
        schema_bytes = Path(__file__).with_name("schema.py").read_bytes()
    except OSError:
        return None
    key = hashlib.sha256(f"{fingerprint}|{sys.version}|".encode() + schema_bytes).hexdigest()
    return cache_dir() / f"rules-valid-{key[:32]}"


def _mark_valid(marker: Path | None) -> None:
    if marker is None:
        return
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()
    except OSError:
        pass  # a read-only cache: validated again next time


def _text(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RulesError(f"Tệp {path} không phải văn bản UTF-8 (byte lạ ở vị trí {exc.start}); hãy lưu lại "
                         f"với bảng mã UTF-8.") from exc


def _parse(text: str, path: Path):
    """The YAML through libyaml; on a syntax error, the pure-Python parser's place and a Vietnamese
    sentence for it (diagnose.syntax_problem)."""
    import yaml  # lazy: only commands that judge need it

    try:
        return yaml_load(text)
    except yaml.YAMLError as exc:
        from tdkt.rules import diagnose

        found = diagnose.syntax_problem(text, path) or diagnose.Problem(str(path), None, "", "lỗi cú pháp YAML")
        raise RulesError(f"Sai cú pháp YAML: {found}", [found]) from exc


def _merge_includes(raw, path: Path, digest) -> tuple[dict, dict[str, tuple[Path, str]]]:
    """`include: [other.yaml]` merges top-level keys of sibling files (they may not overlap).

    Also returns where each included key came from (its file and text), for error lines."""
    if not isinstance(raw, dict):
        raise RulesError(f"Tệp quy tắc {path} phải là một bảng khóa - giá trị (mapping).")
    origin: dict[str, tuple[Path, str]] = {}
    includes = raw.pop("include", None) or []
    if not isinstance(includes, list):
        includes = [includes]
    for name in includes:
        part_path = path.parent / str(name)
        try:
            part_bytes = part_path.read_bytes()
        except OSError as exc:
            raise RulesError(f"Không đọc được tệp {part_path} (được {path.name} nạp kèm): {os_reason(exc)}") from exc
        part_text = _text(part_bytes, part_path)
        part = _parse(part_text, part_path) or {}
        if not isinstance(part, dict):
            raise RulesError(f"Tệp {part_path} (được {path.name} nạp kèm) phải là một bảng khóa - giá trị.")
        digest.update(part_bytes)
        for key, value in part.items():
            if key in raw:
                raise RulesError(f"Khóa '{key}' có ở cả {path.name} và {part_path.name}.")
            raw[key] = value
            origin[str(key)] = (part_path, part_text)
    return raw, origin


def validate_ruleset(raw: dict, path: Path, text: str, origin: dict | None = None) -> None:
    """Check the merged rules against rules/schema.py, and each file for keys written twice;
    RulesError with every problem located (file, line, key)."""
    from tdkt.rules import diagnose

    problems = ruleset_problems(raw, path, text, origin or {})
    if problems:
        raise RulesError(diagnose.describe(problems), problems)


def ruleset_problems(raw: dict, path: Path, text: str, origin: dict[str, tuple[Path, str]],
                     model=None) -> list:
    from pydantic import ValidationError

    from tdkt.rules import diagnose, schema

    model = model or schema.Ruleset
    problems = []
    try:
        model.model_validate(raw, context=schema.reference_names(raw))
    except ValidationError as exc:
        problems = diagnose.schema_problems(exc, raw, origin, (path, text), model)
    files = {path: text, **{p: t for p, t in origin.values()}}
    for file, file_text in files.items():
        problems += diagnose.duplicate_keys(file_text, file)
    return problems


def file_problems(path: str | Path) -> tuple[str, list]:
    """What `tdkt rules check` says of one file: (what the file is, its problems). A rules file
    with its includes, a figures file (alone, or through the rules files beside it that include
    it) or a roster CSV; always checked afresh (no validated-before shortcut)."""
    from tdkt.rules import diagnose, schema

    path = Path(path)
    if path.suffix.lower() == ".csv":
        try:
            roster = load_roster(path)
        except RulesError as exc:
            return "danh sách đơn vị", exc.problems or [diagnose.Problem(str(path), None, "", str(exc))]
        return f"danh sách đơn vị, {len(roster.units)} đơn vị", []
    try:
        data = path.read_bytes()
        text = _text(data, path)
        raw = _parse(text, path)
        if isinstance(raw, dict) and "abbreviations" in raw and "items" not in raw:
            problems = ruleset_problems(raw, path, text, {}, schema.AbbreviationsFile)
            return f"tệp chữ viết tắt, {len(raw.get('abbreviations') or {})} chữ viết tắt", problems
        if isinstance(raw, dict) and "items" not in raw and "id" not in raw:
            users = [p for p in sorted(path.parent.glob("*.y*ml")) if p != path and _includes(p, path.name)]
            if users:
                found = [pr for user in users for pr in file_problems(user)[1]]
                return f"tệp số liệu, kiểm tra cùng {', '.join(u.name for u in users)}", found
            problems = ruleset_problems(raw, path, text, {}, schema.FiguresPart)
            return f"tệp số liệu, {len(raw.get('figures') or {})} số liệu (mã mục chưa được đối chiếu)", problems
        raw, origin = _merge_includes(raw, path, hashlib.sha256(data))
    except OSError as exc:
        return "tệp quy tắc", [diagnose.Problem(str(path), None, "", f"không đọc được: {os_reason(exc)}")]
    except RulesError as exc:
        return "tệp quy tắc", exc.problems or [diagnose.Problem(str(path), None, "", str(exc))]
    problems = ruleset_problems(raw, path, text, origin)
    items = raw.get("items") if isinstance(raw.get("items"), list) else []
    figures = raw.get("figures") if isinstance(raw.get("figures"), dict) else {}
    return f"tệp quy tắc, {len(items)} mục, {len(figures)} số liệu", problems


def _includes(candidate: Path, name: str) -> bool:
    try:
        raw = yaml_load(candidate.read_text(encoding="utf-8"))
    except Exception:  # an unreadable neighbour is not the file being checked
        return False
    include = raw.get("include") if isinstance(raw, dict) else None
    return name in (include if isinstance(include, list) else [include])


def _as_date(value) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def load_roster(path: str | Path | None = None) -> Roster:
    """The roster CSV, each row checked against schema.RosterRow (errors name the CSV line).
    Bytes that already passed this schema (a marker in the cache, as for the rules) are read
    without loading pydantic: a one-file `tdkt check` does not pay for the schema."""
    path = Path(path) if path else default_roster_path()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RulesError(f"Không đọc được danh sách đơn vị {path}: {os_reason(exc)}") from exc
    try:
        text = data.decode("utf-8-sig")  # Excel saves CSV with a BOM
    except UnicodeDecodeError as exc:
        raise RulesError(f"Danh sách đơn vị {path} không phải văn bản UTF-8; trong Excel chọn Lưu thành "
                         f"'CSV UTF-8'.") from exc
    fingerprint = hashlib.sha256(data).hexdigest()
    marker = _valid_marker("roster:" + fingerprint)
    if marker is not None and marker.exists():
        return Roster(units=_roster_units(text), path=path, fingerprint=fingerprint)
    roster = _checked_roster(text, path, fingerprint)
    _mark_valid(marker)
    return roster


def _roster_units(text: str) -> list[RosterUnit]:
    """The units of a roster whose bytes passed the schema before (same values it produced)."""
    units = []
    for row in csv.DictReader(io.StringIO(text, newline="")):
        values = {k.strip(): (v or "").strip() for k, v in row.items() if k is not None}
        aliases = [a.strip() for a in (values.get("aliases") or "").split(";") if a.strip()]
        units.append(RosterUnit(id=values["id"], name=values["name"], type=values["type"],
                                cluster=values.get("cluster") or None, aliases=aliases))
    return units


def _checked_roster(text: str, path: Path, fingerprint: str) -> Roster:
    from pydantic import ValidationError

    from tdkt.rules import schema
    from tdkt.rules.diagnose import Problem, describe

    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = [c.strip() for c in reader.fieldnames or []]
    where = f"Danh sách đơn vị {path}"
    missing = [c for c in ("id", "name", "type") if c not in columns]
    if missing:
        raise RulesError(f"{where} thiếu cột: {', '.join(missing)} (các cột: {', '.join(schema.ROSTER_COLUMNS)}).")
    unknown = [c for c in columns if c not in schema.ROSTER_COLUMNS]
    if unknown:
        raise RulesError(f"{where}, dòng 1: cột không rõ: {', '.join(unknown)} (các cột được phép: "
                         f"{', '.join(schema.ROSTER_COLUMNS)}).")
    units: list[RosterUnit] = []
    seen: dict[str, int] = {}
    problems: list[Problem] = []
    line_no = 1
    for row in reader:
        line_no, start = reader.line_num, line_no + 1
        values = {k.strip(): (v or "").strip() for k, v in row.items() if k is not None}
        values = {k: v for k, v in values.items() if v or k in ("id", "name", "type")}
        try:
            unit = schema.RosterRow.model_validate(values)
        except ValidationError as exc:
            for err in exc.errors(include_url=False):
                column = str(err["loc"][0]) if err["loc"] else ""
                problems.append(Problem(str(path), start, f"cột {column}", _roster_message(err, column)))
            continue
        if unit.id in seen:
            problems.append(Problem(str(path), start, "cột id", f"mã '{unit.id}' bị lặp (đã có ở dòng {seen[unit.id]})"))
            continue
        seen[unit.id] = start
        aliases = [a.strip() for a in (unit.aliases or "").split(";") if a.strip()]
        units.append(RosterUnit(id=unit.id, name=unit.name, type=unit.type, cluster=unit.cluster or None,
                                aliases=aliases))
    if problems:
        raise RulesError(describe(problems), problems)
    return Roster(units=units, path=path, fingerprint=fingerprint)


def _roster_message(err: dict, column: str) -> str:
    if err["type"] == "tdkt":
        message = str((err.get("ctx") or {}).get("message") or err["msg"])
        return "để trống" if message == "không được để trống" else message
    if err["type"] == "missing":
        return "để trống"
    return f"giá trị '{err.get('input')}' không hợp lệ"
