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
    # a kind's messages whose drafts are held to other checks than the kind's own: SAYS and NEVER
    # look them up under `key`, "kind:shape"
    shape: str | None = None

    @property
    def key(self) -> str | None:
        return f"{self.kind}:{self.shape}" if self.shape else self.kind

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


Patterns = str | tuple[str, ...] | None


def patterns(value: Patterns) -> tuple[str, ...]:
    """A SAYS/NEVER entry: one pattern, several that must all hold (a kind whose messages were
    checked for more than one thing), or none."""
    if value is None:
        return ()
    return value if isinstance(value, tuple) else (value,)


def assert_answers(
    case: Case,
    says: Patterns,
    never: Patterns = None,
    flags: re.RegexFlag = re.I,
    voice: bool = False,
) -> None:
    """Every draft of the case's message has the case's kind, is clean, says every `says` and
    never any `never` (case-insensitive unless `flags` says otherwise: „Rate“ is a slip, "rate" is
    not; `(?-i:…)` makes one pattern case-sensitive). With `voice`, a German case is answered in
    German, and in its own form of address where the message sets one ("Bis Samstag?" sets
    none)."""
    for tone, short, coaching in all_drafts(case.text, situation=case.situation):
        assert coaching.detection.kind == case.kind
        if voice and case.voice != EN:
            language, formality = VOICE_OF[case.voice]
            assert coaching.reply_language == language, (tone, short, coaching.draft)
            if coaching.detection.formality is not Formality.NONE:
                assert coaching.detection.formality == formality, (tone, short, coaching.draft)
        assert_clean(coaching, short)
        draft = coaching.draft
        for pattern in patterns(says):
            assert re.search(pattern, draft, flags | re.S), (tone, short, draft)
        for pattern in patterns(never):
            assert not re.search(pattern, draft, flags), (tone, short, draft)
