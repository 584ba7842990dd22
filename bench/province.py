"""Province scale: N generated reports of N distinct units through `tdkt run` (docs/performance.md,
"Province scale").

Units: N communes with distinct three-syllable names, spread over 10 districts' rosters, in one
province roster CSV (so the workbook and reports.json have N units). Reports: the full sample
report samples/inbox/01-xa-tay-vinh.docx (3 pages, every item) with the unit's name, number,
date and district put in (dates vary, some late); every 20th report a text PDF set by
reportlab (DejaVu Sans) from the same text. For each size and each task runner:

- thread: `tdkt run` with [run] concurrency = 2 (Prefect's embedded server, the warm pool);
- dask: a `dask scheduler` and two `dask worker --nthreads 1` on 127.0.0.1, started here,
  `[dask] address` pointing at them (bytes travel with the tasks).

it measures the cold run (wall time, reports/s), peak RSS per process (sampled every 0.5 s over
the whole process tree: tdkt run, its reading workers, Prefect's server, the Dask processes),
the state store's size, the workbook's and reports.json's size, and an unchanged re-run.

    .venv/bin/python bench/province.py [--sizes 1000,10000] [--runners thread,dask] [--keep]

Data lives under bench/out/province/ (gitignored) and is deleted at the end unless --keep.
The judge key is pinned (code and rules may change under the bench; the work does not).
"""

from __future__ import annotations

import argparse
import csv
import io
import itertools
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out" / "province"
RESULTS = ROOT / "bench" / "out" / "province-results.json"
SAMPLE = ROOT / "samples" / "inbox" / "01-xa-tay-vinh.docx"
BIN = Path(sys.executable).parent
_PINNED = ("import sys, tdkt.flows.versions as v; v.judge_key = lambda *a: 'bench-province'; "
           "from tdkt.cli import main; sys.exit(main(sys.argv[1:]))")
DISTRICTS = ["Hoài Nhơn", "Hoài Ân", "An Lão", "Phù Mỹ", "Phù Cát", "Vĩnh Thạnh", "Tây Sơn", "Vân Canh",
             "Tuy Phước", "An Nhơn"]
SYLLABLES = ["An", "Bình", "Cát", "Đức", "Hòa", "Hưng", "Long", "Mỹ", "Nhơn", "Phú", "Phước", "Quang", "Sơn",
             "Tân", "Thạnh", "Thuận", "Trung", "Vĩnh", "Xuân", "Hải", "Lộc", "Thịnh", "Hiệp", "Nghĩa", "Thành",
             "Hội", "Tường", "Khánh", "Lâm", "Minh", "Ninh", "Phong", "Quý", "Tài", "Thái", "Tiến", "Trí", "Văn",
             "Yên", "Đông", "Tây", "Nam", "Bắc", "Hồng", "Kim", "Lương", "Mai", "Ngọc", "Sa", "Diên"]


# -- data ----------------------------------------------------------------------------------
def unit_names(n: int, seed: int = 7) -> list[str]:
    names = [" ".join(t) for t in itertools.permutations(SYLLABLES, 3)]
    random.Random(seed).shuffle(names)
    return names[:n]


def slug(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "-".join("".join(c for c in text if unicodedata.category(c) != "Mn").lower().split())


def write_roster(path: Path, names: list[str]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "name", "type", "cluster", "aliases"])
        for i, name in enumerate(names):
            w.writerow([f"xa-{i:05d}-{slug(name)}", f"UBND xã {name}", "commune", f"Huyện {DISTRICTS[i % len(DISTRICTS)]}",
                        f"Ủy ban nhân dân xã {name}"])


def _docx_variant(parts: dict[str, bytes], name: str, district: str, number: int, day: int) -> bytes:
    xml = parts["word/document.xml"].decode("utf-8")
    xml = (xml.replace("TÂY VINH", name.upper()).replace("Tây Vinh", name).replace("45/BC-UBND", f"{number}/BC-UBND")
           .replace("huyện Tây Sơn", f"huyện {district}").replace("ngày 20 tháng 6", f"ngày {day} tháng 6"))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            z.writestr(part, xml.encode("utf-8") if part == "word/document.xml" else data)
    return buf.getvalue()


