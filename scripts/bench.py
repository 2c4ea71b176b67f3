"""Speed and memory figures for the site build (`make bench`), with the targets beside them.

What it measures, all in one run so that ratios compare like with like:

* **Real seeds**: the median time and peak memory of a strict build of the
  project as it is (each build a fresh ``mkdocs build`` process). Ratios are of
  processor time (user and system) of the build processes, which a machine busy
  with other work disturbs far less than wall time; both are printed.
* **Hooks' share**: the cumulative wall time of the hook events (``on_config``,
  ``on_files``, ``on_page_markdown``, ``on_page_content``, ``on_post_build``, ...:
  everything they call, regular expressions, YAML and Markdown included) over a
  whole in-process build of the real seeds, as a share of that build. Each event
  is timed around its call (processor time), without a profiler (which would
  slow pure-Python code more than C code and so distort the share).
* **Many articles**: a strict build of the real seeds plus synthetic articles (the
  seeds' sentences recombined, numbers changed) up to 300, against a plain
  Material build of the same article texts: each article a plain Markdown page,
  the same theme, the search plugin, no hooks and no extensions beyond MkDocs'
  defaults, Material's navigation as it comes (every page listed). Both are built
  alternately and the medians compared.
* **Hostile but valid articles**: the real seeds plus one article of each shape
  (``HOSTILE_CASES``): 2 MB of ordinary paragraphs dense with glossary terms,
  30,000 short paragraphs, 2 MB of ordinary sentences on one line. Each is
  reported as a ratio to the real seeds' build, with its peak memory.

``--sizes 300,1000`` adds a 1,000-article build (once) and reports its growth per
article against the 300. ``--profile CASE`` prints where a build of one case
spends its time (cProfile, cumulative, sorted). Page weights are measured by
``scripts/bench_pages.py``.

The script exits 0 whether or not the targets are met: a benchmark reports, it
does not test.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "hooks"))

from mkdocs.commands.build import build as mkdocs_build  # noqa: E402
from mkdocs.config import load_config  # noqa: E402

from seedpress.corpus import load_corpus  # noqa: E402
from seedpress.glossary import load_glossary  # noqa: E402
from support import copy_project  # noqa: E402

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1474070400"}

# ---------------------------------------------------------------------------
# Data: the targets (issue 15)
# ---------------------------------------------------------------------------

#: The hook events' share of a build of the real seeds, at most.
HOOKS_SHARE_TARGET = 0.10
#: A 300-article build against plain Material on the same texts, at most.
MANY_RATIO_TARGET = 2.0
#: A hostile article's build against the real seeds' build, at most.
HOSTILE_RATIO_TARGET = 10.0
#: Peak memory of any one build, below.
MEMORY_TARGET_MIB = 500
#: 1,000 articles: time per article at most this many times that at 300 (near-linear growth).
GROWTH_TARGET = 1.5
#: Synthetic articles get names after the real seeds, so the seeds keep their paragraph numbers.
SYNTHETIC_PREFIX = "900_synthetic"
HOSTILE_STEM = "zz_hostile"
HOSTILE_SIZE = 2_000_000
HOSTILE_PARAGRAPHS = 30_000


# ---------------------------------------------------------------------------
# Helper functions: building
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    seconds: float  # wall time
    peak_mib: float
    cpu: float  # processor time (user and system) of the build: steadier than wall time on a busy machine


def build(project: Path, *, strict: bool = True) -> Run:
    """One build in a child process: its wall time, its own peak resident memory and its processor time."""
    site = project / "site"
    shutil.rmtree(site, ignore_errors=True)
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "--site-dir", str(site)]
    if strict:
        command.append("--strict")
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=project, env=ENV)
    # wait4 gives this child's own peak, where RUSAGE_CHILDREN would give the largest so far.
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status):
        raise subprocess.CalledProcessError(os.waitstatus_to_exitcode(status), command)
    return Run(elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


def hook_event_times(project: Path) -> dict[str, float]:
    """In this process: one build of ``project``, the seconds spent in each hook event, and ``build`` in all.

    The hook module's event functions are wrapped with a timer where MkDocs
    registered them, so each figure is the event's whole (cumulative) time.
    """
    os.environ.update(ENV)
    os.chdir(project)
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site-events"), strict=True)
    hooks_dir = str(project / "hooks")
    spent: dict[str, float] = {}

    def timed(name: str, method: Callable[..., object]) -> Callable[..., object]:
        def wrapper(*args: object, **kwargs: object) -> object:
            started = time.process_time()
            try:
                return method(*args, **kwargs)
            finally:
                spent[f"on_{name}"] = spent.get(f"on_{name}", 0.0) + time.process_time() - started

        return wrapper

    for name, methods in config.plugins.events.items():
        for index, method in enumerate(methods):
            code = getattr(method, "__code__", None)
            if code is not None and code.co_filename.startswith(hooks_dir):
                methods[index] = timed(name, method)
    started = time.process_time()
    mkdocs_build(config)
    spent["build"] = time.process_time() - started
    return spent


def hooks_share(project: Path) -> dict[str, float]:
    """``hook_event_times`` in a fresh process (so the library is imported and run as in a real build)."""
    output = subprocess.run(
        [sys.executable, __file__, "--hook-events", str(project)],
        env=ENV,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def profile(project: Path, top: int = 30) -> None:
    """Where an in-process build of ``project`` spends its time: cProfile, cumulative, sorted; then per hook event."""
    os.environ.update(ENV)
    os.chdir(project)
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site-profile"), strict=True)
    profiler = cProfile.Profile()
    profiler.enable()
    mkdocs_build(config)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(top)
    # Each hook event's cumulative time (everything it calls), as the hooks' share counts it.
    build_time = max(entry[3] for entry in stats.stats.values())  # type: ignore[attr-defined]
    hooks_dir = str(project / "hooks")
    events = sorted(
        (entry[3], entry[1], Path(file).name, name)
        for (file, _, name), entry in stats.stats.items()  # type: ignore[attr-defined]
        if file.startswith(hooks_dir) and name.startswith("on_")
    )
    print("Hook events, cumulative (calls, seconds, share of the profiled build; the profiler slows Python code more):")
    for cumulative, calls, module, name in reversed(events):
        print(f"  {module}:{name:<18} {calls:5d} {cumulative:7.3f} s {100 * cumulative / build_time:5.1f} %")


# ---------------------------------------------------------------------------
# Helper functions: test material
# ---------------------------------------------------------------------------


def _seed_sentences() -> list[str]:
    corpus = load_corpus(ROOT / "seeds")
    return [s.text for a in corpus.articles for p in a.body for s in p.sentences]


def _glossary_forms() -> list[str]:
    glossary = load_glossary(ROOT / "editorial" / "glossary.yml", "editorial/glossary.yml")
    return sorted({form for entry in glossary.entries for form in entry.forms})


def synthetic_article(rng: random.Random, sentences: list[str], number: int) -> str:
    """A seed-sized article: a headline and paragraphs of real sentences with changed numbers."""
    picked = rng.sample(sentences, k=min(len(sentences), 14))
    paragraphs = [" ".join(picked[i : i + 2]) for i in range(0, len(picked), 2)]
    paragraphs = [re.sub(r"\b\d{2,3}\b", lambda m: str(int(m.group()) + rng.randint(1, 40)), p) for p in paragraphs]
    return f"Report {number} on the airstrike near Deir ez-Zor\n\n" + "\n\n".join(paragraphs) + "\n"


def synthetic_texts(count: int) -> dict[str, str]:
    """File stem -> text of ``count`` synthetic articles (fixed random seed: every run the same)."""
    sentences = _seed_sentences()
    rng = random.Random(count)
    return {f"{SYNTHETIC_PREFIX}_{n:04d}": synthetic_article(rng, sentences, n) for n in range(count)}


def _term_sentence(rng: random.Random, forms: list[str]) -> str:
    """An ordinary sentence naming four glossary terms."""
    a, b, c, d = rng.sample(forms, 4)
    return f"Officials of {a} and {b} said the strike near {c} was discussed with {d} on Monday."


def _dense_paragraph(rng: random.Random, sentences: list[str], forms: list[str]) -> str:
    """A paragraph of the seeds' sentences and sentences naming glossary terms, about 600 characters."""
    parts = [*rng.sample(sentences, 2), _term_sentence(rng, forms), _term_sentence(rng, forms)]
    rng.shuffle(parts)
    return " ".join(parts)


