"""The steps every coaching surface shares: who the user is, coach, card, count, refine.

Listeners stay thin: they parse the payload, call these, and send what comes back. Nothing here
logs or stores client text; logs carry the situation, heat, lengths and outcomes.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import importlib.util
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

import structlog

from bot.coach import InputError, coach
from bot.coach.model import Capacity, Coaching, Language, Profile, Situation, Tone
from bot.slack.card_cache import CardSource
from bot.slack.deps import SlackDeps
from bot.slack.labels import t
from bot.slack.render import CardOptions, card_text, coaching_card, variant_of
from bot.store import UserKey, UserSettings

log = structlog.get_logger(__name__)

Send = Callable[[list[dict], str], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class UserContext:
    key: UserKey
    settings: UserSettings
    profile: Profile
    today: dt.date

    @property
    def ui(self) -> Language:
        """The language of calm's interface for this user (their default language)."""
        return self.profile.language


def local_today(settings: UserSettings, now: dt.datetime) -> dt.date:
    """The user's local date (stored time zone), else the UTC date."""
    if settings.timezone:
        try:
            return now.astimezone(ZoneInfo(settings.timezone)).date()
        except (KeyError, ValueError):
            pass
    return now.astimezone(dt.UTC).date()


@functools.lru_cache(maxsize=4096)
def _profile(settings: UserSettings, capacity: Capacity | None, default_language: str) -> Profile:
    """`settings.to_profile(...)`, built once per distinct input (all three are immutable and
    hold no client text; the Profile is frozen, so requests can share it)."""
    return settings.to_profile(capacity=capacity, default_language=default_language)


def load_user(deps: SlackDeps, team: str, user: str) -> UserContext:
    """The user's settings and coaching profile (same as `Store.profile_for`, one read less)."""
    key = UserKey("slack", team, user)
    now = deps.clock()
    settings, today, capacity = deps.store.settings_and_capacity(
        key, lambda found: local_today(found, now)
    )
    client_language = deps.locales.get(team, user)  # their Slack language, until they choose
    default = client_language.value if client_language else deps.settings.default_language
    profile = _profile(settings, capacity, default)
    return UserContext(key=key, settings=settings, profile=profile, today=today)


def input_error_text(exc: InputError, ui: Language) -> str:
    """A friendly message for an InputError, in the user's language."""
    code = getattr(exc, "code", "input")
    if code in ("empty", "no_words"):
        return t(code, ui)
    return str(exc)


def coach_for(
    ctx: UserContext,
    text: str,
    *,
    tone: Tone | None = None,
    short: bool = False,
    long: bool = False,
    language: Language | None = None,
    situation: Situation | None = None,
    surface: str,
) -> Coaching:
    """Coach `text` with the user's profile (for the user's `situation` when they chose one);
    logs the outcome without words. May raise.

    The engine runs on the event loop, in the ack: a worker thread was measured slower
    (bench/README.md, slack_ack), as most of a coaching is pure Python that holds the GIL."""
    started = time.perf_counter()
    try:
        coaching = coach(
            text,
            profile=ctx.profile,
            tone=tone,
            short=short,
            long=long,
            language=language,
            situation=situation,
        )
    except InputError as exc:
        log.info("coach_rejected", surface=surface, reason=exc.code, length=len(text))
        raise
    log.info(
        "coached",
        surface=surface,
        situation=coaching.situation.value,
        heat=coaching.detection.heat,
        length=len(text),
        draft_length=len(coaching.draft),
        ms=round((time.perf_counter() - started) * 1000, 2),
    )
    return coaching


_nudge_listener_present: bool | None = None


def nudge_offer_available() -> bool:
    """True when the nudge listener (which answers `nudge_opt_in`) is installed."""
    global _nudge_listener_present
    if _nudge_listener_present is None:
        _nudge_listener_present = importlib.util.find_spec("bot.slack.listeners.nudge") is not None
    return _nudge_listener_present


