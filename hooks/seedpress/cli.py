"""The ``seedpress`` command: the library's data without building the site.

``seedpress extract seeds/`` (or ``python -m seedpress extract seeds/``) prints
the extracted model as JSON, the same as the published ``site/data/*.json``
files, keyed by file name. Every path comes from the command line: the articles
(a folder, or one ``.txt`` file) and the editorial folder (``--editorial``,
default ``./editorial``). A bad article or data file prints its one-line message
and exits with status 2.

Adding a command: write ``_add_NAME(commands)``, which adds its parser (with
``parents=[_project_options()]`` for ``--editorial``) and sets ``run`` to a
function taking the parsed arguments and returning the exit status; then list
it in ``COMMANDS``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeAlias

from . import __version__
from .analysis import EXTRACTION_FILE, analyse
from .corrections import format_review, review_items
from .errors import SeedError
from .evaluation import evaluate, format_report, targets_met
from .export import FILES, export_data
from .extract import load_extraction_config
from .model import build_model

#: Where ``--editorial`` points unless told otherwise: the project folder's ``editorial/``.
DEFAULT_EDITORIAL = Path("editorial")
#: Exit status for a bad article or data file (argparse uses 2 for bad arguments too).
EXIT_BAD_INPUT = 2

#: What ``add_subparsers`` returns (argparse names the class privately).
_Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _shown(path: Path) -> str:
    """A path as messages name it: as the user typed it, without a trailing slash."""
    return str(path).rstrip("/") or "."


def _print_json(data: object) -> None:
    try:
        json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        sys.stdout.flush()
    except BrokenPipeError:  # "| head": the reader has what it wanted
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit


# ---------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------


def _run_extract(args: argparse.Namespace) -> int:
    vocabulary = args.editorial / EXTRACTION_FILE
    if not vocabulary.is_file():
        raise SeedError(_shown(vocabulary), "not found; run from the project folder or give --editorial DIR")
    # The rules' own findings, as before the editor's corrections (``seedpress review`` lists what to correct).
    analysis = analyse(args.articles, args.editorial, corrections=False)
    data = export_data(analysis.extraction, analysis.comparison)
    _print_json(data[f"{args.only}.json"] if args.only else data)
    return 0


def _project_options() -> argparse.ArgumentParser:
    """Options every command shares: where the project's editorial data is."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--editorial",
        type=Path,
        default=DEFAULT_EDITORIAL,
        metavar="DIR",
        help="the editorial data folder, with extraction.yml (default: ./%(default)s)",
    )
    return options


def _add_extract(commands: _Subparsers) -> None:
    parser = commands.add_parser(
        "extract",
        parents=[_project_options()],
        help="print quotations, figures, statements, dates and coverage as JSON",
        description="Print the extracted data of the articles as JSON (the site's data/*.json, keyed by file name).",
    )
    parser.add_argument(
        "articles", type=Path, help="a folder of article .txt files (with its sources.yml), or one .txt file"
    )
    parser.add_argument(
        "--only", choices=[name.removesuffix(".json") for name in FILES], help="print one file's data only"
    )
    parser.set_defaults(run=_run_extract)


def _run_review(args: argparse.Namespace) -> int:
    model = build_model(args.project)
    sys.stdout.write(format_review(review_items(model.extraction), model.corpus))
    return 0


def _add_review(commands: _Subparsers) -> None:
    parser = commands.add_parser(
        "review",
        help="list attributions left unidentified or decided on evidence short of sure",
        description=(
            "List every attribution whose speaker was left unidentified or named on evidence short of sure, "
            "with its paragraph, the rule used and a ready entry for editorial/attributions.yml."
        ),
    )
    parser.add_argument("project", type=Path, nargs="?", default=Path("."), help="the project folder (default: .)")
    parser.set_defaults(run=_run_review)


def _run_eval(args: argparse.Namespace) -> int:
    vocabulary = args.editorial / EXTRACTION_FILE
    config = load_extraction_config(vocabulary, _shown(vocabulary))
    report = evaluate(args.articles, args.key, config)
    sys.stdout.write(format_report(report, details=args.details))
    met = targets_met(report)
    print(f"\nTargets (precision >= 0.98, recall >= 0.90, no wrong speaker): {'met' if met else 'NOT met'}")
    return 0 if met else 1


def _add_eval(commands: _Subparsers) -> None:
    parser = commands.add_parser(
        "eval",
        parents=[_project_options()],
        help="score extraction against a hand-written answer key (exit 1 if the targets are not met)",
        description=(
            "Score speakers (precision, recall, abstentions), kinds, families, figures, dates and cues "
            "against a hand-written answer key, per style, per pattern and overall."
        ),
    )
    parser.add_argument(
        "articles", type=Path, nargs="?", default=Path("tests/gold/articles"), help="folder of test articles"
    )
    parser.add_argument("--key", type=Path, default=Path("tests/gold/key.yml"), help="the answer key")
    parser.add_argument(
        "--details", action="store_true", help="also list every abstention and every figure, date or cue scored wrong"
    )
    parser.set_defaults(run=_run_eval)


#: Every subcommand: each adds its parser to the ``commands`` of ``build_parser``.
COMMANDS: tuple[Callable[[_Subparsers], None], ...] = (_add_extract, _add_review, _add_eval)


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command of ``COMMANDS``."""
    parser = argparse.ArgumentParser(
        prog="seedpress",
        description="Read news articles the way the explainer site does, without building the site.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in COMMANDS:
        add(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command; return the exit status."""
    args = build_parser().parse_args(argv)
    # The library logs warnings (a stray file in seeds/, say); show them as one line each.
    logging.basicConfig(format="%(levelname)s: %(message)s", level=logging.WARNING)
    try:
        status: int = args.run(args)
    except SeedError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return status
