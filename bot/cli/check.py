"""`calm check`: review your own reply before you send it.

Prints what tends to make the conversation escalate (over-promising, blame, sarcasm, a harsh
tone, piled-up apologies, apologising for your invoice or your hours, no next step, length),
each with a suggestion; exit 0 when the reply reads well, 1 when there are findings.
"""

from __future__ import annotations

import argparse
import sys

from bot.cli import EXIT_INPUT, EXIT_OK, EXIT_USAGE
from bot.cli.terminal import (
    EOF_KEYS,
    Palette,
    prepare_stdout,
    read_text,
    use_colour,
    write_json_line,
)
from bot.cli.ui_language import ui_language
from bot.coach import Finding, Language, review_draft

_EPILOG = """\
examples:
  calm check 'Sorry sorry, kein Problem, mache ich sofort!'
  calm check --language en 'As I already told you, the files were due on Monday.'
  calm check          then paste your reply and press Ctrl-D
  pbpaste | calm check
  calm check --json 'Thanks for the 5th change request.'

--json prints one object: {"language": "de", "findings": [{"code", "message", "suggestion",
"excerpt"}, …]}.

exit codes: 0 no problems found, 1 findings, 2 usage (e.g. nothing to check)
"""

_CLEAN = {
    Language.DE: "Keine Probleme gefunden: Die Antwort ist ruhig und konkret.",
    Language.EN: "No problems found: the reply reads calm and concrete.",
}
_SUGGESTION_LABEL = {Language.DE: "Vorschlag", Language.EN: "Try"}
_PASTE = {
    Language.DE: "Füge deine Antwort ein und drücke dann {eof}.",
    Language.EN: "Paste your reply, then press {eof}.",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "check",
        help="review your own reply before you send it",
        description=(
            "Review the reply you are about to send: calm points out what tends to make a\n"
            "client conversation escalate and suggests a calmer wording.\n"
            "Give the reply as an argument or on stdin."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("text", nargs="*", help="your reply (read from stdin if omitted)")
    p.add_argument(
        "--language",
        choices=[lang.value for lang in Language],
        help="language of your reply (default: detected)",
    )
    p.add_argument("--json", action="store_true", help="print the findings as one JSON object")
    p.set_defaults(handler=run, check_parser=p)


def run(args: argparse.Namespace) -> int:
    prepare_stdout(sys.stdout)
    prompt = _PASTE[ui_language()].format(eof=EOF_KEYS)
    text = read_text(args.text, sys.stdin, prompt=prompt)
    if text is None:
        args.check_parser.print_help(sys.stderr)
        print("\ncalm: paste your reply after 'calm check', or pipe it in.", file=sys.stderr)
        return EXIT_USAGE
    if not text.strip():
        print("calm: there is nothing to check: your reply is empty.", file=sys.stderr)
        return EXIT_USAGE
    language = Language(args.language) if args.language else _language_of(text)
    findings = review_draft(text, language=language)
    if args.json:
        write_json_line(
            sys.stdout,
            {
                "language": language.value,
                "findings": [
                    {
                        "code": f.code,
                        "message": f.message,
                        "suggestion": f.suggestion,
                        "excerpt": f.excerpt,
                    }
                    for f in findings
                ],
            },
        )
    else:
        sys.stdout.write(render(findings, language, Palette(use_colour(sys.stdout))))
        sys.stdout.flush()
    return EXIT_INPUT if findings else EXIT_OK


def _language_of(text: str) -> Language:
    from bot.coach.language import detect_language

    return detect_language(text, Language.DE)[0]


def render(findings: list[Finding], language: Language, style: Palette) -> str:
    """Findings as terminal text, or the all-clear line."""
    if not findings:
        return style(_CLEAN[language], "green") + "\n"
    label = _SUGGESTION_LABEL[language]
    blocks = []
    for f in findings:
        lines = [style(f"• {f.message}", "bold", "yellow")]
        if f.excerpt:
            lines.append(f"  „{f.excerpt}“" if language is Language.DE else f'  "{f.excerpt}"')
        lines.append(f"  {style(label + ':', 'cyan')} {f.suggestion}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"
