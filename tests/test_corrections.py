"""The editor's loop: review lists the undecided attributions; attributions.yml settles them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from seedpress.corrections import review_items
from seedpress.evaluation import evaluate, targets_met
from seedpress.extract import load_extraction_config
from seedpress.scoring import same_speaker
from seedpress.site import build_site
from support import ROOT, VOCABULARY, copy_project, run_build

AMBIGUOUS = (
    "Two ministers speak on the strike\n\n"
    "Foreign Minister Ivan Petrov and Secretary Paul Grant spoke by phone on Sunday about the strike.\n\n"
    'Afterwards he said the truce over the strike was "close to collapse."\n'
)


def _project(tmp_path: Path, corrections: str) -> Path:
    project = copy_project(tmp_path / "project")
    (project / "seeds" / "zz_two.txt").write_text(AMBIGUOUS, encoding="utf-8")
    (project / "editorial" / "attributions.yml").write_text(corrections, encoding="utf-8")
    return project


def test_review_lists_the_unidentified_speaker_with_its_paragraph_and_rule(tmp_path: Path):
    site = build_site(_project(tmp_path, "corrections: []\n"))
    items = [a for a in review_items(site.model.extraction) if a.seed == "zz_two"]
    assert any(a.speaker is None and a.para == 3 and "pronoun" in a.evidence.rule for a in items)


def test_a_correction_names_the_speaker_everywhere(tmp_path: Path):
    project = _project(
        tmp_path,
        'corrections:\n  - {seed: zz_two, quote: "close to collapse", speaker: "Secretary Paul Grant", kind: person}\n',
    )
    site = build_site(project)
    quote = next(q for q in site.model.extraction.quotations if q.seed == "zz_two")
    assert quote.speaker is not None and quote.speaker.label == "Secretary Paul Grant"
    assert quote.evidence.rule == "editor"
    line = next(line for line in site.pages["claims.md"].splitlines() if "close to collapse" in line)
    assert "Secretary Paul Grant" in line and "not identified" not in line
    assert not [a for a in review_items(site.model.extraction) if a.seed == "zz_two" and a.para == 3]


def test_a_stale_correction_fails_the_build_with_one_line(tmp_path: Path):
    project = _project(
        tmp_path, 'corrections:\n  - {seed: zz_two, quote: "words that are nowhere", speaker: "Someone"}\n'
    )
    result = run_build(project)
    assert result.returncode != 0
    errors = [line for line in result.output.splitlines() if "attributions.yml" in line]
    assert errors and "corrections[0]" in errors[0] and "Traceback" not in result.output


def test_review_command_prints_the_list():
    proc = subprocess.run(
        [sys.executable, "-m", "seedpress", "review", str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(ROOT / "hooks")},
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "to review" in proc.stdout or "Nothing to review" in proc.stdout


# --- the gold set ---------------------------------------------------------------


def test_names_match_only_when_they_end_alike():
    assert same_speaker("Maj. Gen. Igor Konashenkov", "Igor Konashenkov")
    assert same_speaker("POWER", "Samantha Power")
    assert not same_speaker("The US", "US Central Command")
    assert not same_speaker("Peter Cook", "Samantha Power")


def test_the_gold_set_meets_the_attribution_targets():
    config = load_extraction_config(VOCABULARY)
    report = evaluate(ROOT / "tests" / "gold" / "articles", ROOT / "tests" / "gold" / "key.yml", config)
    assert report.overall.quotations >= 100 and not report.missing
    assert report.overall.wrong == 0, report.overall.wrong_examples
    assert targets_met(report), (report.overall.precision, report.overall.recall)


def test_an_accepted_bare_head_is_not_any_body_with_that_head():
    accept = ["the ministry", "Foreign Ministry"]
    assert same_speaker("the ministry", "Russian Foreign Ministry", accept)
    assert not same_speaker("Defence Ministry", "Russian Foreign Ministry", accept)
    assert same_speaker("US inquiry", "US military investigation", ["inquiry"])
    assert same_speaker("US-led coalition", "U.S.-led coalition")
