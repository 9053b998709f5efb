"""`/calm nudge …` and `/calm capacity …`: parse the arguments, store, answer in one line.

Platform-neutral; the Slack and Teams adapters pass the text after the sub-command and show
the returned string to the user only. Replies are in the user's language (default German).

    /calm nudge                      → current setting
    /calm nudge on | off
    /calm nudge 08:30 mon-fri        → time and/or days (implies on)
    /calm nudge mon,wed,fri          → also: mo-fr, daily/täglich, weekdays/werktags
    /calm capacity full              → free|frei, some|etwas|luft, full|voll, overbooked|überbucht
"""

from __future__ import annotations

import datetime as dt
import re

from bot.coach.model import Capacity, Language
from bot.nudge.content import CAPACITY_ORDER, capacity_label, language_of, noted_text
from bot.nudge.planning import nudge_time_of, reschedule_user
from bot.nudge.schedule import (
    WORKDAYS,
    days_csv,
    format_time,
    local_date,
    parse_days_csv,
    parse_time,
    zone,
)
from bot.store import Store, UserKey, UserSettings

_DAY_NAMES: dict[str, int] = {}
for _i, _names in enumerate(
    (
        ("mon", "monday", "mo", "montag"),
        ("tue", "tues", "tuesday", "di", "dienstag"),
        ("wed", "wednesday", "mi", "mittwoch"),
        ("thu", "thur", "thurs", "thursday", "do", "donnerstag"),
        ("fri", "friday", "fr", "freitag"),
        ("sat", "saturday", "sa", "samstag"),
        ("sun", "sunday", "so", "sonntag"),
    )
):
    for _n in _names:
        _DAY_NAMES[_n] = _i

_ALL_DAYS = frozenset(range(7))
_DAY_WORDS = {
    "daily": _ALL_DAYS,
    "everyday": _ALL_DAYS,
    "täglich": _ALL_DAYS,
    "taeglich": _ALL_DAYS,
    "weekdays": WORKDAYS,
    "workdays": WORKDAYS,
    "werktags": WORKDAYS,
}
_ON = {"on", "an", "ein", "start"}
_OFF = {"off", "aus", "stop"}
_STATUS = {"", "status", "?"}

_SHORT_DAYS = {
    Language.DE: ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    Language.EN: ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}

_CAPACITY_WORDS = {
    Capacity.FREE: ("free", "frei", "leer", "empty"),
    Capacity.SOME: ("some", "some room", "etwas", "etwas luft", "luft", "room", "bisschen"),
    Capacity.FULL: ("full", "voll"),
    Capacity.OVERBOOKED: ("overbooked", "überbucht", "ueberbucht", "over", "zu voll"),
}


def _parse_day_token(token: str) -> frozenset[int]:
    """"mon-fri", "mo,mi,fr", "daily" → weekday numbers; raises `ValueError` otherwise."""
    if token in _DAY_WORDS:
        return _DAY_WORDS[token]
    days: set[int] = set()
    for part in filter(None, token.split(",")):
        if "-" in part or "–" in part:
            start_s, _, end_s = part.replace("–", "-").partition("-")
            start, end = _DAY_NAMES[start_s], _DAY_NAMES[end_s]  # KeyError → ValueError below
            i = start
            days.add(i)
            while i != end:
                i = (i + 1) % 7
                days.add(i)
        else:
            days.add(_DAY_NAMES[part])
    if not days:
        raise ValueError("no days")
    return frozenset(days)


def describe_days(days: frozenset[int], language: Language) -> str:
    """Mon–Fri, every day, Mon, Wed, Fri (or the German short forms)."""
    names = _SHORT_DAYS[language]
    if days == _ALL_DAYS:
        return "täglich" if language is Language.DE else "every day"
    ordered = sorted(days)
    if len(ordered) >= 3 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{names[ordered[0]]}–{names[ordered[-1]]}"
    return ", ".join(names[d] for d in ordered)


def _when(settings: UserSettings, language: Language) -> str:
    at = format_time(nudge_time_of(settings))
    tz = settings.timezone or "UTC"
    days = describe_days(parse_days_csv(settings.nudge_days), language)
    if language is Language.DE:
        return f"um {at} ({tz}), {days}"
    return f"at {at} ({tz}), {days}"


def _utc_note(settings: UserSettings, language: Language) -> str:
    if settings.timezone:
        return ""
    if language is Language.DE:
        return " Deine Zeitzone kenne ich noch nicht, darum gilt vorerst UTC."
    return " I don't know your time zone yet, so UTC applies for now."


def describe_schedule(settings: UserSettings, default_language: str = "de") -> str:
    """The confirmation after enabling: "Done — I'll check in at 09:00 (Europe/Berlin), …"."""
    language = language_of(settings, default_language)
    when = _when(settings, language)
    if language is Language.DE:
        text = (
            f"Erledigt — ich frage {when} nach. Ändern kannst du das im App-Home oder mit "
            "/calm nudge …"
        )
    else:
        text = f"Done — I'll check in {when}. Change it in App Home or with /calm nudge …"
    return text + _utc_note(settings, language)


