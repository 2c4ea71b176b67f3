"""`make serve`: live preview on 127.0.0.1:PORT, or one line saying the port is busy.

MkDocs reports a busy port with a long traceback; this checks the port first and,
if another program holds it, names the port and a free one to use instead. Then
it hands over to `mkdocs serve` (same process, so Ctrl-C stops it as usual).
"""

from __future__ import annotations

import argparse
import errno
import os
import socket
import sys

HOST = "127.0.0.1"
#: How many ports above a busy one to try when suggesting another.
SEARCH = 20


def port_is_free(port: int) -> bool:
    """Whether a server could listen on HOST:port now (as MkDocs' server does, address reuse on)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((HOST, port))
        except OSError as err:
            if err.errno in (errno.EADDRINUSE, errno.EACCES):
                return False
            raise
    return True


def free_port_after(port: int) -> int | None:
    """The first free port above ``port``, if one of the next few is."""
    return next((p for p in range(port + 1, min(port + 1 + SEARCH, 65536)) if port_is_free(p)), None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    if not 0 < args.port < 65536:
        print(
            f"make serve: PORT={args.port} is not a port number (1-65535); e.g. make serve PORT=8001", file=sys.stderr
        )
        return 2
    if not port_is_free(args.port):
        other = free_port_after(args.port)
        hint = f"make serve PORT={other}" if other else "make serve PORT=<another port>"
        print(
            f"make serve: port {args.port} on {HOST} is busy (another server?); choose another: {hint}", file=sys.stderr
        )
        return 1
    mkdocs = [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"{HOST}:{args.port}"]
    os.execv(sys.executable, mkdocs)  # replaces this process: Ctrl-C stops the server


if __name__ == "__main__":
    sys.exit(main())
