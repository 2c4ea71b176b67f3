"""Page generators: model in, Markdown text out (seed text only via ``escape_markdown``)."""
