"""Import the Teams SDK without its import-time side effects, and keep its logs free of text.

`microsoft_teams.apps` runs `load_dotenv(find_dotenv(usecwd=True))` when it is imported, which
would copy a stray `.env` from anywhere up the directory tree into `os.environ` (and so change
the behaviour of unrelated code and tests). calm reads its settings through `bot.config`, so
the SDK's dotenv call is suppressed for the duration of the import. The SDK also emits an
`ExperimentalWarning` (a `FutureWarning`) at import; it is silenced only around the import, so
test suites that turn warnings into errors keep working without a global filter.

The SDK logs whole activities at DEBUG and `str(exception)` on failures; both can contain the
client's words. `PrivacyLogFilter` drops the SDK's DEBUG records and replaces exception details
with the exception's type name.
"""

from __future__ import annotations

import importlib
import logging
import warnings
from types import ModuleType

_SDK_LOGGER_PREFIX = "microsoft_teams"


class PrivacyLogFilter(logging.Filter):
    """Drop SDK debug records; keep warnings but never exception text or tracebacks."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.INFO:
            return False
        if record.exc_info:
            exc_type = record.exc_info[0]
            name = exc_type.__name__ if exc_type else "error"
            record.msg = f"Teams SDK error ({name}); details withheld, they may contain text"
            record.args = ()
            record.exc_info = None
            record.exc_text = None
        return True


_FILTER = PrivacyLogFilter()


def _guard_sdk_loggers() -> None:
    """Attach the privacy filter to every SDK logger (filters do not inherit to children)."""
    names = [_SDK_LOGGER_PREFIX] + [
        name
        for name in logging.root.manager.loggerDict
        if name.startswith(_SDK_LOGGER_PREFIX + ".")
    ]
    for name in names:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)


def load_sdk() -> ModuleType:
    """Return `microsoft_teams.apps`, imported once without dotenv or warning side effects."""
    import dotenv

    original_load = dotenv.load_dotenv
    dotenv.load_dotenv = lambda *args, **kwargs: False  # type: ignore[assignment]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)  # ExperimentalWarning subclasses it
            module = importlib.import_module("microsoft_teams.apps")
    finally:
        dotenv.load_dotenv = original_load
    # 2.1.1 builds a deprecated BotClient inside every ApiClient (one per activity); the
    # warning is about the SDK's own internals, not calm's code.
    warnings.filterwarnings(
        "ignore", message="The bot client is deprecated", category=DeprecationWarning
    )
    _guard_sdk_loggers()
    return module
