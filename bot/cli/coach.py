"""`calm coach`: coach a client message on the terminal, or a JSON Lines stream with --json.

The offline path imports only the standard library and `bot.coach`, so the first result is on
screen fast; settings (pydantic) and the LLM client (httpx) are imported only for `--llm`.
Nothing here logs: the client's words go to stdout when the user asked for them, and errors are
one fixed line on stderr that never quotes the message.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from bot.cli import EXIT_CONFIG, EXIT_INPUT, EXIT_OK, EXIT_RUNTIME, EXIT_USAGE
from bot.cli.terminal import (
    EOF_KEYS,
    Palette,
    clean_text,
    prepare_stdout,
    read_text,
    stdin_lines,
    use_colour,
    write_json_line,
)
from bot.cli.ui_language import ui_language
from bot.coach import (
    Capacity,
    Coaching,
    ConfigError,
    InputError,
    Language,
    Profile,
    Situation,
    Tone,
    coach,
)
from bot.coach.labels import HEAT_WORDS, SITUATION_LABELS, unsure_line

# The built-in example (`calm coach --example`, the README's first command): a German client,
# formal "Sie", asking for work beyond the agreement.
EXAMPLE_MESSAGE = (
    "Guten Morgen Frau Kessler,\n\n"
    "vielen Dank für die Entwürfe der Produktseiten, die gefallen uns gut. Könnten Sie bei der "
    "Gelegenheit noch schnell zwei weitere Seiten für unsere Herbstkollektion anlegen und die "
    "Texte dafür schreiben? Das ist ja nur eine Kleinigkeit und sollte im bisherigen Rahmen mit "
    "drin sein.\n\n"
    "Viele Grüße\nJan Hoffmann"
)

LLM_NOT_CONFIGURED = {
    Language.DE: "KI-Verfeinerung ist nicht eingerichtet (LLM_BASE_URL und LLM_MODEL fehlen) – "
    "hier der Offline-Entwurf.",
    Language.EN: "AI refinement is not configured (set LLM_BASE_URL and LLM_MODEL) — showing "
    "the offline draft.",
}
LLM_UNAVAILABLE = {
    Language.DE: "KI-Verfeinerung ist hier nicht installiert – hier der Offline-Entwurf.",
    Language.EN: "AI refinement is not installed here — showing the offline draft.",
}
LLM_FAILED = {
    Language.DE: "KI-Verfeinerung fehlgeschlagen – hier der Offline-Entwurf.",
    Language.EN: "AI refinement failed — showing the offline draft.",
}
INTERNAL_ERROR = "calm could not coach this message because of an internal error"

# What calm says to the user on the terminal, in the one language of `ui_language()`.
_LABELS: dict[Language, dict[str, str]] = {
    Language.DE: {
        "heat": "Temperatur {heat}/100 ({word})",
        "client": "Kunde schreibt {what}",
        "other_language": "eine andere Sprache ({code})",
        "reply": "Antwort auf {language}, Ton {tone}",
        "short": "kurz",
        "long": "lang",
        "chosen": "(deine Wahl; calm las: {read})",
        "refined": "überarbeitet von {engine}",
        "draft": "Antwortentwurf",
        "boundary": "Deine Grenze",
        "notes": "Hinweise",
        "sie": "Sie-Form",
        "du": "Du-Form",
        "paste": "Füge die Nachricht deines Kunden ein und drücke dann {eof}.",
        "nothing": "calm: Es kam keine Nachricht an. Füge sie nach 'calm coach' ein oder "
        "leite sie weiter (Pipe).",
    },
    Language.EN: {
        "heat": "heat {heat}/100 ({word})",
        "client": "client writes {what}",
        "other_language": "another language ({code})",
        "reply": "reply in {language}, {tone} tone",
        "short": "short",
        "long": "long",
        "chosen": "(your choice; calm read: {read})",
        "refined": "refined by {engine}",
        "draft": "Reply draft",
        "boundary": "Boundary",
        "notes": "Notes",
        "sie": "formal Sie",
        "du": "informal du",
        "paste": "Paste the client's message, then press {eof}.",
        "nothing": "calm: no message arrived. Paste it after 'calm coach', or pipe it in.",
    },
}
_LANGUAGE_NAMES = {
    Language.DE: {Language.DE: "Deutsch", Language.EN: "Englisch"},
    Language.EN: {Language.DE: "German", Language.EN: "English"},
}
_TONE_NAMES = {
    Language.DE: {Tone.WARM: "warm", Tone.NEUTRAL: "sachlich", Tone.FIRM: "bestimmt"},
    Language.EN: {Tone.WARM: "warm", Tone.NEUTRAL: "neutral", Tone.FIRM: "firm"},
}
_HEAT_STYLES = {"calm": "green", "tense": "yellow", "heated": "magenta", "hot": "red"}

_EPILOG = """\
examples:
  (single quotes: in bash, "…!!…" in double quotes would expand your last command)
  calm coach 'Können Sie das Logo bis morgen früh noch in drei Varianten liefern?!'
  calm coach          then paste the message and press Ctrl-D (no quoting at all)
  pbpaste | calm coach
  calm coach --tone firm --short 'We will pay when the campaign performs.'
  calm coach --long 'Ich kündige den Vertrag zum Monatsende.'
  calm coach --capacity full --name Lena 'Kannst du noch schnell den Newsletter machen?'
  calm coach --example
  calm coach --json < messages.jsonl > results.jsonl

