"""What a Slack coaching card's buttons need, on any replica, after restarts, for two days.

The client's words must not reach the database or the logs in readable form, yet "Softer" and
"not quite right? → …" need them again. Each card's text (and where it may post) is sealed
with a key that only the card carries (bot/store/card_texts.py); the card's state travels in
every button and select option value (`CardVariant`, about 100 characters: within Slack's 150
for an option value and 2,000 for a button value). A click on any replica opens the text with
the key from the click; a value calm did not make, another user's card or an expired one finds
nothing, and the user is asked to run /calm again.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from bot.coach.model import Language, Situation, Tone
from bot.store.card_texts import CardRef, CardTexts, Sealed

SHORT, DEFAULT, LONG = "s", "d", "l"
_LENGTHS = (SHORT, DEFAULT, LONG)


@dataclass(frozen=True, slots=True)
class CardSource:
    """What a card was made from. `channel`/`thread_ts` are set when the card can post back."""

    text: str
    team: str
    user: str
    channel: str | None = None
    thread_ts: str | None = None


def _owner(team: str, user: str) -> str:
    return f"slack:{team}:{user}"


class CardCache:
    """Seals card sources into the database and opens them again for their owner.

    New cards' records wait in a short queue that one worker thread writes in batches (`queue`
    / `flush`): under load many cards share one transaction, and the ack never waits on the
    database. A click on the same process finds a record still queued; another process finds
    it once written (milliseconds, long before a person clicks).
    """

    def __init__(self, texts: CardTexts) -> None:
        self.texts = texts
        self._pending: dict[str, Sealed] = {}
        self._flushing = False
        self._lock = threading.Lock()

    def queue(self, sealed: Sealed) -> bool:
        """Queue a new card's record; True when the caller must start `flush` (in a worker
        thread), False when a running flush will pick it up."""
        with self._lock:
            self._pending[sealed.row_id] = sealed
            if self._flushing:
                return False
            self._flushing = True
            return True

    def flush(self) -> None:
        """Write queued records until none are left (blocking). A failed batch is dropped (its
        cards then answer "run /calm again") and the error propagates to the caller's log."""
        while True:
            with self._lock:
                batch = list(self._pending.values())
                if not batch:
                    self._flushing = False
                    return
            try:
                self.texts.save_many(batch)
            except BaseException:
                with self._lock:
                    for sealed in batch:
                        self._pending.pop(sealed.row_id, None)
                    self._flushing = False
                raise
            with self._lock:
                for sealed in batch:
                    self._pending.pop(sealed.row_id, None)

    def issue(self, source: CardSource) -> tuple[str, Sealed]:
        """A token for a new card and the sealed record to `save` (no database work here)."""
        payload = {"text": source.text, "channel": source.channel, "thread": source.thread_ts}
        ref, sealed = self.texts.seal(payload, owner=_owner(source.team, source.user))
        return ref.token, sealed

    def save(self, sealed: Sealed) -> None:
        """Write a sealed record (blocking: run it in a worker thread)."""
        self.texts.save(sealed)

    def put(self, source: CardSource) -> str:
        """`issue` and `save` in one step (blocking)."""
        token, sealed = self.issue(source)
        self.save(sealed)
        return token

    def get(self, token: str, *, team: str, user: str) -> CardSource | None:
        """The source behind `token`, only for the user it was made for; None when gone."""
        ref = CardRef.parse(token)
        if ref is None:
            return None
        with self._lock:
            queued = self._pending.get(ref.card_id)
        owner = _owner(team, user)
        if queued is not None:
            payload = self.texts.open_sealed(ref, queued, owner=owner) or {}
        else:
            payload = self.texts.open(ref, owner=owner) or {}
        text = payload.get("text")
        if not isinstance(text, str):
            return None
        return CardSource(
            text=text,
            team=team,
            user=user,
            channel=payload.get("channel") or None,
            thread_ts=payload.get("thread") or None,
        )

    def remember_draft(self, variant: CardVariant, draft: str, *, team: str, user: str) -> None:
        """Keep a refined (LLM) draft of one variant, sealed like the text, so "Edit & post"
        offers the draft the user saw (blocking)."""
        ref = CardRef.parse(variant.token)
        if ref is None:
            return
        owner = _owner(team, user)
        sealed = self.texts.seal_extra(ref, variant.to_value(), {"draft": draft}, owner=owner)
        self.texts.save(sealed, replace=True)

    def draft_for(self, variant: CardVariant, *, team: str, user: str) -> str | None:
        ref = CardRef.parse(variant.token)
        if ref is None:
            return None
        payload = self.texts.open_extra(ref, variant.to_value(), owner=_owner(team, user))
        draft = payload.get("draft") if payload else None
        return draft if isinstance(draft, str) else None


@dataclass(frozen=True, slots=True)
class CardVariant:
    """The state of a card, carried in its buttons: `token|tone|length|language|situation`.

    `length` is s(hort), d(efault) or l(ong); `situation` is the one the user chose ("" while
    the card shows calm's own reading).
    """

    token: str
    tone: str  # Tone value
    length: str  # SHORT | DEFAULT | LONG
    language: str  # reply Language value
    situation: str = ""  # Situation value chosen by the user, or ""

    @property
    def short(self) -> bool:
        return self.length == SHORT

    @property
    def long(self) -> bool:
        return self.length == LONG

    @property
    def chosen(self) -> Situation | None:
        return Situation(self.situation) if self.situation else None

    @property
    def prefix(self) -> str:
        """The value without its situation: `prefix + situation` is the value for it."""
        return f"{self.token}|{self.tone}|{self.length}|{self.language}|"

    def to_value(self) -> str:
        return self.prefix + self.situation

    @classmethod
    def from_value(cls, value: str) -> CardVariant | None:
        """The state in a button value; None for anything calm did not make."""
        parts = (value or "").split("|")
        if len(parts) != 5:
            return None
        token, tone, length, language, situation = parts
        try:
            Tone(tone)
            Language(language)
            if situation:
                Situation(situation)
        except ValueError:
            return None
        if length not in _LENGTHS or not token:
            return None
        return cls(token, tone, length, language, situation)