def _pdf_variant(paragraphs: list[str], name: str, district: str, number: int, day: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    style = ParagraphStyle("body", fontName="DejaVu", fontSize=11, leading=15)
    head = ParagraphStyle("head", parent=style, alignment=1)
    story = [Paragraph("ỦY BAN NHÂN DÂN", style), Paragraph(f"XÃ {name.upper()}", style),
             Paragraph(f"Số: {number}/BC-UBND", style), Paragraph(f"{name}, ngày {day} tháng 6 năm 2023", style),
             Spacer(1, 12)]
    for text in paragraphs:
        text = text.replace("Tây Vinh", name).replace("huyện Tây Sơn", f"huyện {district}")
        story.append(Paragraph(text.replace("&", "&amp;").replace("<", "&lt;"), head if text == "BÁO CÁO" else style))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


def make_inbox(folder: Path, names: list[str], pdf_every: int = 20) -> dict:
    import docx

    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(SAMPLE) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    paragraphs = [p.text for p in docx.Document(str(SAMPLE)).paragraphs if p.text.strip()]
    old = time.time() - 600
    counts = {"docx": 0, "pdf": 0, "bytes": 0}
    for i, name in enumerate(names):
        district = DISTRICTS[i % len(DISTRICTS)]
        day = 10 + i % 19  # 10..28 June: some after the 23 June deadline
        kind = "pdf" if i % pdf_every == pdf_every - 1 else "docx"
        data = (_pdf_variant(paragraphs, name, district, i + 1, day) if kind == "pdf"
                else _docx_variant(parts, name, district, i + 1, day))
        path = folder / slug(district) / f"{i:05d}-xa-{slug(name)}.{kind}"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        os.utime(path, (old, old))
        counts[kind] += 1
        counts["bytes"] += len(data)
    return counts


# -- measuring -----------------------------------------------------------------------------
class TreeSampler:
    """Peak RSS of each process under the given roots (and of extra pids), sampled every 0.5 s."""

    def __init__(self, roots: list[int]):
        self.roots = roots
        self.peak: dict[int, tuple[int, str]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            for root in self.roots:
                try:
                    procs = [psutil.Process(root)] + psutil.Process(root).children(recursive=True)
                except psutil.NoSuchProcess:
                    continue
                for p in procs:
                    try:
                        rss = p.memory_info().rss
                        role = self.peak.get(p.pid, (0, ""))[1] or role_of(p)
                    except (psutil.NoSuchProcess, psutil.AccessDenied):
                        continue
                    if rss > self.peak.get(p.pid, (0, ""))[0]:
                        self.peak[p.pid] = (rss, role)
            self._stop.wait(0.5)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def by_role(self) -> dict[str, float]:
        """Role -> the largest peak RSS (MB) among its processes, with how many there were."""
        out: dict[str, list[int]] = {}
        for rss, role in self.peak.values():
            out.setdefault(role, []).append(rss)
        return {f"{role} (x{len(v)})": round(max(v) / 2**20) for role, v in sorted(out.items())}


def role_of(p: psutil.Process) -> str:
    cmd = " ".join(p.cmdline())
    if "uvicorn" in cmd or "prefect.server" in cmd:
        return "prefect server"
    if "forkserver" in cmd:  # tdkt's reading workers and their forkserver (inside Dask workers too)
        return "forkserver"
    if "dask" in cmd and "scheduler" in cmd:
        return "dask scheduler"
    if "bin/dask" in cmd and "worker" in cmd:
        return "dask worker (nanny)"
    if "multiprocessing" in cmd or "spawn_main" in cmd:
        return "worker process" if "tdkt_run" not in cmd else "tdkt run"
    if _PINNED[:30] in cmd or "tdkt" in cmd:
        return "tdkt run"
    return p.name()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """A scheduler and two single-threaded workers on 127.0.0.1 for the duration of a block."""

    def __init__(self, home: Path):
        self.home = home
        self.procs: list[subprocess.Popen] = []
        self.address = f"tcp://127.0.0.1:{_free_port()}"

    def __enter__(self):
        port = self.address.rsplit(":", 1)[1]
        env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
        log = open(self.home / "dask.log", "ab")
        self.procs.append(subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", port,
                                            "--no-dashboard"], stdout=log, stderr=log, env=env, cwd=self.home))
        for i in range(2):
            self.procs.append(subprocess.Popen([str(BIN / "dask"), "worker", self.address, "--host", "127.0.0.1",
                                                "--nworkers", "1", "--nthreads", "1", "--no-dashboard",
                                                "--memory-limit", "6GiB"], stdout=log, stderr=log, env=env,
                                               cwd=self.home))
        from distributed import Client

        with Client(self.address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        return self

    def __exit__(self, *exc):
        for p in self.procs:
            p.terminate()
        for p in self.procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()


def tdkt_run(config: Path, roots_extra: list[int]) -> dict:
    env = {**os.environ, "PREFECT_HOME": str(config.parent / "prefect")}
    env.pop("PREFECT_API_URL", None)
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", _PINNED, "run", "--config", str(config)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=config.parent)
    with TreeSampler([proc.pid] + roots_extra) as sampler:
        out, err = proc.communicate()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"tdkt run failed ({proc.returncode}): {err[-3000:]}")
    return {"wall_s": round(wall, 1), "peak_rss_mb": sampler.by_role(), "said": out.strip()[-200:]}


