"""Command line: ``python -m seedpress extract seeds/`` prints the extracted model as JSON.

For people who want the data without building the site. The output is the same
as the published ``site/data/*.json`` files, keyed by file name. A bad article
or data file prints its one-line message and exits with status 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .compare import compare_extraction
from .corpus import METADATA_FILE, load_corpus
from .errors import SeedError
from .export import FILES, export_data
from .extract import extract_corpus, load_extraction_config
from .extract.config import DEFAULT_LABEL, DEFAULT_PATH
from .sources_meta import load_sources

# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m seedpress", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="print quotations, figures, statements, dates and coverage as JSON")
    extract.add_argument("seeds", type=Path, help="folder of article .txt files (with its sources.yml)")
    extract.add_argument(
        "--only", choices=[name.removesuffix(".json") for name in FILES], help="print one file's data only"
    )
    extract.add_argument(
        "--vocabulary", type=Path, default=DEFAULT_PATH, help="extraction word lists (default: %(default)s)"
    )
    return parser


def _extract(args: argparse.Namespace) -> dict:
    label = str(args.seeds).rstrip("/") or "."
    corpus = load_corpus(args.seeds, label)
    metadata = load_sources(args.seeds / METADATA_FILE, f"{label}/{METADATA_FILE}", (a.stem for a in corpus.articles))
    shown = DEFAULT_LABEL if args.vocabulary == DEFAULT_PATH else str(args.vocabulary)
    config = load_extraction_config(args.vocabulary, shown)
    extraction = extract_corpus(corpus, metadata, config)
    data = export_data(extraction, compare_extraction(extraction, config))
    return data[f"{args.only}.json"] if args.only else data


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Run the command; return the exit status."""
    args = _parser().parse_args(argv)
    try:
        data = _extract(args)
    except SeedError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    try:
        json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        sys.stdout.flush()
    except BrokenPipeError:  # "| head": the reader has what it wanted
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
    return 0


if __name__ == "__main__":
    sys.exit(main())
