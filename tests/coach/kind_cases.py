"""What the incident-kind tests share: the three voices, a profile, one case per message, and
every draft a kind's message gets (all tones, the full arc and the short one) with the checks
each of them must pass.

The client messages in the tests are our own, never quotes of real clients.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.coach import Formality, Language, Profile, Situation, Tone, review_draft
from bot.coach.compose import LENGTH_LONG, LENGTH_SHORT
from bot.coach.incidents import DEFAULT_KINDS
from tests.coach.full_arc import coach

S = Situation
SIE, DU, EN = "de.sie", "de.du", "en"
VOICE_OF = {
    SIE: (Language.DE, Formality.SIE),
    DU: (Language.DE, Formality.DU),
    EN: (Language.EN, Formality.NONE),
}
PROFILE = Profile(name="Jana Roth")


@dataclass(frozen=True)
class Case:
    situation: Situation
    kind: str | None
    voice: str
    text: str

    @property
    def id(self) -> str:
        return f"{self.situation.value}-{self.kind or DEFAULT_KINDS[self.situation]}-{self.voice}"


def all_drafts(text: str, profile: Profile = PROFILE, situation: Situation | None = None):
    """Every tone, the full arc and the short draft; with `situation`, coached as that situation
    (the kind's draft is under test, not detection)."""
    for tone in Tone:
        for short in (False, True):
            yield tone, short, coach(
                text, profile=profile, tone=tone, short=short, situation=situation
            )


def assert_clean(coaching, short: bool) -> None:
    """The draft passes the review, fits its length and has no placeholder left."""
    draft = coaching.draft
    assert review_draft(draft, language=coaching.reply_language) == [], draft
    low, high = LENGTH_SHORT if short else LENGTH_LONG
    assert low <= len(draft.split()) <= high, draft
    assert not re.search(r"[{}]", draft), draft


def assert_answers(
    case: Case, says: str, never: str | None = None, flags: re.RegexFlag = re.I
) -> None:
    """Every draft of the case's message has the case's kind, is clean, says `says` and never
    `never` (case-insensitive unless `flags` says otherwise: „Rate“ is a slip, "rate" is not)."""
    for tone, short, coaching in all_drafts(case.text, situation=case.situation):
        assert coaching.detection.kind == case.kind
        assert_clean(coaching, short)
        draft = coaching.draft
        assert re.search(says, draft, flags | re.S), (tone, short, draft)
        if never:
            assert not re.search(never, draft, flags), (tone, short, draft)
