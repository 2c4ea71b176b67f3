"""Speed and size figures for the site build (`make bench`).

Reports, for the real seeds: the median wall time of a strict build, the share
of build time spent in the hooks (cProfile, own time of code under hooks/), and
the bytes a first visit to each page transfers (gzip). Then builds the real
seeds plus one hostile article of each shape asked for (``--hostile``; by
default the 2 MB line of unbalanced quotes), and synthetic collections of
articles (made by recombining the real seeds' sentences with changed numbers),
and reports wall time and peak memory of each build.

Targets (from the issues) are printed beside the figures; the script exits 0
either way, because a benchmark reports, it does not test.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
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
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "hooks"))

from mkdocs.commands.build import build as mkdocs_build  # noqa: E402
from mkdocs.config import load_config  # noqa: E402

from seedpress.corpus import load_corpus  # noqa: E402
from support import copy_project  # noqa: E402

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1474070400"}
#: Issue 13: every page's first visit, search worker and index included, at most 100 KB gzip.
PAGE_LIMIT_BYTES = 100_000
#: Issue 16: the HTML of any page at most 60 KB gzip.
HTML_LIMIT_BYTES = 60_000
_ASSET = re.compile(r"""(?:href|src)="([^"#?]+\.(?:css|js|png|svg|ico|json))""")


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def build(project: Path) -> tuple[float, int]:
    """One strict build in a child process: (seconds, peak resident memory of that build in KiB)."""
    site = project / "site"
    shutil.rmtree(site, ignore_errors=True)
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "--site-dir", str(site)]
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=project, env=ENV)
    # wait4 gives this child's own peak, where RUSAGE_CHILDREN would give the largest so far.
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, command)
    return elapsed, usage.ru_maxrss


def hooks_share(project: Path) -> tuple[float, float]:
    """(hooks seconds, total seconds) of one in-process build under cProfile."""
    os.environ.update(ENV)
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site-profile"), strict=True)
    profile = cProfile.Profile()
    started = time.perf_counter()
    profile.enable()
    mkdocs_build(config)
    profile.disable()
    total = time.perf_counter() - started
    # The library may be imported from this checkout (see sys.path above) or from the copy.
    hooks_dirs = (str(project / "hooks"), str(ROOT / "hooks"))
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    in_hooks = sum(
        tottime for (filename, _, _), (_, _, tottime, _, _) in stats.items() if filename.startswith(hooks_dirs)
    )
    return in_hooks, total


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


@dataclass(frozen=True)
class PageWeight:
    """What a first visit to one page transfers, gzip bytes, by kind."""

    page: str
    html: int
    assets: int  # stylesheets, scripts, icons and images the page links
    search: int  # Material's search worker and index (loaded at once by a page with a search box)

    @property
    def total(self) -> int:
        return self.html + self.assets + self.search


def page_weights(site: Path) -> list[PageWeight]:
    """Per page: gzip bytes of the HTML and everything it loads on a first visit.

    Material's search loads its worker and the search index when a page with a
    search form opens, so both count there (the printable handout has none).
    """
    shared = [p for p in site.glob("assets/javascripts/workers/search.*.min.js")] + [site / "search/search_index.json"]
    weights = []
    for page in sorted(site.rglob("index.html")):
        html = page.read_bytes()
        assets = 0
        seen: set[Path] = set()
        for ref in _ASSET.findall(html.decode("utf-8")):
            asset = (page.parent / ref).resolve()
            if asset.is_file() and asset not in seen:
                seen.add(asset)
                assets += gz(asset.read_bytes())
        search = 0
        if b'name="search"' in html:
            search = sum(gz(p.read_bytes()) for p in shared if p.is_file() and p.resolve() not in seen)
        weights.append(PageWeight(page.parent.relative_to(site).as_posix() + "/", gz(html), assets, search))
    return weights


def report_weights(weights: list[PageWeight]) -> None:
    """The first-visit table, heaviest first, with the pages over a limit flagged."""
    print(
        f"\nFirst-visit transfer per page (gzip KB; limit {PAGE_LIMIT_BYTES // 1000} KB per page, "
        f"{HTML_LIMIT_BYTES // 1000} KB of HTML):"
    )
    print(f"  {'total':>7}  {'html':>6}  {'assets':>6}  {'search':>6}  page")
    for w in sorted(weights, key=lambda w: -w.total):
        flags = []
        if w.total > PAGE_LIMIT_BYTES:
            flags.append("OVER PAGE LIMIT")
        if w.html > HTML_LIMIT_BYTES:
            flags.append("OVER HTML LIMIT")
        name = w.page if w.page != "./" else ""
        print(
            f"  {w.total / 1000:7.1f}  {w.html / 1000:6.1f}  {w.assets / 1000:6.1f}  {w.search / 1000:6.1f}  "
            f"/{name}{'  ' + ', '.join(flags) if flags else ''}"
        )
    over = [w for w in weights if w.total > PAGE_LIMIT_BYTES]
    print(f"  {len(over)} of {len(weights)} pages over {PAGE_LIMIT_BYTES // 1000} KB")


