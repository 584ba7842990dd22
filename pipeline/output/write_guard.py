"""Before and after writing outputs: can the folder take them, and why not, in Vietnamese.

`preflight` is called before a run does its work: the output folder exists (or can be made),
is a folder, accepts a new file, and has room for the outputs (an estimate from the previous
outputs and the number of reports; each output is written beside the old one, then renamed).
`write_failure` turns an OSError met while writing (EACCES, EPERM, EROFS, ENOSPC, EDQUOT,
ENOTDIR...) into a one-line Vietnamese reason. The writing itself is pipeline/output/outputs.py's.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path

from tdkt.pipeline.output.outputs import FILENAMES

_PER_REPORT_BYTES = 64 * 1024  # reports.json + workbook + CSV per report, generous (measured ~10-25 KB)
_MARGIN_BYTES = 4 * 1024 * 1024


class OutputWriteError(RuntimeError):
    """The outputs cannot be written; the message is one Vietnamese line. Old outputs are intact."""


def _reason(exc: OSError) -> str:
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return "ổ đĩa đã đầy (hoặc hết hạn mức)"
    if code == errno.EROFS:
        return "ổ đĩa chỉ cho phép đọc"
    if code in (errno.EACCES, errno.EPERM):
        return "không có quyền ghi"
    if code in (errno.ENOTDIR, errno.EEXIST):
        return "đường dẫn là một tệp, không phải thư mục"
    if code == errno.ENOENT:
        return "thư mục không tồn tại"
    if code == errno.ENAMETOOLONG:
        return "tên đường dẫn quá dài"
    if code in (errno.EIO, errno.ESTALE, errno.ENOTCONN, errno.EHOSTDOWN):
        return "mất kết nối tới ổ đĩa hoặc ổ đĩa mạng"
    return f"lỗi hệ thống tệp ({exc.strerror or type(exc).__name__})"


def write_failure(exc: OSError, where: Path | str, name_the_file: bool = True) -> OutputWriteError:
    """The Vietnamese one-liner for an OSError met while writing into `where` (naming the file
    the error names, unless it is a temporary one of ours)."""
    target = (exc.filename if name_the_file and exc.filename else None) or where
    return OutputWriteError(f"Không ghi được kết quả vào {target}: {_reason(exc)}. "
                            "Các tệp kết quả cũ (nếu có) vẫn giữ nguyên.")


def estimate_bytes(out_dir: Path, n_reports: int, formats=tuple(FILENAMES)) -> int:
    """Room needed to replace the outputs: the new files exist beside the old ones until renamed."""
    previous = 0
    for fmt in formats:
        try:
            previous += (Path(out_dir) / FILENAMES[fmt]).stat().st_size
        except OSError:
            pass
    return max(2 * previous, n_reports * _PER_REPORT_BYTES) + _MARGIN_BYTES


def preflight(out_dir: Path, need_bytes: int = _MARGIN_BYTES) -> None:
    """Raise OutputWriteError unless `out_dir` can take `need_bytes` of new files."""
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_failure(exc, out_dir, name_the_file=False) from exc
    if not out_dir.is_dir():
        raise OutputWriteError(f"Không ghi được kết quả vào {out_dir}: đường dẫn là một tệp, không phải thư mục.")
    try:
        free = shutil.disk_usage(out_dir).free
    except OSError as exc:
        raise write_failure(exc, out_dir, name_the_file=False) from exc
    if free < need_bytes:
        raise OutputWriteError(
            f"Không ghi được kết quả vào {out_dir}: ổ đĩa chỉ còn {free / 1e6:.1f} MB trống, cần khoảng "
            f"{need_bytes / 1e6:.1f} MB. Hãy giải phóng chỗ trống rồi chạy lại; các tệp kết quả cũ vẫn giữ nguyên.")
    try:  # a probe file: a read-only mount or a folder without write permission fails here
        fd, probe = tempfile.mkstemp(prefix=".tdkt-thu-ghi.", dir=out_dir)
        try:
            os.write(fd, b"\0")
        finally:
            os.close(fd)
            os.unlink(probe)
    except OSError as exc:
        raise write_failure(exc, out_dir, name_the_file=False) from exc


def describe_os_error(exc: OSError, out_dir: Path | str | None) -> str:
    """One Vietnamese line for an OSError that ended a run: a write into the outputs, or else
    a file or folder that could not be read or written (the inbox, the state folder)."""
    name = os.fsdecode(exc.filename) if exc.filename is not None else ""
    if out_dir is not None and name:
        try:
            if Path(os.path.abspath(name)).is_relative_to(Path(os.path.abspath(out_dir))):
                return str(write_failure(exc, out_dir))
        except (TypeError, ValueError):
            pass
    if not name:
        return str(write_failure(exc, out_dir)) if out_dir else f"Lỗi hệ thống tệp: {_reason(exc)}."
    return f"Không đọc hoặc ghi được {name}: {_reason(exc)}."
