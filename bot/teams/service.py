"""One Teams user's view of calm: who they are, their profile today, and coaching with counts.

Handlers stay thin: they read the activity, call `TeamsCoachService`, and render a card.
Only the situation is counted (`store.record_usage`), and a correction as the pair (calm's
reading → the user's choice); the text is never logged and stored only sealed, with a key
that only the card's buttons carry (bot/store/card_texts.py).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field, replace
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import structlog

from bot.coach import coach
from bot.coach.errors import EmptyMessageError, InputError, NoWordsError
from bot.coach.model import Coaching, Language, Profile
from bot.coach.refine import Refiner
from bot.config import Settings
from bot.locale import language_of_locale
from bot.store import Store, UserKey
from bot.store.card_texts import CardRef, CardTexts
from bot.teams.card_state import DEFAULT, LONG, SHORT, CardDataError, CoachingState
from bot.teams.text import trim

log = structlog.get_logger(__name__)

PLATFORM = "teams"
MAX_REMEMBERED_LOCALES = 50_000


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class TeamsDeps:
    """What the Teams handlers need, wired once in `build_teams_app`."""

    settings: Settings
    store: Store
    clock: Callable[[], dt.datetime] = field(default=utc_now)  # timezone-aware UTC
    coach_fn: Callable[..., Coaching] = field(default=coach)  # the engine's front door
    refiner: Refiner | None = None  # the LLM stage; None when not configured


def user_key(activity: Any) -> UserKey:
    """`UserKey("teams", tenant, user)`: the Entra object id when Teams sends one (stable across
    chats and bot re-registrations), else the Teams user id."""
    conversation = getattr(activity, "conversation", None)
    tenant = getattr(conversation, "tenant_id", None)
    if not tenant:
        channel_data = getattr(activity, "channel_data", None)
        tenant_obj = getattr(channel_data, "tenant", None)
        tenant = getattr(tenant_obj, "id", None)
    sender = activity.from_
    user = getattr(sender, "aad_object_id", None) or sender.id
    return UserKey(PLATFORM, tenant or "unknown", user)


def _zone(name: str | None) -> dt.tzinfo:
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return dt.UTC


@dataclass(frozen=True, slots=True)
class Coached:
    coaching: Coaching
    state: CoachingState
    ui: Language  # language of the card's own labels (the user's language)
    trimmed: bool = False
    profile: Profile = field(default_factory=Profile)
    text: str = ""  # the client text, for the refiner; in memory for this request only


class UserFacingError(Exception):
    """Input calm cannot coach; `message` is friendly, in the user's language, text-free."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


_INPUT_MESSAGES = {
    Language.DE: {
        "empty": (
            "Da ist keine Nachricht angekommen. Schreib **calm** und dahinter die Nachricht "
            "deines Kunden."
        ),
        "no_words": (
            "Ich habe darin keine Wörter gefunden (nur Emoji, Erwähnungen, Links oder eine "
            "Datei). Füge den Text deines Kunden ein, dann schlage ich eine Antwort vor."
        ),
        "file_only": (
            "Dateien und Bilder kann ich nicht lesen. Kopiere den Text deines Kunden in die "
            "Nachricht, dann schlage ich eine Antwort vor."
        ),
        "input": "Diese Nachricht kann ich nicht lesen. Füge den Text deines Kunden ein.",
        "failed": (
            "Da ist bei mir etwas schiefgegangen. Bitte versuch es gleich noch einmal; "
            "dein Text wurde nicht gespeichert."
        ),
        "expired": (
            "Diese Karte kann ich nicht mehr anpassen: Den Text deines Kunden hebe ich nur "
            "verschlüsselt und höchstens zwei Tage auf. Schick mir die Nachricht bitte noch "
            "einmal, dann kannst du den Entwurf wieder anpassen."
        ),
        "unknown_situation": (
            "Diese Situation kenne ich nicht. Wähle bitte eine aus der Liste auf der Karte."
        ),
    },
    Language.EN: {
        "empty": "No message arrived. Send **calm** followed by your client's message.",
        "no_words": (
            "I found no words to read in that (only emoji, mentions, links or a file). Paste "
            "your client's text and I'll suggest a reply."
        ),
        "file_only": (
            "I can't read files or images. Copy your client's text into the message and I'll "
            "suggest a reply."
        ),
        "input": "I can't read that message. Paste your client's text.",
        "failed": (
            "Something went wrong on my side. Please try again in a moment; your text was "
            "not stored."
        ),
        "expired": (
            "I can't adjust this card any more: I keep your client's text only encrypted and "
            "for two days at most. Please send me the message again to adjust the draft."
        ),
        "unknown_situation": "I don't know that situation. Please pick one from the card's list.",
    },
}


def _owner(key: UserKey) -> str:
    return f"{key.platform}:{key.team}:{key.user}"


def friendly(code: str, ui: Language) -> str:
    return _INPUT_MESSAGES[ui].get(code, _INPUT_MESSAGES[ui]["input"])


