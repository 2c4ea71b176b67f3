"""Shared fixtures: the real project built once, and throw-away copies of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

from support import FAST_EXAMPLES, PROPERTY_PROFILE, BuildResult, copy_project, run_build

# Property tests: no per-example time limit (the default 200 ms fails at random on a
# busy machine); `make test-fast` runs a few examples each (see ``support.examples``).
settings.register_profile("full", deadline=None)
settings.register_profile("fast", deadline=None, max_examples=FAST_EXAMPLES)
settings.load_profile(PROPERTY_PROFILE)


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
