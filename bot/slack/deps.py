"""What the Slack listeners need, wired once in the app builder and passed to `register`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.coach.refine import Refiner
from bot.config import Settings
from bot.slack.background import BackgroundTasks
from bot.slack.card_cache import CardCache
from bot.slack.post_as_user import UserPoster
from bot.slack.user_locale import UserLocales
from bot.store import Store
from bot.store.card_texts import CardTexts


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class SlackDeps:
    settings: Settings
    store: Store
    clock: Callable[[], dt.datetime] = field(default=utc_now)  # timezone-aware UTC
    refiner: Refiner | None = None  # LLM stage; None when not configured
    # Client text of recent cards, sealed with a key only the card carries (for its buttons).
    cards: CardCache = field(init=False)
    # Work started after the ack; tests `await deps.tasks.drain()`, shutdown cancels.
    tasks: BackgroundTasks = field(default_factory=BackgroundTasks)
    # Posts "as the user" with SLACK_USER_TOKEN; None when no user token is configured.
    poster: UserPoster | None = None
    # The language of each user's Slack client, the default until they choose one.
    locales: UserLocales = field(default_factory=UserLocales)

    def __post_init__(self) -> None:
        self.cards = CardCache(CardTexts(self.store, clock=self.clock))
