"""``python -m seedpress``: the same as the ``seedpress`` command (see ``cli``)."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
