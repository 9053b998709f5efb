"""`calm serve` start-up: failures that say what failed, and whether serving ever began.

`mark_serving()` is called by each surface once it listens; `calm serve` uses `has_served()` to
tell a failed start (clean up what the attempt created, e.g. an empty calm.db) from a server
that ran and then stopped (keep everything).
"""

from __future__ import annotations

import errno

_served = False


def reset() -> None:
    global _served
    _served = False


def mark_serving() -> None:
    global _served
    _served = True


def has_served() -> bool:
    return _served


class PortUnavailable(OSError):
    """calm could not listen on HOST:PORT (in use, no permission, unknown host)."""

    def __init__(self, host: str, port: int, cause: OSError) -> None:
        if cause.errno == errno.EADDRINUSE:
            why = "the port is already in use (another calm, or another program)"
            hint = "Stop it, or choose another port (--port, PORT or TEAMS_PORT)."
        elif cause.errno in (errno.EACCES, errno.EPERM):
            why = "no permission to use this port"
            hint = "Use a port above 1023 and put a reverse proxy in front."
        else:
            why = cause.strerror or type(cause).__name__
            hint = "Check HOST and the port."
        super().__init__(f"could not listen on {host}:{port}: {why}. {hint}")
