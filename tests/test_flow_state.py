"""The flow's state without Prefect: configuration, the store's cache key, the reuse path,
quarantine and the no-Prefect pass on an unchanged inbox."""

from __future__ import annotations

import pytest

from test_flow_helpers import make_config, reports, settle, sha, write_report
from tdkt.flows import versions
from tdkt.flows.config import ConfigError, load_config
from tdkt.flows.passes import load_context, plan_pass, run_pass
from tdkt.flows.store import Store
from tdkt.flows.work import judge_one


def _inline_judge(cfg, entries, rules_id, on_result):
    for e in entries:
        on_result(e, judge_one(e.path, e.display, e.sha256, e.received_at, cfg.rules or None,
                               cfg.roster or None, dict(cfg.limits)))


def test_config_file_sections_env_and_relative_paths(tmp_path, monkeypatch):
    conf = tmp_path / "conf" / "tdkt.toml"
    conf.parent.mkdir()
    conf.write_text('[paths]\ninbox = "hop-thu"\noutput = "/srv/out"\n[run]\nconcurrency = 3\n'
                    'task_runner = "dask"\n[dask]\naddress = "tcp://10.0.0.5:8786"\n[schedule]\ncron = "30 1 * * *"\n'
                    '[limits]\nmax_pages = 50\n', encoding="utf-8")
    monkeypatch.setenv("TDKT_CONFIG", str(conf))
    cfg = load_config()
    assert cfg.inbox == str(conf.parent / "hop-thu")
    assert cfg.output == "/srv/out" and cfg.concurrency == 3
    assert (cfg.task_runner, cfg.dask_address, cfg.schedule_cron) == ("dask", "tcp://10.0.0.5:8786", "30 1 * * *")
    assert cfg.make_limits().max_pages == 50
    yaml_conf = tmp_path / "khac.yaml"
    yaml_conf.write_text("run:\n  concurrency: 5\n", encoding="utf-8")
    assert load_config(str(yaml_conf)).concurrency == 5  # the flag wins over the environment
    bad = tmp_path / "bad.toml"
    bad.write_text('[run]\nsong_song = 2\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="không được hỗ trợ"):
        load_config(str(bad))


def test_unchanged_inbox_reuses_everything_without_reading(tmp_path, monkeypatch):
    cfg = make_config(tmp_path)
    for i in range(3):
        write_report(tmp_path / "inbox" / f"bc-{i}.docx", number=f"{i}/BC-UBND")
    first = run_pass(cfg, judge_many=_inline_judge).summary
    assert (first["files"], first["judged"], first["written"]) == (3, 3, True)

    # Second pass: no file is hashed (sha256_file would raise) and no judge is given.
    import tdkt.pipeline.process as process

    monkeypatch.setattr(process, "sha256_file", lambda p: (_ for _ in ()).throw(AssertionError("hashed")))
    second = run_pass(cfg, judge_many=None).summary
    assert (second["judged"], second["reused"], second["written"]) == (0, 3, False)


def test_result_key_changes_with_bytes_rules_and_code(tmp_path, monkeypatch):
    cfg = make_config(tmp_path)
    report = write_report(tmp_path / "inbox" / "bc.docx")
    run_pass(cfg, judge_many=_inline_judge)
    *_, jkey = load_context(cfg)

    def planned(c):
        *_, k = load_context(c)
        with Store(c.store_path) as store:
            return len(plan_pass(c, store, k).to_judge)

    assert planned(cfg) == 0
    # A renamed file keeps its result: same bytes, same receipt time.
    report.rename(report.with_name("bc-doi-ten.docx"))
    assert planned(cfg) == 0
    # Other rules: everything is judged again.
    from tdkt.rules.loader import default_rules_path

    folder = tmp_path / "quy-tac"
    folder.mkdir()
    for f in default_rules_path().parent.glob("*.yaml"):  # the rules file and what it includes
        (folder / f.name).write_bytes(f.read_bytes())
    rules = folder / default_rules_path().name
    rules.write_bytes(rules.read_bytes() + b"\n# edited\n")
    assert planned(cfg.with_overrides(rules=str(rules))) == 1
    # Another engine version: judged again.
    monkeypatch.setattr(versions, "code_version", lambda: "9.9.9+other")
    assert planned(cfg) == 1
    # New bytes under the same name.
    monkeypatch.undo()
    write_report(tmp_path / "inbox" / "bc-doi-ten.docx", extra="Bổ sung.")
    assert planned(cfg) == 1


def test_file_still_being_written_is_deferred(tmp_path):
    # The watcher's passes do not wait (a one-shot run waits: tests/test_inbox_edges.py).
    cfg = make_config(tmp_path, settle_seconds=30.0, settle_max_wait_seconds=0.0)
    fresh = tmp_path / "inbox" / "dang-ghi.docx"
    write_report(fresh)
    import os
    import time

    os.utime(fresh, (time.time(), time.time()))  # modified just now
    summary = run_pass(cfg, judge_many=_inline_judge).summary
    assert (summary["files"], summary["deferred"]) == (0, 1)
    settle(fresh)
    assert run_pass(cfg, judge_many=_inline_judge).summary["judged"] == 1
    old_sha = reports(cfg.output_dir)["dang-ghi.docx"]["sha256"]

    # Overwritten, the new copy still being written: the previous version stays on its row.
    write_report(fresh, extra="Bản sửa đang chép.")
    os.utime(fresh, (time.time(), time.time()))
    again = run_pass(cfg, judge_many=_inline_judge).summary
    assert (again["files"], again["deferred"], again["judged"]) == (1, 1, 0)
    assert reports(cfg.output_dir)["dang-ghi.docx"]["sha256"] == old_sha
    assert not cfg.quarantine_dir.exists()


def test_bad_files_are_quarantined_with_reason_and_inputs_untouched(tmp_path):
    cfg = make_config(tmp_path, archive=str(tmp_path / "luu-tru"))
    inbox = tmp_path / "inbox"
    empty = inbox / "rong.docx"
    empty.write_bytes(b"")
    broken = inbox / "hong.docx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    good = write_report(inbox / "tot.docx")
    for p in (empty, broken):
        settle(p)
    before = {p.name: (sha(p), p.stat().st_mtime_ns) for p in inbox.iterdir()}

    run_pass(cfg, judge_many=_inline_judge)
    out = reports(cfg.output_dir)
    assert out["rong.docx"]["error"].startswith("Tệp rỗng") and out["hong.docx"]["error"]
    assert out["tot.docx"]["error"] is None
    q = cfg.quarantine_dir
    for name in ("rong.docx", "hong.docx"):
        copy = next(q.glob(f"*-{name}"))
        assert out[name]["quarantined_to"] == str(copy)
        assert copy.read_bytes() == (inbox / name).read_bytes()
        note = copy.with_name(copy.name + ".ly-do.txt").read_text("utf-8")
        assert out[name]["error"] in note
    assert not list(q.glob("*-tot.docx"))
    archived = next((tmp_path / "luu-tru").glob("*-tot.docx"))
    assert sha(archived) == sha(good)
    after = {p.name: (sha(p), p.stat().st_mtime_ns) for p in inbox.iterdir()}
    assert after == before  # inputs never modified, moved or deleted

    (cfg.output_dir / "reports.json").unlink()  # outputs deleted by hand are rewritten
    run_pass(cfg, judge_many=None)
    assert len(list(q.iterdir())) == 4  # no duplicate copies on the second pass
    assert set(reports(cfg.output_dir)) == {"rong.docx", "hong.docx", "tot.docx"}


def test_the_shipped_example_configuration_loads_and_matches_the_defaults():
    from pathlib import Path

    import tdkt
    from tdkt.flows.config import FlowConfig

    example = Path(tdkt.__file__).parent / "config.example.toml"
    cfg = load_config(str(example))
    defaults = FlowConfig()
    for name in ("concurrency", "task_runner", "retries", "formats", "schedule_cron", "watch_mode", "server_port"):
        assert getattr(cfg, name) == getattr(defaults, name), name
    assert cfg.inbox == str(example.parent / "inbox")


def test_serve_builds_a_nightly_deployment_and_a_server_command(tmp_path):
    from tdkt.flows.serve import DEPLOYMENT_NAME, build_deployment
    from tdkt.flows.server import PrefectServer

    cfg = make_config(tmp_path, schedule_cron="15 1 * * *",
                      server_database_url="postgresql+asyncpg://tdkt:x@db:5432/prefect", server_port=4311)
    deployment = build_deployment(cfg)
    assert deployment.name == DEPLOYMENT_NAME
    (schedule,) = deployment.schedules
    assert schedule.schedule.cron == "15 1 * * *" and schedule.schedule.timezone == "Asia/Ho_Chi_Minh"
    assert deployment.parameters["config"]["inbox"] == cfg.inbox

    server = PrefectServer(cfg)
    assert server.api_url == "http://127.0.0.1:4311/api"
    assert server.command()[-6:] == ["server", "start", "--host", "127.0.0.1", "--port", "4311"]
    env = server.environment()
    assert env["PREFECT_SERVER_DATABASE_CONNECTION_URL"] == cfg.server_database_url
    assert env["PREFECT_SERVER_ANALYTICS_ENABLED"] == "false" and "PREFECT_API_URL" not in env


def test_watch_falls_back_to_polling_on_a_network_share(tmp_path, monkeypatch):
    from tdkt.flows import watch

    cfg = make_config(tmp_path)
    assert watch.make_observer(cfg)[1] == "native"  # tmp_path is a local filesystem here
    monkeypatch.setattr(watch, "filesystem_type", lambda path: "cifs")
    observer, kind = watch.make_observer(cfg)
    assert kind == "polling" and type(observer).__name__ == "PollingObserver"
    assert watch.filesystem_type(tmp_path)  # read from /proc/mounts
