"""Loading and validating the playbooks in `prompts/playbooks/` (TOML a coach can edit).

A playbook is data, not code: one file per situation plus `common.toml`. Because people who
are not programmers edit these files, everything is checked when the files are loaded, and a
mistake becomes one `PlaybookError` naming the file and the field, e.g.

    scope_creep.toml: de.du.neutral.boundary[2]: unknown placeholder {budget}

What is checked: every situation has a file and no unknown file lies beside them; each has a
boundary reminder in German and English; phrase banks exist for German "Sie", German "du" and
English, with every required stage non-empty (after falling back to `common.toml`); every
placeholder is known; "du" banks contain no "Sie/Ihnen/Ihr" and "Sie" banks no "du/dich/dir";
no bank promises too much ("sofort", "ASAP", …) or blames ("Sie hätten", …).

Terms used below:
    voice   "de.sie", "de.du" or "en": the language and, for German, the register
    stage   one step of the reply arc (acknowledge, validate, clarify, boundary, next_step, …)
    bank    the alternatives for each stage, for one voice and one tone
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bot.bundled import playbook_dir
from bot.coach.errors import ConfigError
from bot.coach.incidents import DEFAULT_KINDS, KINDS
from bot.coach.model import Language, Situation, Tone

__all__ = [
    "DEFAULT_PLAYBOOK_DIR",
    "PLACEHOLDERS",
    "REQUIRED_STAGES",
    "STAGES",
    "VOICES",
    "Alternatives",
    "Common",
    "Playbook",
    "PlaybookError",
    "Playbooks",
    "Template",
    "load_playbooks",
    "placeholders_in",
    "template",
]

# prompts/playbooks in a checkout, the copy inside an installed package, or CALM_PLAYBOOKS_DIR.
DEFAULT_PLAYBOOK_DIR = playbook_dir()

VOICES = ("de.sie", "de.du", "en")

# Stages of the reply arc, plus the pieces that stand outside it.
STAGES = (
    "acknowledge",  # thank / show that the message arrived and what it is about
    "validate",  # name the client's concern as legitimate
    "clarify",  # paraphrase ("what I hear is …") or ask precise questions
    "boundary",  # the boundary, said positively
    "next_step",  # one concrete next step or alternative
    "alternatives",  # capacity alternatives (later date, smaller part, colleague)
    "summary",  # the promise of a written summary
    "short",  # opener of the short draft (followed by one next_step)
    "blend",  # one sentence used when this situation is the *secondary* one
)
# Stages every situation needs (in its neutral bank, or through common.toml).
REQUIRED_STAGES = ("acknowledge", "validate", "clarify", "boundary", "next_step", "short", "blend")
CAPACITY_SUFFIXES = ("_tight", "_open")  # full/overbooked, free/some

# Placeholders a phrase may use; a phrase is only chosen when all of its placeholders are known.
PLACEHOLDERS = frozenset(
    {
        "deliverable", "deliverable_zu", "date", "amount", "invoice", "rounds", "payment_days",
        "working_hours",
    }
)
_GREETING_PLACEHOLDERS = frozenset({"client"})
GREETING_KEYS = ("named", "first_name", "unnamed", "formal_female", "formal_male", "formal")
_NOTE_PLACEHOLDERS = frozenset({"language", "reply_language", "limit"})
_ARC_KEYS = (*(t.value for t in Tone), "short", *(f"long_{t.value}" for t in Tone))

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_STRAY_BRACE = re.compile(r"[{}]")
_SIE_FORMS = re.compile(r"\b(Sie|Ihnen|Ihr|Ihre[nmrs]?)\b")
_DU_FORMS = re.compile(r"\b(du|dich|dir|dein[enmrs]?|euch|euer|eure[nmrs]?)\b", re.I)
_OVER_PROMISE = re.compile(
    r"\b(sofort\w*|umgehend|kein problem|no problem|right away|immediately|asap|"
    r"selbstverständlich erledige ich)\b",
    re.I,
)
_BLAME = re.compile(
    r"\b(your fault|you should have|you never|sie hätten|ihre schuld|deine schuld|du hättest)\b",
    re.I,
)


class PlaybookError(ConfigError):
    """A playbook file is missing, unreadable or invalid. The message names file and field."""

    def __init__(self, source: str, field: str, problem: str) -> None:
        where = f"{source}: {field}" if field else source
        super().__init__(f"{where}: {problem}")
        self.source = source
        self.field = field
        self.problem = problem


Bank = Mapping[str, tuple[str, ...]]  # stage (with optional capacity suffix) -> alternatives


@dataclass(frozen=True, slots=True)
class Template:
    """A phrase taken apart once, so that choosing and filling it per message is cheap.

    `parts` alternates literal text and placeholder names, starting and ending with literal
    text: "bis {date} fertig" is ("bis ", "date", " fertig").
    """

    text: str
    names: frozenset[str]  # the placeholders the phrase needs
    parts: tuple[str, ...]
    words: int  # words in `text`: the length of the phrase when it has no placeholders

    def fill(self, facts: Mapping[str, str]) -> str:
        """The phrase with each `{name}` replaced by `facts[name]`."""
        if not self.names:
            return self.text
        parts = self.parts
        pieces = [parts[0]]
        for i in range(1, len(parts), 2):
            pieces.append(facts[parts[i]])
            pieces.append(parts[i + 1])
        return "".join(pieces)

    def word_count(self, facts: Mapping[str, str]) -> int:
        """Words of the filled phrase."""
        return len(self.fill(facts).split()) if self.names else self.words


@functools.lru_cache(maxsize=8192)
def template(phrase: str) -> Template:
    """The `Template` of a validated playbook phrase (cached: playbook text is finite)."""
    parts = tuple(_PLACEHOLDER.split(phrase))
    return Template(
        text=phrase,
        names=frozenset(parts[1::2]),
        parts=parts,
        words=len(phrase.split()),
    )


@dataclass(frozen=True, slots=True)
class Alternatives:
    """The phrases of one stage as templates, in playbook order, with the plain ones set apart
    (a draft prefers phrases that pick up facts, so compose asks for the two groups)."""

    key: str  # situation and stage, "scope_creep.boundary": what compose seeds its choice with
    templates: tuple[Template, ...]
    plain: tuple[Template, ...]  # the templates without placeholders
    named: tuple[Template, ...]  # the templates with placeholders

    @classmethod
    def of(cls, key: str, phrases: tuple[str, ...]) -> Alternatives:
        templates = tuple(template(p) for p in phrases)
        return cls(
            key=key,
            templates=templates,
            plain=tuple(t for t in templates if not t.names),
            named=tuple(t for t in templates if t.names),
        )


_StageKey = tuple[str, Tone, str, str | None]  # voice, tone, stage, capacity


@dataclass(frozen=True, slots=True)
class Playbook:
    """Everything calm says for one situation."""

    situation: Situation
    source: str
    reminders: Mapping[str, tuple[str, ...]]  # "de", "en", "de_tight", "en_tight", …
    banks: Mapping[tuple[str, Tone], Bank]  # (voice, tone) -> merged bank
    arcs: Mapping[str, tuple[tuple[str, ...], ...]]  # tone or "short" -> paragraphs of stages
    offer_alternatives_when_full: bool = False
    # incident kind -> this playbook with the kind's `[kind.…]` sections laid over it
    kinds: Mapping[str, Playbook] = field(default_factory=dict)
    # `alternatives` made from `banks` on first use (a copy by `dataclasses.replace` starts empty)
    _alternatives: dict[_StageKey, Alternatives] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def for_kind(self, kind: str | None) -> Playbook:
        """The playbook for an incident kind (see `bot.coach.incidents`); itself by default."""
        if kind is None:
            return self
        return self.kinds.get(kind, self)

    def phrases(self, voice: str, tone: Tone, stage: str, capacity: str | None) -> tuple[str, ...]:
        """Alternatives for `stage`; a capacity variant ("_tight"/"_open") wins when present."""
        bank = self.banks[(voice, tone)]
        if capacity is not None and bank.get(f"{stage}_{capacity}"):
            return bank[f"{stage}_{capacity}"]
        return bank.get(stage, ())

    def alternatives(
        self, voice: str, tone: Tone, stage: str, capacity: str | None
    ) -> Alternatives:
        """`phrases` as templates, prepared once per playbook (its phrases never change)."""
        key = (voice, tone, stage, capacity)
        prepared = self._alternatives.get(key)
        if prepared is None:
            phrases = self.phrases(voice, tone, stage, capacity)
            prepared = Alternatives.of(f"{self.situation.value}.{stage}", phrases)
            self._alternatives[key] = prepared
        return prepared

    def reminder(self, language: Language, tight: bool) -> tuple[str, ...]:
        if tight and self.reminders.get(f"{language.value}_tight"):
            return self.reminders[f"{language.value}_tight"]
        return self.reminders[language.value]


@dataclass(frozen=True, slots=True)
class Common:
    """Greetings, sign-offs and notes shared by every situation."""

    # keys "named", "first_name", "unnamed", and optionally "formal_female"/"formal_male" (a
    # client who wrote "Sehr geehrte …" to "Frau …"/"Herr …") and "formal" (English "Dear …")
    greetings: Mapping[tuple[str, Tone], Bank]
    signoffs: Mapping[tuple[str, Tone], tuple[str, ...]]  # (voice, tone)
    notes: Mapping[str, Mapping[str, str]]  # language -> {"foreign": …, "truncated": …, …}
    language_names: Mapping[str, Mapping[str, str]]  # language -> iso code -> name


@dataclass(frozen=True, slots=True)
class Playbooks:
    common: Common
    situations: Mapping[Situation, Playbook]

    def __getitem__(self, situation: Situation) -> Playbook:
        return self.situations[situation]


@functools.lru_cache(maxsize=8192)
def _need_plain_phrase(phrases: tuple[str, ...] | list[str], source: str, field: str) -> None:
    """A stage must work when the client named nothing: one phrase without placeholders."""
    if not any(not placeholders_in(p) for p in phrases):
        raise PlaybookError(
            source,
            field,
            "needs at least one phrase without placeholders (used when the client named no "
            "date, amount, …)",
        )


def placeholders_in(phrase: str) -> frozenset[str]:
    """The `{slot}` names a phrase needs."""
    return frozenset(_PLACEHOLDER.findall(phrase))


@functools.cache
def _load_default() -> Playbooks:
    return _load(DEFAULT_PLAYBOOK_DIR)


def load_playbooks(directory: Path | None = None) -> Playbooks:
    """Load and validate all playbooks; the default directory is read once and cached."""
    if directory is None:
        return _load_default()
    return _load(Path(directory))


# --- loading ---------------------------------------------------------------------------------


def _load(directory: Path) -> Playbooks:
    if not directory.is_dir():
        raise PlaybookError(str(directory), "", "playbook directory not found")
    expected = {f"{s.value}.toml" for s in Situation} | {"common.toml"}
    present = {p.name for p in directory.glob("*.toml")}
    for name in sorted(present - expected):
        raise PlaybookError(
            name, "", "unknown playbook file (the name must be a situation id or common.toml)"
        )
    for name in sorted(expected - present):
        raise PlaybookError(name, "", "file is missing")

    common_raw = _read(directory / "common.toml")
    common_stages = _common_stage_banks(common_raw)
    default_arcs = _arcs(common_raw, "common.toml", None)
    if default_arcs is None:
        raise PlaybookError("common.toml", "arc", "missing (the default order of the stages)")
    common = _common(common_raw)
    situations = {
        s: _playbook(s, directory / f"{s.value}.toml", common_stages, default_arcs)
        for s in Situation
    }
    return Playbooks(common=common, situations=situations)


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise PlaybookError(path.name, "", f"not valid TOML ({exc})") from None
    except OSError as exc:
        raise PlaybookError(path.name, "", f"cannot be read ({exc.strerror})") from None


def _table(raw: Mapping[str, Any], key: str, source: str, field: str) -> Mapping[str, Any]:
    value = raw.get(key)
    if value is None:
        raise PlaybookError(source, field, "missing")
    if not isinstance(value, Mapping):
        raise PlaybookError(source, field, "must be a table ([section])")
    return value


def _voice_table(
    raw: Mapping[str, Any], voice: str, source: str, prefix: str = ""
) -> Mapping[str, Any] | None:
    node: Any = raw
    for part in voice.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return None
        node = node[part]
    if not isinstance(node, Mapping):
        raise PlaybookError(source, f"{prefix}{voice}", "must be a table ([section])")
    return node


def _phrases(
    value: Any, source: str, field: str, voice: str | None, allowed: frozenset[str]
) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PlaybookError(source, field, "must be a text or a list of texts in quotes")
    phrases = tuple(" ".join(v.split()) for v in value)
    for i, phrase in enumerate(phrases):
        _check_phrase(phrase, source, f"{field}[{i + 1}]", voice, allowed)
    return phrases


def _check_phrase(phrase: str, source: str, field: str, voice: str | None, allowed: frozenset[str]):
    if not phrase:
        raise PlaybookError(source, field, "is empty")
    for name in _PLACEHOLDER.findall(phrase):
        if name not in allowed:
            known = ", ".join("{" + p + "}" for p in sorted(allowed))
            raise PlaybookError(source, field, f"unknown placeholder {{{name}}} (known: {known})")
    if _STRAY_BRACE.search(_PLACEHOLDER.sub("", phrase)):
        raise PlaybookError(source, field, "has a stray { or } (placeholders look like {date})")
    if voice == "de.du" and (m := _SIE_FORMS.search(phrase)):
        raise PlaybookError(source, field, f"uses “{m.group(0)}” in a du text")
    if voice == "de.sie" and (m := _DU_FORMS.search(phrase)):
        raise PlaybookError(source, field, f"uses “{m.group(0)}” in a Sie text")
    if m := _OVER_PROMISE.search(phrase):
        raise PlaybookError(source, field, f"over-promises (“{m.group(0)}”); say what is possible")
    if m := _BLAME.search(phrase):
        raise PlaybookError(source, field, f"blames the client (“{m.group(0)}”)")


def _stage_bank(
    table: Mapping[str, Any], source: str, field: str, voice: str
) -> dict[str, tuple[str, ...]]:
    known = {s + suffix for s in STAGES for suffix in ("", *CAPACITY_SUFFIXES)}
    bank: dict[str, tuple[str, ...]] = {}
    for key, value in table.items():
        if key not in known:
            raise PlaybookError(
                source, f"{field}.{key}", f"unknown stage (known: {', '.join(STAGES)})"
            )
        bank[key] = _phrases(value, source, f"{field}.{key}", voice, PLACEHOLDERS)
        if not bank[key]:
            raise PlaybookError(source, f"{field}.{key}", "needs at least one phrase")
    return bank


def _tone_banks(
    raw: Mapping[str, Any], source: str, voice: str, required: bool, prefix: str = ""
) -> dict[Tone, dict[str, tuple[str, ...]]]:
    """The stage banks of one voice per tone; `prefix` ("kind.absence.") goes before fields."""
    table = _voice_table(raw, voice, source, prefix)
    where = f"{prefix}{voice}"
    if table is None:
        if required:
            raise PlaybookError(
                source, f"{where}.neutral", "missing (every playbook needs de.sie, de.du and en)"
            )
        return {}
    banks: dict[Tone, dict[str, tuple[str, ...]]] = {}
    for tone in Tone:
        sub = table.get(tone.value)
        if sub is None:
            if tone is Tone.NEUTRAL and required:
                raise PlaybookError(source, f"{where}.neutral", "missing")
            continue
        if not isinstance(sub, Mapping):
            raise PlaybookError(source, f"{where}.{tone.value}", "must be a table ([section])")
        banks[tone] = _stage_bank(sub, source, f"{where}.{tone.value}", voice)
    for key in table:
        if key not in {t.value for t in Tone}:
            raise PlaybookError(
                source, f"{where}.{key}", "unknown tone (use warm, neutral or firm)"
            )
    return banks


_ToneBanks = dict[Tone, dict[str, tuple[str, ...]]]


def _common_stage_banks(raw: Mapping[str, Any]) -> dict[str, _ToneBanks]:
    stages = raw.get("stages", {})
    if not isinstance(stages, Mapping):
        raise PlaybookError("common.toml", "stages", "must be a table ([section])")
    return {voice: _tone_banks(stages, "common.toml", voice, required=False) for voice in VOICES}


def _arcs(
    raw: Mapping[str, Any],
    source: str,
    default: Mapping[str, tuple[tuple[str, ...], ...]] | None,
    prefix: str = "",
) -> dict[str, tuple[tuple[str, ...], ...]] | None:
    table = raw.get("arc")
    if table is None:
        return dict(default) if default is not None else None
    if not isinstance(table, Mapping):
        raise PlaybookError(source, f"{prefix}arc", "must be a table ([arc])")
    arcs = dict(default or {})
    for key, value in table.items():
        field = f"{prefix}arc.{key}"
        if key not in _ARC_KEYS:
            raise PlaybookError(source, field, f"unknown arc (known: {', '.join(_ARC_KEYS)})")
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            raise PlaybookError(
                source, field, 'must be a list of paragraphs like "acknowledge validate"'
            )
        paragraphs = []
        for i, paragraph in enumerate(value):
            names = tuple(paragraph.split())
            for name in names:
                if name not in STAGES:
                    raise PlaybookError(
                        source,
                        f"{field}[{i + 1}]",
                        f"unknown stage {name!r} (known: {', '.join(STAGES)})",
                    )
            paragraphs.append(names)
        arcs[key] = tuple(paragraphs)
    missing = [k for k in _ARC_KEYS if k not in arcs]
    if missing:
        raise PlaybookError(source, f"{prefix}arc", f"missing {', '.join(missing)}")
    return arcs


def _playbook(
    situation: Situation,
    path: Path,
    common_stages: Mapping[str, Mapping[Tone, Mapping[str, tuple[str, ...]]]],
    default_arcs: Mapping[str, tuple[tuple[str, ...], ...]],
) -> Playbook:
    source = path.name
    raw = _read(path)
    declared = raw.get("situation", situation.value)
    if declared != situation.value:
        raise PlaybookError(
            source, "situation", f"says {declared!r}, file name says {situation.value!r}"
        )

    reminders = _reminders(_table(raw, "reminder", source, "reminder"), source)
    for lang in Language:
        if not reminders.get(lang.value):
            raise PlaybookError(source, f"reminder.{lang.value}", "missing")

    banks: dict[tuple[str, Tone], Bank] = {}
    for voice in VOICES:
        own = _tone_banks(raw, source, voice, required=True)
        shared = common_stages.get(voice, {})
        for tone in Tone:
            merged: dict[str, tuple[str, ...]] = {}
            for layer in (
                shared.get(Tone.NEUTRAL, {}),
                shared.get(tone, {}),
                own.get(Tone.NEUTRAL, {}),
                own.get(tone, {}),
            ):
                merged.update(layer)
            for stage in REQUIRED_STAGES:
                if not merged.get(stage):
                    raise PlaybookError(source, f"{voice}.neutral.{stage}", "missing or empty")
                _need_plain_phrase(merged[stage], source, f"{voice}.{tone.value}.{stage}")
            banks[(voice, tone)] = merged

    alternatives = raw.get("offer_alternatives_when_full", False)
    if not isinstance(alternatives, bool):
        raise PlaybookError(source, "offer_alternatives_when_full", "must be true or false")
    arcs = _arcs(raw, source, default_arcs)
    assert arcs is not None
    playbook = Playbook(
        situation=situation,
        source=source,
        reminders=reminders,
        banks=banks,
        arcs=arcs,
        offer_alternatives_when_full=alternatives,
    )
    return replace(playbook, kinds=_kinds(raw, playbook))


def _reminders(
    table: Mapping[str, Any], source: str, prefix: str = ""
) -> dict[str, tuple[str, ...]]:
    """The boundary reminders of a `[reminder]` table, each with a text without placeholders."""
    reminders: dict[str, tuple[str, ...]] = {}
    for key, value in table.items():
        field = f"{prefix}reminder.{key}"
        if key.removesuffix("_tight") not in {language.value for language in Language}:
            raise PlaybookError(source, field, "unknown key (use de, en, de_tight, en_tight)")
        reminders[key] = _phrases(value, source, field, None, PLACEHOLDERS)
        if not any(not placeholders_in(p) for p in reminders[key]):
            raise PlaybookError(source, field, "needs one text without placeholders")
    return reminders


# --- incident kinds: `[kind.<name>…]` sections laid over the situation's own ----------------

_KIND_KEYS = ("reminder", "arc", "de", "en")


def _kinds(raw: Mapping[str, Any], base: Playbook) -> dict[str, Playbook]:
    """One playbook per `[kind.<name>]` section: the situation's playbook with the kind's
    reminder, arc and stages laid over it (see `bot.coach.incidents` for the kinds)."""
    source, situation = base.source, base.situation
    table = raw.get("kind")
    if table is None:
        return {}
    if not isinstance(table, Mapping):
        raise PlaybookError(source, "kind", "must be a table ([kind.<name>] sections)")
    known = KINDS[situation]
    kinds: dict[str, Playbook] = {}
    for name, spec in table.items():
        prefix = f"kind.{name}."
        if name not in known:
            if name == DEFAULT_KINDS[situation]:
                problem = "is the default kind: write its phrases in the normal sections"
            else:
                problem = f"unknown kind (known: {', '.join(known)})"
            raise PlaybookError(source, f"kind.{name}", problem)
        if not isinstance(spec, Mapping):
            raise PlaybookError(source, f"kind.{name}", "must be a table ([section])")
        for key in spec:
            if key not in _KIND_KEYS:
                raise PlaybookError(
                    source, prefix + key, "unknown key (use reminder, arc, de.sie, de.du, en)"
                )
        kinds[name] = _kind(spec, base, prefix)
    return kinds


def _kind(spec: Mapping[str, Any], base: Playbook, prefix: str) -> Playbook:
    source = base.source
    reminders = dict(base.reminders)
    if "reminder" in spec:
        own_reminders = _reminders(
            _table(spec, "reminder", source, f"{prefix}reminder"), source, prefix
        )
        for key in own_reminders:  # a kind's own reminder replaces the capacity variant too
            reminders.pop(f"{key}_tight", None)
        reminders.update(own_reminders)

    own = {voice: _tone_banks(spec, source, voice, False, prefix) for voice in VOICES}
    rewritten = {voice: set(banks.get(Tone.NEUTRAL, {})) for voice, banks in own.items() if banks}
    all_stages = set().union(*rewritten.values()) if rewritten else set()
    for voice, banks in own.items():
        for tone, bank in banks.items():
            for stage in bank:
                if stage.startswith("blend"):
                    raise PlaybookError(
                        source,
                        f"{prefix}{voice}.{tone.value}.{stage}",
                        "not used in a kind (blend is the sentence for a secondary situation)",
                    )
                if stage not in banks.get(Tone.NEUTRAL, {}):
                    raise PlaybookError(
                        source,
                        f"{prefix}{voice}.{tone.value}.{stage}",
                        f"only in {tone.value}: write it in {prefix}{voice}.neutral too",
                    )
        if rewritten:
            for stage in sorted(all_stages - rewritten.get(voice, set())):
                raise PlaybookError(
                    source,
                    f"{prefix}{voice}.neutral.{stage}",
                    "missing (the kind rewrites it in another voice; write it for de.sie, "
                    "de.du and en)",
                )

    banks: dict[tuple[str, Tone], Bank] = {}
    for voice in VOICES:
        for tone in Tone:
            layer = {**own[voice].get(Tone.NEUTRAL, {}), **own[voice].get(tone, {})}
            merged = dict(base.banks[(voice, tone)])
            for key in layer:  # a kind's stage replaces the default one and its variants
                for suffix in CAPACITY_SUFFIXES:
                    merged.pop(key + suffix, None)
            merged.update(layer)
            for key in layer:
                _need_plain_phrase(merged[key], source, f"{prefix}{voice}.{tone.value}.{key}")
            banks[(voice, tone)] = merged
    arcs = _arcs(spec, source, base.arcs, prefix)
    assert arcs is not None
    return replace(base, reminders=reminders, banks=banks, arcs=arcs, kinds={})


def _common(raw: Mapping[str, Any]) -> Common:
    source = "common.toml"
    greeting_raw = _table(raw, "greeting", source, "greeting")
    greetings: dict[tuple[str, Tone], Bank] = {}
    for voice in VOICES:
        table = _voice_table(greeting_raw, voice, source)
        if table is None:
            raise PlaybookError(source, f"greeting.{voice}", "missing")
        base: dict[str, tuple[str, ...]] = {}
        by_tone: dict[Tone, dict[str, tuple[str, ...]]] = {}
        for tone in Tone:
            sub = table.get(tone.value, {})
            if not isinstance(sub, Mapping):
                raise PlaybookError(source, f"greeting.{voice}.{tone.value}", "must be a table")
            bank = {}
            for key, value in sub.items():
                field = f"greeting.{voice}.{tone.value}.{key}"
                if key not in GREETING_KEYS:
                    raise PlaybookError(
                        source, field, f"unknown key (use {', '.join(GREETING_KEYS)})"
                    )
                bank[key] = _phrases(value, source, field, voice, _GREETING_PLACEHOLDERS)
            by_tone[tone] = bank
        base = by_tone.get(Tone.NEUTRAL, {})
        for key in ("named", "first_name", "unnamed"):
            if not base.get(key):
                raise PlaybookError(source, f"greeting.{voice}.neutral.{key}", "missing or empty")
        for tone in Tone:
            greetings[(voice, tone)] = {**base, **by_tone.get(tone, {})}

    signoff_raw = _table(raw, "signoff", source, "signoff")
    signoffs: dict[tuple[str, Tone], tuple[str, ...]] = {}
    for voice in VOICES:
        table = _voice_table(signoff_raw, voice, source)
        if table is None or not table.get("neutral"):
            raise PlaybookError(source, f"signoff.{voice}.neutral", "missing or empty")
        for tone in Tone:
            key = tone.value if tone.value in table else "neutral"
            signoffs[(voice, tone)] = _phrases(
                table[key], source, f"signoff.{voice}.{key}", voice, frozenset()
            )
    notes: dict[str, dict[str, str]] = {}
    names: dict[str, dict[str, str]] = {}
    notes_raw = _table(raw, "notes", source, "notes")
    names_raw = _table(raw, "language_names", source, "language_names")
    for lang in Language:
        lang_notes = _table(notes_raw, lang.value, source, f"notes.{lang.value}")
        notes[lang.value] = {}
        for key in ("foreign", "truncated", "blank"):
            field = f"notes.{lang.value}.{key}"
            if key not in lang_notes:
                raise PlaybookError(source, field, "missing")
            (text,) = _phrases(lang_notes[key], source, field, None, _NOTE_PLACEHOLDERS)[:1]
            notes[lang.value][key] = text
        lang_names = _table(names_raw, lang.value, source, f"language_names.{lang.value}")
        names[lang.value] = {str(k): str(v) for k, v in lang_names.items()}
        for code in Language:
            if code.value not in names[lang.value]:
                raise PlaybookError(source, f"language_names.{lang.value}.{code.value}", "missing")
    return Common(greetings=greetings, signoffs=signoffs, notes=notes, language_names=names)
