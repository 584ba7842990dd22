"""What a stored result depends on besides the file's bytes: the judge key.

The judge key hashes the ruleset and roster fingerprints, the reading limits and the code
version. The code version is tdkt.__version__ plus a hash of the domain packages' source files
(tdkt, tdkt.pipeline, tdkt.extractors, tdkt.rules), computed once per process, so an edited
engine invalidates every stored result. Orchestration code (tdkt.flows) is left out on purpose:
changing when files are read does not change what they say.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from pathlib import Path

_DOMAIN_PACKAGES = ("tdkt", "tdkt.pipeline", "tdkt.extractors", "tdkt.rules")


@functools.lru_cache(maxsize=1)
def code_version() -> str:
    import importlib

    import tdkt

    digest = hashlib.sha256(tdkt.__version__.encode())
    for name in _DOMAIN_PACKAGES:
        folder = Path(importlib.import_module(name).__file__).parent
        for source in sorted(folder.glob("*.py")):
            if name == "tdkt" and source.name.startswith("cli"):
                continue  # command-line wiring does not change a verdict
            digest.update(source.name.encode())
            digest.update(source.read_bytes())
        for data in sorted([*folder.glob("*.yaml"), *folder.glob("*.csv")]):
            digest.update(data.name.encode())  # included files (abbreviations...) by content too
            digest.update(data.read_bytes())
    return f"{tdkt.__version__}+{digest.hexdigest()[:16]}"


def judge_key(ruleset, roster, limits) -> str:
    parts = {
        "rules": ruleset.fingerprint,
        "roster": getattr(roster, "fingerprint", ""),
        "limits": dataclasses.asdict(limits),
        "code": code_version(),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:32]
