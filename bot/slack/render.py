"""Block Kit for calm's messages: the coaching card, the help card, short notices.

Built with slack_sdk's block models and returned as dicts ready for `ack`/`respond`/
`chat.postEphemeral` (through `block_json.to_json`, which skips the per-call re-validation of
`to_dict()`; tests check both give the same, valid JSON). The `*_blocks` functions return the
models. Every text is cut to Slack's limits here, so a huge draft
is shortened with a note instead of failing at the API.
"""

from __future__ import annotations

from dataclasses import dataclass

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    MarkdownTextObject,
    RichTextBlock,
    RichTextPreformattedElement,
    SectionBlock,
)

from bot.coach.model import Coaching, Formality, Language, Tone, heat_label
from bot.slack import block_limits as lim
from bot.slack import ids
from bot.slack.block_json import to_json
from bot.slack.card_cache import CardVariant
from bot.slack.labels import HEAT, LANGUAGE_NAMES, situation_name, t

DRAFT_CHUNK = 2500
DRAFT_MAX_CHUNKS = 3  # 7,500 characters of draft at most: the card stays under ~11k
BOUNDARY_MAX = 1200
NOTE_MAX = 250
MAX_NOTES = 6
STATUS_MAX = 400

_HEAT_COLOUR = {"calm": "🟢", "tense": "🟡", "heated": "🟠", "hot": "🔴"}


@dataclass(frozen=True, slots=True)
class CardOptions:
    """How to dress a coaching card."""

    token: str  # the CardCache token; buttons carry it
    ui: Language  # language of the interface text (the user's setting)
    offer_post: bool = False  # "Edit & post" (user token present, card knows its thread)
    offer_nudge: bool = False  # "Send me a daily capacity check" (first coaching)
    status: str | None = None  # a context line on top: "refining…", a note, a fallback notice


def _dicts(blocks: list[Block]) -> list[dict]:
    return to_json(blocks)


def heat_meter(heat: int, ui: Language) -> str:
    label = heat_label(heat)
    level = min(4, 1 + max(0, heat) // 25)
    return f"{_HEAT_COLOUR[label] * level}{'⚪' * (4 - level)} {HEAT[ui][label]}"


def _tone_label(tone: Tone, ui: Language) -> str:
    return t(f"tone_{tone.value}", ui)


def _headline(coaching: Coaching, ui: Language) -> str:
    det = coaching.detection
    head = f"*{situation_name(det.situation, ui)}*"
    if det.secondary:
        others = ", ".join(situation_name(s, ui) for s in det.secondary[:2])
        head += f"  ({t('also', ui)}: {others})"
    return f"{head}\n{t('heat', ui)}: {heat_meter(det.heat, ui)}"


def _reply_line(coaching: Coaching, ui: Language) -> str:
    lang = LANGUAGE_NAMES[ui][coaching.reply_language]
    parts = [t("reply_in", ui, name=lang)]
    if coaching.reply_language is Language.DE and coaching.detection.formality in (
        Formality.SIE,
        Formality.DU,
    ):
        parts.append(t(f"register_{coaching.detection.formality.value}", ui))
    parts.append(_tone_label(coaching.tone, ui))
    if coaching.short:
        parts.append(t("short", ui))
    return " · ".join(parts)


def variant_of(coaching: Coaching, token: str) -> CardVariant:
    return CardVariant(
        token=token,
        tone=coaching.tone.value,
        short=coaching.short,
        language=coaching.reply_language.value,
    )


def coaching_card(coaching: Coaching, opts: CardOptions) -> list[dict]:
    """The card: situation + heat, draft (copyable), boundary, notes, buttons."""
    return _dicts(coaching_card_blocks(coaching, opts))


def coaching_card_blocks(coaching: Coaching, opts: CardOptions) -> list[Block]:
    """`coaching_card` as slack_sdk models."""
    ui = opts.ui
    blocks: list[Block] = []
    if opts.status:
        blocks.append(
            ContextBlock(elements=[MarkdownTextObject(text=lim.trim(opts.status, STATUS_MAX))])
        )
    blocks.append(SectionBlock(text=MarkdownTextObject(text=_headline(coaching, ui))))

    draft_pieces, cut = lim.chunks(coaching.draft, DRAFT_CHUNK, max_chunks=DRAFT_MAX_CHUNKS)
    blocks.append(
        ContextBlock(
            elements=[MarkdownTextObject(text=f"*{t('draft', ui)}* · {_reply_line(coaching, ui)}")]
        )
    )
    for piece in draft_pieces or [" "]:
        blocks.append(
            RichTextBlock(
                elements=[RichTextPreformattedElement(elements=[{"type": "text", "text": piece}])]
            )
        )
    boundary = lim.trim(lim.escape_mrkdwn(coaching.boundary), BOUNDARY_MAX)
    blocks.append(
        SectionBlock(text=MarkdownTextObject(text=f"🧭 *{t('boundary', ui)}:* {boundary}"))
    )

    notes = [lim.trim(lim.escape_mrkdwn(n), NOTE_MAX) for n in coaching.notes[:MAX_NOTES]]
    if cut:
        notes.append(t("trimmed", ui))
    if coaching.engine == "llm" and not (opts.status and "✨" in opts.status):
        notes.append(t("refined_inline", ui))
    if notes:
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=n) for n in notes]))

    value = variant_of(coaching, opts.token)
    other = Language.EN if coaching.reply_language is Language.DE else Language.DE
    buttons = [
        ButtonElement(text=t("softer", ui), action_id=ids.ACTION_SOFTER, value=value.to_value()),
        ButtonElement(text=t("firmer", ui), action_id=ids.ACTION_FIRMER, value=value.to_value()),
        ButtonElement(
            text=t("longer" if coaching.short else "shorter", ui),
            action_id=ids.ACTION_SHORTER,
            value=value.to_value(),
        ),
        ButtonElement(
            text=t("to_lang", ui, name=LANGUAGE_NAMES[ui][other]),
            action_id=ids.ACTION_LANGUAGE,
            value=value.to_value(),
        ),
    ]
    if opts.offer_post:
        buttons.append(
            ButtonElement(
                text=t("edit_post", ui),
                action_id=ids.ACTION_EDIT_POST,
                value=value.to_value(),
                style="primary",
            )
        )
    blocks.append(ActionsBlock(block_id="calm_card_actions", elements=buttons))
    if opts.offer_nudge:
        blocks.append(DividerBlock())
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=t("nudge_opt_in_hint", ui))]))
        blocks.append(
            ActionsBlock(
                block_id="calm_nudge_offer",
                elements=[
                    ButtonElement(
                        text=lim.trim(t("nudge_opt_in", ui), lim.BUTTON_TEXT),
                        action_id=ids.ACTION_NUDGE_OPT_IN,
                        value="opt_in",
                    )
                ],
            )
        )
    return blocks


