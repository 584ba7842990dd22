"""`tdkt letters` and `tdkt draft-report`: the office's next documents, from the results in --out.

Both read DIR/reports.json (written by `tdkt check` or `tdkt run`), apply the clerk's stored
decisions when the state store has them (flows/overrides_store.py, when that module exists;
otherwise the decisions already in reports.json are used), and write DOCX files into
DIR/van-ban/ through pipeline/documents/letters.py, pipeline/documents/summary_report.py and
pipeline/documents/docx_writer.py. `write_documents` is also what `tdkt run` calls when the config's
[documents] section asks for it.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

OUT_FOLDER = "van-ban"  # pipeline/documents/letters.OUT_FOLDER; not imported here: every command's start-up would pay ~30 ms for it


def _common(p) -> None:
    p.add_argument("--out", required=True, help="thư mục kết quả đã kiểm tra (có reports.json)")
    p.add_argument("--rules", help="tệp quy tắc YAML (mặc định: hướng dẫn đi kèm)")
    p.add_argument("--roster", help="danh sách đơn vị CSV")
    p.add_argument("--issuer", help='cơ quan ban hành, các dòng cách nhau bởi "|", ví dụ "UBND HUYỆN TÂY SƠN|PHÒNG NỘI VỤ"')
    p.add_argument("--place", help="địa danh ghi trên văn bản (mặc định: Tây Sơn)")
    p.add_argument("--template", help="thư mục chứa mẫu cong-van.docx / bao-cao.docx của cơ quan")


def register(sub) -> None:
    letters = sub.add_parser("letters", help="Soạn công văn đôn đốc các đơn vị chưa nộp hoặc báo cáo còn thiếu nội dung.")
    _common(letters)
    letters.add_argument("--new-deadline", help="hạn mới để các đơn vị gửi/bổ sung báo cáo (YYYY-MM-DD)")
    letters.set_defaults(func=run_letters)
    draft = sub.add_parser("draft-report", help="Soạn dự thảo báo cáo sơ kết của huyện từ báo cáo của các đơn vị.")
    _common(draft)
    draft.set_defaults(func=run_draft)


# --- reading the results -----------------------------------------------------------------------

def load_records(out_dir: Path):
    """The records of DIR/reports.json, or a Vietnamese ValueError."""
    from tdkt.pipeline.record import ReportRecord

    path = Path(out_dir) / "reports.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"Chưa có kết quả kiểm tra trong {out_dir} (thiếu reports.json): hãy chạy "
                         f"`tdkt check` hoặc `tdkt run` trước.") from None
    except (OSError, ValueError) as exc:
        raise ValueError(f"Không đọc được {path}: {exc}") from exc
    rows = data.get("reports", data) if isinstance(data, dict) else data
    if not isinstance(rows, list):
        raise ValueError(f"{path} không đúng định dạng kết quả của tdkt.")
    return [ReportRecord.from_dict(r) for r in rows]


def stored_decisions(out_dir: Path, state_dir: Path | None = None) -> list | None:
    """The clerk's decisions kept in the state store, or None when there is no store, no
    `overrides` table, or no reader for it (then reports.json's own override fields stand)."""
    store = Path(state_dir) if state_dir else Path(out_dir) / ".tdkt"
    db = store / "tdkt-state.sqlite"
    if not db.is_file():
        return None
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
            if not con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='overrides'").fetchone():
                return None
    except sqlite3.Error:
        return None
    try:
        from tdkt.flows import overrides_store
    except ImportError:
        return None
    for name in ("load_overrides", "load_decisions", "all_overrides", "list_overrides"):
        reader = getattr(overrides_store, name, None)
        if callable(reader):
            try:
                return list(reader(db))
            except Exception:  # an API this module does not know: fall back to reports.json
                return None
    return None


def current_records(out_dir: Path, state_dir: Path | None = None):
    from tdkt.pipeline.overrides import apply_overrides
    from tdkt.pipeline.supersede import mark_superseded

    records = mark_superseded(load_records(out_dir))
    decisions = stored_decisions(out_dir, state_dir)
    return apply_overrides(records, decisions) if decisions else records


# --- writing -------------------------------------------------------------------------------------

def write_documents(out_dir: Path, ruleset, roster, *, letters: bool = True, draft: bool = True,
                    issuer_lines: str | None = None, place: str | None = None, new_deadline=None,
                    template_dir=None, state_dir: Path | None = None) -> list[Path]:
    """Letters and/or the draft into DIR/van-ban/; returns the files written."""
    from tdkt.pipeline.documents.docx_writer import write_document
    from tdkt.pipeline.documents.letters import Issuer, build_letters
    from tdkt.pipeline.documents.summary_report import build_summary, report_issuer

    records = current_records(out_dir, state_dir)
    target = Path(out_dir) / OUT_FOLDER
    written = []
    if letters:
        issuer = Issuer.from_lines(issuer_lines, place=place)
        for model in build_letters(records, ruleset, roster, issuer, new_deadline):
            written.append(write_document(model, target, template_dir))
    if draft:
        issuer = report_issuer(place=place)
        if issuer_lines:
            issuer.parent, issuer.body = Issuer.from_lines(issuer_lines).parent, Issuer.from_lines(issuer_lines).body
        written.append(write_document(build_summary(records, ruleset, roster, issuer), target, template_dir))
    return written


def _deadline(text: str | None):
    import datetime as dt

    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"Hạn mới «{text}» không phải ngày hợp lệ (dạng YYYY-MM-DD, ví dụ 2023-07-10).") from None


