"""The editable prompt texts in `prompts/llm/` and the messages built from them.

Everything that reaches the model passes through one `Redactor` first: the client message, the
offline draft, the slots and the user's profile. The client message is wrapped in
`<client_message>` tags and declared as data; tags inside it are defused so it cannot close
the block early.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.bundled import llm_prompt_dir
from bot.coach.model import Coaching, Formality, Language, Profile, Situation
from bot.coach.privacy import Redactor
from bot.llm.client import Message
from bot.llm.language import reply_register

# prompts/llm in a checkout, the copy inside an installed package, or CALM_LLM_PROMPTS_DIR.
DEFAULT_PROMPTS_DIR = llm_prompt_dir()
MAX_CLIENT_CHARS = 8000

_LANGUAGE_NAMES = {Language.DE: "German", Language.EN: "English"}
_REGISTER_NAMES = {
    Formality.SIE: "formal German 'Sie' throughout",
    Formality.DU: "informal German 'du' throughout",
}
_TAG = re.compile(r"<\s*/?\s*(?:client_message|offline_draft|system)\b[^>]*>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PromptSet:
    """The loaded prompt files."""

    system: str
    request: str
    reply_shapes: dict[str, str]

    @classmethod
    def load(cls, directory: Path | None = None) -> PromptSet:
        return _load(directory or DEFAULT_PROMPTS_DIR)

    def reply_shape(self, situation: Situation) -> str:
        return self.reply_shapes.get(situation.value) or self.reply_shapes["neutral"]


@lru_cache(maxsize=4)
def _load(directory: Path) -> PromptSet:
    with (directory / "situations.toml").open("rb") as fh:
        table = tomllib.load(fh)
    return PromptSet(
        system=(directory / "system.md").read_text(encoding="utf-8").strip(),
        request=(directory / "request.md").read_text(encoding="utf-8").strip(),
        reply_shapes={key: str(value["reply_shape"]) for key, value in table.items()},
    )


def playbook_examples(coaching: Coaching, profile: Profile, *, limit: int = 2) -> list[str]:
    """Boundary and next-step phrasings from the offline engine's playbook for this reply.

    The same playbooks the offline draft is composed from, so both stages hold the same line.
    Phrases with `{placeholders}` are skipped (a model would copy the braces). A missing or
    broken playbook gives no examples rather than an error: refinement works without them.
    """
    try:
        from bot.coach.playbooks import load_playbooks

        playbook = load_playbooks()[coaching.detection.situation]
        register = reply_register(coaching)
        if coaching.reply_language is Language.EN:
            voice = "en"
        else:
            voice = "de.du" if register is Formality.DU else "de.sie"
        capacity = None
        if profile.capacity is not None:
            capacity = "tight" if profile.capacity.is_tight else "open"
        examples: list[str] = []
        for stage in ("boundary", "next_step"):
            phrases = playbook.phrases(voice, coaching.tone, stage, capacity)
            examples.extend([p for p in phrases if "{" not in p][:limit])
        return examples
    except Exception:  # playbooks are optional guidance here; never fail refinement
        return []


def _defuse(text: str) -> str:
    """Make tags that would open or close our blocks harmless: <x> becomes ‹x›."""
    return _TAG.sub(lambda m: m.group(0).replace("<", "‹").replace(">", "›"), text)


def _facts(coaching: Coaching, redactor: Redactor) -> str:
    slots = coaching.detection.slots
    facts = []
    if slots.client_name:
        facts.append(f"the client is addressed as {redactor.redact(slots.client_name)}")
    if slots.dates:
        facts.append("dates mentioned: " + "; ".join(redactor.redact(d) for d in slots.dates))
    if slots.amounts:
        facts.append("amounts: " + "; ".join(redactor.redact(a) for a in slots.amounts))
    if slots.invoice_numbers:
        facts.append("invoice numbers: " + "; ".join(slots.invoice_numbers))
    if slots.deliverable:
        facts.append(f"the work in question: {redactor.redact(slots.deliverable)}")
    return _defuse("; ".join(facts)) if facts else "none"


def _user(profile: Profile, redactor: Redactor) -> str:
    parts = []
    if profile.name:
        parts.append(f"name {redactor.redact(profile.name)}")
    if profile.working_hours:
        parts.append(f"working hours {profile.working_hours}")
    if profile.revision_rounds is not None:
        parts.append(f"{profile.revision_rounds} revision rounds included")
    if profile.payment_terms_days is not None:
        parts.append(f"payment terms {profile.payment_terms_days} days")
    if profile.capacity is not None:
        parts.append(f"capacity today: {profile.capacity.value}")
    if profile.signature:
        parts.append(f"signs with: {redactor.redact(profile.signature)}")
    return _defuse("; ".join(parts)) if parts else "nothing known"


@dataclass(frozen=True, slots=True)
class PreparedRequest:
    """The messages to send and the mapping to restore placeholders in the answer."""

    messages: tuple[Message, ...]
    mapping: dict[str, str]
    system: str


def build_request(
    coaching: Coaching, text: str, profile: Profile, prompts: PromptSet
) -> PreparedRequest:
    """Redact everything personal and fill the request template."""
    redactor = Redactor([coaching.detection.slots.client_name, profile.name])
    redactor.add_names_from(text)
    redactor.add_names_from(coaching.draft)
    if profile.signature:
        redactor.add_names_from("Grüße\n" + profile.signature)

    detection = coaching.detection
    register = reply_register(coaching)
    language = _LANGUAGE_NAMES[coaching.reply_language]
    secondary = ", ".join(s.value for s in detection.secondary)
    request = prompts.request.format(
        situation=detection.situation.value,
        secondary=f" (also: {secondary})" if secondary else "",
        heat=detection.heat,
        heat_label=detection.heat_label,
        language=language,
        register=_REGISTER_NAMES.get(register, "no formal/informal distinction"),
        tone=coaching.tone.value,
        short=" Keep it short: at most 80 words." if coaching.short else "",
        reply_shape=prompts.reply_shape(detection.situation),
        examples="\n".join(f"- {_defuse(e)}" for e in playbook_examples(coaching, profile))
        or "- (none)",
        boundary=_defuse(redactor.redact(coaching.boundary)),
        facts=_facts(coaching, redactor),
        user=_user(profile, redactor),
        draft=_defuse(redactor.redact(coaching.draft)),
        client_message=_defuse(redactor.redact(text[:MAX_CLIENT_CHARS])),
    )
    messages: tuple[Message, ...] = (
        {"role": "system", "content": prompts.system},
        {"role": "user", "content": request},
    )
    return PreparedRequest(messages=messages, mapping=redactor.mapping, system=prompts.system)
