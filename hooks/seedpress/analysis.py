"""The analysis of a corpus: load → extract → correct → compare, written once.

``analyse(seeds_dir, editorial_dir)`` is the one entry point: the site build
(through ``model.build_model``), the ``seedpress`` command, the benchmarks and
the tests call it, so none of them writes the sequence out again. Every path
comes from the caller; ``root``, when given, is the folder that error messages
name files from ("editorial/extraction.yml" rather than an absolute path).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from .compare import Comparison, compare_extraction
from .corpus import METADATA_FILE, Corpus, load_corpus, parse_article
from .corrections import Correction, apply_corrections, load_corrections
from .errors import SeedError
from .extract import Extraction, ExtractionConfig, extract_corpus, load_extraction_config
from .seedfile import read_seed
from .sources_meta import SourceMeta, load_sources

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: The editorial files the analysis reads.
EXTRACTION_FILE = "extraction.yml"
CORRECTIONS_FILE = "attributions.yml"


@dataclass(frozen=True)
class Analysis:
    """The articles and what the rules (and the editor's corrections) found in them."""

    corpus: Corpus
    metadata: dict[str, SourceMeta]
    config: ExtractionConfig
    extraction: Extraction
    comparison: Comparison


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _label(path: Path, root: Path | None) -> str:
    """How messages name ``path``: relative to ``root``, or as the caller gave it."""
    if root is not None:
        return path.relative_to(root).as_posix()
    return str(path).rstrip("/") or "."


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def load_articles(path: Path, label: str | None = None) -> tuple[Corpus, dict[str, SourceMeta]]:
    """The articles at ``path`` (a folder of .txt files, or one .txt file) and their metadata.

    The metadata is the ``sources.yml`` beside the articles, as in a project's ``seeds/``.
    """
    shown = label or _label(path, None)
    if path.is_file():
        if path.suffix.lower() != ".txt":
            raise SeedError(shown, "not an article; give a .txt file or a folder of them")
        folder = path.parent
        corpus = Corpus((parse_article(path.stem, shown, read_seed(path, shown)),))
        # Every article beside it counts as known, so its entries raise no "matches no article" warning.
        known = {p.stem for p in folder.iterdir() if p.suffix.lower() == ".txt"}
        metadata = load_sources(folder / METADATA_FILE, _label(folder / METADATA_FILE, None), known)
        return corpus, {path.stem: metadata[path.stem]} if path.stem in metadata else {}
    if not path.exists():
        raise SeedError(shown, "not found; give a folder of .txt articles or one .txt file")
    corpus = load_corpus(path, shown)
    metadata = load_sources(path / METADATA_FILE, f"{shown}/{METADATA_FILE}", (a.stem for a in corpus.articles))
    return corpus, metadata


def analyse_articles(
    corpus: Corpus,
    metadata: dict[str, SourceMeta],
    config: ExtractionConfig,
    corrections: tuple[Correction, ...] = (),
    timings: dict[str, float] | None = None,
) -> Analysis:
    """Extract, apply the editor's corrections, compare; ``timings`` (if given) gets seconds per stage."""
    started = time.perf_counter()
    extraction = apply_corrections(extract_corpus(corpus, metadata, config), corrections, corpus)
    extracted = time.perf_counter()
    comparison = compare_extraction(extraction, config)
    if timings is not None:
        timings["extract"] = extracted - started
        timings["compare"] = time.perf_counter() - extracted
    return Analysis(corpus, metadata, config, extraction, comparison)


def analyse(
    seeds_dir: Path,
    editorial_dir: Path,
    *,
    root: Path | None = None,
    corrections: bool = True,
    timings: dict[str, float] | None = None,
) -> Analysis:
    """Load the articles at ``seeds_dir`` (a folder or one .txt file) and analyse them.

    The extraction vocabulary and the editor's corrections come from
    ``editorial_dir``; ``corrections=False`` leaves the rules' own findings
    (the extraction tests and ``seedpress extract`` look at those). ``timings``,
    if given, gets the seconds of each stage ("load", "extract", "compare").
    """
    started = time.perf_counter()
    corpus, metadata = load_articles(seeds_dir, _label(seeds_dir, root))
    vocabulary = editorial_dir / EXTRACTION_FILE
    config = load_extraction_config(vocabulary, _label(vocabulary, root))
    fixes: tuple[Correction, ...] = ()
    if corrections:
        fixes = load_corrections(editorial_dir / CORRECTIONS_FILE, _label(editorial_dir / CORRECTIONS_FILE, root))
    if timings is not None:
        timings["load"] = time.perf_counter() - started
    return analyse_articles(corpus, metadata, config, fixes, timings)
