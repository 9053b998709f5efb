"""Every Adaptive Card calm shows in Teams, built with `microsoft_teams.cards`.

Cards speak the user's language (the profile's, German by default); the draft inside them is
in the reply language. Texts that come from the engine or the client are put into `TextBlock`s
or `Input.Text` values as they are; Adaptive Cards render TextBlock markdown, so the draft goes
into an `Input.Text` (easy to select and copy, no markdown surprises).
"""

from __future__ import annotations

from typing import Any

from microsoft_teams.cards import (
    ActionSet,
    AdaptiveCard,
    Choice,
    ChoiceSetInput,
    Container,
    ExecuteAction,
    Fact,
    FactSet,
    SubmitAction,
    TextBlock,
    TextInput,
)

from bot.coach.labels import HEAT_WORDS, SITUATION_LABELS, correction_choices, unsure_line
from bot.coach.model import Capacity, Coaching, Formality, Language, Situation
from bot.nudge.content import NudgeContent, noted_text
from bot.teams.card_state import SITUATION_INPUT, CoachingState, Verb, capacity_data

CARD_VERSION = "1.5"  # Action.Execute (in-place card updates) needs 1.4 or later

_HEAT = HEAT_WORDS

_T: dict[Language, dict[str, str]] = {
    Language.DE: {
        "title": "calm: Vorschlag für deine Antwort",
        "situation": "Situation",
        "also": "Auch",
        "heat": "Temperatur",
        "reply_in": "Antwort auf",
        "draft": "Entwurf (markieren und kopieren)",
        "boundary": "Deine Grenze",
        "notes": "Hinweise",
        "softer": "Weicher",
        "firmer": "Bestimmter",
        "shorter": "Kürzer",
        "longer": "Ausführlicher",
        "language_to_en": "Auf Englisch",
        "language_to_de": "Auf Deutsch",
        "insert": "Einfügen",
        "not_quite": "Nicht ganz richtig? → …",
        "pick_situation": "Andere Situation wählen",
        "coach_situation": "Für diese Situation",
        "chosen_by_you": "von dir gewählt",
        "calm_read": "calm las",
        "calm_reading": "{name} (calms Lesart)",
        "no_buttons": (
            "Die Knöpfe zum Anpassen sind gerade nicht verfügbar. Schick mir die Nachricht in "
            "ein paar Minuten noch einmal, dann kannst du den Entwurf weicher, bestimmter, "
            "kürzer oder länger machen oder eine andere Situation wählen."
        ),
        "trimmed": "Nur die ersten 8.000 Zeichen wurden gelesen.",
        "de_sie": "Deutsch (Sie)",
        "de_du": "Deutsch (du)",
        "de_none": "Deutsch",
        "en": "Englisch",
        "oops": "Da ist etwas schiefgegangen",
        "help_title": "So hilft dir calm",
        "help_body": (
            "Schreib mir **calm** und dahinter die Nachricht deines Kunden (oder füge sie einfach "
            "ein). Ich sage dir, welche Situation das ist, schlage eine ruhige Antwort in der "
            "Sprache und Anrede deines Kunden vor und erinnere dich an deine Grenze."
        ),
        "help_example_label": "Beispiel",
        "help_example": (
            "calm Können Sie das Logo bitte noch bis morgen früh in drei weiteren Farben "
            "machen? Das war doch eh schon eingeplant, oder?"
        ),
        "help_action": (
            "Direkt an einer Nachricht: **…** › **Weitere Aktionen** › **Antwort vorschlagen** "
            "(in englischem Teams: Suggest reply). "
            "Nur du siehst den Vorschlag; deine Kundentexte speichere ich nirgends."
        ),
        "nudge_thanks": "Meine Vorschläge heute berücksichtigen das.",
        "help_nudge": (
            "Täglicher Kapazitäts-Check: **calm nudge on** (oder z. B. calm nudge 08:30 mo-fr). "
            "Heute voll? **calm capacity voll**."
        ),
    },
    Language.EN: {
        "title": "calm: a suggested reply",
        "situation": "Situation",
        "also": "Also",
        "heat": "Heat",
        "reply_in": "Reply in",
        "draft": "Draft (select and copy)",
        "boundary": "Your boundary",
        "notes": "Notes",
        "softer": "Softer",
        "firmer": "Firmer",
        "shorter": "Shorter",
        "longer": "Longer",
        "language_to_en": "In English",
        "language_to_de": "In German",
        "insert": "Insert",
        "not_quite": "Not quite right? → …",
        "pick_situation": "Choose another situation",
        "coach_situation": "Coach for this situation",
        "chosen_by_you": "chosen by you",
        "calm_read": "calm read",
        "calm_reading": "{name} (calm's reading)",
        "no_buttons": (
            "The buttons to adjust the draft are unavailable right now. Send me the message "
            "again in a few minutes to make the draft softer, firmer, shorter or longer, or to "
            "choose another situation."
        ),
        "trimmed": "Only the first 8,000 characters were read.",
        "de_sie": "German (Sie)",
        "de_du": "German (du)",
        "de_none": "German",
        "en": "English",
        "oops": "Something went wrong",
        "help_title": "How calm helps",
        "help_body": (
            "Send me **calm** followed by your client's message (or just paste it). I'll tell "
            "you what kind of situation it is, suggest a calm reply in your client's language "
            "and register, and remind you of the boundary that matters."
        ),
        "help_example_label": "Example",
        "help_example": (
            "calm Could you also do the logo in three more colours by tomorrow morning? "
            "That was part of the plan anyway, right?"
        ),
        "help_action": (
            "On any message: **…** › **More actions** › **Suggest reply**. Only you see the "
            "suggestion; I never store your clients' words."
        ),
        "nudge_thanks": "Today's suggestions take it into account.",
        "help_nudge": (
            "Daily capacity check-in: **calm nudge on** (or e.g. calm nudge 08:30 mon-fri). "
            "Full today? **calm capacity full**."
        ),
    },
}