def _until(size: int, make: Callable[[], str], joiner: str) -> str:
    parts: list[str] = []
    total = 0
    while total < size:
        parts.append(make())
        total += len(parts[-1]) + len(joiner)
    return joiner.join(parts)


def hostile_dense_paragraphs(size: int = HOSTILE_SIZE) -> str:
    rng, sentences, forms = random.Random(1), _seed_sentences(), _glossary_forms()
    return _until(size, lambda: _dense_paragraph(rng, sentences, forms), "\n\n")


def hostile_many_paragraphs(count: int = HOSTILE_PARAGRAPHS) -> str:
    rng, forms = random.Random(2), _glossary_forms()
    return "\n\n".join(
        f"Paragraph {i}: {rng.choice(forms)} said {i % 90 + 10} people were there." for i in range(count)
    )


def hostile_one_line(size: int = HOSTILE_SIZE) -> str:
    rng, sentences, forms = random.Random(3), _seed_sentences(), _glossary_forms()
    return _until(size, lambda: _dense_paragraph(rng, sentences, forms), " ")


#: The hostile-but-valid articles, by name.
HOSTILE_CASES: dict[str, tuple[str, Callable[[], str]]] = {
    "dense": ("2 MB of paragraphs dense with glossary terms", hostile_dense_paragraphs),
    "paragraphs": (f"{HOSTILE_PARAGRAPHS:,} short paragraphs", hostile_many_paragraphs),
    "one-line": ("2 MB on a single line", hostile_one_line),
}


