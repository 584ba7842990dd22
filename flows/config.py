"""The orchestration settings, read from one TOML or YAML file.

Where the file is: the `--config` flag, else the `TDKT_CONFIG` environment variable, else
`./tdkt.toml` when it exists, else the built-in defaults below. Relative folders in a file are
resolved against the file's own folder; command-line paths against the working folder.
This module only reads settings; it leaves running anything to the other modules.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path

from tdkt.pipeline.record import os_reason

ENV_CONFIG = "TDKT_CONFIG"
DEFAULT_FILE = "tdkt.toml"

# Sections of the file whose keys map to fields with the same name (no prefix).
_PLAIN_SECTIONS = ("paths", "rules", "run")
# Sections whose keys map to "<section>_<key>" fields, e.g. [dask] address -> dask_address.
_PREFIXED_SECTIONS = ("schedule", "dask", "watch", "server", "review", "documents")
_PATH_FIELDS = ("inbox", "output", "quarantine", "archive", "state", "rules", "roster", "documents_template")


class ConfigError(ValueError):
    """A configuration that cannot be used; the message is Vietnamese."""


@dataclass
class FlowConfig:
    # [paths]
    inbox: str = "inbox"
    output: str = "out"
    quarantine: str = ""  # empty: <output>/cach-ly
    archive: str = ""  # empty: archiving disabled
    state: str = ""  # empty: <output>/.tdkt (SQLite store, PREFECT_HOME)
    # [rules]
    rules: str = ""  # empty: the packaged directive
    roster: str = ""  # empty: the packaged roster
    # [run]
    concurrency: int = 2
    task_runner: str = "thread"  # thread | process | dask
    retries: int = 2
    retry_delay_seconds: float = 5.0
    formats: list[str] = field(default_factory=lambda: ["json", "xlsx", "csv"])
    settle_seconds: float = 1.0  # a file modified more recently than this is still being written
    settle_max_wait_seconds: float = 120.0  # a one-shot run waits this long at most for fresh files to settle
    quarantine_grace_seconds: float = 30.0  # a failed file changed more recently is not copied to quarantine yet
    lock_wait_seconds: float = 600.0  # a second pass on the same output folder waits this long, then gives up
    prefect_min_files: int = 20  # with no Prefect server up, fewer new files are judged without starting one
    allow_empty_inbox: bool = False  # an empty inbox while files were known: refuse (unmounted share?) unless true
    # [schedule]
    schedule_cron: str = "0 2 * * *"
    schedule_timezone: str = "Asia/Ho_Chi_Minh"
    # [dask]
    dask_address: str = ""  # tcp://scheduler:8786; empty: a LocalCluster on this machine
    dask_n_workers: int = 2
    dask_threads_per_worker: int = 1
    dask_worker_inbox: str = ""  # where Dask workers mount the inbox; "" with an address: bytes travel with tasks
    dask_ship_max_bytes: int = 64 * 1024 * 1024  # bytes travel for files up to this; larger ones read here
    # [watch]
    watch_mode: str = "auto"  # auto | native | polling
    watch_poll_interval: float = 2.0
    watch_rescan_seconds: float = 300.0  # full pass even without events (missed events, shares)
    # [server]
    server_api_url: str = ""  # an existing Prefect server; empty: `serve` starts its own
    server_database_url: str = ""  # e.g. postgresql+asyncpg://user:pass@host:5432/prefect
    server_host: str = "127.0.0.1"
    server_port: int = 4200
    # [documents]: the office's letters and draft report, written after `tdkt run` (tdkt/cli_documents.py)
    documents_letters: bool = False
    documents_draft_report: bool = False
    documents_template: str = ""  # a folder with the office's own cong-van.docx / bao-cao.docx
    documents_issuer: str = ""  # "UBND HUYỆN TÂY SƠN|PHÒNG NỘI VỤ"; "" = the default
    documents_new_deadline: str = ""  # YYYY-MM-DD; "" = a blank the office fills
    # [review]: the clerk's review page (tdkt review, tdkt serve); another host needs a password
    review_host: str = "127.0.0.1"
    review_port: int = 8765
    review_password: str = ""  # or $TDKT_REVIEW_PASSWORD
    # [limits]: keyword arguments of tdkt.extractors.Limits
    limits: dict = field(default_factory=dict)
    # [[districts]]: a province office's districts in one store (tdkt.flows.districts)
    districts: list = field(default_factory=list)

    # -- derived folders -------------------------------------------------------------
    @property
    def output_dir(self) -> Path:
        return Path(self.output)

    @property
    def state_dir(self) -> Path:
        return Path(self.state) if self.state else self.output_dir / ".tdkt"

    @property
    def quarantine_dir(self) -> Path:
        return Path(self.quarantine) if self.quarantine else self.output_dir / "cach-ly"

    @property
    def archive_dir(self) -> Path | None:
        return Path(self.archive) if self.archive else None

    @property
    def store_path(self) -> Path:
        return self.state_dir / "tdkt-state.sqlite"

    @property
    def prefect_home(self) -> Path:
        return self.state_dir / "prefect"

    def make_limits(self):
        from tdkt.extractors.limits import Limits

        try:
            return Limits(**self.limits)
        except TypeError as exc:
            raise ConfigError(f"Mục [limits] có khóa không hợp lệ: {exc}") from exc

    def to_dict(self) -> dict:
        data = dataclasses.asdict(self)
        data.pop("review_password")  # a secret: never in Prefect's run parameters or the store
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "FlowConfig":
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def with_overrides(self, **values) -> "FlowConfig":
        """A copy with the given non-empty values replaced (command-line flags)."""
        given = {k: v for k, v in values.items() if v not in (None, "")}
        return dataclasses.replace(self, **given)


def config_path(flag: str | None = None) -> Path | None:
    """The configuration file to read, or None for the built-in defaults."""
    if flag:
        return Path(flag)
    if os.environ.get(ENV_CONFIG):
        return Path(os.environ[ENV_CONFIG])
    local = Path(DEFAULT_FILE)
    return local if local.is_file() else None


def load_config(flag: str | None = None) -> FlowConfig:
    path = config_path(flag)
    if path is None:
        return FlowConfig()
    raw = _read(path)
    return _from_sections(raw, path)


def _read(path: Path) -> dict:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"Không đọc được tệp cấu hình {path}: {os_reason(exc)}") from exc
    try:
        if path.suffix.lower() in (".yaml", ".yml"):
            import yaml

            raw = yaml.safe_load(data.decode("utf-8")) or {}
        else:
            import tomllib

            raw = tomllib.loads(data.decode("utf-8"))
    except Exception as exc:  # tomllib/yaml raise their own error types
        raise ConfigError(f"Tệp cấu hình {path} sai cú pháp: {exc}") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"Tệp cấu hình {path} phải là một bảng khóa - giá trị.")
    return raw


def _from_sections(raw: dict, path: Path) -> FlowConfig:
    known = {f.name for f in dataclasses.fields(FlowConfig)}
    values: dict = {}
    for section, body in raw.items():
        if section == "limits":
            values["limits"] = dict(body)
            continue
        if section == "districts":
            from tdkt.flows.districts import parse_districts

            values["districts"] = parse_districts(body, path)
            continue
        if not isinstance(body, dict):
            raise ConfigError(f"Tệp cấu hình {path}: '{section}' phải là một mục [{section}].")
        prefix = f"{section}_" if section in _PREFIXED_SECTIONS else ""
        if section not in _PLAIN_SECTIONS and section not in _PREFIXED_SECTIONS:
            raise ConfigError(f"Tệp cấu hình {path}: mục [{section}] không được hỗ trợ.")
        for key, value in body.items():
            name = prefix + key
            if name not in known:
                raise ConfigError(f"Tệp cấu hình {path}: khóa '{key}' trong mục [{section}] không được hỗ trợ.")
            values[name] = value
    base = path.resolve().parent
    for name in _PATH_FIELDS:
        if values.get(name):
            values[name] = str((base / os.path.expanduser(values[name])))
    cfg = FlowConfig(**values)
    validate(cfg)
    return cfg


def validate(cfg: FlowConfig) -> None:
    if cfg.task_runner not in ("thread", "process", "dask"):
        raise ConfigError(f"task_runner phải là thread, process hoặc dask (đang là '{cfg.task_runner}').")
    if cfg.watch_mode not in ("auto", "native", "polling"):
        raise ConfigError(f"watch.mode phải là auto, native hoặc polling (đang là '{cfg.watch_mode}').")
    if int(cfg.concurrency) < 1:
        raise ConfigError("concurrency phải lớn hơn hoặc bằng 1.")
    check_folders(cfg)


def check_folders(cfg: FlowConfig) -> None:
    """Folders tdkt writes into must not be inside the inbox (their files would come back as
    inbox files), nor hold it."""
    inbox = Path(os.path.realpath(cfg.inbox))
    for label, folder in (("output", cfg.output_dir), ("state", cfg.state_dir), ("quarantine", cfg.quarantine_dir),
                          ("archive", cfg.archive_dir)):
        if folder is None:
            continue
        target = Path(os.path.realpath(folder))
        if target == inbox or target.is_relative_to(inbox) or inbox.is_relative_to(target):
            raise ConfigError(f"Thư mục {label} ({folder}) không được nằm trong hộp thư đến ({cfg.inbox}) "
                              "hoặc chứa hộp thư đến: kết quả sẽ lẫn với tệp các đơn vị gửi. Chọn thư mục khác.")
