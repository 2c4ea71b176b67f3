"""Benchmark the pipeline (load, extract, compare, export; no MkDocs) on synthetic corpora.

Articles of seed size are made by recombining paragraphs of the real seeds with
varied numbers and names (fixed random seed, so every run measures the same
text). Reports the median time of each stage and the peak memory of a whole run
for 10, 100 and 1,000 articles; growth from 100 to 1,000 should be near-linear.

    PYTHONPATH=hooks .venv/bin/python scripts/bench_pipeline.py [--sizes 10 100 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from seedpress.analysis import analyse  # noqa: E402
from seedpress.corpus import split_blocks  # noqa: E402
from seedpress.export import export_data  # noqa: E402

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

NAMES = ["Reuters", "The Guardian", "Al Jazeera", "RIA Novosti", "The New York Times", "AFP", "Interfax", "BBC"]
SPEAKERS = ["Igor Konashenkov", "Samantha Power", "Vitaly Churkin", "John Kerry", "Sergei Lavrov", "Peter Cook"]
_NUMBER = re.compile(r"\b\d{2,3}\b")
_MEDIA = re.compile(r"\b(Reuters|BBC|The Wall Street Journal|ABC News)\b")
_PERSON = re.compile(r"Igor Konashenkov")


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _paragraphs() -> list[str]:
    blocks: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        blocks.extend(split_blocks(path.read_text(encoding="utf-8"))[1:])
    return blocks


def _perturb(paragraph: str, rng: random.Random) -> str:
    """Vary numbers, media and names so families and figures are not all identical."""
    paragraph = _NUMBER.sub(lambda m: str(int(m.group()) + rng.randint(-20, 40)), paragraph)
    paragraph = _MEDIA.sub(lambda _: rng.choice(NAMES), paragraph)
    return _PERSON.sub(lambda _: rng.choice(SPEAKERS), paragraph)


def write_corpus(folder: Path, count: int, seed: int = 2016) -> None:
    """``count`` articles of about seed size (10-14 paragraphs) in ``folder``."""
    rng = random.Random(seed)
    pool = _paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    meta = []
    for number in range(count):
        body = [_perturb(p, rng) for p in rng.sample(pool, k=min(len(pool), rng.randint(10, 14)))]
        title = f"Synthetic report {number} on the Deir ez-Zor strike"
        stem = f"{number:05d}_synthetic"
        (folder / f"{stem}.txt").write_text("\n\n".join([title, *body]) + "\n", encoding="utf-8")
        meta.append(f"{stem}:\n  published:\n    value: 2016-09-{17 + number % 3}\n    basis: inferred\n")
    (folder / "sources.yml").write_text("".join(meta), encoding="utf-8")


def run_once(folder: Path) -> dict[str, float]:
    """Seconds per stage for one pass over ``folder``."""
    times: dict[str, float] = {}
    started = time.perf_counter()
    analysis = analyse(folder, ROOT / "editorial", timings=times)  # load, extract, compare
    mark = time.perf_counter()
    export_data(analysis.extraction, analysis.comparison)
    times["export"] = time.perf_counter() - mark
    times["total"] = time.perf_counter() - started
    return times


def peak_memory(folder: Path) -> float:
    """Peak traced memory of one full pass, in MiB."""
    tracemalloc.start()
    run_once(folder)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per size (median reported)")
    args = parser.parse_args(argv)
    stages = ("load", "extract", "compare", "export", "total")
    print(f"{'articles':>8} " + " ".join(f"{s + ' s':>10}" for s in stages) + f" {'ms/article':>10} {'peak MiB':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            folder = Path(tmp) / f"corpus_{size}"
            write_corpus(folder, size)
            runs = [run_once(folder) for _ in range(args.repeat if size < 1000 else max(1, args.repeat - 2))]
            median = {s: statistics.median(r[s] for r in runs) for s in stages}
            peak = peak_memory(folder)
            cells = " ".join(f"{median[s]:>10.3f}" for s in stages)
            print(f"{size:>8} {cells} {1000 * median['total'] / size:>10.2f} {peak:>9.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