def ui_text(language: Language, key: str) -> str:
    return _T[language][key]


def situation_label(situation: Situation, language: Language) -> str:
    return SITUATION_LABELS[language][situation]


def _reply_language_label(coaching: Coaching, ui: Language) -> str:
    if coaching.reply_language is Language.EN:
        return _T[ui]["en"]
    formality = coaching.detection.formality
    if coaching.reply_language is not coaching.detection.language:
        formality = Formality.NONE
    return _T[ui][f"de_{formality.value}"]


def _card(body: list[Any], actions: list[Any] | None = None) -> AdaptiveCard:
    card = AdaptiveCard(version=CARD_VERSION, body=body)
    if actions:
        card.actions = actions
    return card


def _first_line(coaching: Coaching, ui: Language) -> str:
    """The card's title, or, when calm is unsure, "Price pushback — or is it about scope?"."""
    d = coaching.detection
    if d.unsure and d.runner_up is not None:
        return unsure_line(d.situation, d.runner_up, ui)
    return _T[ui]["title"]


def _situation_fact(coaching: Coaching, ui: Language) -> Fact:
    d = coaching.detection
    value = situation_label(d.situation, ui)
    if d.chosen_by_user:
        value += f" ({_T[ui]['chosen_by_you']})"
    return Fact(title=_T[ui]["situation"], value=value)


def _situation_picker(
    coaching: Coaching, state: CoachingState, ui: Language, *, execute: bool
) -> list[Any]:
    """The choice set and its button: coach the same message for another situation."""
    d = coaching.detection
    choices = []
    for situation in correction_choices(d):
        title = situation_label(situation, ui)
        if d.chosen_by_user and situation is d.detected:
            title = _T[ui]["calm_reading"].format(name=title)
        choices.append(Choice(title=title, value=situation.value))
    picker = ChoiceSetInput(
        id=SITUATION_INPUT,
        label=_T[ui]["not_quite"],
        placeholder=_T[ui]["pick_situation"],
        style="compact",
        choices=choices,
    )
    title, data = _T[ui]["coach_situation"], state.to_data(Verb.SITUATION)
    button = (
        ExecuteAction(title=title, verb=Verb.SITUATION.value, data=data)
        if execute
        else SubmitAction(title=title, data=data)
    )
    return [picker, ActionSet(actions=[button])]