--json reads JSON Lines on stdin, one object per line:
  {"id": 1, "text": "…", "language": "de", "tone": "firm", "short": false, "long": false}
(optionally "situation": an id from the list below, to coach for that situation)
and writes one object per line with id, situation, secondary, confidence, alternatives,
language, formality, heat, heat_label, draft, boundary, notes, reply_language, tone, short,
long and engine; a bad line gets
{"id": …, "error": "…"} and the stream goes on.

exit codes: 0 ok, 1 the message could not be coached, 2 usage, 3 configuration error,
4 internal error
"""


def situations_help() -> str:
    """The `--situation` ids with their names (English / German), for `--help`."""
    width = max(len(s.value) for s in Situation)
    lines = ["situations (--situation ID, or \"situation\" in a --json line):"]
    for s in Situation:
        names = f"{SITUATION_LABELS[Language.EN][s]} / {SITUATION_LABELS[Language.DE][s]}"
        lines.append(f"  {s.value.ljust(width)}  {names}")
    return "\n".join(lines) + "\n"


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "coach",
        help="coach one client message: situation, reply draft, boundary",
        description=(
            "Coach a client message: name the situation and its heat, draft a calm reply in\n"
            "the client's language and register, and remind you of the boundary.\n"
            "Give the message as an argument or on stdin. Works offline."
        ),
        epilog=_EPILOG + "\n" + situations_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("text", nargs="*", help="the client's message (read from stdin if omitted)")
    p.add_argument("--tone", choices=[t.value for t in Tone], help="tone of the draft")
    length = p.add_mutually_exclusive_group()
    length.add_argument(
        "--short", action="store_true", help="an even shorter draft (one or two sentences)"
    )
    length.add_argument(
        "--long",
        action="store_true",
        help="the full arc: acknowledge, validate, paraphrase, boundary, next step and, where an "
        "agreement needs it, a written summary (default: 2-4 sentences)",
    )
    p.add_argument(
        "--situation",
        choices=[s.value for s in Situation],
        metavar="ID",
        help="coach for this situation instead of the one calm reads (ids below)",
    )
    p.add_argument(
        "--language",
        choices=[lang.value for lang in Language],
        help="language of the reply (default: the client's)",
    )
    profile = p.add_argument_group("your profile")
    profile.add_argument("--name", help="your name, for the sign-off")
    profile.add_argument(
        "--capacity",
        choices=[c.value for c in Capacity],
        help="how much room your day has",
    )
    profile.add_argument(
        "--revision-rounds",
        type=_count,
        metavar="N",
        help="revision rounds included in your offers",
    )
    profile.add_argument(
        "--payment-terms", type=_count, metavar="DAYS", help="your payment terms in days"
    )
    profile.add_argument(
        "--working-hours", metavar="TEXT", help='your working hours, e.g. "Mo–Fr 9–17 Uhr"'
    )
    p.add_argument(
        "--example",
        action="store_true",
        help="coach a built-in example message (German, formal, scope creep)",
    )
    p.add_argument(
        "--llm",
        action="store_true",
        help="refine the draft with the configured LLM (LLM_BASE_URL, LLM_MODEL)",
    )
    p.add_argument("--json", action="store_true", help="JSON Lines in on stdin, out on stdout")
    p.set_defaults(handler=run, coach_parser=p)


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError("expected a whole number, e.g. 2") from None
    if not 0 <= number <= 10_000:
        raise argparse.ArgumentTypeError("expected a whole number from 0 to 10000")
    return number


def profile_from_args(args: argparse.Namespace, ui: Language | None = None) -> Profile:
    """The user's profile from the command-line options; unset options stay unknown. `ui` is
    the language calm speaks to the user (boundary reminders, notes)."""
    return Profile(
        name=args.name or None,
        language=ui or ui_language(),
        tone=Tone(args.tone) if args.tone else Tone.NEUTRAL,
        working_hours=args.working_hours or None,
        revision_rounds=args.revision_rounds,
        payment_terms_days=args.payment_terms,
        capacity=Capacity(args.capacity) if args.capacity else None,
    )


# --- the optional LLM stage -----------------------------------------------------------------

RefineFn = Callable[[Coaching, str, Profile], tuple[Coaching, str | None]]


def _llm_stage(ui: Language) -> tuple[RefineFn | None, str | None]:
    """The LLM refinement as a function, or None with a note why not.

    Raises `ConfigError` when the settings are malformed. Imports lazily: the offline path
    never loads pydantic or httpx.
    """
    from bot.config import load_settings

    settings = load_settings()
    if not settings.llm_enabled:
        return None, LLM_NOT_CONFIGURED[ui]
    try:
        from bot.llm.cli_support import refine_for_cli
    except ImportError:
        return None, LLM_UNAVAILABLE[ui]

    def refine(coaching: Coaching, text: str, profile: Profile) -> tuple[Coaching, str | None]:
        try:
            return refine_for_cli(coaching, text, profile, settings)
        except Exception:  # the contract is "never raises"; keep the offline draft if it does
            return coaching, LLM_FAILED[ui]

    return refine, None


# --- entry point ----------------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    prepare_stdout(sys.stdout)
    if args.json and (args.text or args.example):
        return _usage_error("--json reads JSON Lines from stdin; give no message text with it")
    if args.example and args.text:
        return _usage_error("--example coaches the built-in message; give no text with it")

    ui = ui_language()
    refine: RefineFn | None = None
    llm_note: str | None = None
    if args.llm:
        try:
            refine, llm_note = _llm_stage(ui)
        except ConfigError as exc:
            print(f"calm: {exc}", file=sys.stderr)
            return EXIT_CONFIG

    profile = profile_from_args(args, ui)
    if args.json:
        options = _LineDefaults(
            tone=Tone(args.tone) if args.tone else None,
            short=args.short,
            long=args.long,
            language=Language(args.language) if args.language else None,
            situation=Situation(args.situation) if args.situation else None,
        )
        return run_json_stream(
            sys.stdin,
            sys.stdout,
            profile=profile,
            defaults=options,
            refine=refine,
            note=llm_note,
        )

    prompt = _LABELS[ui]["paste"].format(eof=EOF_KEYS)
    text = EXAMPLE_MESSAGE if args.example else read_text(args.text, sys.stdin, prompt=prompt)
    if text is None:
        args.coach_parser.print_help(sys.stderr)
        print("\n" + _LABELS[ui]["nothing"], file=sys.stderr)
        return EXIT_USAGE
    try:
        coaching = coach(
            text,
            profile=profile,
            short=args.short,
            long=args.long,
            language=Language(args.language) if args.language else None,
            situation=Situation(args.situation) if args.situation else None,
        )
    except InputError as exc:
        print(f"calm: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except ConfigError as exc:  # e.g. a playbook in prompts/ that does not parse
        print(f"calm: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except Exception as exc:  # an engine bug must not become a traceback with client text
        print(f"calm: {INTERNAL_ERROR} ({type(exc).__name__}).", file=sys.stderr)
        return EXIT_RUNTIME
    if refine is not None:
        coaching, llm_note = refine(coaching, text, profile)
    if llm_note:
        print(f"calm: {llm_note}", file=sys.stderr)
    sys.stdout.write(render(coaching, Palette(use_colour(sys.stdout)), ui))
    sys.stdout.flush()
    return EXIT_OK


def _usage_error(message: str) -> int:
    print(f"calm coach: {message}. See 'calm coach --help'.", file=sys.stderr)
    return EXIT_USAGE


# --- human-readable output -----------------------------------------------------------------


def render(coaching: Coaching, style: Palette, ui: Language | None = None) -> str:
    """The coaching as terminal text, in the user's language `ui` (default: `ui_language()`):
    situation and heat, the draft, the boundary, notes."""
    ui = ui or ui_language()
    label = _LABELS[ui]
    names = SITUATION_LABELS[ui]
    d = coaching.detection
    word = HEAT_WORDS[ui].get(d.heat_label, d.heat_label)
    heat_text = label["heat"].format(heat=d.heat, word=word)
    heat = style(heat_text, _HEAT_STYLES.get(d.heat_label, "bold"))
    headline = style(names.get(d.situation, str(d.situation)), "bold")
    if d.unsure and d.runner_up is not None:  # "Price pushback — or is it about scope?"
        headline = style(unsure_line(d.situation, d.runner_up, ui), "bold")
    if d.chosen_by_user and d.detected is not None and d.detected is not d.situation:
        headline += style(" " + label["chosen"].format(read=names[d.detected]), "dim")
    if also := [names.get(s, str(s)) for s in d.also]:
        # German nouns keep their capital ("+ Kritik am Ergebnis"); English reads on in lower case
        headline += " + " + ", ".join(a.lower() if ui is Language.EN else a for a in also)
    languages = _LANGUAGE_NAMES[ui]
    client = languages.get(d.language, str(d.language))
    if d.foreign_language:
        client = label["other_language"].format(code=d.foreign_language)
    elif d.formality.value in ("sie", "du"):
        client += f", {label[d.formality.value]}"
    reply = label["reply"].format(
        language=languages.get(coaching.reply_language, str(coaching.reply_language)),
        tone=_TONE_NAMES[ui].get(coaching.tone, str(coaching.tone)),
    )
    details = f"{label['client'].format(what=client)} · {reply}"
    if coaching.short:
        details += f", {label['short']}"
    elif coaching.long:
        details += f", {label['long']}"
    if coaching.engine != "offline":
        details += " · " + label["refined"].format(engine=coaching.engine)
    lines = [
        f"{headline} · {heat}",
        style(details, "dim"),
        "",
        style(label["draft"], "bold", "cyan"),
        coaching.draft.strip(),
        "",
        style(label["boundary"], "bold", "cyan"),
        coaching.boundary.strip(),
    ]
    if coaching.notes:
        lines += ["", style(label["notes"], "bold", "cyan")]
        lines += [f"- {note}" for note in coaching.notes]
    return "\n".join(lines) + "\n"


# --- the JSON Lines contract ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _LineDefaults:
    """Options from the command line that a line may override."""

    tone: Tone | None = None
    short: bool = False
    long: bool = False
    language: Language | None = None
    situation: Situation | None = None


class _LineError(Exception):
    """A line that cannot be coached; the message is fixed text, never the line's content."""


