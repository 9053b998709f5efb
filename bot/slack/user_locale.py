"""The language of each user's Slack client: the default for users who have not chosen one.

Slack sends no locale with slash commands or events; `users.info` with `include_locale=true`
has it (scope `users:read`). A Bolt middleware asks once per user and process, before the
first listener runs, and waits at most `LOOKUP_WAIT_SECONDS` (the ack of a slash command must
stay well within Slack's 3 s): if Slack is slower, that first card uses CALM_DEFAULT_LANGUAGE
and the answer still lands in the cache for the next one. A payload that carries a `locale`
(some interactive payloads do) is used as is. A language chosen in calm's settings always wins;
for those users nothing is looked up.

Only the language is kept, in memory, per (team, user).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import Any

import structlog

from bot.coach.model import Language
from bot.locale import language_of_locale
from bot.store import UserKey

log = structlog.get_logger(__name__)

LOOKUP_WAIT_SECONDS = 0.8
MAX_USERS = 50_000

_Key = tuple[str, str]


class UserLocales:
    """(team, user) → the language of their Slack client, or None (unknown / not de/en)."""

    def __init__(self) -> None:
        self._known: dict[_Key, Language | None] = {}
        self._pending: dict[_Key, asyncio.Task[None]] = {}

    def get(self, team: str, user: str) -> Language | None:
        return self._known.get((team, user))

    def language_for(self, key: UserKey, default: str) -> str:
        """The user's client language as a code ("en"), else `default`."""
        language = self.get(key.team, key.user)
        return language.value if language is not None else default

    def knows(self, team: str, user: str) -> bool:
        return (team, user) in self._known

    def set(self, team: str, user: str, language: Language | None) -> None:
        if len(self._known) >= MAX_USERS:
            self._known.clear()
        self._known[(team, user)] = language

    async def learn(self, client: Any, team: str, user: str, *, wait: float) -> None:
        """Look the user's locale up (once), waiting at most `wait` seconds for it."""
        key = (team, user)
        if key in self._known:
            return
        task = self._pending.get(key)
        if task is None:
            task = asyncio.ensure_future(self._lookup(client, team, user))
            self._pending[key] = task
            task.add_done_callback(lambda _t: self._pending.pop(key, None))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.shield(task), wait)

    async def _lookup(self, client: Any, team: str, user: str) -> None:
        try:
            response = await client.users_info(user=user, include_locale=True)
            locale = (response.get("user") or {}).get("locale")
        except Exception as exc:  # no answer is no locale; the default applies
            log.info("user_locale_unavailable", error=type(exc).__name__)
            locale = None
        self.set(team, user, language_of_locale(locale))


def locale_middleware(
    locales: UserLocales, store: Any
) -> Callable[..., Awaitable[Any]]:
    """A Bolt middleware that learns the user's client language before the listener runs."""

    async def learn_locale(context: Any, body: dict, next: Callable[[], Awaitable[Any]]) -> Any:
        team, user = context.get("team_id") or "", context.get("user_id") or ""
        if team and user and user != context.get("bot_user_id") and not locales.knows(team, user):
            payload_locale = body.get("locale") or (body.get("user") or {}).get("locale")
            if payload_locale:
                locales.set(team, user, language_of_locale(payload_locale))
            elif not _has_chosen_language(store, team, user):
                await locales.learn(context.client, team, user, wait=LOOKUP_WAIT_SECONDS)
        return await next()

    return learn_locale


def _has_chosen_language(store: Any, team: str, user: str) -> bool:
    try:
        return bool(store.get_user(UserKey("slack", team, user)).language)
    except Exception:  # the listener will meet the same store and say so
        return True
