"""Judge a pass's few new files without Prefect: the same work, the same retries, no server.

Starting Prefect's embedded server costs 10-20 s on 2 cores (docs/performance.md); for a
`tdkt run` with a handful of new files and no Prefect server up, that was 90% of the run.
This judge has the `judge_many` shape of tdkt.flows.passes and does what the flow's tasks do:
each file in the process's warm reading pool (tdkt.flows.work), a transient failure retried
`retries` times after `retry_delay_seconds`, then an error row. Choosing between this and the
flow is tdkt.flows.run's job.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor, as_completed

from tdkt.flows.config import FlowConfig
from tdkt.flows.plan import Entry
from tdkt.flows.work import TransientReadError, failure_record, judge_one, process_pool


def _judge_with_retries(cfg: FlowConfig, e: Entry, rules_id: str) -> dict:
    attempts = int(cfg.retries) + 1
    for attempt in range(attempts):
        try:
            return judge_one(e.path, e.display, e.sha256, e.received_at, cfg.rules or None, cfg.roster or None,
                             dict(cfg.limits))
        except TransientReadError as exc:
            if attempt + 1 == attempts:
                return failure_record(e.display, e.sha256, e.received_at, rules_id, exc)
            time.sleep(float(cfg.retry_delay_seconds))
        except Exception as exc:  # as the flow does: a row in the error sheet, not a failed run
            return failure_record(e.display, e.sha256, e.received_at, rules_id, exc)
    raise AssertionError("unreachable")


def judge_locally(cfg: FlowConfig, entries: list[Entry], rules_id: str, on_result) -> None:
    workers = max(1, int(cfg.concurrency))
    if len(entries) > 1 and workers > 1:
        process_pool(workers)  # one worker process per file at a time, as the flow's thread runner
    with ThreadPoolExecutor(max_workers=min(workers, len(entries)) or 1, thread_name_prefix="tdkt-judge") as ex:
        futures = {ex.submit(_judge_with_retries, cfg, e, rules_id): e for e in entries}
        for future in as_completed(futures):  # stored as each finishes: a killed run keeps them
            on_result(futures[future], future.result())