def _run(args, letters: bool) -> int:
    from tdkt.cli import load_rules
    from tdkt.pipeline.documents.docx_writer import TemplateError

    rules = load_rules(args)
    if rules is None:
        return 2
    ruleset, roster = rules
    try:
        new_deadline = _deadline(getattr(args, "new_deadline", None))
        written = write_documents(Path(args.out), ruleset, roster, letters=letters, draft=not letters,
                                  issuer_lines=args.issuer, place=args.place, new_deadline=new_deadline,
                                  template_dir=args.template)
    except (ValueError, TemplateError) as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    except PermissionError as exc:  # OutputLockedError: the file is open in Word
        print(str(exc), file=sys.stderr)
        return 1
    if letters and not written:
        print("Tất cả đơn vị đã gửi báo cáo đủ nội dung: không cần công văn đôn đốc.")
        return 0
    what = f"{len(written)} công văn" if letters else "dự thảo báo cáo"
    print(f"Đã soạn {what} trong {Path(args.out) / OUT_FOLDER}:")
    for path in written[:5]:
        print(f"  {path}")
    if len(written) > 5:
        print(f"  ... và {len(written) - 5} tệp khác")
    return 0


def run_letters(args) -> int:
    return _run(args, letters=True)


def run_draft(args) -> int:
    return _run(args, letters=False)


def after_run(cfg) -> int:
    """`tdkt run` with [documents] letters / draft_report = true: write them from the pass's results."""
    from tdkt.pipeline.documents.docx_writer import TemplateError
    from tdkt.rules.loader import RulesError, load_roster, load_ruleset

    try:
        ruleset, roster = load_ruleset(cfg.rules or None), load_roster(cfg.roster or None)
        written = write_documents(cfg.output_dir, ruleset, roster, letters=bool(cfg.documents_letters),
                                  draft=bool(cfg.documents_draft_report), issuer_lines=cfg.documents_issuer or None,
                                  new_deadline=_deadline(cfg.documents_new_deadline or None),
                                  template_dir=cfg.documents_template or None, state_dir=cfg.state_dir)
    except (RulesError, ValueError, TemplateError) as exc:
        print(f"Chưa soạn được văn bản: {exc}", file=sys.stderr)
        return 1
    except PermissionError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    print(f"Đã soạn {len(written)} văn bản (công văn đôn đốc, dự thảo báo cáo) trong {cfg.output_dir / OUT_FOLDER}.")
    return 0
