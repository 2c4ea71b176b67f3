"""CI guards the published site: Pages deploys only a tested commit, and CI drives Debian's Chromium."""

from __future__ import annotations

import yaml

from support import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"


def load(name: str) -> dict:
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def needs(job: dict) -> list[str]:
    wanted = job.get("needs", [])
    return [wanted] if isinstance(wanted, str) else list(wanted)


def test_pages_deploys_only_after_the_test_workflow_passed_on_the_same_commit():
    jobs = load("pages.yml")["jobs"]
    assert jobs["test"]["uses"] == "./.github/workflows/test.yml"
    # Every path to the deploy job runs through the tests.
    upstream, seen = ["deploy"], set()
    while upstream:
        name = upstream.pop()
        seen.add(name)
        upstream.extend(needs(jobs[name]))
    assert "test" in seen and "build" in seen
    assert "test" in needs(jobs["build"])
    # PyYAML reads the key `on` as True.
    assert "workflow_call" in load("test.yml")[True]


def test_ci_runs_ci_run_in_debian_and_installs_debian_chromium():
    job = load("test.yml")["jobs"]["test"]
    assert job["container"].endswith("-bookworm")  # Debian 12, like the machines .ci/run is for
    assert any(step.get("run") == "bash .ci/run" for step in job["steps"])
    ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "apt-get install -y -qq chromium" in ci_run and "make test" in ci_run
    for name in ("test.yml", "pages.yml"):
        assert "google-chrome" not in (WORKFLOWS / name).read_text(encoding="utf-8")
