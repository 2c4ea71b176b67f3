"""Command line: ``python -m seedpress extract seeds/`` prints the extracted model as JSON.

``review`` lists the attributions an editor should read; ``eval`` scores extraction
against the hand-written gold set.

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
from .corrections import format_review, review_items
from .errors import SeedError
from .evaluation import evaluate, format_report, targets_met
from .export import FILES, export_data
from .extract import extract_corpus, load_extraction_config
from .extract.config import DEFAULT_LABEL, DEFAULT_PATH
from .model import build_model
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
    review = commands.add_parser(
        "review", help="list attributions left unidentified or decided on evidence short of sure, for an editor"
    )
    review.add_argument("project", type=Path, nargs="?", default=Path("."), help="the project folder (default: .)")
    evaluate = commands.add_parser("eval", help="score extraction against a hand-written answer key")
    evaluate.add_argument(
        "articles", type=Path, nargs="?", default=Path("tests/gold/articles"), help="folder of test articles"
    )
    evaluate.add_argument("--key", type=Path, default=Path("tests/gold/key.yml"), help="the answer key")
    evaluate.add_argument(
        "--vocabulary", type=Path, default=DEFAULT_PATH, help="extraction word lists (default: %(default)s)"
    )
    return parser


def _review(args: argparse.Namespace) -> int:
    model = build_model(args.project)
    sys.stdout.write(format_review(review_items(model.extraction), model.corpus))
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    shown = DEFAULT_LABEL if args.vocabulary == DEFAULT_PATH else str(args.vocabulary)
    report = evaluate(args.articles, args.key, load_extraction_config(args.vocabulary, shown))
    sys.stdout.write(format_report(report))
    met = targets_met(report)
    print(f"\nTargets (precision >= 0.98, recall >= 0.90, no wrong speaker): {'met' if met else 'NOT met'}")
    return 0 if met else 1


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
        if args.command == "review":
            return _review(args)
        if args.command == "eval":
            return _evaluate(args)
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
