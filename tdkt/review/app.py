"""The review page: a small local web app (Starlette, Jinja2 templates, htmx; no build step).

Pages, in Vietnamese: the units with their status and item counts (filter by cluster, by status
and by item), one unit's items with the engine's verdict, the note, each evidence quote with its place
and the source beside it (tdkt/review/sources.py), and a form per item to confirm the verdict
or override it with a reason. A decision goes through tdkt/review/decisions.py — the code
`tdkt override` uses — so it is stored under the output folder's lock and the outputs are
rewritten at once. The records shown are the folder's last outputs, re-read when they change
(a watcher's pass shows up on the next page load).

Safety: on 127.0.0.1 no login; bound to any other address the app refuses to start without a
password (config [review] password or $TDKT_REVIEW_PASSWORD) and asks for it by HTTP Basic.
Every POST must come from the page's own origin (Origin, else Referer), and the Host header
must name this server (no DNS rebinding from a web page on the clerk's machine).
"""

from __future__ import annotations

import base64
import hmac
import ipaddress
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlencode

from tdkt.flows.config import FlowConfig

HERE = Path(__file__).resolve().parent
ENV_PASSWORD = "TDKT_REVIEW_PASSWORD"
CONFIRM_NOTE = "Cán bộ đã xem và xác nhận kết quả của máy."
STATUS_CHOICES = (("present", "Có"), ("partial", "Chưa đầy đủ"), ("missing", "Không có"))


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class ReviewSettings:
    host: str = "127.0.0.1"
    port: int = 8765
    password: str = ""

    @classmethod
    def from_config(cls, cfg: FlowConfig, host: str | None = None, port: int | None = None) -> "ReviewSettings":
        """Host/port from the flags, else the config; the password from the config, else the
        environment. ValueError (Vietnamese) when a non-local address has no password."""
        chosen = cls(host=host or cfg.review_host or "127.0.0.1", port=int(port or cfg.review_port or 8765),
                     password=cfg.review_password or os.environ.get(ENV_PASSWORD, ""))
        if not is_loopback(chosen.host) and not chosen.password:
            raise ValueError(
                f"Trang xem xét chỉ mở trên địa chỉ {chosen.host} khi đã đặt mật khẩu: ghi password trong mục "
                f"[review] của tệp cấu hình hoặc đặt biến môi trường {ENV_PASSWORD}. Không mở trang.")
        return chosen

    def allowed_hosts(self) -> set[str] | None:
        """Host header values accepted (None: any — a non-local bind is guarded by the password)."""
        if not is_loopback(self.host):
            return None
        names = {self.host, "127.0.0.1", "localhost", "[::1]"}
        return names | {f"{n}:{self.port}" for n in names}


class _Records:
    """The folder's records, re-read when reports.json changes."""

    def __init__(self, cfg: FlowConfig):
        self.cfg = cfg
        self._stamp = None
        self._records: list = []
        self._lock = threading.Lock()

    def get(self) -> list:
        from tdkt.review.decisions import load_records

        path = self.cfg.output_dir / "reports.json"
        try:
            st = path.stat()
            stamp = (st.st_size, st.st_mtime_ns)
        except OSError:
            stamp = None
        with self._lock:
            if stamp is None or stamp != self._stamp:
                self._records = load_records(self.cfg)
                self._stamp = stamp
            return self._records