def real_project(dest: Path) -> Path:
    return copy_project(dest)


def hostile_project(dest: Path, case: str) -> Path:
    """The real seeds plus one hostile article."""
    project = copy_project(dest)
    text = HOSTILE_CASES[case][1]()
    (project / "seeds" / f"{HOSTILE_STEM}.txt").write_text(f"A hostile headline\n\n{text}\n", encoding="utf-8")
    return project


def synthetic_project(dest: Path, count: int) -> Path:
    """The real seeds plus synthetic articles, ``count`` articles in all."""
    project = copy_project(dest)
    seeds = len(list((project / "seeds").glob("*.txt")))
    for stem, text in synthetic_texts(count - seeds).items():
        (project / "seeds" / f"{stem}.txt").write_text(text, encoding="utf-8")
    return project


def plain_project(dest: Path, count: int) -> Path:
    """Plain Material on the same article texts as ``synthetic_project(count)``: one Markdown page each, no hooks."""
    docs = dest / "docs"
    docs.mkdir(parents=True)
    texts = {path.stem: path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))}
    texts.update(synthetic_texts(count - len(texts)))
    for stem, text in texts.items():
        headline, _, body = text.partition("\n\n")
        (docs / f"{stem}.md").write_text(f"# {headline.strip()}\n\n{body}", encoding="utf-8")
    (docs / "index.md").write_text("# Articles\n\nThe articles, one page each.\n", encoding="utf-8")
    (dest / "mkdocs.yml").write_text(
        "site_name: Plain Material\ntheme:\n  name: material\nplugins:\n  - search\n", encoding="utf-8"
    )
    return dest


# ---------------------------------------------------------------------------
# Helper functions: the report
# ---------------------------------------------------------------------------


