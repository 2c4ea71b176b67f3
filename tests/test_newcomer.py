"""A newcomer's first commands: the Python check, .venv rebuilds, `make serve PORT=`, `make clean`.

Each test runs the real Makefile and scripts in a throw-away copy, so the
checkout's own .venv is never touched.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from support import ROOT

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")

ENV = {k: v for k, v in os.environ.items() if k not in {"PYTHON", "PORT", "MAKEFLAGS", "MAKELEVEL", "VIRTUAL_ENV"}}
#: The interpreter running these tests: 3.11+ (pyproject's requires-python).
PYTHON_VERSION = f"{sys.version_info.major}.{sys.version_info.minor}"


def make_copy(dest: Path, *, requirements: str | None = None) -> Path:
    """The Makefile and its scripts; ``requirements`` replaces both requirement files (for a quick install)."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "Makefile", dest / "Makefile")
    shutil.copytree(ROOT / "scripts", dest / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("requirements.txt", "requirements-dev.txt"):
        if requirements is None:
            shutil.copy2(ROOT / name, dest / name)
        else:
            (dest / name).write_text(requirements, encoding="utf-8")
    return dest


def fake_python(path: Path, version: str) -> Path:
    """An executable that answers every question with ``version``, as an old interpreter would."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"#!/bin/sh\necho {version}\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def make(project: Path, *args: str, timeout: int = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(project), *args],
        check=False,
        capture_output=True,
        text=True,
        env=ENV,
        timeout=timeout,
    )


def ready_venv(project: Path) -> None:
    """A .venv that setup-venv takes as up to date: this Python, requirements installed."""
    bin_dir = project / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "python").symlink_to(sys.executable)
    wanted = hashlib.sha256(
        (project / "requirements.txt").read_bytes() + (project / "requirements-dev.txt").read_bytes()
    ).hexdigest()
    (project / ".venv" / ".installed").write_text(wanted + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# Python version
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("target", ["serve", "test", "build", ".venv/.installed"])
def test_python_older_than_3_11_gets_one_line_before_pip_runs(tmp_path, target):
    project = make_copy(tmp_path / "p")
    old = fake_python(tmp_path / "bin" / "python3", "3.10")
    result = make(project, target, f"PYTHON={old}")
    assert result.returncode != 0
    assert result.stdout == ""
    assert result.stderr.splitlines()[0] == f"Python 3.11+ needed; found 3.10 at {old}; set PYTHON=python3.11"
    assert [line for line in result.stderr.splitlines() if not line.startswith(("make: ", "make["))] == [
        result.stderr.splitlines()[0]
    ]
    assert not (project / ".venv").exists()  # nothing was created or installed


def test_a_missing_python_gets_one_line(tmp_path):
    project = make_copy(tmp_path / "p")
    result = make(project, "serve", "PYTHON=python3.0-not-installed")
    assert result.returncode != 0
    assert result.stderr.splitlines()[0] == (
        "Python 3.11+ needed; 'python3.0-not-installed' not found; install Python 3.11+ or set PYTHON=python3.11"
    )


def test_an_up_to_date_venv_is_left_alone_and_quietly(tmp_path):
    project = make_copy(tmp_path / "p")
    ready_venv(project)
    result = make(project, ".venv/.installed", f"PYTHON={sys.executable}")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    assert (project / ".venv" / "bin" / "python").is_symlink()


@pytest.mark.slow
def test_a_venv_built_by_another_python_is_rebuilt(tmp_path):
    # Requirements without packages keep the install quick; the venv itself is real.
    project = make_copy(tmp_path / "p", requirements="# nothing to install in this test\n")
    fake_python(project / ".venv" / "bin" / "python", "3.10")
    result = make(project, ".venv/.installed", f"PYTHON={sys.executable}", timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f".venv was built by Python 3.10; rebuilding it with Python {PYTHON_VERSION}" in result.stdout
    rebuilt = subprocess.run(
        [str(project / ".venv" / "bin" / "python"), "-c", "import sys; print(sys.version_info[:2])"],
        check=True,
        capture_output=True,
        text=True,
    )
    assert rebuilt.stdout.strip() == str(sys.version_info[:2])
    again = make(project, ".venv/.installed", f"PYTHON={sys.executable}")
    assert again.returncode == 0 and again.stdout == ""  # the second run has nothing to do


# ---------------------------------------------------------------------------
# make serve
# ---------------------------------------------------------------------------


def test_serve_takes_its_port_from_port():
    result = subprocess.run(
        ["make", "-n", "--no-print-directory", "-C", str(ROOT), "serve", "PORT=8123"],
        check=True,
        capture_output=True,
        text=True,
        env=ENV,
    )
    assert "scripts/serve.py --port 8123" in result.stdout


def test_a_busy_port_gives_one_line_naming_it_and_another(tmp_path):
    project = make_copy(tmp_path / "p")
    ready_venv(project)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as holder:
        holder.bind(("127.0.0.1", 0))  # loopback only; a port the system chose
        holder.listen(1)
        port = holder.getsockname()[1]
        result = make(project, "serve", f"PORT={port}", f"PYTHON={sys.executable}", timeout=30)
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if not line.startswith(("make: ", "make["))]
    assert len(lines) == 1, result.stderr
    match = re.fullmatch(
        rf"make serve: port {port} on 127\.0\.0\.1 is busy \(another server\?\); choose another: make serve PORT=(\d+)",
        lines[0],
    )
    assert match, lines[0]
    assert int(match.group(1)) != port
    assert "Traceback" not in result.stderr


# ---------------------------------------------------------------------------
# make clean / distclean, as the README says
# ---------------------------------------------------------------------------

GENERATED = ["site", "offline", "test-artifacts", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".hypothesis"]


def test_clean_removes_builds_and_caches_and_distclean_also_the_venv(tmp_path):
    project = make_copy(tmp_path / "p")
    for name in [*GENERATED, "hooks/seedpress/__pycache__", "tests/__pycache__", ".venv/lib"]:
        (project / name).mkdir(parents=True)
        (project / name / "marker").write_text("x", encoding="utf-8")
    (project / "hooks" / "seedpress" / "corpus.py").write_text("# kept\n", encoding="utf-8")

    assert make(project, "clean").returncode == 0
    left = sorted(str(p.relative_to(project)) for p in project.rglob("*") if p.name in {"marker", "corpus.py"})
    assert left == [".venv/lib/marker", "hooks/seedpress/corpus.py"]

    assert make(project, "distclean").returncode == 0
    assert not (project / ".venv").exists()
    assert (project / "hooks" / "seedpress" / "corpus.py").exists()


def test_readme_says_what_clean_and_distclean_remove():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    clean = next(line for line in readme.splitlines() if line.startswith("| `make clean`"))
    for name in [*GENERATED, "__pycache__"]:
        assert f"`{name}" in clean, name
    distclean = next(line for line in readme.splitlines() if line.startswith("| `make distclean`"))
    assert "`.venv/`" in distclean
