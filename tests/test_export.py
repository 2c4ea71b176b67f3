"""The data export validates against the published JSON Schemas; the command line prints it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from seedpress.export import FILES, export_data
from seedpress.extract import ExtractionConfigError, parse_extraction_config
from support import analysed

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def exported():
    analysis = analysed()
    return analysis.corpus, export_data(analysis.extraction, analysis.comparison)


@pytest.mark.parametrize("name", FILES)
def test_export_validates_against_its_schema(exported, name):
    _, data = exported
    schema = json.loads((ROOT / "schemas" / name.replace(".json", ".schema.json")).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(json.loads(json.dumps(data[name])), schema, cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize("name", FILES)
def test_every_schema_property_is_documented(name):
    schema = json.loads((ROOT / "schemas" / name.replace(".json", ".schema.json")).read_text(encoding="utf-8"))

    def walk(node):
        for key, prop in node.get("properties", {}).items():
            assert prop.get("description"), f"{name}: property {key} has no description"
            walk(prop)
            if "items" in prop:
                walk(prop["items"])

    walk(schema)


def test_offsets_index_the_stored_paragraph_text(exported):
    corpus, data = exported
    for name, key in (("quotations.json", "quotations"), ("figures.json", "figures"), ("dates.json", "dates")):
        for item in data[name][key]:
            paragraph = corpus.article(item["seed"]).paragraph(item["para"])
            assert paragraph.text[item["start"] : item["end"]] == item["text"]


def test_quotations_carry_family_ids_shared_across_articles(exported):
    _, data = exported
    families = {q["family"] for q in data["quotations.json"]["quotations"] if q["family"]}
    seeds_per_family = {
        f: {q["seed"] for q in data["quotations.json"]["quotations"] if q["family"] == f} for f in families
    }
    assert sum(len(s) == 2 for s in seeds_per_family.values()) == 3
    assert all(isinstance(f["value"], int) for f in data["figures.json"]["figures"])


# --- vocabulary file --------------------------------------------------------------


def test_bad_vocabulary_entry_fails_with_one_line_naming_file_and_entry():
    text = (ROOT / "editorial" / "extraction.yml").read_text(encoding="utf-8")
    broken = text.replace("claim_verbs: [", "claim_verbs: [[nested], ", 1)
    with pytest.raises(ExtractionConfigError) as err:
        parse_extraction_config(broken, "editorial/extraction.yml")
    assert str(err.value).startswith("editorial/extraction.yml: entry 'claim_verbs'")
    assert "\n" not in str(err.value)


def test_measure_word_in_two_measures_is_refused():
    text = (ROOT / "editorial" / "extraction.yml").read_text(encoding="utf-8")
    broken = text.replace("words: [tank, tanks]", "words: [tank, tanks, killed]", 1)
    with pytest.raises(
        ExtractionConfigError, match=r"entry 'measures'\.tanks\.words: 'killed' is already a word of measures\.killed"
    ):
        parse_extraction_config(broken)


# --- command line -----------------------------------------------------------------


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "hooks")}
    return subprocess.run(
        [sys.executable, "-m", "seedpress", *args], check=False, capture_output=True, text=True, env=env, cwd=ROOT
    )


def test_command_line_prints_the_same_model(exported):
    _, data = exported
    result = run_cli("extract", "seeds/")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == json.loads(json.dumps(data))


def test_command_line_reports_a_bad_seed_in_one_line_and_exits_2(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    (seeds / "bad.txt").write_bytes(b"\xff\xfe\x00binary")
    result = run_cli("extract", str(seeds))
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "bad.txt" in result.stderr and "Traceback" not in result.stderr
