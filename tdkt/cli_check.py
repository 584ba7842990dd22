"""`tdkt check PATH... --out DIR [--format xlsx,json,csv]`: judge files once, write the outputs.

Outputs are written by pipeline/outputs.write_outputs; this module parses arguments, reads the
files in reading workers (tdkt.workers: min(2, CPUs) at a time, each file under a deadline and
a memory cap, records in input order; one file in one worker forked before the rules load, which
imports the judge meanwhile and gets the rules with the file) and
prints what was written (in Vietnamese). A SIGTERM stops the run within seconds: the workers
and their LibreOffice are killed, nothing is written, the exit code is 143. A folder named on the
command line that is empty now while the reports.json already in --out lists files from it (an
unmounted share) is refused before anything is read: exit 3, outputs untouched (--allow-empty
accepts a folder emptied on purpose). An --out that is, or lies inside, or contains a folder being
checked is refused (exit 2), as `run` refuses it.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
from pathlib import Path


def register(sub) -> None:
    check = sub.add_parser("check", help="Kiểm tra các tệp báo cáo và ghi kết quả.")
    check.add_argument("paths", nargs="+", help="tệp hoặc thư mục (tìm cả thư mục con)")
    check.add_argument("--out", required=True, help="thư mục ghi kết quả")
    check.add_argument("--rules", help="tệp quy tắc YAML (mặc định: hướng dẫn sơ kết 6 tháng đầu năm 2023)")
    check.add_argument("--roster", help="danh sách đơn vị CSV")
    check.add_argument("--format", dest="formats", default=None, metavar="DS",
                       help="các kết quả cần ghi, cách nhau bằng dấu phẩy: xlsx, json, csv (mặc định: cả ba)")
    check.add_argument("--workers", type=int, default=None, metavar="N",
                       help="số tiến trình đọc tệp song song (mặc định: tối đa 2, theo số nhân CPU)")
    check.add_argument("--allow-empty", action="store_true",
                       help="chấp nhận thư mục trống dù lần kiểm tra trước có tệp trong đó (đã dọn thư mục)")
    check.set_defaults(func=run)


def run(args) -> int:
    early = _early_pool(args.paths)  # first: the worker's imports overlap all that follows here
    try:
        from tdkt.pipeline.output.outputs import parse_formats

        try:
            formats = parse_formats(getattr(args, "formats", None))
        except ValueError as exc:
            print(f"Lỗi tham số --format: {exc}", file=sys.stderr)
            return 2
        return _check(args, formats, early)
    finally:
        if early is not None:  # a refusal before the reading: the worker goes (killed twice is fine)
            early.kill()


def _check(args, formats, early=None) -> int:
    from tdkt.cli import files_under, load_rules
    from tdkt.pipeline.output.outputs import OutputLockedError, write_outputs

    rules = load_rules(args)
    if rules is None:
        return 2
    ruleset, roster = rules
    try:
        skipped: list = []
        files = files_under(args.paths, skipped)
    except FileNotFoundError as exc:
        print(f"Không tìm thấy: {exc}", file=sys.stderr)
        return 2
    clash = output_inside_folder(args.paths, Path(args.out))
    if clash:
        print(clash, file=sys.stderr)
        return 2
    if not getattr(args, "allow_empty", False):  # an unmounted share must not empty the outputs
        refusal = emptied_folder_refusal(args.paths, files, Path(args.out))
        if refusal:
            print(refusal, file=sys.stderr)
            return 3
    from tdkt.pipeline.output.write_guard import OutputWriteError, estimate_bytes, preflight, write_failure

    try:  # before the reading: a folder that cannot take the outputs fails now, not after the OCR
        preflight(Path(args.out), estimate_bytes(Path(args.out), len(files), formats))
    except OutputWriteError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    run_info = {"run_time": dt.datetime.now().replace(microsecond=0), "rules_file": Path(ruleset.path).name}
    try:
        records = check_files(files, ruleset, roster, getattr(args, "workers", None),
                              meanwhile=lambda: prepare_writers(formats), early=early)
    except _Stopped:
        print("Đã dừng theo yêu cầu (tín hiệu dừng): chưa ghi kết quả nào.", file=sys.stderr)
        return 143
    out = Path(args.out)
    try:
        from tdkt.flows.config import FlowConfig
        from tdkt.flows.overrides_store import stored_decisions

        decisions = stored_decisions(FlowConfig(output=str(out)).store_path)  # the clerk's, if a store exists
        written = write_outputs(records, ruleset, roster, out, formats=formats, run_info=run_info,
                                overrides=decisions)
    except OutputLockedError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except OSError as exc:  # read-only, full, gone: one line; the old outputs are untouched
        print(str(write_failure(exc, out)), file=sys.stderr)
        return 1
    bad = sum(1 for r in records if r.error)
    skipped_note = f", bỏ qua {len(skipped)} tệp khóa/tệp hệ thống" if skipped else ""
    print(f"Đã kiểm tra {len(records)} tệp ({bad} tệp lỗi{skipped_note}). Kết quả:")
    for path in written.values():
        print(f"  {path}")
    return 0


def output_inside_folder(paths: list[str], out: Path) -> str | None:
    """A Vietnamese line when --out is a folder being checked, lies inside one or contains one
    (the outputs would be read back as the units' files by the next check), as `run` refuses."""
    from tdkt.extractors.inbox_entries import shown_name

    target = Path(os.path.realpath(out))
    for given in paths:
        if not os.path.isdir(given):
            continue
        folder = Path(os.path.realpath(given))
        if target == folder or target.is_relative_to(folder) or folder.is_relative_to(target):
            return (f"Thư mục kết quả {shown_name(out)} không được nằm trong thư mục cần kiểm tra "
                    f"{shown_name(given)} hoặc chứa thư mục đó: kết quả sẽ lẫn với tệp các đơn vị gửi. "
                    "Chọn thư mục khác.")
    return None


def emptied_folder_refusal(paths: list[str], files: list[Path], out: Path) -> str | None:
    """A Vietnamese line when a folder named on the command line gave no file now while the
    reports.json already in `out` lists files under it (an unmounted share, an emptied mount
    point); None otherwise. `check` keeps no store, so the previous outputs are its memory."""
    from tdkt.extractors.inbox_entries import shown_name

    folders = [p for p in paths if os.path.isdir(p)]
    found = [os.path.abspath(f) for f in files]  # walked from the folder: under its given spelling
    empty = [p for p in folders if not any(f.startswith(os.path.join(os.path.abspath(p), "")) for f in found)]
    if not empty:
        return None
    listed = _listed_files(out / "reports.json")
    for folder in empty:
        known = sum(1 for f in listed if _under(f, folder))
        if known:
            return (f"Thư mục {shown_name(folder)} đang trống, trong khi kết quả cũ ở {shown_name(out)} có "
                    f"{known} tệp từ thư mục này (ổ mạng bị ngắt?). Chưa ghi đè kết quả cũ. "
                    "Nếu thật sự đã dọn thư mục, chạy lại với --allow-empty.")
    return None


def _under(recorded: str, folder: str) -> bool:
    """Is a file an earlier check recorded inside `folder`? By the given or resolved spelling of
    both; a relative record was relative to a folder we no longer know, so it also counts when its
    leading folders are the folder's trailing ones ("inbox/con/a.docx" and /srv/inbox)."""
    roots = {os.path.abspath(folder), os.path.realpath(folder)}
    path = os.path.abspath(recorded)
    if any(p.startswith(os.path.join(root, "")) for root in roots for p in (path, os.path.realpath(path))):
        return True
    if os.path.isabs(recorded):
        return False
    parts = [p for p in os.path.normpath(recorded).split(os.sep) if p not in ("", ".", "..")][:-1]
    for root in roots:
        tail = [p for p in root.split(os.sep) if p]
        if any(parts[:k] == tail[-k:] for k in range(1, min(len(parts), len(tail)) + 1)):
            return True
    return False


def _listed_files(reports: Path) -> list[str]:
    """The `file` of each record of a previous reports.json; [] when there is none or it is unreadable."""
    import json

    try:
        records = json.loads(reports.read_bytes())
    except (OSError, ValueError):
        return []
    if not isinstance(records, list):
        return []
    return [r["file"] for r in records if isinstance(r, dict) and isinstance(r.get("file"), str) and r["file"]]


class _Stopped(Exception):
    pass


def _stop(signum, frame):
    raise _Stopped()


_job: dict = {}  # what forked workers inherit: ruleset, roster, limits


def _check_in_worker(path: str) -> dict:
    from tdkt.cli import check_entry

    return check_entry(Path(path), _job["ruleset"], _job["roster"], _job["limits"]).to_dict()


def _check_sent(path: str, ruleset, roster, limits) -> dict:
    """_check_in_worker for a worker forked before the rules were loaded: they come with the file."""
    from tdkt.cli import check_entry

    return check_entry(Path(path), ruleset, roster, limits).to_dict()


# What a lone file's early worker imports while the parent loads the rules: the judge's modules
# (judge() imports them lazily) and the reader of the file's kind.
_EARLY_PRELOAD = ("tdkt.cli", "tdkt.rules.loader", "tdkt.extractors", "tdkt.pipeline.process",
                  "tdkt.pipeline.judge", "tdkt.pipeline.figures", "tdkt.pipeline.check", "tdkt.pipeline.metadata",
                  "tdkt.pipeline.metadata.title", "tdkt.pipeline.plain_tables", "tdkt.pipeline.segment",
                  "tdkt.pipeline.text_sketch", "tdkt.pipeline.units", "tdkt.pipeline.deadline")
_EARLY_READERS = {".docx": "tdkt.extractors.docx_reader", ".pdf": "tdkt.extractors.pdf_reader"}


def _early_pool(paths: list[str]):
    """A WorkerPool whose one worker is forked now, when the command names one regular file:
    the worker imports the readers and the judge on the other core while this process loads
    the rules (≈ 0.06 s of a one-file check's 0.4-0.5 s); the rules are then sent with the file
    (pickled, ≈ 70 KB). None otherwise (folders, several files: the rules are loaded first and
    inherited by the workers, check_files)."""
    if len(paths) != 1 or os.path.islink(paths[0]) or not os.path.isfile(paths[0]):
        return None
    from tdkt.workers import WorkerPool

    reader = _EARLY_READERS.get(os.path.splitext(paths[0])[1].lower())
    pool = WorkerPool(1, context="fork", preload=_EARLY_PRELOAD + ((reader,) if reader else ()))
    pool.start()
    return pool


def prepare_writers(formats) -> None:
    """Import what the requested outputs are written with — XlsxWriter and the sheet builders
    (plain rows, no pandas), the store of the clerk's decisions — while the workers read, on the
    other core. A library that fails to import is left to fail in its writer, where the failure
    is reported."""
    try:
        import tdkt.flows.config  # noqa: F401  (where the clerk's decisions are stored: read before writing)
        import tdkt.flows.overrides_store  # noqa: F401
        import tdkt.pipeline.output.outputs  # noqa: F401
        import tdkt.pipeline.photo_pages  # noqa: F401
        import tdkt.pipeline.supersede  # noqa: F401
        if "xlsx" in formats or "csv" in formats:
            import tdkt.pipeline.output.file_units  # noqa: F401  (the overview's unit lines; units' patterns)
            import tdkt.pipeline.output.table  # noqa: F401
        if "xlsx" in formats:
            import xlsxwriter  # noqa: F401

            import tdkt.pipeline.output.workbook  # noqa: F401
            from tdkt.pipeline.output.text_fit import load_font

            load_font()  # row heights are measured with it
    except ImportError:
        pass


def check_files(files: list[Path], ruleset, roster, workers: int | None = None, limits=None,
                show_progress: bool | None = None, meanwhile=None, early=None) -> list:
    """One record per file, in order, each read in a worker under `limits` (deadline, memory);
    a progress bar on stderr when stdout is a terminal (`show_progress` None) or when asked.
    `meanwhile` runs in this process once the workers have their first files (WorkerPool.map).
    `early`: a one-worker pool already started (_early_pool), used for a single file."""
    from tdkt.extractors import Limits, office_convert
    from tdkt.progress import FileProgress
    from tdkt.pipeline.record import ReportRecord
    from tdkt.workers import WorkerPool

    if not files:
        return []
    limits = limits or Limits()
    size = max(1, min(len(files), workers or min(2, os.cpu_count() or 1)))
    _job.update(ruleset=ruleset, roster=roster, limits=limits)
    if size > 1:
        _warm(ruleset, roster)  # once here, not once per forked worker
    fn, extra = _check_in_worker, ()
    if early is not None and size == 1:  # forked before the rules existed: they travel with the file
        pool, fn, extra = early, _check_sent, (ruleset, roster, limits)
    else:
        if early is not None:
            early.kill()
        # fork: this process is single-threaded and already holds the rules; the workers inherit them.
        pool = WorkerPool(size, context="fork", preload=())
    previous = signal.signal(signal.SIGTERM, _stop)
    records: list = [None] * len(files)
    bar = FileProgress(enabled=show_progress)  # on a terminal only: pipes and cron see no change
    bar.start(len(files))
    try:
        office_convert.convert_queued(files, limits, runs=size)  # one LibreOffice start per worker
        for index, outcome in pool.map(fn, [(str(f), *extra) for f in files], limits, meanwhile=meanwhile):
            if outcome.kind == "ok":
                records[index] = ReportRecord.from_dict(outcome.value)
            elif outcome.kind == "raised":
                raise outcome.value
            else:
                records[index] = _breach_record(files[index], ruleset, limits, outcome)
            bar.done(str(files[index]), {"error": records[index].error})
    finally:
        bar.close()
        signal.signal(signal.SIGTERM, previous)
        pool.kill()
        office_convert.end_queued()
        # A worker killed mid-conversion leaves its guard to clean up; should the guard have been
        # stopped too early, the conversion folders of dead processes go now, not at the next run.
        office_convert.sweep_stale_workdirs()
    return records


def _breach_record(path: Path, ruleset, limits, outcome):
    from tdkt.extractors.inbox_entries import sha256_regular, shown_name
    from tdkt.pipeline.process import received_time
    from tdkt.pipeline.record import ReportRecord

    error = outcome.error()
    try:
        digest, received = sha256_regular(path, limits.max_bytes), received_time(path)
    except Exception:  # the reason on the row matters more than the fingerprint
        digest, received = "", None
    return ReportRecord(file=shown_name(path), sha256=digest, error=error.message, error_code=error.code,
                        received_at=received, rules=ruleset.id)


def _warm(ruleset, roster) -> None:
    """Import the readers and compile the rules (judging a one-line document) before forking."""
    import tdkt.extractors.docx_reader  # noqa: F401
    from tdkt.pipeline.document import Block, Document
    from tdkt.pipeline.judge import judge

    try:
        judge(Document(blocks=[Block(kind="paragraph", text="Báo cáo sơ kết công tác thi đua, khen thưởng.")],
                       format="docx"), ruleset, roster, file="", sha256="")
    except Exception:  # warming is an optimisation; a worker would meet the same error on a real file
        pass
