"""No draft states a weekday, a clock time or an amount that the client or the profile did not give.

Run over the golden examples and every hand-written regression message, coached as detected and
as their labelled situation, in each tone and at each length, with and without working hours in the
profile. A draft may promise "by tomorrow" or "by the end of the week" (the user's own word on
their timing), but never "on Tuesday", "at 10 am" or "€200" out of thin air.
"""

from __future__ import annotations

import re

import pytest

from bot.coach import Profile, Situation, Tone, coach
from tests.coach.regression_messages import MESSAGES
from tests.coach.test_golden import GOLDEN
from tests.coach.test_intents import INTENTS

_WEEKDAY = re.compile(
    r"\b(montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?|"
    r"mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)\b",
    re.I,
)
_CLOCK = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:uhr|am|pm|a\.m\.|p\.m\.)(?!\w)|\b\d{1,2}:\d{2}\b", re.I
)
_AMOUNT = re.compile(
    r"(?:[€$£]\s?\d+(?:[.,]\d+)*|\b\d+(?:[.,]\d+)*\s?(?:€|eur|euro|usd|dollars?|chf|£)(?!\w))",
    re.I,
)

# Each tone once at the default length and once in the full arc, and the short draft.
_VARIANTS = (
    (Tone.NEUTRAL, {}),
    (Tone.FIRM, {}),
    (Tone.WARM, {"long": True}),
    (Tone.FIRM, {"long": True}),
    (Tone.NEUTRAL, {"short": True}),
)

PROFILES = (
    Profile(name="Jana Roth"),
    Profile(name="Jana Roth", working_hours="Mo–Fr 9–17 Uhr", payment_terms_days=14,
            revision_rounds=2),
)


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def invented(draft: str, message: str, profile: Profile) -> list[str]:
    """The weekdays, clock times and amounts in `draft` that neither source gives."""
    sources = f"{message}\n{profile.working_hours or ''}\n{profile.signature or ''}".lower()
    source_digits = {_digits(m) for m in re.findall(r"\d[\d.,:]*", sources)}
    found = []
    for m in _WEEKDAY.finditer(draft):
        day = m.group(1).lower().rstrip("s")
        if day[:5] not in sources:  # "montag" is in "montags", "friday" in "fridays"
            found.append(m.group(0))
    for pattern in (_CLOCK, _AMOUNT):
        for m in pattern.finditer(draft):
            digits = _digits(m.group(0))
            if m.group(0).lower() not in sources and digits not in source_digits:
                found.append(m.group(0))
    return found


def _messages() -> list[tuple[str, Situation | None]]:
    texts: list[tuple[str, Situation | None]] = []
    for golden in GOLDEN:
        texts.append((golden.text, golden.situation))
    for intent in INTENTS:
        texts.append((intent.text, intent.situation))
    for gold, text in MESSAGES:
        texts.append((text, Situation(gold)))
    return texts


class TestNoInventedFacts:
    def test_the_checker_catches_an_invented_weekday_time_and_amount(self) -> None:
        profile = PROFILES[0]
        draft = "Let's talk on Tuesday at 10 am; the fee is €200."
        assert invented(draft, "Can we talk?", profile) == ["Tuesday", "10 am", "€200"]
        assert invented(draft, "Tuesday at 10 am? About the €200.", profile) == []

    @pytest.mark.parametrize("profile", PROFILES, ids=["no-hours", "hours"])
    def test_no_draft_invents_a_weekday_time_or_amount(self, profile: Profile) -> None:
        problems = []
        for text, gold in _messages():
            for situation in {None, gold}:
                for tone, length in _VARIANTS:
                    draft = coach(
                        text, profile=profile, tone=tone, situation=situation, **length
                    ).draft
                    if bad := invented(draft, text, profile):
                        problems.append((situation, tone.value, length, bad, draft[:120]))
        assert not problems, f"{len(problems)} drafts, e.g. {problems[:3]}"