def _coaching_body(coaching: Coaching, ui: Language, *, draft_input_id: str) -> list[Any]:
    d = coaching.detection
    facts = [_situation_fact(coaching, ui)]
    if d.chosen_by_user and d.detected is not None and d.detected is not d.situation:
        facts.append(Fact(title=_T[ui]["calm_read"], value=situation_label(d.detected, ui)))
    if d.also:
        facts.append(
            Fact(
                title=_T[ui]["also"],
                value=", ".join(situation_label(s, ui) for s in d.also),
            )
        )
    facts.append(Fact(title=_T[ui]["heat"], value=f"{_HEAT[ui][d.heat_label]} ({d.heat}/100)"))
    facts.append(Fact(title=_T[ui]["reply_in"], value=_reply_language_label(coaching, ui)))
    body: list[Any] = [
        TextBlock(text=_first_line(coaching, ui), weight="Bolder", size="Medium", wrap=True),
        FactSet(facts=facts),
        TextInput(
            id=draft_input_id,
            label=_T[ui]["draft"],
            value=coaching.draft,
            is_multiline=True,
        ),
        Container(
            style="emphasis",
            items=[
                TextBlock(text=_T[ui]["boundary"], weight="Bolder", wrap=True),
                TextBlock(text=coaching.boundary, wrap=True),
            ],
        ),
    ]
    if coaching.notes:
        body.append(TextBlock(text=_T[ui]["notes"], weight="Bolder", wrap=True, spacing="Medium"))
        body.extend(TextBlock(text=note, wrap=True, is_subtle=True) for note in coaching.notes)
    return body


def _adjust_buttons(state: CoachingState, ui: Language, *, execute: bool) -> list[Any]:
    """Softer / firmer / shorter (or longer) / other language, for the verbs that apply."""
    labels = {
        Verb.SOFTER: _T[ui]["softer"],
        Verb.FIRMER: _T[ui]["firmer"],
        Verb.SHORTER: _T[ui]["shorter"],
        Verb.LONGER: _T[ui]["longer"],
        Verb.LANGUAGE: _T[ui][
            "language_to_de" if state.language is Language.EN else "language_to_en"
        ],
    }
    buttons: list[Any] = []
    for verb, title in labels.items():
        if not state.can(verb):
            continue
        if execute:
            buttons.append(ExecuteAction(title=title, verb=verb.value, data=state.to_data(verb)))
        else:
            buttons.append(SubmitAction(title=title, data=state.to_data(verb)))
    return buttons


def _with_note(body: list[Any], note: str | None) -> list[Any]:
    if not note:
        return body
    return [TextBlock(text=note, wrap=True, color="Attention"), *body]


def _with_picker(body: list[Any], picker: list[Any]) -> list[Any]:
    """The picker right after the situation facts."""
    at = next(i for i, block in enumerate(body) if isinstance(block, FactSet)) + 1
    return [*body[:at], *picker, *body[at:]]


def coaching_card(
    coaching: Coaching,
    state: CoachingState,
    ui: Language,
    *,
    trimmed: bool = False,
    note: str | None = None,
) -> AdaptiveCard:
    """The chat card. Buttons are `Action.Execute`, so Teams replaces this card in place with
    the card the bot answers (no new message in the chat). `note`: a line on top (e.g. "pick
    a situation first")."""
    body = _with_note(_coaching_body(coaching, ui, draft_input_id="draft"), note)
    if trimmed:
        body.append(TextBlock(text=_T[ui]["trimmed"], wrap=True, is_subtle=True))
    if not state.has_buttons():
        body.append(TextBlock(text=_T[ui]["no_buttons"], wrap=True, is_subtle=True))
        return _card(body)
    body = _with_picker(body, _situation_picker(coaching, state, ui, execute=True))
    return _card(body, _adjust_buttons(state, ui, execute=True))


