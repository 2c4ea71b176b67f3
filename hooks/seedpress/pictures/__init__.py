"""Static SVG pictures (no JavaScript, no external request): leaves that receive words and numbers from ``pages/`` and return SVG."""
