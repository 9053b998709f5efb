"""App Home: what calm is, the user's settings, a weekly count; and the settings modal.

`parse_settings` turns a modal submission into `Store.update_user` changes or field errors
(`{block_id: message}` for `response_action: errors`). Pure functions, no Slack calls.
"""

from __future__ import annotations

import re
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    CheckboxesElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    InputBlock,
    MarkdownTextObject,
    Option,
    PlainTextInputElement,
    SectionBlock,
    StaticSelectElement,
)
from slack_sdk.models.views import View

from bot.coach.model import Language, Situation
from bot.slack import block_limits as lim
from bot.slack import ids
from bot.slack.labels import situation_name
from bot.store import WEEKDAYS, UserSettings

ACTION = "value"  # action_id of every input in the settings modal; block_id = setting name

_T: dict[str, dict[Language, str]] = {
    "intro": {
        Language.DE: "*calm* hilft dir, wenn ein Kunde etwas Schwieriges schreibt.\n"
        "1. `/calm <Nachricht des Kunden>` oder bei einer Nachricht ⋮ → *Suggest reply* "
        "(Antwort vorschlagen).\n"
        "2. Du siehst – nur du – die Situation, einen ruhigen Antwortentwurf und deine Grenze.\n"
        "3. Deine Einstellungen unten machen jeden Entwurf passender.",
        Language.EN: "*calm* helps you when a client writes something difficult.\n"
        "1. `/calm <client message>` or on a message ⋮ → *Suggest reply*.\n"
        "2. You – only you – see the situation, a calm reply draft and your boundary.\n"
        "3. Your settings below make every draft fit better.",
    },
    "settings": {Language.DE: "Deine Einstellungen", Language.EN: "Your settings"},
    "edit": {Language.DE: "Einstellungen bearbeiten", Language.EN: "Edit settings"},
    "week": {Language.DE: "Diese Woche", Language.EN: "This week"},
    "week_none": {
        Language.DE: "Noch keine Coachings in den letzten 7 Tagen.",
        Language.EN: "No coachings in the last 7 days yet.",
    },
    "corrected": {
        Language.DE: "Von dir korrigiert (calms Lesart → deine Wahl)",
        Language.EN: "Corrected by you (calm's reading → your choice)",
    },
    "privacy": {
        Language.DE: "calm speichert nur Zähler pro Situation – nie die Worte deiner Kunden.",
        Language.EN: "calm stores counts per situation only – never your clients' words.",
    },
    "unset": {Language.DE: "–", Language.EN: "–"},
    "on": {Language.DE: "an", Language.EN: "on"},
    "off": {Language.DE: "aus", Language.EN: "off"},
    "modal_title": {Language.DE: "Einstellungen", Language.EN: "Settings"},
    "save": {Language.DE: "Speichern", Language.EN: "Save"},
    "cancel": {Language.DE: "Abbrechen", Language.EN: "Cancel"},
    "bad_int": {
        Language.DE: "Bitte eine ganze Zahl von {lo} bis {hi}.",
        Language.EN: "Please enter a whole number from {lo} to {hi}.",
    },
    "bad_time": {
        Language.DE: "Bitte als HH:MM, z. B. 09:00.",
        Language.EN: "Please use HH:MM, e.g. 09:00.",
    },
    "bad_tz": {
        Language.DE: "Unbekannte Zeitzone. Beispiel: Europe/Berlin",
        Language.EN: "Unknown time zone. Example: Europe/Berlin",
    },
    "no_days": {
        Language.DE: "Wähle mindestens einen Tag für den Check.",
        Language.EN: "Pick at least one day for the check.",
    },
    "too_long": {
        Language.DE: "Höchstens {n} Zeichen.",
        Language.EN: "At most {n} characters.",
    },
}

FIELDS: dict[str, dict[Language, str]] = {
    "name": {Language.DE: "Name für die Grußformel", Language.EN: "Name for sign-offs"},
    "language": {Language.DE: "Standardsprache", Language.EN: "Default language"},
    "tone": {Language.DE: "Standardton", Language.EN: "Default tone"},
    "working_hours": {Language.DE: "Arbeitszeiten", Language.EN: "Working hours"},
    "revision_rounds": {
        Language.DE: "Inklusive Korrekturrunden",
        Language.EN: "Revision rounds included",
    },
    "payment_terms_days": {
        Language.DE: "Zahlungsziel (Tage)",
        Language.EN: "Payment terms (days)",
    },
    "signature": {Language.DE: "Signatur", Language.EN: "Signature"},
    "timezone": {Language.DE: "Zeitzone", Language.EN: "Time zone"},
    "nudge_enabled": {
        Language.DE: "Täglicher Kapazitäts-Check",
        Language.EN: "Daily capacity check",
    },
    "nudge_time": {Language.DE: "Uhrzeit des Checks", Language.EN: "Time of the check"},
    "nudge_days": {Language.DE: "Tage des Checks", Language.EN: "Days of the check"},
}

