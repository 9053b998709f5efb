"""Block Kit for calm's messages: the coaching card, the help card, short notices.

Returned as dicts ready for `ack`/`respond`/`chat.postEphemeral`. The coaching card, which
every `/calm` ack carries, is written as Block Kit JSON directly; the rest is built with
slack_sdk's block models (through `block_json.to_json`, which skips the per-call re-validation
of `to_dict()`). The tests parse what calm renders with slack_sdk's models and check it is
valid and unchanged. Every text is cut to Slack's limits here, so a huge draft is shortened
with a note instead of failing at the API.
"""

from __future__ import annotations

from dataclasses import dataclass

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    MarkdownTextObject,
    SectionBlock,
)

from bot.coach.labels import correction_choices, unsure_line
from bot.coach.model import Coaching, Formality, Language, Situation, Tone, heat_label
from bot.slack import block_limits as lim
from bot.slack import ids
from bot.slack.block_json import to_json
from bot.slack.card_cache import DEFAULT, LONG, SHORT, CardVariant
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

    token: str  # the sealed card text's token (card_cache); buttons carry it
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
    """The situation line. Unsure: "*Price pushback* — or is it about scope?"; chosen by the
    user: marked so, with what calm had read."""
    det = coaching.detection
    runner_up = det.runner_up
    if det.unsure and runner_up is not None:
        head = f"*{lim.escape_mrkdwn(unsure_line(det.situation, runner_up, ui))}*"
    else:
        head = f"*{situation_name(det.situation, ui)}*"
    if det.chosen_by_user:
        head += f"  · _{t('chosen_by_you', ui)}_"
        if det.detected is not None and det.detected is not det.situation:
            head += f" ({t('calm_read', ui, name=situation_name(det.detected, ui))})"
    if det.also:
        others = ", ".join(situation_name(s, ui) for s in det.also[:2])
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
    elif coaching.long:
        parts.append(t("long", ui))
    return " · ".join(parts)


def variant_of(coaching: Coaching, token: str) -> CardVariant:
    """The card state of `coaching`, as its buttons carry it."""
    det = coaching.detection
    return CardVariant(
        token=token,
        tone=coaching.tone.value,
        length=SHORT if coaching.short else LONG if coaching.long else DEFAULT,
        language=coaching.reply_language.value,
        situation=det.situation.value if det.chosen_by_user else "",
    )


def _plain(text: str) -> dict:
    return {"emoji": True, "text": lim.trim(text, lim.BUTTON_TEXT), "type": "plain_text"}


# Option labels, built once: this runs inside every `/calm` ack (never mutated after).
_OPTION_TEXT = {
    ui: {s: _plain(situation_name(s, ui)) for s in Situation} for ui in (Language.DE, Language.EN)
}


def situation_select(coaching: Coaching, variant: CardVariant, ui: Language) -> dict:
    """The "Not quite right? → …" static select; each option carries the whole card state
    with its situation (under Slack's 150 characters for an option value)."""
    det = coaching.detection
    prefix = variant.prefix
    labels = _OPTION_TEXT[ui]
    options = []
    for situation in correction_choices(det):
        text = labels[situation]
        if det.chosen_by_user and situation is det.detected:
            text = _plain(t("calm_reading", ui, name=situation_name(situation, ui)))
        options.append({"text": text, "value": prefix + situation.value})
    return {
        "action_id": ids.ACTION_SITUATION,
        "options": options,
        "placeholder": {"emoji": True, "text": t("not_quite", ui), "type": "plain_text"},
        "type": "static_select",
    }


def _mrkdwn(text: str) -> dict:
    return {"text": text, "type": "mrkdwn"}


def _context(*texts: str) -> dict:
    return {"elements": [_mrkdwn(text) for text in texts], "type": "context"}


def _section(text: str) -> dict:
    return {"text": _mrkdwn(text), "type": "section"}


def _button(text: str, action_id: str, value: str, style: str | None = None) -> dict:
    button = {
        "action_id": action_id,
        "text": {"emoji": True, "text": lim.trim(text, lim.BUTTON_TEXT), "type": "plain_text"},
        "type": "button",
        "value": value,
    }
    if style:
        button["style"] = style
    return button