def should_offer_nudge(ctx: UserContext) -> bool:
    return (
        not ctx.settings.nudge_offered
        and not ctx.settings.nudge_enabled
        and nudge_offer_available()
    )


def refining(deps: SlackDeps, team: str) -> bool:
    return deps.refiner is not None and deps.store.llm_enabled_for("slack", team)


def remember(deps: SlackDeps, ctx: UserContext, text: str, **where: str | None) -> str:
    """Seal the card's text for its buttons; the token goes on the card at once, the sealed
    record is written after the ack, batched with other new cards' (see `CardCache.queue`)."""
    token, sealed = deps.cards.issue(
        CardSource(text=text, team=ctx.key.team, user=ctx.key.user, **where)
    )
    if deps.cards.queue(sealed):
        deps.tasks.spawn(asyncio.to_thread(deps.cards.flush), name="card.seal")
    return token


def count_correction(deps: SlackDeps, ctx: UserContext, coaching: Coaching) -> None:
    """Count the user's correction (calm's reading → their choice); blocking, never text."""
    det = coaching.detection
    if det.chosen_by_user and det.detected is not None and det.detected is not det.situation:
        deps.store.record_correction(ctx.key, ctx.today, det.detected.value, det.situation.value)
        log.info("situation_corrected", detected=det.detected.value, chosen=det.situation.value)


def count_in_memory(deps: SlackDeps, ctx: UserContext, coaching: Coaching) -> bool:
    """Count the use right away when the store buffers counts (no database work); else False
    and `after_card` must count it (in a worker thread)."""
    if not deps.store.buffers_usage:
        return False
    deps.store.record_usage(ctx.key, ctx.today, coaching.situation.value)
    return True


def after_card(
    deps: SlackDeps,
    ctx: UserContext,
    coaching: Coaching,
    *,
    offered_nudge: bool,
    counted: bool = False,
) -> None:
    """Bookkeeping once a card went out: the usage count (unless `counted` already), and the
    nudge offer shown once. Blocking database work: call it in a worker thread."""
    if not counted:
        deps.store.record_usage(ctx.key, ctx.today, coaching.situation.value)
    if offered_nudge:
        deps.store.update_user(ctx.key, nudge_offered=True)


async def refine_and_send(
    deps: SlackDeps,
    ctx: UserContext,
    coaching: Coaching,
    text: str,
    opts: CardOptions,
    send: Send,
    *,
    follows: bool,
) -> None:
    """Run the refiner and deliver its card.

    `follows`: the refined card comes as a new message after the offline one (a slash command
    cannot replace its ack), so it says it refines the card above. Otherwise it replaces.
    On no refinement the offline card is sent again with the refiner's short note.
    """
    assert deps.refiner is not None
    started = time.perf_counter()
    try:
        outcome = await deps.refiner.refine(coaching, text, ctx.profile)
        refined, note = outcome.coaching, outcome.note
    except Exception as exc:  # the protocol says never raises; a bug must not lose the card
        log.warning("refine_raised", error=type(exc).__name__)
        refined, note = None, None
    if refined is not None:
        status = t("refined_follow", ctx.ui) if follows else t("refined_inline", ctx.ui)
        blocks = coaching_card(refined, replace(opts, status=status))
        try:
            await asyncio.to_thread(
                deps.cards.remember_draft,
                variant_of(refined, opts.token),
                refined.draft,
                team=ctx.key.team,
                user=ctx.key.user,
            )
        except Exception as exc:  # "Edit & post" then offers the offline draft; the card goes out
            log.warning("refined_draft_not_kept", error=type(exc).__name__)
        result = refined
    else:
        status = note or t("refine_unavailable", ctx.ui)
        blocks = coaching_card(coaching, replace(opts, status=status))
        result = coaching
    log.info(
        "refine_done",
        refined=refined is not None,
        ms=round((time.perf_counter() - started) * 1000, 1),
    )
    await send(blocks, card_text(result, ctx.ui))