def make_app(cfg: FlowConfig, settings: ReviewSettings | None = None):
    from starlette.applications import Starlette
    from starlette.responses import HTMLResponse, PlainTextResponse
    from starlette.routing import Mount, Route
    from starlette.staticfiles import StaticFiles
    from starlette.templating import Jinja2Templates

    from tdkt.flows.lock import OutputBusyError
    from tdkt.pipeline.overrides import final_status
    from tdkt.pipeline.supersede import unit_key
    from tdkt.pipeline.output.table import ITEM_STATUS_VI, NO_CLUSTER, STATUSES, TIMELINESS_ITEM, row_status
    from tdkt.review import sources
    from tdkt.review.decisions import parse_where, record_decision, unit_record
    from tdkt.rules.loader import load_roster, load_ruleset

    settings = settings or ReviewSettings()
    ruleset = load_ruleset(cfg.rules or None)
    roster = load_roster(cfg.roster or None)
    item_ids = list(ruleset.item_ids)
    labels = ruleset.labels
    content_ids = [i for i in item_ids if i != TIMELINESS_ITEM]
    records = _Records(cfg)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(status_vi=ITEM_STATUS_VI, labels=labels, status_choices=STATUS_CHOICES,
                                 final_status=final_status, urlencode=urlencode)
    templates.env.filters["vn_date"] = vn_date

    def decisions_by_item(key: str) -> dict[str, list]:
        from tdkt.flows.overrides_store import stored_decisions

        found: dict[str, list] = {}
        for d in stored_decisions(cfg.store_path):
            if d.unit == key:
                found.setdefault(d.item, []).append(d)
        return found

    def unit_rows() -> list[dict]:
        current = [r for r in records.get() if not r.error and not r.superseded_by and unit_key(r)]
        by_roster = {r.unit.roster_id: r for r in current if r.unit.roster_id}
        rows = []
        for unit in roster.units:
            record = by_roster.get(unit.id)
            if record is None:
                rows.append({"name": unit.name, "cluster": unit.cluster or NO_CLUSTER, "status": "Chưa nộp",
                             "record": None, "key": None})
        for record in current:
            counts = {s: 0 for s in ("present", "partial", "missing")}
            overridden = stale = 0
            for i in item_ids:
                result = record.items.get(i)
                counts[final_status(result) if result else "missing"] += 1
                if result is not None and result.override:
                    stale += bool(result.override.get("stale"))
                    overridden += not result.override.get("stale")
            rows.append({"name": record.unit.name or record.unit.header_name, "record": record,
                         "cluster": record.unit.cluster or NO_CLUSTER, "status": row_status(record, content_ids),
                         "key": unit_key(record), "counts": counts, "overridden": overridden, "stale": stale})
        order = {u.id: n for n, u in enumerate(roster.units)}
        rows.sort(key=lambda r: (order.get(r["record"].unit.roster_id, len(order)) if r["record"] else
                                 order.get(next((u.id for u in roster.units if u.name == r["name"]), ""), len(order)),
                                 r["name"] or ""))
        return rows

    async def index(request):
        q = request.query_params
        cluster, item, only_missing = q.get("cum", ""), q.get("muc", ""), q.get("thieu", "") == "1"
        rows = unit_rows()
        clusters = sorted({r["cluster"] for r in rows})
        shown = [r for r in rows if not cluster or r["cluster"] == cluster]
        if item in item_ids and only_missing:
            def lacks(row) -> bool:
                result = row["record"].items.get(item) if row["record"] else None
                return result is None or final_status(result) != "present"

            shown = [r for r in shown if lacks(r)]
        totals: dict[str, int] = {}
        for r in shown:
            totals[r["status"]] = totals.get(r["status"], 0) + 1
        status = q.get("tt", "")  # one status only (e.g. hide the many «Chưa nộp» rows); totals stay whole
        statuses = [s for s in STATUSES if s in totals or s == status]
        if status:
            shown = [r for r in shown if r["status"] == status]
        context = {"rows": shown, "clusters": clusters, "cluster": cluster, "item": item if item in item_ids else "",
                   "status": status, "statuses": statuses,
                   "only_missing": only_missing, "item_ids": item_ids, "totals": totals,
                   "title": getattr(ruleset, "title", "") or ruleset.id, "out": str(cfg.output_dir)}
        name = "_units.html" if request.headers.get("HX-Request") else "index.html"
        return templates.TemplateResponse(request, name, context)

    def item_context(record, key: str, item: str, history: list, message: str = "", error: str = "") -> dict:
        return {"record": record, "key": key, "item": item, "result": record.items.get(item),
                "history": history, "message": message, "error": error, "page_formats": sources.PAGE_FORMATS,
                "where": parse_where}

    async def unit_page(request):
        key = request.query_params.get("dv", "")
        record = unit_record(records.get(), key)
        if record is None:
            return HTMLResponse(templates.get_template("missing.html").render(key=key), status_code=404)
        history = decisions_by_item(key)
        older = [r for r in records.get() if unit_key(r) == key and r.superseded_by]
        items = [item_context(record, key, i, history.get(i, [])) for i in item_ids if i in record.items]
        first = next(((c["item"], 0) for c in items if c["result"].evidence), None)
        return templates.TemplateResponse(request, "unit.html", {
            "record": record, "key": key, "items": items, "older": older, "first": first,
            "page_formats": sources.PAGE_FORMATS})

    async def source(request):
        q = request.query_params
        key, item = q.get("dv", ""), q.get("muc", "")
        record = unit_record(records.get(), key)
        if record is None or item not in record.items:
            return PlainTextResponse("Không tìm thấy mục này.", status_code=404)
        evidence = record.items[item].evidence
        try:
            index = max(0, min(int(q.get("i", "0")), len(evidence) - 1))
        except ValueError:
            index = 0
        ev = evidence[index] if evidence else None
        place = parse_where(ev.where) if ev else {}
        path = sources.locate(record, cfg.store_path, cfg.output_dir)
        context = {"record": record, "item": item, "ev": ev, "place": place, "image": None, "paragraphs": [],
                   "problem": "", "highlighted": 0, "page": None, "pages": None}
        if path is None:
            context["problem"] = "Không tìm thấy tệp gốc trên máy (đã bị chuyển hoặc xóa khỏi hộp thư)."
        elif record.format in sources.PAGE_FORMATS:
            try:
                pages = sources.page_count(path, record.format)
                page = max(1, min(int(q.get("trang") or place.get("page") or 1), pages))
                quotes = [e.text for e in evidence if parse_where(e.where).get("page", 1) == page]
                if ev is not None and parse_where(ev.where).get("page", 1) == page:
                    quotes = [ev.text]  # the one asked for
                image = sources.render_page(path, record.format, page, quotes)
                context.update(image=base64.b64encode(image.png).decode(), highlighted=image.highlighted,
                               page=page, pages=pages)
            except Exception as exc:  # a file that no longer renders: say so beside the quote
                context["problem"] = f"Không hiển thị được trang của tệp gốc ({type(exc).__name__})."
        elif record.format in sources.TEXT_FORMATS:
            try:
                context["paragraphs"] = sources.paragraphs(path, place.get("paragraph"))
            except Exception as exc:
                context["problem"] = f"Không đọc lại được tệp gốc ({type(exc).__name__})."
        else:
            context["problem"] = "Định dạng này không có bản xem trước."
        return templates.TemplateResponse(request, "_source.html", context)

    async def decide(request):
        form = {k: v[-1] for k, v in parse_qs((await request.body()).decode("utf-8", "replace")).items()}
        key, item = form.get("dv", ""), form.get("muc", "")
        record = unit_record(records.get(), key)
        if record is None or item not in record.items:
            return PlainTextResponse("Không tìm thấy đơn vị hoặc mục này (kết quả vừa thay đổi?). Hãy tải lại trang.",
                                     status_code=404)
        confirm = form.get("hanh_dong") == "xac-nhan"
        status = record.items[item].status if confirm else form.get("tinh_trang", "")
        note = form.get("ghi_chu", "").strip() or (CONFIRM_NOTE if confirm else "")
        by = form.get("nguoi_sua", "").strip()
        error = message = ""
        try:
            decision, result = record_decision(cfg, record, item, status, note, by,
                                               lock_wait=min(30.0, float(cfg.lock_wait_seconds)))
            message = f"Đã ghi: {ITEM_STATUS_VI[decision.status]}."
            if result.get("output_locked"):
                message += f" Chưa ghi lại được bảng tính: {result['output_locked']}"
        except ValueError as exc:
            error = str(exc)
        except OutputBusyError as exc:
            error = f"{exc} Quyết định chưa được ghi; hãy thử lại sau ít phút."
        fresh = unit_record(records.get(), key) or record
        context = item_context(fresh, key, item, decisions_by_item(key).get(item, []), message, error)
        return templates.TemplateResponse(request, "_item.html", context, status_code=200 if not error else 422)

    app = Starlette(routes=[
        Route("/", index), Route("/don-vi", unit_page), Route("/nguon", source),
        Route("/quyet-dinh", decide, methods=["POST"]),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ])
    app.add_middleware(_Guard, settings=settings)
    return app


