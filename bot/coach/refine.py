"""The seam between the offline engine and an optional refinement stage (the LLM adapter).

The core defines the shape; `bot/llm` implements it. Surfaces show the offline coaching first
and replace it with `RefineOutcome.coaching` when that arrives; on any fault `coaching` is None
and `note` says briefly why (never with client text).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from bot.coach.model import Coaching, Profile


@dataclass(frozen=True, slots=True)
class RefineOutcome:
    # The model's coaching (engine "llm:<model>"; its situation may differ from the offline
    # one, which then leads its alternatives), or None to keep the offline card.
    coaching: Coaching | None
    note: str | None = None  # short user-facing note, e.g. "AI refinement unavailable right now"


class Refiner(Protocol):
    async def refine(self, coaching: Coaching, text: str, profile: Profile) -> RefineOutcome:
        """Refine `coaching` of client message `text`. Never raises; faults become a note."""
        ...
