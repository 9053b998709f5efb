"""The core's inputs and outputs: frozen dataclasses and enums, no platform payloads.

Everything an adapter (Slack, Teams, CLI, LLM) needs from the engine is expressed here, so the
adapters never reach into detection or composition internals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Situation(StrEnum):
    """The recurring hard moments, in the order of DESIGN.md's table."""

    SCOPE_CREEP = "scope_creep"
    URGENT_PRESSURE = "urgent_pressure"
    DELAY_COMPLAINT = "delay_complaint"
    QUALITY_CRITICISM = "quality_criticism"
    REVISION_LOOP = "revision_loop"
    PAYMENT_ISSUE = "payment_issue"
    PRICE_PUSHBACK = "price_pushback"
    HARSH_TONE = "harsh_tone"
    UNCLEAR_REQUEST = "unclear_request"
    BOUNDARY_OVERSTEP = "boundary_overstep"
    TERMINATION = "termination"
    NEUTRAL = "neutral"


class Language(StrEnum):
    DE = "de"
    EN = "en"


class Formality(StrEnum):
    """German register of the client: formal "Sie", informal "du", or none found (English)."""

    SIE = "sie"
    DU = "du"
    NONE = "none"


class Tone(StrEnum):
    WARM = "warm"
    NEUTRAL = "neutral"
    FIRM = "firm"


class Capacity(StrEnum):
    """Today's room for work, as the user answered the daily check-in."""

    FREE = "free"
    SOME = "some"
    FULL = "full"
    OVERBOOKED = "overbooked"

    @property
    def is_tight(self) -> bool:
        return self in (Capacity.FULL, Capacity.OVERBOOKED)


@dataclass(frozen=True, slots=True)
class Profile:
    """What the engine knows about the user. Every field is optional."""

    name: str | None = None
    language: Language = Language.DE
    tone: Tone = Tone.NEUTRAL
    working_hours: str | None = None  # free text such as "Mo–Fr 9–17 Uhr" or "9:00-17:00"
    revision_rounds: int | None = None
    payment_terms_days: int | None = None
    capacity: Capacity | None = None  # None means unknown, never "free"
    signature: str | None = None  # a closing line block; the name is used when this is empty


@dataclass(frozen=True, slots=True)
class Slots:
    """Facts found in the client message that a draft can pick up."""

    client_name: str | None = None  # as it should be addressed: "Frau Berger", "Anna", "Tom"
    client_first_name_only: bool = False  # True when only a first name was found
    dates: tuple[str, ...] = ()  # as written: "bis Freitag", "by Monday EOD", "3 March"
    amounts: tuple[str, ...] = ()  # as written: "€480", "1.200 Euro", "$7"
    invoice_numbers: tuple[str, ...] = ()  # "RE-2024-017", "#1043"
    deliverable: str | None = None  # the named thing: "the logo", "den Flyer"


# Below this confidence a surface says calm is unsure and names the runner-up.
UNSURE_BELOW = 0.55


@dataclass(frozen=True, slots=True)
class Detection:
    """What the engine read in a client message."""

    situation: Situation
    secondary: tuple[Situation, ...]
    heat: int  # 0 (calm) .. 100 (explosive)
    language: Language  # language of the client message (or the user's default, see note)
    formality: Formality
    foreign_language: str | None = None  # ISO-ish code when the client wrote neither de nor en
    slots: Slots = field(default_factory=Slots)
    scores: tuple[tuple[Situation, float], ...] = ()  # for diagnostics; never contains text
    truncated: bool = False  # the client's words were longer than the engine reads
    # The incident kind within the situation ("absence", "contingent", …; see
    # bot/coach/incidents/); None is the situation's default kind. Not part of the JSON output.
    kind: str | None = None
    # How sure the engine is of `situation` (0-1, calibrated on real messages), and the other
    # situations ranked by probability (never the primary). With `chosen_by_user` the user picked
    # `situation` ("not quite right?"); `detected` is then what the engine had read.
    confidence: float = 1.0
    alternatives: tuple[tuple[Situation, float], ...] = ()
    chosen_by_user: bool = False
    detected: Situation | None = None

    @property
    def runner_up(self) -> Situation | None:
        """The most likely other situation, or None."""
        return self.alternatives[0][0] if self.alternatives else None

    @property
    def unsure(self) -> bool:
        """True when the card should say calm is unsure and name the runner-up."""
        return not self.chosen_by_user and self.confidence < UNSURE_BELOW and bool(
            self.alternatives
        )

    @property
    def also(self) -> tuple[Situation, ...]:
        """The secondary situations a card adds to its headline: none it already names (the
        runner-up an unsure headline asks about)."""
        named = {self.situation, self.runner_up} if self.unsure else {self.situation}
        return tuple(s for s in self.secondary if s not in named)

    @property
    def heat_label(self) -> str:
        return heat_label(self.heat)


def heat_label(heat: int) -> str:
    """A word for the heat score, shared by every surface."""
    if heat >= 75:
        return "hot"
    if heat >= 50:
        return "heated"
    if heat >= 25:
        return "tense"
    return "calm"


@dataclass(frozen=True, slots=True)
class Coaching:
    """The whole answer to one client message: what it is, a draft, and the boundary."""

    detection: Detection
    draft: str
    boundary: str
    reply_language: Language
    tone: Tone
    short: bool = False
    long: bool = False  # the full arc, asked for with "Longer" / --long
    notes: tuple[str, ...] = ()  # user-facing remarks: "trimmed to 8,000 characters", …
    engine: str = "offline"

    @property
    def situation(self) -> Situation:
        return self.detection.situation


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing in the user's own reply that tends to escalate, with a fix."""

    code: str  # over_promise, blame, sarcasm, mirrored_harshness, apology_pile, …
    message: str
    suggestion: str
    excerpt: str = ""  # the phrase in the user's own draft (never the client's text)
