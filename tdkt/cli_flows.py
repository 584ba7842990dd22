"""`tdkt run INBOX --out DIR`: one pass over the inbox as a Prefect flow."""

from __future__ import annotations

from pathlib import Path


def register(sub) -> None:
    run_p = sub.add_parser("run", help="Chạy một lượt trên hộp thư đến (luồng Prefect).")
    run_p.add_argument("inbox")
    run_p.add_argument("--out", required=True)
    run_p.add_argument("--rules")
    run_p.add_argument("--roster")
    run_p.set_defaults(func=run)


def run(args) -> int:
    from tdkt.flows.run import run_inbox

    print(run_inbox(Path(args.inbox), Path(args.out), rules=args.rules, roster=args.roster))
    return 0
