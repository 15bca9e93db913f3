"""The mutation score per module, from the last ``mutmut run`` (``make mutate``).

mutmut writes one ``.meta`` file per mutated module under ``mutants/``, with the
exit code of the tests run against each mutant. This script counts them per
module, sets aside the survivors that ``tests/mutation/accepted.toml`` lists
with a reason, prints a Markdown table (the README's), and exits 1 when a
module is below the target or a survivor is neither killed nor listed.

A mutant counts as killed when a test failed or timed out under it. An
``equivalent`` mutant (one that behaves exactly like the original) leaves the
score's denominator; a ``harmless`` one stays in it, as not killed.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"
ACCEPTED = ROOT / "tests" / "mutation" / "accepted.toml"
TARGET = 0.90

KILLED_CODES = {1, 3, 36, 24, -24, 152, 255}  # failed, pytest error, timeouts
SURVIVED_CODES = {0}
NO_TESTS_CODES = {5, 33}


@dataclass
class Score:
    module: str
    counts: Counter[str]

    @property
    def denominator(self) -> int:
        return sum(self.counts.values()) - self.counts["equivalent"]

    @property
    def ratio(self) -> float:
        return self.counts["killed"] / self.denominator if self.denominator else 1.0


def load_accepted(path: Path = ACCEPTED) -> dict[str, dict[str, str]]:
    """Survivors judged harmless or equivalent: ``{mutant: {kind, reason}}``."""
    if not path.exists():
        return {}
    entries = tomllib.loads(path.read_text())["mutant"]
    accepted = {entry["name"]: entry for entry in entries}
    for name, entry in accepted.items():
        if entry.get("kind") not in {"equivalent", "harmless"}:
            raise SystemExit(f"{path}: {name}: kind must be equivalent or harmless")
        if not entry.get("reason", "").strip():
            raise SystemExit(f"{path}: {name}: no reason given")
    return accepted


def classify(exit_code: int | None) -> str:
    if exit_code in KILLED_CODES:
        return "killed"
    if exit_code in SURVIVED_CODES:
        return "survived"
    if exit_code in NO_TESTS_CODES:
        return "no tests"
    if exit_code is None:
        return "not checked"
    return "suspicious"


def scores(
    accepted: dict[str, dict[str, str]],
) -> tuple[list[Score], list[str], list[str]]:
    """Per-module scores, the unlisted survivors, and listed names now killed
    or gone (stale entries)."""
    results: list[Score] = []
    unlisted: list[str] = []
    seen: set[str] = set()
    for meta in sorted(MUTANTS.rglob("*.py.meta")):
        module = str(meta.relative_to(MUTANTS)).removesuffix(".meta")
        counts: Counter[str] = Counter()
        codes = json.loads(meta.read_text())["exit_code_by_key"]
        for name, code in codes.items():
            verdict = classify(code)
            if verdict != "killed" and name in accepted:
                verdict = accepted[name]["kind"]
                seen.add(name)
            elif verdict != "killed":
                unlisted.append(f"{name} ({verdict})")
            counts[verdict] += 1
        results.append(Score(module, counts))
    stale = sorted(set(accepted) - seen)
    return results, unlisted, stale


def table(results: list[Score]) -> str:
    lines = [
        "| module | mutants | killed | equivalent | harmless | survived | score |",
        "|---|---|---|---|---|---|---|",
    ]
    for score in results:
        c = score.counts
        open_ = c["survived"] + c["no tests"] + c["suspicious"] + c["not checked"]
        lines.append(
            f"| `{score.module}` | {sum(c.values())} | {c['killed']} | "
            f"{c['equivalent']} | {c['harmless']} | {open_} | {score.ratio:.1%} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.parse_args()
    if not MUTANTS.exists():
        print("no mutants/ folder: run `make mutate` first", file=sys.stderr)
        return 2
    accepted = load_accepted()
    results, unlisted, stale = scores(accepted)
    print(table(results))
    failed = False
    below = [s.module for s in results if s.ratio < TARGET]
    if below:
        print(f"\nbelow the {TARGET:.0%} target: {', '.join(below)}")
        failed = True
    if unlisted:
        print(f"\n{len(unlisted)} survivors neither killed nor listed in {ACCEPTED}:")
        print("\n".join(f"  {name}" for name in unlisted))
        print("(see one with `.venv/bin/mutmut show NAME`)")
        failed = True
    if stale:
        print(f"\nlisted in {ACCEPTED.name} but killed or gone (remove them):")
        print("\n".join(f"  {name}" for name in stale))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