class _Guard:
    """Host check, HTTP Basic when a password is set, same-origin POSTs (pure ASGI middleware)."""

    def __init__(self, app, settings: ReviewSettings):
        self.app = app
        self.settings = settings
        self.hosts = settings.allowed_hosts()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        from starlette.datastructures import Headers
        from starlette.responses import PlainTextResponse

        headers = Headers(scope=scope)
        host = headers.get("host", "")
        if self.hosts is not None and host not in self.hosts:
            return await PlainTextResponse("Địa chỉ không hợp lệ.", status_code=400)(scope, receive, send)
        if self.settings.password and not self._authorised(headers.get("authorization", "")):
            return await PlainTextResponse("Cần mật khẩu để xem trang này.", status_code=401, headers={
                "WWW-Authenticate": 'Basic realm="tdkt", charset="UTF-8"'})(scope, receive, send)
        if scope["method"] not in ("GET", "HEAD") and not self._same_origin(headers, scope):
            return await PlainTextResponse("Yêu cầu bị từ chối: không đến từ trang xem xét.",
                                           status_code=403)(scope, receive, send)
        return await self.app(scope, receive, send)

    def _authorised(self, header: str) -> bool:
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            _, _, given = base64.b64decode(value).decode("utf-8").partition(":")
        except (ValueError, UnicodeDecodeError):
            return False
        return hmac.compare_digest(given.encode(), self.settings.password.encode())

    @staticmethod
    def _same_origin(headers, scope) -> bool:
        own = f"{scope.get('scheme', 'http')}://{headers.get('host', '')}"
        origin = headers.get("origin")
        if origin is not None:
            return origin == own
        referer = headers.get("referer", "")
        return referer == own or referer.startswith(own + "/")