class TeamsCoachService:
    def __init__(self, deps: TeamsDeps) -> None:
        self.deps = deps
        self.background: set[asyncio.Task[Any]] = set()
        self.texts = CardTexts(deps.store, clock=deps.clock)
        # The language of each user's Teams client (activity.locale), the default for users who
        # have not chosen one. In memory: every activity carries it again.
        self.locales: dict[UserKey, Language] = {}

    def remember_locale(self, activity: Any) -> None:
        """Note the language of the user's Teams client from an incoming activity."""
        language = language_of_locale(getattr(activity, "locale", None))
        if language is None or getattr(activity, "from_", None) is None:
            return
        if len(self.locales) >= MAX_REMEMBERED_LOCALES:
            self.locales.clear()
        self.locales[user_key(activity)] = language

    def spawn(self, work: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run `work` after the request (LLM refinement); kept referenced until it ends."""
        task = asyncio.ensure_future(work)
        self.background.add(task)
        task.add_done_callback(self.background.discard)
        return task

    async def drain(self) -> None:
        """Wait for background work (tests, shutdown)."""
        while self.background:
            await asyncio.gather(*self.background, return_exceptions=True)

    @property
    def store(self) -> Store:
        return self.deps.store

    def local_today(self, key: UserKey) -> dt.date:
        tz = _zone(self.store.get_user(key).timezone)
        return self.deps.clock().astimezone(tz).date()

    def profile(self, key: UserKey) -> Profile:
        return self.store.profile_for(
            key, today=self.local_today(key), default_language=self.default_language(key).value
        )

    def default_language(self, key: UserKey) -> Language:
        """The user's Teams language, else CALM_DEFAULT_LANGUAGE (a chosen language wins)."""
        return self.locales.get(key) or Language(self.deps.settings.default_language)

    def ui_language(self, key: UserKey) -> Language:
        try:
            return self.profile(key).language
        except Exception:  # a broken row must not stop the friendly answer
            return self.default_language(key)

    def coach_new(self, key: UserKey, text: str, *, surface: str) -> Coached:
        """Coach a message the user just brought (counts one usage of its situation)."""
        profile = self.profile(key)
        if not text.strip():
            raise UserFacingError(friendly("empty", profile.language), "empty")
        text, trimmed = trim(text)
        coaching = self._coach(text, profile)
        self.store.record_usage(key, self.local_today(key), coaching.situation.value)
        log.info(
            "teams.coached",
            surface=surface,
            situation=coaching.situation.value,
            secondary=[s.value for s in coaching.detection.secondary],
            heat=coaching.detection.heat,
            chars=len(text),
            trimmed=trimmed,
        )
        state = CoachingState(
            token=self._seal(key, text),
            tone=coaching.tone,
            length=SHORT if coaching.short else LONG if coaching.long else DEFAULT,
            language=coaching.reply_language,
        )
        return Coached(coaching, state, profile.language, trimmed, profile, text)

    def _seal(self, key: UserKey, text: str) -> str | None:
        """Seal the text for the card's buttons; None (a card without buttons) on a fault."""
        try:
            ref, sealed = self.texts.seal({"text": text}, owner=_owner(key))
            self.texts.save(sealed)
        except Exception as exc:
            log.warning("teams.card_text_not_sealed", error=type(exc).__name__)
            return None
        return ref.token

    def coach_again(self, key: UserKey, state: CoachingState, *, surface: str) -> Coached:
        """Coach the card's text with other options (a button press; not counted as a use).

        A new situation the user chose counts as a correction (calm's reading → the choice).
        `CardDataError` when the card's text is gone (expired, another user's, tampered).
        """
        ref = CardRef.parse(state.token or "")
        payload = self.texts.open(ref, owner=_owner(key)) if ref else None
        text = payload.get("text") if payload else None
        if not isinstance(text, str):
            raise CardDataError("card text gone")
        profile = self.profile(key)
        coaching = self._coach(
            text,
            profile,
            tone=state.tone,
            short=state.short,
            long=state.long,
            language=state.language,
            situation=state.situation,
        )
        log.info(
            "teams.adjusted",
            surface=surface,
            situation=coaching.situation.value,
            tone=state.tone.value,
            length=state.length,
            language=state.language.value,
        )
        return Coached(coaching, state, profile.language, profile=profile, text=text)

    def count_correction(self, key: UserKey, coaching: Coaching) -> None:
        """Count the user's situation choice as (calm's reading → choice); never text."""
        det = coaching.detection
        if det.chosen_by_user and det.detected is not None and det.detected is not det.situation:
            self.store.record_correction(
                key, self.local_today(key), det.detected.value, det.situation.value
            )
            log.info(
                "teams.situation_corrected",
                detected=det.detected.value,
                chosen=det.situation.value,
            )

    def refinement_wanted(self, key: UserKey) -> bool:
        """An LLM is configured and the tenant has not switched it off."""
        return self.deps.refiner is not None and self.store.llm_enabled_for(PLATFORM, key.team)

    async def refine(self, coached: Coached) -> Coached | None:
        """The refined coaching (or the offline one with the LLM's fault note); None when
        there is nothing to change. Never raises (the refiner promises that too)."""
        refiner = self.deps.refiner
        if refiner is None:
            return None
        try:
            outcome = await refiner.refine(coached.coaching, coached.text, coached.profile)
        except Exception as exc:
            log.warning("teams.refine_failed", error=type(exc).__name__)
            return None
        if outcome.coaching is not None:
            coaching = outcome.coaching
        elif outcome.note:
            base = coached.coaching
            coaching = replace(base, notes=(*base.notes, outcome.note))
        else:
            return None
        return replace(coached, coaching=coaching)

    def _coach(self, text: str, profile: Profile, **options: Any) -> Coaching:
        try:
            return self.deps.coach_fn(text, profile=profile, **options)
        except EmptyMessageError:
            raise UserFacingError(friendly("empty", profile.language), "empty") from None
        except NoWordsError:
            raise UserFacingError(friendly("no_words", profile.language), "no_words") from None
        except InputError as exc:
            # Another input error from the engine: its message is a fixed, text-free string.
            code = getattr(exc, "code", "input")
            message = _INPUT_MESSAGES[profile.language].get(code) or str(exc)
            raise UserFacingError(message, code) from None