def sizes_of(out: Path) -> dict:
    def mb(p: Path) -> float:
        return round(sum(f.stat().st_size for f in p.parent.glob(p.name + "*")) / 2**20, 2) if p.exists() else 0.0

    return {"store_mb": mb(out / ".tdkt" / "tdkt-state.sqlite"), "workbook_mb": mb(out / "compliance.xlsx"),
            "reports_json_mb": mb(out / "reports.json"), "prefect_db_mb": mb(out / ".tdkt" / "prefect" / "prefect.db")}


def bench_one(n: int, runner: str, work: Path, inbox: Path, roster: Path) -> dict:
    case = work / f"{runner}-{n}"
    shutil.rmtree(case, ignore_errors=True)
    case.mkdir(parents=True)
    conf = case / "tdkt.toml"
    text = (f'[paths]\ninbox = "{inbox}"\noutput = "out"\n[rules]\nroster = "{roster}"\n'
            f'[run]\nconcurrency = 2\nformats = ["json", "xlsx", "csv"]\n')
    cluster = None
    if runner == "dask":
        cluster = Cluster(case).__enter__()
        text += f'task_runner = "dask"\n[dask]\naddress = "{cluster.address}"\n'
    conf.write_text(text, "utf-8")
    try:
        extra = [p.pid for p in cluster.procs] if cluster else []
        cold = tdkt_run(conf, extra)
        again = tdkt_run(conf, extra)
    finally:
        if cluster:
            cluster.__exit__(None, None, None)
    records = json.loads((case / "out" / "reports.json").read_text("utf-8"))
    errors = sum(1 for r in records if r.get("error"))
    matched = sum(1 for r in records if (r.get("unit") or {}).get("roster_id"))
    result = {"n": n, "runner": runner, "cold": cold, "reports_per_s": round(n / cold["wall_s"], 2),
              "unchanged_rerun": again, "records": len(records), "errors": errors, "units_matched": matched,
              **sizes_of(case / "out")}
    print(json.dumps(result, ensure_ascii=False), flush=True)
    return result


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--runners", default="thread,dask")
    ap.add_argument("--keep", action="store_true", help="keep bench/out/province")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    OUT.mkdir(parents=True, exist_ok=True)
    results = []
    try:
        for n in sizes:
            names = unit_names(n)
            roster = OUT / f"roster-{n}.csv"
            write_roster(roster, names)
            inbox = OUT / f"inbox-{n}"
            t0 = time.perf_counter()
            counts = make_inbox(inbox, names)
            print(f"# {n} reports generated in {time.perf_counter() - t0:.0f} s: {counts}", flush=True)
            for runner in args.runners.split(","):
                results.append(bench_one(n, runner, OUT / "runs", inbox, roster))
                RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=1))
            shutil.rmtree(inbox, ignore_errors=True)
            shutil.rmtree(OUT / "runs", ignore_errors=True)
    finally:
        RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=1))
        if not args.keep:
            shutil.rmtree(OUT, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