def coaching_card(coaching: Coaching, opts: CardOptions) -> list[dict]:
    """The card: situation + heat, draft (copyable), boundary, notes, buttons.

    Written as Block Kit JSON directly: this runs inside every `/calm` ack, and building
    slack_sdk models only to serialise them again cost about as much as the coaching itself.
    The tests parse every card with slack_sdk's models and check it comes back unchanged.
    """
    ui = opts.ui
    blocks: list[dict] = []
    if opts.status:
        blocks.append(_context(lim.trim(opts.status, STATUS_MAX)))
    variant = variant_of(coaching, opts.token)
    headline = _section(_headline(coaching, ui))
    headline["accessory"] = situation_select(coaching, variant, ui)
    headline["block_id"] = "calm_card_situation"
    blocks.append(headline)

    draft_pieces, cut = lim.chunks(coaching.draft, DRAFT_CHUNK, max_chunks=DRAFT_MAX_CHUNKS)
    blocks.append(_context(f"*{t('draft', ui)}* · {_reply_line(coaching, ui)}"))
    for piece in draft_pieces or [" "]:
        text = {"elements": [{"text": piece, "type": "text"}], "type": "rich_text_preformatted"}
        blocks.append({"elements": [text], "type": "rich_text"})
    boundary = lim.trim(lim.escape_mrkdwn(coaching.boundary), BOUNDARY_MAX)
    blocks.append(_section(f"🧭 *{t('boundary', ui)}:* {boundary}"))

    notes = [lim.trim(lim.escape_mrkdwn(n), NOTE_MAX) for n in coaching.notes[:MAX_NOTES]]
    if cut:
        notes.append(t("trimmed", ui))
    if coaching.engine != "offline" and not (opts.status and "✨" in opts.status):
        notes.append(t("refined_inline", ui))
    if notes:
        blocks.append(_context(*notes))

    value = variant.to_value()
    other = Language.EN if coaching.reply_language is Language.DE else Language.DE
    buttons = [
        _button(t("softer", ui), ids.ACTION_SOFTER, value),
        _button(t("firmer", ui), ids.ACTION_FIRMER, value),
    ]
    if not variant.short:
        buttons.append(_button(t("shorter", ui), ids.ACTION_SHORTER, value))
    if not variant.long:
        buttons.append(_button(t("longer", ui), ids.ACTION_LONGER, value))
    buttons.append(
        _button(t("to_lang", ui, name=LANGUAGE_NAMES[ui][other]), ids.ACTION_LANGUAGE, value)
    )
    if opts.offer_post:
        buttons.append(_button(t("edit_post", ui), ids.ACTION_EDIT_POST, value, "primary"))
    blocks.append({"block_id": "calm_card_actions", "elements": buttons, "type": "actions"})
    if opts.offer_nudge:
        blocks.append({"type": "divider"})
        blocks.append(_context(t("nudge_opt_in_hint", ui)))
        offer = _button(t("nudge_opt_in", ui), ids.ACTION_NUDGE_OPT_IN, "opt_in")
        blocks.append({"block_id": "calm_nudge_offer", "elements": [offer], "type": "actions"})
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
        "*Auf eine Nachricht in Slack antworten:* Nachricht → ⋮ → *Suggest reply* "
        "(Antwort vorschlagen).\n"
        "*Täglicher Kapazitäts-Check:* `/calm nudge on`, `/calm nudge 08:30 mo-fr`, "
        "`/calm nudge off`\n"
        "*Heutige Kapazität angeben:* `/calm kapazität voll` (frei, etwas, voll, überbucht; "
        "auch `/calm capacity full`)\n"
        "*Einstellungen* (Name, Sprache, Ton, Arbeitszeiten …): im Tab *Home* von calm "
        "(`/calm einstellungen`).",
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
        "*Settings* (name, language, tone, working hours …): calm's *Home* tab "
        "(`/calm settings`).",
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
