"""seedpress: turn news articles in ``seeds/`` into an evidence-first explainer site.

A plain Python library (no MkDocs imports) so that tests and the command line can
use it directly; ``hooks/site_hooks.py`` is the only module that adapts it to MkDocs.
"""

__all__ = ["__version__"]

__version__ = "0.1.0"
