"""The Store as a serving Slack process uses it: usage counts buffered.

`open_serving_store` turns on the in-memory usage counter (settings and capacity are always
read fresh, so replicas see each other's writes at once); `start_usage_flusher` writes the
counts every `USAGE_FLUSH_SECONDS` from a worker thread, and `stop_usage_flusher` writes the
rest on shutdown. `calm serve` and
the ack bench both use these, so the bench measures what production runs.

A hard kill loses at most `USAGE_FLUSH_SECONDS` of counts.
"""

from __future__ import annotations

import asyncio

import structlog

from bot.store import Store

log = structlog.get_logger(__name__)

USAGE_FLUSH_SECONDS = 10.0


def open_serving_store(database_url: str) -> Store:
    return Store.from_url(database_url, buffer_usage=True)


async def _flush(store: Store) -> None:
    try:
        written = await asyncio.to_thread(store.flush_usage)
    except Exception as exc:  # counts stay buffered; the next round retries
        log.error("usage_flush_failed", error=type(exc).__name__)
        return
    if written:
        log.debug("usage_flushed", cells=written)


async def flush_usage_every(store: Store, seconds: float) -> None:
    while True:
        await asyncio.sleep(seconds)
        await _flush(store)


def start_usage_flusher(
    store: Store, seconds: float = USAGE_FLUSH_SECONDS
) -> asyncio.Task[None] | None:
    """The periodic flush task, or None when the store writes counts directly."""
    if not store.buffers_usage:
        return None
    return asyncio.get_running_loop().create_task(
        flush_usage_every(store, seconds), name="slack.usage_flush"
    )


async def stop_usage_flusher(task: asyncio.Task[None] | None, store: Store) -> None:
    """Stop the periodic task and write whatever is still buffered."""
    if task is not None:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    await _flush(store)