@dataclass
class Row:
    what: str
    figure: str
    target: str
    met: bool | None

    def cells(self) -> list[str]:
        verdict = "" if self.met is None else ("met" if self.met else "NOT MET")
        return [self.what, self.figure, self.target, verdict]


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)

    def add(self, what: str, figure: str, target: str = "", met: bool | None = None) -> None:
        self.rows.append(Row(what, figure, target, met))
        print(f"  {what}: {figure}", flush=True)

    def print(self) -> None:
        table = [["measure", "figure (median)", "target", ""], *(row.cells() for row in self.rows)]
        widths = [max(len(line[i]) for line in table) for i in range(4)]
        print()
        for number, line in enumerate(table):
            print("| " + " | ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)) + " |")
            if number == 0:
                print("|" + "|".join("-" * (width + 2) for width in widths) + "|")


def _median(runs: list[Run]) -> Run:
    return Run(
        statistics.median(r.seconds for r in runs),
        max(r.peak_mib for r in runs),
        statistics.median(r.cpu for r in runs),
    )


def _spread(runs: list[Run]) -> str:
    if len(runs) == 1:
        return "1 run"
    return f"{len(runs)} runs, wall {min(r.seconds for r in runs):.2f}–{max(r.seconds for r in runs):.2f} s"


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def measure_real(report: Report, tmp: Path, runs: int, share_runs: int) -> Run:
    """The real seeds: build time and memory, and the hook events' share; returns the median build."""
    real = real_project(tmp / "real")
    real_runs = [build(real) for _ in range(runs)]
    base = _median(real_runs)
    report.add(
        "real seeds: strict build",
        f"{base.cpu:.2f} s CPU, {base.seconds:.2f} s wall ({_spread(real_runs)}), peak {base.peak_mib:.0f} MiB",
        f"< {MEMORY_TARGET_MIB} MiB",
        base.peak_mib < MEMORY_TARGET_MIB,
    )
    events = [hooks_share(real) for _ in range(share_runs)]
    shares = [sum(v for k, v in e.items() if k != "build") / e["build"] for e in events]
    share = statistics.median(shares)
    middle = events[sorted(range(len(shares)), key=shares.__getitem__)[len(shares) // 2]]
    detail = ", ".join(f"{k} {v:.2f}" for k, v in sorted(middle.items(), key=lambda kv: -kv[1]) if k != "build")
    report.add(
        "hooks' share of the real seeds' build",
        f"{100 * share:.1f} % ({len(events)} in-process builds; one: {detail} of {middle['build']:.2f} s)",
        f"≤ {100 * HOOKS_SHARE_TARGET:.0f} %",
        share <= HOOKS_SHARE_TARGET,
    )
    return base


def measure_sizes(report: Report, tmp: Path, sizes: list[int], runs: int) -> None:
    """Synthetic collections against plain Material on the same texts (up to 300), and growth."""
    per_article: dict[int, float] = {}
    for count in sizes:
        ours = synthetic_project(tmp / f"many-{count}", count)
        plain = plain_project(tmp / f"plain-{count}", count) if count <= 300 else None
        our_runs: list[Run] = []
        plain_runs: list[Run] = []
        for _ in range(runs if count <= 300 else 1):  # alternate, so a busy moment hurts both alike
            our_runs.append(build(ours))
            if plain is not None:
                plain_runs.append(build(plain, strict=False))
        mine = _median(our_runs)
        per_article[count] = mine.cpu / count
        report.add(
            f"{count:,} articles: build",
            f"{mine.cpu:.1f} s CPU, {mine.seconds:.1f} s wall ({_spread(our_runs)}), peak {mine.peak_mib:.0f} MiB",
            f"< {MEMORY_TARGET_MIB} MiB",
            mine.peak_mib < MEMORY_TARGET_MIB,
        )
        if plain is not None:
            other = _median(plain_runs)
            ratio = mine.cpu / other.cpu
            report.add(
                f"{count:,} articles: ratio to plain Material",
                f"{ratio:.2f}× CPU (plain: {other.cpu:.1f} s CPU, {other.seconds:.1f} s wall, {_spread(plain_runs)}; "
                f"wall ratio {mine.seconds / other.seconds:.2f}×)",
                f"≤ {MANY_RATIO_TARGET:g}×",
                ratio <= MANY_RATIO_TARGET,
            )
            shutil.rmtree(plain)
        shutil.rmtree(ours)
    if len(per_article) > 1:
        smallest, largest = min(per_article), max(per_article)
        growth = per_article[largest] / per_article[smallest]
        report.add(
            f"growth {smallest:,} → {largest:,} articles (time per article)",
            f"{growth:.2f}×",
            f"≤ {GROWTH_TARGET:g}×",
            growth <= GROWTH_TARGET,
        )


def measure_hostile(report: Report, tmp: Path, cases: list[str], runs: int, base: Run) -> None:
    """Each hostile article beside the real seeds, as a ratio to the real seeds' build."""
    for case in cases:
        project = hostile_project(tmp / f"hostile-{case}", case)
        hostile_runs = [build(project) for _ in range(runs)]
        shutil.rmtree(project)
        hostile = _median(hostile_runs)
        ratio = hostile.cpu / base.cpu
        report.add(
            f"hostile: {HOSTILE_CASES[case][0]}",
            f"{ratio:.1f}× the real seeds' CPU ({hostile.cpu:.1f} s CPU, {hostile.seconds:.1f} s wall, "
            f"{_spread(hostile_runs)}), "
            f"peak {hostile.peak_mib:.0f} MiB",
            f"≤ {HOSTILE_RATIO_TARGET:g}×, < {MEMORY_TARGET_MIB} MiB",
            ratio <= HOSTILE_RATIO_TARGET and hostile.peak_mib < MEMORY_TARGET_MIB,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="builds of the real seeds (median)")
    parser.add_argument("--large-runs", type=int, default=3, help="builds of each 300-article and hostile case")
    parser.add_argument("--hostile-runs", type=int, help="builds of each hostile case (default: --large-runs)")
    parser.add_argument("--sizes", default="300", help="article counts to build, comma-separated (e.g. 300,1000)")
    parser.add_argument("--hostile", default=",".join(HOSTILE_CASES), help="hostile cases ('' for none)")
    parser.add_argument("--profile", metavar="CASE", help="profile one build: real, a size, or a hostile case")
    parser.add_argument("--hook-events", metavar="PROJECT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.hook_events:
        print(json.dumps(hook_event_times(Path(args.hook_events))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        if args.profile:
            case = args.profile
            if case == "real":
                project = real_project(Path(tmp) / "real")
            elif case.isdecimal():
                project = synthetic_project(Path(tmp) / case, int(case))
            else:
                project = hostile_project(Path(tmp) / case, case)
            profile(project)
            return
        report = Report()
        print("Measuring (each figure as it comes; the summary table follows):", flush=True)
        base = measure_real(report, Path(tmp), args.runs, max(3, args.large_runs))
        measure_sizes(report, Path(tmp), [int(s) for s in args.sizes.split(",") if s.strip()], args.large_runs)
        measure_hostile(
            report,
            Path(tmp),
            [s.strip() for s in args.hostile.split(",") if s.strip()],
            args.hostile_runs or args.large_runs,
            base,
        )
        report.print()


if __name__ == "__main__":
    main()
