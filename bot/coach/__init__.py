"""calm's platform-neutral coaching core.

No Slack, Teams, database or network imports here: adapters depend on this package, never the
reverse (tests/test_architecture.py checks it).
"""

from bot.coach.engine import coach
from bot.coach.errors import CalmError, ConfigError, EmptyMessageError, InputError, NoWordsError
from bot.coach.model import (
    Capacity,
    Coaching,
    Detection,
    Finding,
    Formality,
    Language,
    Profile,
    Situation,
    Slots,
    Tone,
    heat_label,
)
from bot.coach.review import review_draft
from bot.coach.situation_model import warm_up

__all__ = [
    "CalmError",
    "Capacity",
    "Coaching",
    "ConfigError",
    "Detection",
    "EmptyMessageError",
    "Finding",
    "Formality",
    "InputError",
    "Language",
    "NoWordsError",
    "Profile",
    "Situation",
    "Slots",
    "Tone",
    "coach",
    "heat_label",
    "review_draft",
    "warm_up",
]