TONES = {
    Language.DE: {"warm": "warm", "neutral": "sachlich", "firm": "bestimmt"},
    Language.EN: {"warm": "warm", "neutral": "neutral", "firm": "firm"},
}
LANGS = {
    Language.DE: {"de": "Deutsch", "en": "Englisch"},
    Language.EN: {"de": "German", "en": "English"},
}
DAYS = {
    Language.DE: dict(zip(WEEKDAYS, ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"), strict=True)),
    Language.EN: dict(
        zip(WEEKDAYS, ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), strict=True)
    ),
}
TEXT_LIMITS = {"name": 120, "working_hours": 120, "signature": 500, "timezone": 64}
_HHMM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def _t(key: str, ui: Language, **fmt: Any) -> str:
    value = _T[key][ui]
    return value.format(**fmt) if fmt else value


def _days_text(days: str, ui: Language) -> str:
    return ", ".join(DAYS[ui].get(d, d) for d in days.split(",") if d)


def _situation_name(value: str, ui: Language) -> str:
    try:
        return situation_name(Situation(value), ui)
    except ValueError:
        return value


def corrections_summary(corrections: dict[tuple[str, str], int], ui: Language) -> str:
    """"Corrected by you: • Scope creep → Price pushback: 2", most frequent first."""
    lines = [
        f"• {_situation_name(detected, ui)} → {_situation_name(chosen, ui)}: *{count}*"
        for (detected, chosen), count in list(corrections.items())[:8]
    ]
    return f"_{_t('corrected', ui)}_\n" + "\n".join(lines)


def home_view(
    settings: UserSettings,
    week: dict[str, int],
    ui: Language,
    corrections: dict[tuple[str, str], int] | None = None,
) -> dict:
    """The Home tab: three lines about calm, the settings, the week's counts and the week's
    situation corrections (never text)."""
    unset = _t("unset", ui)

    def show(value: object) -> str:
        return lim.escape_mrkdwn(lim.trim(str(value), 200)) if value not in (None, "") else unset

    nudge = _t("on", ui) if settings.nudge_enabled else _t("off", ui)
    if settings.nudge_enabled:
        nudge += f", {settings.nudge_time} ({_days_text(settings.nudge_days, ui)})"
    fields = [
        ("name", show(settings.name)),
        ("language", LANGS[ui].get(settings.language or "", unset)),
        ("tone", TONES[ui].get(settings.tone or "neutral", unset)),
        ("working_hours", show(settings.working_hours)),
        ("revision_rounds", show(settings.revision_rounds)),
        ("payment_terms_days", show(settings.payment_terms_days)),
        ("signature", show(settings.signature)),
        ("timezone", show(settings.timezone)),
        ("nudge_enabled", nudge),
    ]
    if week:
        lines = [
            f"• {_situation_name(situation, ui)}: *{count}*"
            for situation, count in list(week.items())[:12]
        ]
        summary = "\n".join(lines)
    else:
        summary = _t("week_none", ui)
    if corrections:
        summary += "\n\n" + corrections_summary(corrections, ui)
    blocks = [
        HeaderBlock(text="calm"),
        SectionBlock(text=MarkdownTextObject(text=_t("intro", ui))),
        DividerBlock(),
        SectionBlock(text=MarkdownTextObject(text=f"*{_t('settings', ui)}*")),
        SectionBlock(
            fields=[MarkdownTextObject(text=f"*{FIELDS[k][ui]}*\n{v}") for k, v in fields[:10]]
        ),
        ActionsBlock(
            block_id="calm_home_actions",
            elements=[
                ButtonElement(
                    text=_t("edit", ui), action_id=ids.ACTION_EDIT_SETTINGS, style="primary"
                )
            ],
        ),
        DividerBlock(),
        SectionBlock(text=MarkdownTextObject(text=f"*{_t('week', ui)}*\n{summary}")),
        ContextBlock(elements=[MarkdownTextObject(text=_t("privacy", ui))]),
    ]
    return View(type="home", blocks=blocks).to_dict()


def _text_input(
    name: str, ui: Language, value: object, *, multiline: bool = False, hint: str | None = None
) -> InputBlock:
    limit = TEXT_LIMITS.get(name, 20)
    element = PlainTextInputElement(
        action_id=ACTION,
        multiline=multiline,
        initial_value=str(value) if value not in (None, "") else None,
        max_length=limit,
        placeholder=hint,
    )
    return InputBlock(block_id=name, label=FIELDS[name][ui], element=element, optional=True)


def _select(name: str, ui: Language, choices: dict[str, str], current: str) -> InputBlock:
    options = [Option(value=k, text=v) for k, v in choices.items()]
    initial = next((o for o in options if o.value == current), options[0])
    return InputBlock(
        block_id=name,
        label=FIELDS[name][ui],
        element=StaticSelectElement(action_id=ACTION, options=options, initial_option=initial),
    )


def settings_modal(settings: UserSettings, ui: Language, default_language: str = "de") -> dict:
    nudge_on = Option(value="on", text=_t("on", ui))
    day_options = [Option(value=d, text=DAYS[ui][d]) for d in WEEKDAYS]
    chosen_days = [o for o in day_options if o.value in settings.nudge_days.split(",")]
    blocks = [
        _text_input("name", ui, settings.name, hint="Anna"),
        _select("language", ui, LANGS[ui], settings.language or default_language),
        _select("tone", ui, TONES[ui], settings.tone or "neutral"),
        _text_input("working_hours", ui, settings.working_hours, hint="Mo–Fr 9–17 Uhr"),
        _text_input("revision_rounds", ui, settings.revision_rounds, hint="2"),
        _text_input("payment_terms_days", ui, settings.payment_terms_days, hint="14"),
        _text_input("signature", ui, settings.signature, multiline=True),
        _text_input("timezone", ui, settings.timezone, hint="Europe/Berlin"),
        InputBlock(
            block_id="nudge_enabled",
            label=FIELDS["nudge_enabled"][ui],
            optional=True,
            element=CheckboxesElement(
                action_id=ACTION,
                options=[nudge_on],
                initial_options=[nudge_on] if settings.nudge_enabled else None,
            ),
        ),
        _text_input("nudge_time", ui, settings.nudge_time, hint="09:00"),
        InputBlock(
            block_id="nudge_days",
            label=FIELDS["nudge_days"][ui],
            optional=True,
            element=CheckboxesElement(
                action_id=ACTION, options=day_options, initial_options=chosen_days or None
            ),
        ),
    ]
    return View(
        type="modal",
        callback_id=ids.VIEW_SETTINGS,
        title=_t("modal_title", ui),
        submit=_t("save", ui),
        close=_t("cancel", ui),
        blocks=blocks,
    ).to_dict()


def _value(values: dict, name: str) -> Any:
    return (values.get(name) or {}).get(ACTION) or {}


def parse_settings(values: dict, ui: Language) -> tuple[dict[str, Any], dict[str, str]]:
    """Modal `state.values` → (changes for `Store.update_user`, errors by block_id)."""
    changes: dict[str, Any] = {}
    errors: dict[str, str] = {}

    for name in ("name", "working_hours", "signature"):
        raw = (_value(values, name).get("value") or "").strip()
        if len(raw) > TEXT_LIMITS[name]:
            errors[name] = _t("too_long", ui, n=TEXT_LIMITS[name])
        changes[name] = raw or None

    for name in ("language", "tone"):
        selected = _value(values, name).get("selected_option") or {}
        allowed = LANGS[ui] if name == "language" else TONES[ui]
        if selected.get("value") in allowed:
            changes[name] = selected["value"]

    for name, lo, hi in (("revision_rounds", 0, 20), ("payment_terms_days", 0, 365)):
        raw = (_value(values, name).get("value") or "").strip()
        if not raw:
            changes[name] = None
        elif raw.isdigit() and lo <= int(raw) <= hi:
            changes[name] = int(raw)
        else:
            errors[name] = _t("bad_int", ui, lo=lo, hi=hi)

    tz = (_value(values, "timezone").get("value") or "").strip()
    if tz:
        try:
            ZoneInfo(tz)
            changes["timezone"] = tz
        except (ZoneInfoNotFoundError, ValueError):
            errors["timezone"] = _t("bad_tz", ui)

    enabled = bool(_value(values, "nudge_enabled").get("selected_options"))
    changes["nudge_enabled"] = enabled
    time_raw = (_value(values, "nudge_time").get("value") or "").strip()
    match = _HHMM.match(time_raw)
    if match:
        changes["nudge_time"] = f"{int(match.group(1)):02d}:{match.group(2)}"
    elif time_raw or enabled:
        errors["nudge_time"] = _t("bad_time", ui)
    days = [o.get("value") for o in _value(values, "nudge_days").get("selected_options") or []]
    days = [d for d in WEEKDAYS if d in days]
    if days:
        changes["nudge_days"] = ",".join(days)
    elif enabled:
        errors["nudge_days"] = _t("no_days", ui)
    return changes, errors
