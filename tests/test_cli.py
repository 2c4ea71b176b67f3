"""The `seedpress` command: a folder or one file, paths from the caller, and `pip install .`."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from seedpress.cli import main
from support import ROOT, SEED_FILES, SEEDS

ENV = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def seedpress(capsys, monkeypatch):
    """Run the command in this process from a folder (the checkout by default): quicker than a new Python."""

    def run(*args: str, cwd: Path = ROOT) -> Run:
        monkeypatch.chdir(cwd)
        try:
            status = main(list(args))
        except SystemExit as exit_:  # --help, --version, bad arguments
            status = int(exit_.code or 0)
        out, err = capsys.readouterr()
        return Run(status, out, err)

    return run


def run_module(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """``python -m seedpress ARGS`` in a new Python, with the library of this checkout."""
    env = {**ENV, "PYTHONPATH": str(ROOT / "hooks")}
    return subprocess.run(
        [sys.executable, "-m", "seedpress", *args], check=False, capture_output=True, text=True, env=env, cwd=cwd
    )


def test_one_article_file_gives_the_data_of_that_article_only(seedpress, caplog):
    seed = SEED_FILES[0]
    result = seedpress("extract", f"seeds/{seed.name}")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    quotations = data["quotations.json"]["quotations"]
    assert quotations
    assert {q["seed"] for q in quotations} == {seed.stem}
    assert result.stderr == ""
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]  # nor do the other sources.yml entries


def test_one_file_agrees_with_the_same_article_read_from_its_folder(seedpress, tmp_path):
    seed = SEED_FILES[-1]
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy2(seed, alone / seed.name)
    from_file = seedpress("extract", str(SEEDS / seed.name), "--only", "figures")
    from_folder = seedpress("extract", str(alone), "--only", "figures")
    assert from_file.returncode == from_folder.returncode == 0, from_file.stderr + from_folder.stderr
    figures = json.loads(from_file.stdout)["figures"]
    assert figures
    # The folder copy has no sources.yml, so only the publication-date-free fields can agree.
    assert [(f["para"], f["text"], f["value"]) for f in figures] == [
        (f["para"], f["text"], f["value"]) for f in json.loads(from_folder.stdout)["figures"]
    ]


def test_a_file_that_is_not_an_article_is_one_line_and_status_2(seedpress, tmp_path):
    other = tmp_path / "notes.docx"
    other.write_text("x", encoding="utf-8")
    result = seedpress("extract", str(other))
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {other}: not an article; give a .txt file or a folder of them"


def test_a_missing_path_is_one_line_and_status_2(seedpress, tmp_path):
    result = seedpress("extract", str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert result.stderr.strip().startswith(f"error: {tmp_path / 'nowhere'}: not found")


def test_paths_come_from_the_caller_not_from_the_package(seedpress, tmp_path):
    # Run from a folder with no editorial/: the command says where it looked and how to point it.
    result = seedpress("extract", str(SEED_FILES[0]), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "error: editorial/extraction.yml: not found; run from the project folder or give --editorial DIR"
    )
    pointed = seedpress("extract", str(SEED_FILES[0]), "--editorial", str(ROOT / "editorial"), cwd=tmp_path)
    assert pointed.returncode == 0, pointed.stderr
    assert json.loads(pointed.stdout)["quotations.json"]["quotations"]


def test_python_dash_m_seedpress_runs_the_same_command_and_shows_warnings_in_one_line(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "notes.docx").write_text("x", encoding="utf-8")
    result = run_module("extract", str(seeds), "--editorial", str(ROOT / "editorial"))
    assert result.returncode == 0, result.stderr
    assert result.stderr == f"WARNING: {seeds}/notes.docx: ignored; only .txt files are articles\n"


def test_help_lists_every_command(seedpress):
    result = seedpress("--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: seedpress ")
    assert "extract" in result.stdout


@pytest.mark.slow
def test_pip_install_gives_the_library_and_the_seedpress_command(tmp_path):
    # Install from a copy, as from a fresh clone (an in-tree build would leave build/ behind).
    source = tmp_path / "source"
    source.mkdir()
    for part in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / part, source / part)
    shutil.copytree(ROOT / "hooks", source / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    target = tmp_path / "installed"
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-build-isolation", "--no-deps"]
    installed = subprocess.run(
        [*pip, "--target", str(target), str(source)], check=False, capture_output=True, text=True, env=ENV
    )
    assert installed.returncode == 0, installed.stderr

    env = {**ENV, "PYTHONPATH": str(target)}
    work = tmp_path / "elsewhere"  # neither the checkout nor the source copy
    work.mkdir()
    command = [str(target / "bin" / "seedpress")]
    where = subprocess.run(
        [sys.executable, "-c", "import seedpress; print(seedpress.__file__)"],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=work,
    )
    assert Path(where.stdout.strip()).is_relative_to(target)
    assert (target / "seedpress" / "pictures" / "locator_geometry.json").is_file()
    assert (target / "seedpress" / "py.typed").is_file()

    helped = subprocess.run([*command, "--help"], check=False, capture_output=True, text=True, env=env, cwd=work)
    assert helped.returncode == 0, helped.stderr
    assert "extract" in helped.stdout

    seed = SEED_FILES[0]
    extracted = subprocess.run(
        [*command, "extract", str(seed), "--editorial", str(ROOT / "editorial")],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        cwd=work,
    )
    assert extracted.returncode == 0, extracted.stderr
    quotations = json.loads(extracted.stdout)["quotations.json"]["quotations"]
    assert quotations
    assert {q["seed"] for q in quotations} == {seed.stem}