def dialog_card(
    coaching: Coaching,
    state: CoachingState,
    ui: Language,
    *,
    trimmed: bool = False,
    note: str | None = None,
) -> AdaptiveCard:
    """The message-action dialog: the coaching, the draft editable, "Insert", the situation
    picker and the adjust buttons. In a dialog every button must be `Action.Submit` (it
    becomes a submitAction)."""
    body = _with_note(_coaching_body(coaching, ui, draft_input_id="draft"), note)
    if trimmed:
        body.append(TextBlock(text=_T[ui]["trimmed"], wrap=True, is_subtle=True))
    actions: list[Any] = [
        SubmitAction(
            title=_T[ui]["insert"],
            style="positive",
            data={"calm": 1, "verb": Verb.INSERT.value},
        )
    ]
    if state.has_buttons():
        body = _with_picker(body, _situation_picker(coaching, state, ui, execute=False))
        actions.extend(_adjust_buttons(state, ui, execute=False))
    else:
        body.append(TextBlock(text=_T[ui]["no_buttons"], wrap=True, is_subtle=True))
    return _card(body, actions)


def draft_card(draft: str) -> AdaptiveCard:
    """What "Insert" puts into the compose box: the draft, nothing else."""
    return _card([TextBlock(text=draft, wrap=True)])


def help_card(ui: Language) -> AdaptiveCard:
    t = _T[ui]
    return _card(
        [
            TextBlock(text=t["help_title"], weight="Bolder", size="Medium", wrap=True),
            TextBlock(text=t["help_body"], wrap=True),
            TextBlock(text=t["help_example_label"], weight="Bolder", wrap=True),
            TextBlock(text=t["help_example"], wrap=True, font_type="Monospace"),
            TextBlock(text=t["help_action"], wrap=True, is_subtle=True),
            TextBlock(text=t["help_nudge"], wrap=True, is_subtle=True),
        ]
    )


def notice_card(message: str, ui: Language, *, with_help: bool = True) -> AdaptiveCard:
    """A friendly answer for input calm cannot coach, with the short example below it."""
    body: list[Any] = [TextBlock(text=message, wrap=True)]
    if with_help:
        body.append(TextBlock(text=_T[ui]["help_example_label"], weight="Bolder", wrap=True))
        body.append(TextBlock(text=_T[ui]["help_example"], wrap=True, font_type="Monospace"))
    return _card(body)


def nudge_card(content: NudgeContent) -> AdaptiveCard:
    """The daily check-in: greeting, question, yesterday's count, a tip, four answers."""
    day = content.day.isoformat()
    buttons = [
        ExecuteAction(
            title=option.label[:1].upper() + option.label[1:],
            verb=Verb.CAPACITY.value,
            data=capacity_data(option.capacity, day),
        )
        for option in content.options
    ]
    body: list[Any] = [
        TextBlock(text=content.greeting, weight="Bolder", size="Medium", wrap=True),
        TextBlock(text=content.question, wrap=True),
    ]
    if content.yesterday:
        body.append(TextBlock(text=content.yesterday, wrap=True, is_subtle=True))
    body.append(TextBlock(text=content.tip, wrap=True, is_subtle=True))
    body.append(ActionSet(actions=buttons))
    return _card(body)


def nudge_answered_card(capacity: Capacity, ui: Language) -> AdaptiveCard:
    """What the check-in turns into once answered (replaced in place)."""
    return _card(
        [
            TextBlock(text=noted_text(capacity, ui), weight="Bolder", wrap=True),
            TextBlock(text=_T[ui]["nudge_thanks"], wrap=True, is_subtle=True),
        ]
    )