def run_json_stream(
    stdin: TextIO,
    stdout: TextIO,
    *,
    profile: Profile,
    defaults: _LineDefaults | None = None,
    refine: RefineFn | None = None,
    note: str | None = None,
) -> int:
    """Answer every non-blank line of `stdin` with one JSON object on `stdout` (flushed)."""
    defaults = defaults or _LineDefaults()
    for line in stdin_lines(stdin):
        line = line.lstrip("\ufeff")
        if not line.strip():
            continue
        write_json_line(stdout, coach_json_line(line, profile, defaults, refine, note))
    return EXIT_OK


def coach_json_line(
    line: str,
    profile: Profile,
    defaults: _LineDefaults,
    refine: RefineFn | None = None,
    note: str | None = None,
) -> dict[str, object]:
    """The answer object for one JSON line: a coaching, or `{"id", "error"}`."""
    ident: object = None
    try:
        obj = _parse_line(line)
        ident = obj.get("id")
        text, tone, (short, long), language, situation = _line_fields(obj, defaults)
        coaching = coach(
            text,
            profile=profile,
            tone=tone,
            short=short,
            long=long,
            language=language,
            situation=situation,
        )
        notes = list(coaching.notes)
        if refine is not None:
            coaching, note = refine(coaching, text, profile)
            notes = list(coaching.notes)
        if note:
            notes.append(note)
        return _coaching_object(ident, coaching, notes)
    except (_LineError, InputError, ConfigError) as exc:
        return {"id": ident, "error": str(exc)}
    except Exception as exc:  # an engine bug must not stop the stream or leak the text
        return {"id": ident, "error": f"{INTERNAL_ERROR} ({type(exc).__name__})."}


