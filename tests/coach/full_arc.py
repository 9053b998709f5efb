"""`compose` and `coach` as the "Longer" button calls them: the full arc of the reply.

Most playbook tests read the whole arc; the default (short) draft has its own tests.
"""

from __future__ import annotations

from bot.coach import coach as _coach
from bot.coach.compose import compose as _compose


def compose(*args, **kwargs):
    kwargs.setdefault("long", True)
    return _compose(*args, **kwargs)


def coach(*args, **kwargs):
    kwargs.setdefault("long", True)
    return _coach(*args, **kwargs)
