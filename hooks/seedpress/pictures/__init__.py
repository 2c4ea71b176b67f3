"""Static SVG pictures drawn from the model (no JavaScript, no external request)."""
