"""structlog configuration: configure once at start-up, console on a TTY, JSON otherwise.

Rule for every log call in calm: events and counts, never message text. Log the situation,
the heat, the length of a text, an outcome; not the words.
"""

from __future__ import annotations

import logging
import sys

import structlog

from bot import log_privacy


def configure_logging(level: str = "info", fmt: str = "auto", *, stream=None) -> None:
    stream = stream or sys.stderr
    lvl = logging.getLevelNamesMapping().get(level.upper(), logging.INFO)
    renderer: structlog.typing.Processor
    use_console = fmt == "console" or (fmt == "auto" and getattr(stream, "isatty", lambda: False)())
    if use_console:
        renderer = structlog.dev.ConsoleRenderer(colors=True)
    else:
        renderer = structlog.processors.JSONRenderer()
    # One writer for every log call: loggers stay uncached (tests re-configure structlog), so
    # each call asks the factory for its output; handing out the same WriteLogger (same bytes
    # as a PrintLogger: the line plus "\n", flushed) avoids building a new one per call.
    writer = structlog.WriteLogger(file=stream)
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(lvl),
        logger_factory=lambda *_args: writer,
        cache_logger_on_first_use=False,
    )
    # Libraries (slack_bolt, httpx, uvicorn) log through stdlib logging; keep them quiet and
    # never at DEBUG, where some of them print request bodies. Whatever they still log is cut
    # to its wording (see bot.log_privacy), at every level.
    log_privacy.install()
    logging.basicConfig(
        level=max(lvl, logging.INFO), stream=stream, format="%(levelname)s %(name)s %(message)s"
    )
    for noisy in ("slack_bolt", "slack_sdk", "httpx", "httpcore", "aiohttp.access"):
        logging.getLogger(noisy).setLevel(max(lvl, logging.WARNING))