def _reject_constant(name: str) -> object:
    raise ValueError(name)


def _parse_line(line: str) -> dict[str, object]:
    try:
        obj = json.loads(line, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        raise _LineError("This line is not valid JSON.") from None
    if not isinstance(obj, dict):
        raise _LineError('Each line must be a JSON object like {"id": 1, "text": "…"}.')
    return obj


def _line_fields(
    obj: dict[str, object], defaults: _LineDefaults
) -> tuple[str, Tone | None, tuple[bool, bool], Language | None, Situation | None]:
    text = obj.get("text")
    if not isinstance(text, str):
        raise _LineError('The line has no "text" string with the client\'s message.')
    tone = defaults.tone
    if obj.get("tone") is not None:
        try:
            tone = Tone(str(obj["tone"]).strip().lower())
        except ValueError:
            raise _LineError('Unknown "tone": use "warm", "neutral" or "firm".') from None
    language = defaults.language
    if obj.get("language") is not None:
        try:
            language = Language(str(obj["language"]).strip().lower())
        except ValueError:
            raise _LineError('Unknown "language": use "de" or "en".') from None
    short = defaults.short
    if obj.get("short") is not None:
        if not isinstance(obj["short"], bool):
            raise _LineError('"short" must be true or false.')
        short = obj["short"]
    long = defaults.long
    if obj.get("long") is not None:
        if not isinstance(obj["long"], bool):
            raise _LineError('"long" must be true or false.')
        long = obj["long"]
    situation = defaults.situation
    if obj.get("situation") is not None:
        try:
            situation = Situation(str(obj["situation"]).strip().lower())
        except ValueError:
            raise _LineError(
                'Unknown "situation": use one of ' + ", ".join(s.value for s in Situation) + "."
            ) from None
    return clean_text(text), tone, (short, long), language, situation


def _coaching_object(ident: object, coaching: Coaching, notes: list[str]) -> dict[str, object]:
    d = coaching.detection
    return {
        "id": ident,
        "situation": d.situation.value,
        "secondary": [s.value for s in d.secondary],
        "confidence": round(d.confidence, 3),
        "alternatives": [
            {"situation": s.value, "probability": round(p, 3)} for s, p in d.alternatives
        ],
        "chosen_by_user": d.chosen_by_user,
        "language": d.language.value,
        "formality": d.formality.value,
        "heat": d.heat,
        "heat_label": d.heat_label,
        "draft": coaching.draft,
        "boundary": coaching.boundary,
        "notes": notes,
        "reply_language": coaching.reply_language.value,
        "tone": coaching.tone.value,
        "short": coaching.short,
        "long": coaching.long,
        "engine": coaching.engine,
    }


__all__ = [
    "EXAMPLE_MESSAGE",
    "coach_json_line",
    "profile_from_args",
    "register",
    "render",
    "run",
    "run_json_stream",
]
