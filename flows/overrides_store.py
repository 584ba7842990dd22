"""The clerk's decisions kept in the state store, and their CSV copy beside the outputs.

Table `overrides` lives in the store's SQLite file (FlowConfig.store_path) beside flows/store.py's
tables, opened with its own connection. Every decision is kept (the history); the latest per
(unit, item) applies — pipeline/overrides.apply_overrides picks it. Writes are one short
transaction each; callers that write hold the output folder's lock (flows/lock.py), as a pass
does, so a decision never lands half-way through a pass's outputs.

The CSV copy (`<output>/quyet-dinh-can-bo.csv`, UTF-8 with BOM for Excel) is rewritten by every
pass that has decisions: when a damaged store is moved aside and rebuilt (flows/state_repair.py),
the first pass finds the table empty and imports the CSV back. Applying decisions is
pipeline/overrides.py's job; deciding which record a clerk meant is tdkt/review's.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import sqlite3
from pathlib import Path

from tdkt.pipeline.overrides import Override, parse_status

CSV_NAME = "quyet-dinh-can-bo.csv"
CSV_COLUMNS = ("don_vi", "muc", "tinh_trang", "ghi_chu", "nguoi_sua", "thoi_diem", "sha256", "so_van_ban",
               "ngay_van_ban")
STATUS_VI = {"present": "có", "partial": "chưa đầy đủ", "missing": "không có"}  # parse_status reads them back

_SCHEMA = """
CREATE TABLE IF NOT EXISTS overrides (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    unit TEXT NOT NULL,            -- pipeline.supersede.unit_key: "id:<roster id>" or "name:<name>"
    item TEXT NOT NULL,
    status TEXT NOT NULL,          -- present | partial | missing
    note TEXT NOT NULL DEFAULT '',
    by_name TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,              -- when the clerk decided (ISO)
    sha256 TEXT NOT NULL DEFAULT '',  -- the file the decision was made on
    number TEXT,
    date TEXT,
    recorded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS overrides_unit_item ON overrides(unit, item);
"""
_FIELDS = "unit, item, status, note, by_name, at, sha256, number, date"


def _identity(o: Override) -> tuple:
    return (o.unit, o.item, o.status, o.note, o.by, o.at, o.sha256)


class OverrideStore:
    """The `overrides` table of one store file."""

    def __init__(self, store_path: Path):
        from tdkt.flows.store import Store

        store_path = Path(store_path)
        Store(store_path).close()  # the store's own damage check (moves a broken file aside) and tables
        self.path = store_path
        self._db = sqlite3.connect(str(store_path), isolation_level=None, timeout=30)
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(_SCHEMA)
        except BaseException:
            self._db.close()
            raise

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "OverrideStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def add(self, decision: Override) -> None:
        self.add_many([decision])

    def add_many(self, decisions: list[Override], skip_known: bool = False) -> int:
        """Insert decisions in one transaction; with `skip_known`, ones already stored (same unit,
        item, status, note, who, when, file) are left out. Returns how many were inserted."""
        now = dt.datetime.now().replace(microsecond=0).isoformat()
        self._db.execute("BEGIN IMMEDIATE")
        try:
            known = {_identity(o) for o in self._read()} if skip_known else set()
            fresh = []
            for o in decisions:
                if _identity(o) not in known:
                    known.add(_identity(o))
                    fresh.append(o)
            self._db.executemany(
                f"INSERT INTO overrides({_FIELDS}, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [(o.unit, o.item, o.status, o.note, o.by, o.at, o.sha256, o.number, o.date, now) for o in fresh])
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        return len(fresh)

    def _read(self) -> list[Override]:
        rows = self._db.execute(f"SELECT {_FIELDS} FROM overrides ORDER BY at, id").fetchall()
        return [Override(unit=r[0], item=r[1], status=r[2], note=r[3], by=r[4], at=r[5], sha256=r[6],
                         number=r[7], date=r[8]) for r in rows]

    def history(self) -> list[Override]:
        """Every decision ever recorded, oldest first."""
        return self._read()


def latest(decisions: list[Override]) -> list[Override]:
    """The decision that applies per (unit, item), in the order they were made."""
    last: dict[tuple[str, str], Override] = {}
    for d in sorted(decisions, key=lambda d: d.at):
        last[(d.unit, d.item)] = d
    return sorted(last.values(), key=lambda d: d.at)


def fingerprint(decisions: list[Override]) -> str:
    """A short hash of the decisions ('' when there are none): a pass's outputs digest includes
    it, so a new decision rewrites the outputs."""
    if not decisions:
        return ""
    h = hashlib.sha256()
    for d in decisions:
        h.update("\x1f".join(str(x or "") for x in (*_identity(d), d.number, d.date)).encode() + b"\x1e")
    return h.hexdigest()[:16]


# -- CSV ----------------------------------------------------------------------------------
def csv_bytes(decisions: list[Override]) -> bytes:
    from tdkt.pipeline.output.safe_cells import csv_field

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for d in decisions:  # free text defused for Excel (a note starting with "=")
        writer.writerow([d.unit, d.item, STATUS_VI.get(d.status, d.status), csv_field(d.note), csv_field(d.by), d.at,
                         d.sha256, d.number or "", d.date or ""])
    return buf.getvalue().encode("utf-8-sig")


def parse_csv(data: bytes) -> list[Override]:
    """Decisions from a CSV written by csv_bytes (or edited in Excel); ValueError in Vietnamese."""
    from tdkt.pipeline.output.safe_cells import csv_field

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError("Tệp CSV phải lưu ở dạng UTF-8 (trong Excel: «CSV UTF-8»).") from exc
    rows = list(csv.DictReader(io.StringIO(text)))
    if text.strip():
        header = next(csv.reader(io.StringIO(text)))
        missing = [c for c in ("don_vi", "muc", "tinh_trang", "thoi_diem") if c not in header]
        if missing:
            raise ValueError(f"Tệp CSV thiếu cột: {', '.join(missing)} (cần: {', '.join(CSV_COLUMNS)}).")
    out = []
    for n, row in enumerate(rows, start=2):
        unit, item, at = (row.get("don_vi") or "").strip(), (row.get("muc") or "").strip(), (row.get("thoi_diem") or "").strip()
        if not (unit or item):
            continue  # a blank line left by a spreadsheet
        if not unit or not item or not at:
            raise ValueError(f"Dòng {n} của tệp CSV thiếu đơn vị, mục hoặc thời điểm.")
        try:
            status = parse_status(row.get("tinh_trang") or "")
        except ValueError as exc:
            raise ValueError(f"Dòng {n}: {exc}") from exc

        def plain(value: str | None) -> str:  # undo csv_field's defusing quote
            value = value or ""
            return value[1:] if value.startswith("'") and csv_field(value[1:]) == value else value

        out.append(Override(unit=unit, item=item, status=status, note=plain(row.get("ghi_chu")),
                            by=plain(row.get("nguoi_sua")), at=at, sha256=(row.get("sha256") or "").strip(),
                            number=(row.get("so_van_ban") or "").strip() or None,
                            date=(row.get("ngay_van_ban") or "").strip() or None))
    return out


def export_csv(decisions: list[Override], output_dir: Path) -> Path | None:
    """Write `<output>/quyet-dinh-can-bo.csv` when its content would change. A copy held open in
    Excel is left as it is (the store is the record; the next pass tries again)."""
    from tdkt.pipeline.output.outputs import write_user_file

    path = Path(output_dir) / CSV_NAME
    if not decisions and not path.exists():
        return None
    data = csv_bytes(decisions)
    try:
        if path.read_bytes() == data:
            return path
    except OSError:
        pass
    try:
        write_user_file(path, data)
    except OSError:  # held open, or the disk is full: the pass's own outputs say so
        return None
    return path


def decisions_for_output(store_path: Path, output_dir: Path) -> list[Override]:
    """Every stored decision, for a pass writing `output_dir`. A store without any (a rebuilt
    one, after damage) takes them back from the output folder's CSV copy first."""
    from tdkt.flows.state_repair import notify

    with OverrideStore(store_path) as store:
        found = store.history()
        csv_path = Path(output_dir) / CSV_NAME
        if not found and csv_path.is_file():
            try:
                restored = parse_csv(csv_path.read_bytes())
            except (OSError, ValueError) as exc:
                notify(f"Không đọc lại được quyết định của cán bộ từ {csv_path}: {exc}")
                return []
            if restored:
                store.add_many(restored, skip_known=True)
                notify(f"Đã khôi phục {len(restored)} quyết định của cán bộ từ {csv_path}.")
                found = store.history()
        return found


def stored_decisions(store_path: Path) -> list[Override]:
    """Decisions in an existing store ([] when there is no store file: nothing is created)."""
    if not Path(store_path).is_file():
        return []
    with OverrideStore(store_path) as store:
        return store.history()
