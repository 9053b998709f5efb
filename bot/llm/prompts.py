"""The editable prompt texts in `prompts/llm/` and the messages built from them.

One structured call per coaching: the system message lists calm's twelve situations (from
`situations.toml`), the reply arc, the rules and the JSON answer format; the user message gives
calm's offline reading as a hint the model may overrule, the reply language, register, tone and
length asked for, the user's terms, and the client message.

Everything that reaches the model passes through one `Redactor` first: the client message, the
slots and the user's profile. The client message is wrapped in `<client_message>` tags and
declared as data; tags inside it are defused so it cannot close the block early.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
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

LANGUAGE_NAMES = {Language.DE: "German", Language.EN: "English"}
REGISTER_NAMES = {
    Formality.SIE: "formal German 'Sie' throughout",
    Formality.DU: "informal German 'du' throughout",
}
_TONES = {
    "warm": "warm (friendly and personal, still professional)",
    "neutral": "neutral (friendly, clear and matter-of-fact)",
    "firm": "firm (clear and decided, still polite; no softening of the boundary)",
}
_LENGTHS = {
    "short": "short: two or three sentences, at most 70 words.",
    "normal": "what the moment needs: usually 40 to 150 words.",
    "long": "long: the full arc, 120 to 250 words.",
}
_TAG = re.compile(r"<\s*/?\s*(?:client_message|system)\b[^>]*>", re.IGNORECASE)
_FIELD = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True, slots=True)
class PromptSet:
    """The loaded prompt files (the system message already lists the situations)."""

    system: str
    request: str
    reply_shapes: dict[str, str]

    @classmethod
    def load(cls, directory: Path | None = None) -> PromptSet:
        return _load(directory or DEFAULT_PROMPTS_DIR)

    def reply_shape(self, situation: Situation) -> str:
        return self.reply_shapes.get(situation.value) or self.reply_shapes["neutral"]


def fill(template: str, values: Mapping[str, str]) -> str:
    """Replace the known `{fields}`; other braces (the JSON example) stay as they are."""
    return _FIELD.sub(lambda m: values.get(m.group(1), m.group(0)), template)


@lru_cache(maxsize=4)
def _load(directory: Path) -> PromptSet:
    with (directory / "situations.toml").open("rb") as fh:
        table = tomllib.load(fh)
    shapes = {key: str(value.get("reply_shape", "")) for key, value in table.items()}
    listing = "\n".join(
        f"- {s.value}: the client {table.get(s.value, {}).get('client', s.value)}. "
        f"Reply: {shapes.get(s.value, '')}"
        for s in Situation
    )
    system = (directory / "system.md").read_text(encoding="utf-8").strip()
    return PromptSet(
        system=fill(system, {"situations": listing}),
        request=(directory / "request.md").read_text(encoding="utf-8").strip(),
        reply_shapes=shapes,
    )


def _defuse(text: str) -> str:
    """Make tags that would open or close our blocks harmless: <x> becomes ‹x›."""
    return _TAG.sub(lambda m: m.group(0).replace("<", "‹").replace(">", "›"), text)


def _hint(coaching: Coaching) -> str:
    d = coaching.detection
    reading = d.detected or d.situation if d.chosen_by_user else d.situation
    hint = f"{reading.value} (confidence {d.confidence:.2f})"
    others = [f"{s.value} {p:.2f}" for s, p in d.alternatives[:3] if s is not reading]
    if others:
        hint += "; other candidates: " + ", ".join(others)
    return hint


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
        parts.append(f"working hours {redactor.redact(profile.working_hours)}")
    if profile.revision_rounds is not None:
        parts.append(f"{profile.revision_rounds} revision rounds included")
    if profile.payment_terms_days is not None:
        parts.append(f"payment terms {profile.payment_terms_days} days")
    if profile.capacity is not None:
        room = "no room for extra work today" if profile.capacity.is_tight else "room today"
        parts.append(f"capacity today: {profile.capacity.value} ({room})")
    if profile.signature:
        parts.append(f"signs with: {redactor.redact(profile.signature)}")
    return _defuse("; ".join(parts)) if parts else "nothing known"


@dataclass(frozen=True, slots=True)
class PreparedRequest:
    """The messages to send and the mapping to restore placeholders in the answer."""

    messages: tuple[Message, ...]
    mapping: dict[str, str]
    system: str


def redactor_for(coaching: Coaching, text: str, profile: Profile) -> Redactor:
    """One redactor that knows every name calm can find for this coaching."""
    redactor = Redactor([coaching.detection.slots.client_name, profile.name])
    redactor.add_names_from(text)
    if profile.signature:
        redactor.add_names_from("Grüße\n" + profile.signature)
    return redactor


def build_request(
    coaching: Coaching, text: str, profile: Profile, prompts: PromptSet
) -> PreparedRequest:
    """Redact everything personal and fill the request template."""
    redactor = redactor_for(coaching, text, profile)
    detection = coaching.detection
    register = reply_register(coaching)
    language = LANGUAGE_NAMES[coaching.reply_language]
    user_choice = ""
    if detection.chosen_by_user:
        user_choice = (
            f"The user has chosen the situation {detection.situation.value}: answer with "
            f'"situation": "{detection.situation.value}" and write the reply for it.'
        )
    length = "short" if coaching.short else ("long" if coaching.long else "normal")
    request = fill(
        prompts.request,
        {
            "hint": _hint(coaching),
            "user_choice": user_choice,
            "language": language,
            "register": REGISTER_NAMES.get(register, "no formal/informal distinction"),
            "tone": _TONES.get(coaching.tone.value, coaching.tone.value),
            "length": _LENGTHS[length],
            "facts": _facts(coaching, redactor),
            "user": _user(profile, redactor),
            "reading_language": LANGUAGE_NAMES.get(profile.language, "English"),
            "client_message": _defuse(redactor.redact(text[:MAX_CLIENT_CHARS])),
        },
    )
    request = re.sub(r"\n{3,}", "\n\n", request.replace("\n\n\n", "\n\n"))
    messages: tuple[Message, ...] = (
        {"role": "system", "content": prompts.system},
        {"role": "user", "content": request},
    )
    return PreparedRequest(messages=messages, mapping=redactor.mapping, system=prompts.system)
