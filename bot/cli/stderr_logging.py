"""Logging for the terminal commands: structlog and stdlib logging to stderr, never stdout.

structlog, when nobody configured it, prints to *stdout*: one log line there would corrupt
`calm coach --json` (a JSON Lines contract) or the draft a user copies. So `bot.cli.main`
configures logging to stderr, with `bot.logging.configure_logging`, before anything can log.

Importing structlog costs about 50 ms, a sixth of the 300 ms start-up budget of `calm coach`,
and the offline path does not log at all. So if structlog is already loaded it is configured at
once; otherwise a one-shot import hook configures it the moment something imports it (the
LLM stage, or a future log call in the engine), before that module's code can log.

Whatever is set up here is undone when the command ends, so `main()` can run in-process (tests,
embedding) without leaving global state behind. A program that configured structlog itself
keeps its configuration.

Level and format come from the `LOG_LEVEL` / `LOG_FORMAT` environment variables (the same names
as the settings), default warning / auto, so a user's terminal stays quiet.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # stdlib logging is imported only when there is something to configure
    import logging
    from importlib.machinery import ModuleSpec
    from types import ModuleType

DEFAULT_LEVEL = "warning"


@contextlib.contextmanager
def stderr_logging() -> Iterator[None]:
    """Within the block, everything that logs goes to stderr; afterwards the state is restored."""
    state = _Restore()
    hook: _ConfigureOnImport | None = None
    if "structlog" in sys.modules:
        state.configure()
    else:
        hook = _ConfigureOnImport(state.configure)
        sys.meta_path.insert(0, hook)
    try:
        yield
    finally:
        if hook is not None:
            hook.remove()
        state.restore()


class _Restore:
    """Configures logging once, remembering what to undo."""

    def __init__(self) -> None:
        self._configured_structlog = False
        self._root_handlers: list[logging.Handler] = []
        self._root_level = 0  # logging.NOTSET
        self._logger_levels: dict[str, int] = {}

    def configure(self) -> None:
        import logging

        import structlog

        from bot.logging import configure_logging

        if self._configured_structlog or structlog.is_configured():
            return  # configured by the program that called us (or a test): keep it
        root = logging.getLogger()
        self._root_handlers, self._root_level = list(root.handlers), root.level
        before = _logger_levels()
        configure_logging(
            os.environ.get("LOG_LEVEL") or DEFAULT_LEVEL,
            os.environ.get("LOG_FORMAT") or "auto",
            stream=sys.stderr,
        )
        self._configured_structlog = True
        after = _logger_levels()
        self._logger_levels = {
            name: before.get(name, logging.NOTSET)
            for name, level in after.items()
            if before.get(name, logging.NOTSET) != level
        }

    def restore(self) -> None:
        if not self._configured_structlog:
            return
        import logging

        import structlog

        structlog.reset_defaults()
        root = logging.getLogger()
        for handler in list(root.handlers):
            if handler not in self._root_handlers:
                root.removeHandler(handler)
        root.setLevel(self._root_level)
        for name, level in self._logger_levels.items():
            logging.getLogger(name).setLevel(level)
        self._configured_structlog = False


def _logger_levels() -> dict[str, int]:
    import logging

    loggers = logging.root.manager.loggerDict.items()
    return {name: lg.level for name, lg in loggers if isinstance(lg, logging.Logger)}


class _ConfigureOnImport:
    """A one-shot `sys.meta_path` finder: when structlog is imported, run `then` right after
    the module has loaded (and before the importing code can log)."""

    def __init__(self, then: Callable[[], None]) -> None:
        self._then = then

    def remove(self) -> None:
        with contextlib.suppress(ValueError):
            sys.meta_path.remove(self)

    def find_spec(
        self, fullname: str, path: Any = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname != "structlog":
            return None
        self.remove()
        spec = importlib.util.find_spec(fullname)  # the regular finders, without this one
        if spec is not None and spec.loader is not None:
            spec.loader = _RunAfterExec(spec.loader, self._then)
        return spec


class _RunAfterExec:
    """Wraps a module's loader so that `then` runs once the module has executed."""

    def __init__(self, loader: Any, then: Callable[[], None]) -> None:
        self._loader = loader
        self._then = then

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self._loader.exec_module(module)
        with contextlib.suppress(Exception):  # logging set-up must never break the command
            self._then()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._loader, name)
