"""Framework log lines cannot carry request bodies: every stdlib log record is cut to its wording.

calm logs through structlog, with events and counts only. Its frameworks (Bolt, slack-sdk,
aiohttp, uvicorn, the Teams SDK, httpx, …) log through stdlib `logging`, and some of them put
what they received into the line: Bolt logs the raw body of a request whose signature check
failed (`Invalid request signature detected (…, body: command=/calm&text=…)`), slack-sdk logs
request bodies at DEBUG, pydantic errors quote their input, tracebacks quote arguments.

So calm does not trust any of them. `install()` replaces the log record factory (which every
stdlib logger uses, whatever handlers or levels are configured later) with one that rewrites
each record before anyone can see it:

- a message with %-arguments keeps its template; string (and other non-numeric) arguments
  become "…", numbers stay (status codes, counts, durations);
- a message without arguments (usually an f-string, where data and wording are mixed) keeps
  only its leading wording: it is cut at the first character that starts data in a log line
  (`( : = { [ " ' < ? & %` or a line break) and at 120 characters;
- exception details and stack traces are replaced by the exception's type name.

The result is that a line still says what happened ("Invalid request signature detected",
"HTTP Request: … … 401"), never what was in the request. The one shape the cut cannot see is
a line that *starts* with data and has no delimiter at all; none of these frameworks logs
that way (their lines are wording first, data after a colon, bracket or `=`), and a test
checks the shapes they do use. calm's own stdlib loggers (the
`bot` namespace, if any) are left alone: they follow the house rule of never logging text.
"""

from __future__ import annotations

import logging
import re
from typing import Any

_OWN_NAMESPACE = "bot"
_MAX_CHARS = 120
_DATA_START = re.compile(r"""[(:={\["'<?&%\r\n]""")
_ELLIPSIS = "…"


def install() -> None:
    """Make every stdlib log record from now on body-free (idempotent, process-wide)."""
    current = logging.getLogRecordFactory()
    if getattr(current, "calm_redacting", False):
        return
    logging.setLogRecordFactory(_redacting_factory(current))


def installed() -> bool:
    return bool(getattr(logging.getLogRecordFactory(), "calm_redacting", False))


def _redacting_factory(make: Any) -> Any:
    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make(*args, **kwargs)
        if not _is_own(record.name):
            redact(record)
        return record

    factory.calm_redacting = True  # type: ignore[attr-defined]
    return factory


def _is_own(name: str) -> bool:
    return name == _OWN_NAMESPACE or name.startswith(_OWN_NAMESPACE + ".")


def redact(record: logging.LogRecord) -> None:
    """Rewrite `record` in place so that it holds wording and numbers only."""
    template = record.msg if isinstance(record.msg, str) else type(record.msg).__name__
    if record.args:
        record.msg = _template_only(template, record.args)
    else:
        record.msg = _leading_wording(template)
    record.args = None
    if record.exc_info:
        exc_type = record.exc_info[0]
        name = exc_type.__name__ if exc_type is not None else "error"
        record.msg = f"{record.msg} [{name}; details withheld]"
        record.exc_info = None
    record.exc_text = None
    record.stack_info = None


def _template_only(template: str, args: Any) -> str:
    """The %-template with its arguments filled in only where they are numbers."""
    values: Any
    if isinstance(args, dict):
        values = {key: _safe_arg(value) for key, value in args.items()}
    else:
        values = tuple(_safe_arg(value) for value in args)
    neutral = re.sub(r"%%|%(\([^)]*\))?[-#0 +]*(\d+|\*)?(\.\d+)?[a-zA-Z]", _as_str, template)
    try:
        return _clip(neutral % values)
    except (TypeError, ValueError, KeyError):
        return _leading_wording(template)


def _as_str(match: re.Match[str]) -> str:
    """Every conversion becomes %s (or %(name)s), so "…" fits where a %d stood."""
    key = match.group(1) or ""
    return "%%" if match.group(0) == "%%" else f"%{key}s"


def _safe_arg(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return _ELLIPSIS
    return value


def _leading_wording(message: str) -> str:
    match = _DATA_START.search(message)
    cut = message[: match.start()] if match else message
    cut = cut.rstrip(" -,;.")
    return _clip(cut) or _ELLIPSIS


def _clip(text: str) -> str:
    text = text.replace("\r", " ").replace("\n", " ")
    return text if len(text) <= _MAX_CHARS else text[: _MAX_CHARS - 1] + _ELLIPSIS