def _usage(language: Language) -> str:
    if language is Language.DE:
        return (
            "So geht's: /calm nudge on | off | 08:30 | mo-fr | mo,mi,fr "
            "(kombinierbar, z. B. /calm nudge 08:30 mo-fr)."
        )
    return (
        "Usage: /calm nudge on | off | 08:30 | mon-fri | mon,wed,fri "
        "(combine them, e.g. /calm nudge 08:30 mon-fri)."
    )


def _status(settings: UserSettings, default_language: str = "de") -> str:
    language = language_of(settings, default_language)
    if settings.nudge_enabled:
        when = _when(settings, language)
        if language is Language.DE:
            return f"Der tägliche Kapazitäts-Check ist an: {when}.{_utc_note(settings, language)}"
        return f"The daily capacity check is on: {when}.{_utc_note(settings, language)}"
    if language is Language.DE:
        return "Der tägliche Kapazitäts-Check ist aus. Einschalten: /calm nudge on"
    return "The daily capacity check is off. Turn it on: /calm nudge on"


def handle_nudge_command(
    store: Store,
    key: UserKey,
    args: str,
    now: dt.datetime,
    *,
    timezone: str | None = None,
    default_language: str = "de",
) -> str:
    """Apply `/calm nudge <args>` and return the one-line answer for the user.

    `timezone` (IANA, e.g. from Slack `users.info`) is stored when given; without any known
    zone, UTC applies and the answer says so. The answer is in the user's language
    (`default_language` until they choose one: their Slack/Teams language).
    """
    current = store.get_user(key)
    language = language_of(current, default_language)
    tokens = re.split(r"\s+", args.strip().lower().replace(", ", ","))
    tokens = [t for t in tokens if t]
    if not tokens or (len(tokens) == 1 and tokens[0] in _STATUS):
        if timezone and timezone != current.timezone:
            store.update_user(key, timezone=timezone)
            reschedule_user(store, key, now)
            current = store.get_user(key)
        return _status(current, default_language)

    switch: bool | None = None
    at: dt.time | None = None
    days: frozenset[int] | None = None
    for token in tokens:
        if token in _ON or token in _OFF:
            wanted = token in _ON
            if switch is not None and switch != wanted:
                return _usage(language)
            switch = wanted
            continue
        try:
            at_candidate = parse_time(token)
        except ValueError:
            at_candidate = None
        if at_candidate is not None:
            if at is not None:
                return _usage(language)
            at = at_candidate
            continue
        try:
            days = (days or frozenset()) | _parse_day_token(token)
        except (KeyError, ValueError):
            return _usage(language)

    if switch is False:
        if at is not None or days is not None:
            return _usage(language)
        store.update_user(key, nudge_enabled=False, next_nudge_at=None)
        if language is Language.DE:
            return "Aus. Ich frage nicht mehr täglich nach. Wieder an: /calm nudge on"
        return "Off. I won't check in daily any more. Back on: /calm nudge on"

    changes: dict[str, object] = {"nudge_enabled": True, "nudge_offered": True}
    if at is not None:
        changes["nudge_time"] = format_time(at)
    if days is not None:
        changes["nudge_days"] = days_csv(days)
    if timezone:
        changes["timezone"] = timezone
    store.update_user(key, **changes)
    reschedule_user(store, key, now)
    return describe_schedule(store.get_user(key), default_language)


def parse_capacity(text: str) -> Capacity | None:
    """"voll", "Some room", "überbucht" → a `Capacity`; None when it is not one of them."""
    word = " ".join(text.strip().lower().split())
    for capacity, words in _CAPACITY_WORDS.items():
        if word in words or word == capacity.value:
            return capacity
    return None


def handle_capacity_command(
    store: Store, key: UserKey, args: str, now: dt.datetime, *, default_language: str = "de"
) -> str:
    """Apply `/calm capacity <word>` for the user's local today and return the answer, in the
    user's language (`default_language` until they choose one: their Slack/Teams language)."""
    settings = store.get_user(key)
    language = language_of(settings, default_language)
    today = local_date(now, zone(settings.timezone))
    words = " / ".join(capacity_label(c, language) for c in CAPACITY_ORDER)
    if not args.strip():
        current = store.get_capacity(key, today)
        if language is Language.DE:
            head = (
                f"Heute: {capacity_label(current, language)}."
                if current
                else "Heute: noch keine Angabe."
            )
            return f"{head} Setzen mit /calm capacity {words}"
        head = f"Today: {capacity_label(current, language)}." if current else "Today: not set yet."
        return f"{head} Set it with /calm capacity {words}"
    capacity = parse_capacity(args)
    if capacity is None:
        if language is Language.DE:
            return f"Das kenne ich nicht. So geht's: /calm capacity {words}"
        return f"I don't know that one. Usage: /calm capacity {words}"
    store.set_capacity(key, today, capacity)
    if language is Language.DE:
        return f"{noted_text(capacity, language)}. Deine Entwürfe berücksichtigen das heute."
    return f"{noted_text(capacity, language)}. Today's drafts take it into account."
