"""Shared fixtures: the real project built once, and throw-away copies of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import BuildResult, copy_project, run_build


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The real project, built once per test session into a temporary folder."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    result = run_build(project)
    assert result.returncode == 0, result.output
    return result


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A fresh copy of the project that a test may change before building."""
    return copy_project(tmp_path / "project")
