"""Extraction: quotations, attributed statements, figures and dates from the corpus.

``extract_corpus(corpus, metadata, config)`` is the entry point; the records it returns
are defined in ``model``. The word lists it reads are in ``editorial/extraction.yml``.
"""

from .config import ExtractionConfig, ExtractionConfigError, load_extraction_config, parse_extraction_config
from .model import ArticleExtraction, DateMention, Extraction, Figure, Quotation, Speaker, Statement
from .pipeline import extract_article, extract_corpus

__all__ = [
    "ArticleExtraction",
    "DateMention",
    "Extraction",
    "ExtractionConfig",
    "ExtractionConfigError",
    "Figure",
    "Quotation",
    "Speaker",
    "Statement",
    "extract_article",
    "extract_corpus",
    "load_extraction_config",
    "parse_extraction_config",
]
