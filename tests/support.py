"""Test support: where the real project is, and how to build throw-away copies of it."""

from __future__ import annotations

import html as html_lib
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from seedpress.analysis import Analysis, analyse

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
#: Under `make test-fast` (HYPOTHESIS_PROFILE=fast) each property test runs this many examples.
FAST_EXAMPLES = 10
PROPERTY_PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "full")
#: The editorial data of the real project, and its extraction vocabulary.
EDITORIAL = ROOT / "editorial"
VOCABULARY = EDITORIAL / "extraction.yml"
#: What a project copy needs in order to build.
PROJECT_PARTS = ("mkdocs.yml", "docs", "hooks", "editorial", "overrides", "seeds")


def analysed(seeds: Path = SEEDS) -> Analysis:
    """The rules' own findings on the articles at ``seeds`` (no editor's corrections), as the site's analysis runs them."""
    return analyse(seeds, EDITORIAL, corrections=False)


@dataclass(frozen=True)
class BuildResult:
    """A finished `mkdocs build` of a project copy."""

    project: Path
    site: Path
    returncode: int
    output: str  # stdout and stderr together

    def html(self, page: str) -> str:
        """The HTML of a built page, e.g. ``sources/x/`` or ``index.html``."""
        path = self.site / page
        if page.endswith("/") or not page.endswith(".html"):
            path = self.site / page / "index.html"
        return path.read_text(encoding="utf-8")

    def pages(self) -> list[str]:
        """Every built page, as ``html`` takes it ("" for the home page, "strike/", ...)."""
        found = (p.parent.relative_to(self.site).as_posix() + "/" for p in self.site.rglob("index.html"))
        return sorted("" if page == "./" else page for page in found)


def examples(full: int) -> int:
    """How many examples a property test runs: ``full``, or ``FAST_EXAMPLES`` under the fast profile."""
    return min(full, FAST_EXAMPLES) if PROPERTY_PROFILE == "fast" else full


def copy_project(dest: Path, *, seeds: bool = True) -> Path:
    """Copy what a build needs into ``dest``; without ``seeds`` the seeds folder is empty."""
    dest.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        src = ROOT / part
        if part == "seeds" and not seeds:
            (dest / "seeds").mkdir(parents=True)
        elif src.is_dir():
            shutil.copytree(src, dest / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, dest / part)
    return dest


def run_build(project: Path, *, strict: bool = True, offline: bool = False, site_url: str | None = None) -> BuildResult:
    """Run the real `mkdocs build` on ``project`` as a user would (``offline``: as `make offline`).

    ``site_url`` sets ``SITE_URL`` as the Pages workflow does; by default it is unset, as in a local build.
    """
    site = project / "site"
    cmd = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site)]
    if strict:
        cmd.append("--strict")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1474070400"}
    env.pop("SITE_URL", None)
    env.pop("OFFLINE", None)
    if offline:
        env["OFFLINE"] = "true"
    if site_url is not None:
        env["SITE_URL"] = site_url
    proc = subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True, timeout=300, check=False)
    return BuildResult(project, site, proc.returncode, proc.stdout + proc.stderr)


def article_html(html: str) -> str:
    """The content area of a built page, without theme chrome."""
    return html[html.index("<article") : html.index("</article>")]


def plain_text(html: str) -> str:
    """The visible text of a page's content: tags removed (tooltips too), entities decoded."""
    return " ".join(re.sub(r"<[^>]+>", "", html_lib.unescape(article_html(html))).split())