def synthetic_article(rng: random.Random, sentences: list[str], number: int) -> str:
    """A seed-sized article: a headline and paragraphs of real sentences with changed numbers."""
    picked = rng.sample(sentences, k=min(len(sentences), 14))
    paragraphs = [" ".join(picked[i : i + 2]) for i in range(0, len(picked), 2)]
    paragraphs = [re.sub(r"\b\d{2,3}\b", lambda m: str(int(m.group()) + rng.randint(1, 40)), p) for p in paragraphs]
    return f"Report {number} on the airstrike near Deir ez-Zor\n\n" + "\n\n".join(paragraphs) + "\n"


def synthetic_project(dest: Path, count: int) -> Path:
    project = copy_project(dest)
    corpus = load_corpus(project / "seeds")
    sentences = [s.text for a in corpus.articles for p in a.body for s in p.sentences]
    rng = random.Random(count)
    for n in range(count - len(corpus.articles)):
        (project / "seeds" / f"900_synthetic_{n:04d}.txt").write_text(
            synthetic_article(rng, sentences, n), encoding="utf-8"
        )
    return project


def _repeat(chunk: str, size: int) -> str:
    return (chunk * (size // len(chunk) + 1))[:size]


#: Hostile article bodies of about ``size`` characters, by name (``--hostile``).
HOSTILE_SHAPES = {
    # One line, no full stop: one sentence full of quotation marks, many never closed.
    "quotes": lambda size: _repeat(
        'He said "it was wrong and " then \u201cmore ' * 40 + "officials said 62 were killed, ", size
    ),
    # One paragraph of many short sentences, no quotation marks.
    "sentences": lambda size: _repeat("Officials met in the city on Monday. The talks were long and tiring. ", size),
    # Many short sentences, each a quotation with its speaker.
    "quoted-sentences": lambda size: _repeat('He said "it was wrong." ', size),
    # Thousands of paragraphs.
    "paragraphs": lambda size: "\n\n".join(
        f'Paragraph {i} says "a quote" and officials said {i} were killed.' for i in range(size // 62)
    ),
    # Opening quotation marks and nothing else.
    "open-quotes": lambda size: _repeat('He said "it was wrong and then ', size),
    # Words thousands of characters long.
    "long-words": lambda size: _repeat("x" * 5000 + " ", size),
    # Figures and dates, one sentence.
    "numbers": lambda size: _repeat("62 killed on 17 September 2016, ", size),
    # A line of full stops, then short sentences.
    "full-stops": lambda size: "." * (size // 2) + " " + _repeat("Officials said. ", size - size // 2 - 1),
}


def hostile_project(dest: Path, shape: str = "quotes", size: int = 2_000_000) -> Path:
    """The real seeds plus one hostile article (by default 2 MB on one line, full of unbalanced quotes)."""
    project = copy_project(dest)
    text = HOSTILE_SHAPES[shape](size)
    (project / "seeds" / "zz_hostile_2mb.txt").write_text("A hostile headline\n\n" + text + "\n", encoding="utf-8")
    return project


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="builds of the real site to take the median of")
    parser.add_argument(
        "--sizes", default="30,300,1000", help="synthetic collection sizes (comma-separated; '' for none)"
    )
    parser.add_argument(
        "--hostile",
        default="quotes",
        help=f"hostile article shapes to build (comma-separated; '' for none): {', '.join(HOSTILE_SHAPES)}",
    )
    parser.add_argument("--hostile-size", type=int, default=2_000_000, help="characters in each hostile article")
    parser.add_argument("--weights-only", action="store_true", help="one build, then only the page weights")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp) / "real")
        if args.weights_only:
            build(project)
            report_weights(page_weights(project / "site"))
            return
        times = [build(project)[0] for _ in range(args.runs)]
        print(
            f"Real seeds: strict build, median of {args.runs}: {statistics.median(times):.2f} s "
            f"(min {min(times):.2f}, max {max(times):.2f})"
        )
        in_hooks, total = hooks_share(project)
        print(
            f"Hooks share of one profiled build: {in_hooks:.2f} s of {total:.2f} s = {100 * in_hooks / total:.1f}% "
            "(target under 10%)"
        )
        report_weights(page_weights(project / "site"))
        for shape in [s.strip() for s in args.hostile.split(",") if s.strip()]:
            hostile = hostile_project(Path(tmp) / f"hostile-{shape}", shape, args.hostile_size)
            elapsed, peak = build(hostile)
            print(
                f"\nHostile article '{shape}' ({args.hostile_size / 1e6:g} MB): build {elapsed:.1f} s, "
                f"peak memory {peak / 1024:.0f} MiB"
            )
            shutil.rmtree(hostile)
        for size in [int(s) for s in args.sizes.split(",") if s.strip()]:
            synthetic = synthetic_project(Path(tmp) / f"synthetic-{size}", size)
            elapsed, peak = build(synthetic)
            largest = max(w.total for w in page_weights(synthetic / "site"))
            print(
                f"\n{size:5d} articles: build {elapsed:6.1f} s, peak memory {peak / 1024:6.0f} MiB, "
                f"largest page {largest / 1000:.0f} KB"
            )
            shutil.rmtree(synthetic)


if __name__ == "__main__":
    main()