def card_text(coaching: Coaching, ui: Language) -> str:
    """The notification/fallback text of a card: the situation only, never client words."""
    return f"calm: {situation_name(coaching.situation, ui)} – {t('draft', ui)}"


def notice(text: str) -> list[dict]:
    """A one-section message (friendly errors, command answers)."""
    return _dicts([SectionBlock(text=MarkdownTextObject(text=lim.trim(text, lim.SECTION_TEXT)))])


_HELP = {
    Language.DE: (
        "*calm hilft dir, wenn ein Kunde etwas Schwieriges schreibt.*\n"
        "Füge die Nachricht deines Kunden nach `/calm` ein. Du bekommst – nur für dich sichtbar – "
        "die Situation, einen ruhigen Antwortentwurf in der Sprache und Anrede des Kunden und "
        "eine Erinnerung an deine Grenze.",
        "*Beispiel:* `/calm Können Sie bis morgen noch schnell drei weitere Banner machen?`",
        "*Auf eine Nachricht in Slack antworten:* Nachricht → ⋮ → *Suggest reply*.\n"
        "*Täglicher Kapazitäts-Check:* `/calm nudge on`, `/calm nudge 08:30 mon-fri`, "
        "`/calm nudge off`\n"
        "*Heutige Kapazität angeben:* `/calm capacity full` (free, some, full, overbooked)\n"
        "*Einstellungen* (Name, Sprache, Ton, Arbeitszeiten …): im Tab *Home* von calm.",
    ),
    Language.EN: (
        "*calm helps you when a client writes something difficult.*\n"
        "Paste your client's message after `/calm`. You get – visible only to you – the "
        "situation, a calm reply draft in the client's language and register, and a reminder "
        "of your boundary.",
        "*Example:* `/calm Could you quickly add three more banners by tomorrow?`",
        "*Reply to a message in Slack:* message → ⋮ → *Suggest reply*.\n"
        "*Daily capacity check:* `/calm nudge on`, `/calm nudge 08:30 mon-fri`, "
        "`/calm nudge off`\n"
        "*Tell calm today's capacity:* `/calm capacity full` (free, some, full, overbooked)\n"
        "*Settings* (name, language, tone, working hours …): calm's *Home* tab.",
    ),
}


def help_card(ui: Language) -> list[dict]:
    return _dicts(help_card_blocks(ui))


def help_card_blocks(ui: Language) -> list[Block]:
    intro, example, more = _HELP[ui]
    return [
        SectionBlock(text=MarkdownTextObject(text=intro)),
        SectionBlock(text=MarkdownTextObject(text=example)),
        ContextBlock(elements=[MarkdownTextObject(text=more)]),
    ]
