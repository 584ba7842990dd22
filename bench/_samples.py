"""What the benches share about samples/inbox: which files are held out (blind sets listed in
samples/held-out.txt, measured at first contact and never opened by a bench before that)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def held_out(name: str) -> bool:
    """A sample whose number samples/held-out.txt lists ("101-xa-vinh-an.pdf" → 101)."""
    number = name.split("-", 1)[0]
    listed = ROOT / "samples" / "held-out.txt"
    held = {line.strip() for line in listed.read_text().splitlines()} if listed.exists() else set()
    return number.isdigit() and str(int(number)) in held
