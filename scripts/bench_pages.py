"""Page weight and speed on a phone, per page (`make bench`).

Builds the real seeds, and beside them a plain Material page holding one
article's text (the baseline, built in the same run), serves both on
127.0.0.1 with gzip, and opens every page in Debian's Chromium through
Playwright as a phone would: 390 px viewport, CPU slowed 4x
(``Emulation.setCPUThrottlingRate``), a fresh profile for every visit. Per page
it prints:

- first visit: gzip bytes of everything the browser fetched (HTML, styles,
  scripts, icons, images, fonts, the search worker and the search index);
- HTML: gzip bytes of the page itself;
- TBT: total blocking time, the sum over main-thread long tasks (a
  ``longtask`` PerformanceObserver) after the first contentful paint of the
  time each spent beyond 50 ms, until the page has been quiet for a while;
- TBT cpu: the same sum over the same tasks measured in the main thread's own
  CPU time (Chromium's trace, ``RunTask`` events' thread duration; the CPU
  slowdown spends thread time, so it counts). On a machine shared with other
  work the wall-clock TBT also counts the time the system gave to other
  processes, and moves by hundreds of milliseconds from run to run; this one
  leaves that time out, so it is the figure the limit is checked on (it still
  moves by about a hundred milliseconds on a busy two-core machine, where
  processes share caches and cores: compare with the plain page of the same run);
- LCP: largest contentful paint;

each the median of ``--runs`` visits. The search worker builds its index off
the main thread, so it adds to the bytes but not to the blocking time.

Lighthouse (``--lighthouse``; ``make bench`` asks for it): Lighthouse 12's
performance score and its total blocking time, on a phone (its default: a
simulated mid-range phone on a slow 4G network) and on a desktop
(``--preset=desktop``), for every page and the plain page in the same run,
printed beside Chromium's figures. It is a Node tool from the npm registry, a
development tool outside the pinned Python environment: it is run as ``npx
--offline lighthouse@12`` with Debian's Chromium (``CHROME_PATH``), so it runs
when the npm cache already holds it and nothing is downloaded; when it cannot
run, one line says why and the rest of the report stands. Its scores simulate
the network from transfer sizes and move by several points from run to run on
a shared machine (``--lighthouse-runs`` takes the median of more), which is why
its limits are read against the plain page of the same run. Chromium's figures
come first because they need nothing more to install.

Limits (issues 13 and 16) are printed beside the figures (Lighthouse: a phone
score at least 90 and at most 3 points below the plain page's, its TBT at most
200 ms, a desktop score of 100); the script exits 0
either way, because a benchmark reports, it does not test.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import http.server
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Browser, Response, ViewportSize, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "hooks"))

from page_weight import HTML_LIMIT_BYTES, PAGE_LIMIT_BYTES, gz, page_weights  # noqa: E402
from seedpress.corpus import load_corpus  # noqa: E402
from seedpress.markdown_text import escape_markdown  # noqa: E402
from support import copy_project, run_build  # noqa: E402

#: Issue 16: total blocking time at most 200 ms.
TBT_LIMIT_MS = 200
BASELINE = "(a plain Material page with an article's text)"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
#: A mid-range phone: 390 CSS px wide, CPU four times slower than this machine.
VIEWPORT: ViewportSize = {"width": 390, "height": 844}
CPU_SLOWDOWN = 4
#: A page is done when no long task has started for this long after the load event.
QUIET_MS = 2000
#: Chromium trace categories that hold the main thread's tasks (with thread time) and the paints.
TRACE_CATEGORIES = ["disabled-by-default-devtools.timeline", "devtools.timeline", "loading"]
#: A task longer than this blocks input (the definition of TBT).
LONG_TASK_MS = 50
#: Lighthouse 12 from the npm cache only (``--offline``: nothing is downloaded).
LIGHTHOUSE = ["npx", "--yes", "--offline", "lighthouse@12"]
LIGHTHOUSE_CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu"
#: Issue 16: a phone score at least this, and at most LIGHTHOUSE_MARGIN points below the plain page's.
LIGHTHOUSE_MIN_SCORE = 90
LIGHTHOUSE_MARGIN = 3
LIGHTHOUSE_DESKTOP_SCORE = 100
#: What a static server sends gzip-compressed (as GitHub Pages does).
COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")

# Collected in the page from its first script on: long tasks, paints and LCP.
_OBSERVE = """
window.__perf = {longtasks: [], lcp: 0, fcp: 0};
new PerformanceObserver(list => {
  for (const e of list.getEntries()) window.__perf.longtasks.push([e.startTime, e.duration]);
}).observe({type: "longtask", buffered: true});
new PerformanceObserver(list => {
  for (const e of list.getEntries()) window.__perf.lcp = e.startTime;
}).observe({type: "largest-contentful-paint", buffered: true});
new PerformanceObserver(list => {
  for (const e of list.getEntries())
    if (e.name === "first-contentful-paint") window.__perf.fcp = e.startTime;
}).observe({type: "paint", buffered: true});
"""


# ---------------------------------------------------------------------------
# The sites
# ---------------------------------------------------------------------------


def build_site(project: Path) -> Path:
    result = run_build(project)
    if result.returncode:
        raise SystemExit(f"build of {project} failed:\n{result.output[-3000:]}")
    return result.site


def baseline_project(dest: Path) -> Path:
    """A plain Material site: one page with the longest article's text, Material's defaults otherwise."""
    article = max(load_corpus(ROOT / "seeds").articles, key=lambda a: len(a.text))
    headline = article.headline
    lines = [f"# {escape_markdown(headline.text if headline else 'An article')}", ""]
    for paragraph in article.body:
        lines += [escape_markdown(paragraph.text), ""]
    (dest / "docs").mkdir(parents=True)
    (dest / "docs" / "index.md").write_text("\n".join(lines), encoding="utf-8")
    # font: false as on the real site: neither page asks Google Fonts for anything.
    (dest / "mkdocs.yml").write_text(
        "site_name: A plain Material page\ntheme:\n  name: material\n  font: false\nplugins:\n  - search\n",
        encoding="utf-8",
    )
    return dest


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """A static file server that compresses text as GitHub Pages does."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.is_file() and path.suffix in COMPRESSED):
            return super().send_head()  # also the redirect of "dir" to "dir/"
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format, *args):
        pass


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """``directory`` served on a free port of 127.0.0.1 until the block ends."""
    handler = functools.partial(_GzipHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


# ---------------------------------------------------------------------------
# In the browser
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Visit:
    """One first visit to a page."""

    transferred: int  # gzip bytes of every response
    html: int
    tbt: float  # ms
    tbt_cpu: float  # ms, in main-thread CPU time
    lcp: float  # ms
    urls: tuple[str, ...]


def thread_time_tbt(trace: bytes, url: str) -> float:
    """Blocking time of the page at ``url`` in a Chromium trace, each task counted in its thread time.

    The page's main thread is the renderer main thread that parsed its HTML;
    tasks ending before the first contentful paint do not count (as in TBT).
    """
    data = json.loads(trace)
    events = data["traceEvents"] if isinstance(data, dict) else data
    names = {
        (e["pid"], e["tid"]): e["args"]["name"] for e in events if e.get("ph") == "M" and e.get("name") == "thread_name"
    }
    host = urlsplit(url).netloc
    parsers = Counter(
        (e["pid"], e["tid"])
        for e in events
        if e.get("name") == "ParseHTML"
        and names.get((e["pid"], e["tid"])) == "CrRendererMain"
        and host in json.dumps(e.get("args", {}))
    )
    if not parsers:
        return float("nan")
    main = parsers.most_common(1)[0][0]
    paints = [e["ts"] for e in events if e.get("name") == "firstContentfulPaint" and e.get("pid") == main[0]]
    fcp = min(paints, default=0)
    tasks = [
        e
        for e in events
        if (e.get("pid"), e.get("tid")) == main and e.get("name") == "RunTask" and e.get("ph") == "X" and "tdur" in e
    ]
    return sum(max(0.0, e["tdur"] / 1000 - LONG_TASK_MS) for e in tasks if e["ts"] + e["dur"] > fcp)


def visit(browser: Browser, url: str) -> Visit:
    """Open ``url`` in a fresh phone-sized context with the CPU slowed down, and measure it."""
    context = browser.new_context(viewport=VIEWPORT, is_mobile=True, has_touch=True, device_scale_factor=3)
    sizes: dict[str, int] = {}

    def on_response(response: Response) -> None:
        if response.status == 200:
            # A response the page dropped before it arrived whole has no body: not counted.
            with contextlib.suppress(Exception):
                sizes[response.url] = gz(response.body())

    context.on("response", on_response)
    page = context.new_page()
    page.add_init_script(_OBSERVE)
    cdp = context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    browser.start_tracing(page=page, categories=TRACE_CATEGORIES)
    page.goto(url, wait_until="load")
    # Wait until no long task has started for QUIET_MS (the search index is
    # fetched after the bundle runs), at most 15 s.
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        page.wait_for_timeout(500)
        quiet_since = page.evaluate(
            "() => { const t = window.__perf.longtasks.map(([s, d]) => s + d);"
            " return performance.now() - Math.max(0, ...t); }"
        )
        if quiet_since >= QUIET_MS:
            break
    perf = page.evaluate("() => window.__perf")
    trace = browser.stop_tracing()
    page.wait_for_load_state("networkidle")
    context.close()
    tbt = sum(max(0.0, d - LONG_TASK_MS) for s, d in perf["longtasks"] if s + d > perf["fcp"])
    return Visit(sum(sizes.values()), sizes.get(url, 0), tbt, thread_time_tbt(trace, url), perf["lcp"], tuple(sizes))


@dataclass(frozen=True)
class Row:
    page: str
    first_visit: float  # KB
    html: float  # KB
    tbt: float  # ms
    tbt_cpu: float  # ms
    lcp: float  # ms


def measure(browser: Browser, urls: dict[str, str], runs: int) -> list[Row]:
    """Visit every page once per round, ``runs`` rounds, and take medians.

    Rounds rather than one page at a time: on a shared machine the load
    changes over minutes, and each round sees every page (the baseline too)
    under about the same load.
    """
    visits: dict[str, list[Visit]] = {name: [] for name in urls}
    for _ in range(runs):
        for name, url in urls.items():
            visits[name].append(visit(browser, url))
    return [
        Row(
            name,
            statistics.median(v.transferred for v in seen) / 1000,
            statistics.median(v.html for v in seen) / 1000,
            statistics.median(v.tbt for v in seen),
            statistics.median(v.tbt_cpu for v in seen),
            statistics.median(v.lcp for v in seen),
        )
        for name, seen in visits.items()
    ]


# ---------------------------------------------------------------------------
# Lighthouse
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Audit:
    """Lighthouse's figures for one page (medians over its runs)."""

    mobile: float  # performance score, 0-100, on a simulated phone
    mobile_tbt: float  # ms
    desktop: float  # performance score with --preset=desktop


def _lighthouse_env() -> dict[str, str]:
    return {**os.environ, "CHROME_PATH": str(CHROMIUM)}


def lighthouse_unavailable() -> str | None:
    """Why Lighthouse cannot run here (one line), or None when it can."""
    if shutil.which("npx") is None:
        return "npx (Node.js) not found"
    try:
        proc = subprocess.run(
            [*LIGHTHOUSE, "--version"], env=_lighthouse_env(), capture_output=True, text=True, timeout=180, check=False
        )
    except subprocess.TimeoutExpired:
        return "npx lighthouse@12 --version did not answer within 3 minutes"
    if proc.returncode:
        lines = [line for line in (proc.stderr + proc.stdout).splitlines() if line.strip()]
        return f"npx --offline lighthouse@12 failed ({lines[0] if lines else f'exit {proc.returncode}'})"
    return None


def lighthouse(url: str, *, desktop: bool) -> tuple[float, float]:
    """Lighthouse's performance score (0-100) and total blocking time (ms) for ``url``."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        cmd = [
            *LIGHTHOUSE,
            url,
            "--only-categories=performance",
            "--output=json",
            f"--output-path={out}",
            "--quiet",
            f"--chrome-flags={LIGHTHOUSE_CHROME_FLAGS}",
        ]
        if desktop:
            cmd.append("--preset=desktop")
        proc = subprocess.run(cmd, env=_lighthouse_env(), capture_output=True, text=True, timeout=600, check=False)
        if proc.returncode or not out.exists():
            raise RuntimeError(f"lighthouse {url}: exit {proc.returncode}: {proc.stderr.strip()[-300:]}")
        result = json.loads(out.read_text(encoding="utf-8"))
    score = result["categories"]["performance"]["score"]
    if score is None:  # a run that failed inside the page (runtimeError)
        raise RuntimeError(f"lighthouse {url}: no score ({result.get('runtimeError', {}).get('message', '?')})")
    return score * 100, result["audits"]["total-blocking-time"]["numericValue"]


def audit(urls: dict[str, str], runs: int) -> dict[str, Audit]:
    """Lighthouse on every page, phone then desktop, ``runs`` rounds (as in ``measure``), medians."""
    seen: dict[str, list[tuple[float, float, float]]] = {name: [] for name in urls}
    for _ in range(runs):
        for name, url in urls.items():
            mobile, mobile_tbt = lighthouse(url, desktop=False)
            desktop, _ = lighthouse(url, desktop=True)
            seen[name].append((mobile, mobile_tbt, desktop))
    return {
        name: Audit(*(statistics.median(run[i] for run in runs_) for i in range(3))) for name, runs_ in seen.items()
    }


def lighthouse_flags(audit: Audit, baseline: Audit) -> list[str]:
    """The Lighthouse limits of issue 16 a page misses."""
    flags = []
    if audit.mobile < LIGHTHOUSE_MIN_SCORE or audit.mobile < baseline.mobile - LIGHTHOUSE_MARGIN:
        flags.append("LH PHONE SCORE LOW")
    if audit.mobile_tbt > TBT_LIMIT_MS:
        flags.append("LH TBT OVER LIMIT")
    if audit.desktop < LIGHTHOUSE_DESKTOP_SCORE:
        flags.append("LH DESKTOP < 100")
    return flags


# ---------------------------------------------------------------------------
# The report
# ---------------------------------------------------------------------------


def report(
    rows: list[Row], baseline: Row, runs: int, audits: dict[str, Audit] | None = None, lighthouse_runs: int = 1
) -> None:
    print(
        f"\nPer page, first visit on a phone (390 px, CPU {CPU_SLOWDOWN}x slower, Chromium, "
        f"median of {runs}; limits: {PAGE_LIMIT_BYTES // 1000} KB first visit, "
        f"{HTML_LIMIT_BYTES // 1000} KB HTML, {TBT_LIMIT_MS} ms TBT in CPU time):"
    )
    print("  Wall-clock TBT and LCP move with the machine's load; TBT cpu counts only the page's main-thread time.")
    if audits is not None:
        print(
            f"  Lighthouse 12 (median of {lighthouse_runs}): LH phone = performance score on its simulated phone "
            f"(limits: at least {LIGHTHOUSE_MIN_SCORE} and at most {LIGHTHOUSE_MARGIN} below the plain page), "
            f"LH TBT = its blocking time (limit {TBT_LIMIT_MS} ms), LH desk = score with --preset=desktop "
            f"(limit {LIGHTHOUSE_DESKTOP_SCORE})."
        )
    lh_head = f"  {'LH phone':>8}  {'vs plain':>8}  {'LH TBT':>7}  {'LH desk':>7}" if audits is not None else ""
    print(
        f"  {'first visit':>11}  {'html':>6}  {'TBT':>7}  {'vs plain':>8}  {'TBT cpu':>7}  {'vs plain':>8}"
        f"  {'LCP':>7}  {'vs plain':>8}{lh_head}  page"
    )
    lh_base = audits[baseline.page] if audits is not None else None
    for row in [*rows, baseline]:
        flags = []
        lh = ""
        lh_flags: list[str] = []
        if audits is not None and lh_base is not None:
            a = audits[row.page]
            lh = f"  {a.mobile:8.0f}  {a.mobile - lh_base.mobile:+8.0f}  {a.mobile_tbt:4.0f} ms  {a.desktop:7.0f}"
            lh_flags = lighthouse_flags(a, lh_base)
        if row.first_visit * 1000 > PAGE_LIMIT_BYTES:
            flags.append("OVER PAGE LIMIT")
        if row.html * 1000 > HTML_LIMIT_BYTES:
            flags.append("OVER HTML LIMIT")
        if row.tbt_cpu > TBT_LIMIT_MS:
            flags.append("OVER TBT LIMIT")
        flags += lh_flags
        print(
            f"  {row.first_visit:8.1f} KB  {row.html:6.1f}  {row.tbt:4.0f} ms  {row.tbt - baseline.tbt:+5.0f} ms  "
            f"{row.tbt_cpu:4.0f} ms  {row.tbt_cpu - baseline.tbt_cpu:+5.0f} ms  "
            f"{row.lcp:4.0f} ms  {row.lcp - baseline.lcp:+5.0f} ms{lh}  "
            f"{row.page}{'  ' + ', '.join(flags) if flags else ''}"
        )
    over = [
        r
        for r in rows
        if r.first_visit * 1000 > PAGE_LIMIT_BYTES
        or r.html * 1000 > HTML_LIMIT_BYTES
        or r.tbt_cpu > TBT_LIMIT_MS
        or (audits is not None and lh_base is not None and lighthouse_flags(audits[r.page], lh_base))
    ]
    print(f"  {len(over)} of {len(rows)} pages over a limit")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="visits per page to take the median of")
    parser.add_argument("--site", type=Path, help="measure this built site instead of building the seeds")
    parser.add_argument("--pages", nargs="+", metavar="PAGE", help='only these pages ("" for home, "claims/", ...)')
    parser.add_argument(
        "--lighthouse", action="store_true", help="also Lighthouse 12's scores (npx, offline), when it can run here"
    )
    parser.add_argument("--lighthouse-runs", type=int, default=1, help="Lighthouse runs per page to take the median of")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        raise SystemExit(f"no Chromium at {CHROMIUM} (Debian: apt-get install chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site or build_site(copy_project(Path(tmp) / "real"))
        plain = build_site(baseline_project(Path(tmp) / "plain"))
        pages = [w.page for w in page_weights(site)]
        if args.pages is not None:
            pages = [page for page in pages if page in args.pages]
        with serve(site) as base, serve(plain) as plain_base, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
            urls = {page or "(home)": base + page for page in pages}
            urls[BASELINE] = plain_base
            try:
                rows = measure(browser, urls, args.runs)
            finally:
                browser.close()
            audits = None
            if args.lighthouse:
                why = lighthouse_unavailable()
                if why is None:
                    try:
                        audits = audit(urls, args.lighthouse_runs)
                    except (RuntimeError, subprocess.TimeoutExpired, KeyError, ValueError) as error:
                        print(f"Lighthouse stopped: {str(error).splitlines()[0]}; Chromium's figures only.")
                else:
                    print(f"Lighthouse not run: {why}; Chromium's figures only.")
        report(
            [r for r in rows if r.page != BASELINE],
            next(r for r in rows if r.page == BASELINE),
            args.runs,
            audits,
            args.lighthouse_runs,
        )


if __name__ == "__main__":
    main()
