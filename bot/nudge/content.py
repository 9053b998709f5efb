"""What the daily nudge says, independent of Slack or Teams.

`build_nudge_content` returns a `NudgeContent`; the Slack and Teams renderers turn it into
blocks or a card. The tip rotates deterministically per user and day, so a retried or
re-rendered nudge says the same thing. Yesterday's line uses counts only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from bot.coach.model import Capacity, Language
from bot.store import UserKey, UserSettings

CAPACITY_ORDER = (Capacity.FREE, Capacity.SOME, Capacity.FULL, Capacity.OVERBOOKED)

_LABELS = {
    Language.DE: {
        Capacity.FREE: "frei",
        Capacity.SOME: "etwas Luft",
        Capacity.FULL: "voll",
        Capacity.OVERBOOKED: "überbucht",
    },
    Language.EN: {
        Capacity.FREE: "free",
        Capacity.SOME: "some room",
        Capacity.FULL: "full",
        Capacity.OVERBOOKED: "overbooked",
    },
}

_TIPS = {
    Language.DE: (
        "Blocke dir zwei feste Zeiten für Kundenmails, z. B. 11 und 16 Uhr, statt ständig "
        "nachzusehen.",
        "Plane eine echte Pause ein, bevor du auf eine heikle Nachricht antwortest.",
        "Leg dir einen freundlichen Satz für „diese Woche nicht, aber gern ab Montag“ bereit.",
        "Kommt heute etwas Neues dazu: erst Umfang und Termin klären, dann zusagen.",
        "Zwanzig Minuten Abstand machen eine Antwort auf eine schwierige Mail ruhiger.",
        "Schreib dir die drei wichtigsten Aufgaben für heute auf; alles andere ist Zugabe.",
        "Nenne bei neuen Anfragen ein konkretes Datum statt „so bald wie möglich“.",
        "Mach heute pünktlich Feierabend – deine Arbeitszeiten sind Teil deines Angebots.",
    ),
    Language.EN: (
        "Block two fixed slots for client mail, say 11:00 and 16:00, instead of checking "
        "all day.",
        "Plan a real break before you answer a tricky message.",
        "Have a friendly line ready for “not this week, but gladly from Monday”.",
        "If something new comes in today: agree on scope and date first, then say yes.",
        "Twenty minutes of distance make the reply to a difficult mail calmer.",
        "Write down today's three most important tasks; everything else is a bonus.",
        "Give new requests a concrete date instead of “as soon as possible”.",
        "Finish on time today: your working hours are part of your service.",
    ),
}


def language_of(settings: UserSettings, default: str = "de") -> Language:
    try:
        return Language(settings.language or default)
    except ValueError:
        return Language.DE


def capacity_label(capacity: Capacity, language: Language) -> str:
    """The button word: "etwas Luft", "full", …"""
    return _LABELS[language][capacity]


def noted_text(capacity: Capacity, language: Language) -> str:
    """The in-place answer: "Notiert: heute voll" / "Noted: full today"."""
    label = capacity_label(capacity, language)
    if language is Language.DE:
        return f"Notiert: heute {label}"
    return f"Noted: {label} today"


def tip_for(key: UserKey, day: dt.date, language: Language) -> str:
    """A practical line, the same for one user on one day, rotating across days and users."""
    digest = hashlib.sha256(f"{key.platform}|{key.team}|{key.user}|{day}".encode()).digest()
    tips = _TIPS[language]
    return tips[int.from_bytes(digest[:4], "big") % len(tips)]


@dataclass(frozen=True, slots=True)
class CapacityOption:
    capacity: Capacity
    label: str


@dataclass(frozen=True, slots=True)
class NudgeContent:
    """One day's check-in for one user, ready for a platform renderer."""

    day: dt.date  # the user's local day the nudge is for
    language: Language
    greeting: str
    question: str
    options: tuple[CapacityOption, ...]
    tip: str
    yesterday: str | None  # e.g. "Gestern: 3 Kundennachrichten mit calm vorbereitet."

    @property
    def fallback_text(self) -> str:
        """Plain text for notifications and clients that show no blocks or cards."""
        return f"{self.greeting} {self.question}"


def _yesterday_line(total: int, language: Language) -> str | None:
    if total <= 0:
        return None
    if language is Language.DE:
        noun = "Kundennachricht" if total == 1 else "Kundennachrichten"
        return f"Gestern: {total} {noun} mit calm vorbereitet."
    noun = "client message" if total == 1 else "client messages"
    return f"Yesterday: {total} {noun} prepared with calm."


def build_nudge_content(
    key: UserKey,
    settings: UserSettings,
    day: dt.date,
    yesterday_counts: dict[str, int],
    *,
    default_language: str = "de",
) -> NudgeContent:
    """The nudge for `day`; `yesterday_counts` is `store.usage_between(key, day-1, day-1)`."""
    language = language_of(settings, default_language)
    morning = (settings.nudge_time or "09:00") < "12:00"
    name = f", {settings.name}" if settings.name else ""
    if language is Language.DE:
        greeting = f"{'Guten Morgen' if morning else 'Hallo'}{name}!"
        question = "Wie viel Luft hat dein Tag heute?"
    else:
        greeting = f"{'Good morning' if morning else 'Hi'}{name}!"
        question = "How much room does your day have today?"
    return NudgeContent(
        day=day,
        language=language,
        greeting=greeting,
        question=question,
        options=tuple(CapacityOption(c, capacity_label(c, language)) for c in CAPACITY_ORDER),
        tip=tip_for(key, day, language),
        yesterday=_yesterday_line(sum(yesterday_counts.values()), language),
    )