def serve_review(cfg: FlowConfig, settings: ReviewSettings) -> int:
    """Serve the page until interrupted (tdkt review)."""
    import uvicorn

    app = make_app(cfg, settings)
    shown = settings.host if ":" not in settings.host else f"[{settings.host}]"
    print(f"Trang xem xét kết quả {cfg.output_dir}: http://{shown}:{settings.port}/ — nhấn Ctrl+C để dừng.",
          flush=True)
    try:
        uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning", access_log=False)
    except OSError as exc:
        print(f"Không mở được trang ở cổng {settings.port}: {exc.strerror or exc}.", file=sys.stderr)
        return 1
    return 0


def start_in_thread(cfg: FlowConfig, settings: ReviewSettings):
    """The page beside `tdkt serve`: a uvicorn server in a daemon thread; returns the server
    (set `should_exit = True` to stop it)."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(make_app(cfg, settings), host=settings.host, port=settings.port,
                                           log_level="warning", access_log=False))
    threading.Thread(target=server.run, name="tdkt-review", daemon=True).start()
    return server


__all__ = ["make_app", "ReviewSettings", "serve_review", "start_in_thread", "is_loopback"]


def vn_date(value) -> str:
    """An ISO date or date-time as the office writes it: 20/06/2023, 20/06/2023 08:30."""
    import datetime as dt

    text = str(value or "")
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        return text
    if len(text) <= 10:
        return when.strftime("%d/%m/%Y")
    return when.strftime("%d/%m/%Y %H:%M")
