"""The Teams activity handlers: the 1:1 chat command, card buttons, the "Suggest reply" message
action and installation. Thin: read the activity, call the service, render a card.

How a button updates a card:
- Chat cards use `Action.Execute`. Teams sends an `adaptiveCard/action` invoke and shows the
  card in the invoke response in place of the old one: the card is updated in place, with no
  new message and no outbound call.
- A card button that arrives as a `message` with `value` instead (`Action.Submit`, e.g. from
  an older card or client) updates the original message with a PUT to
  `/v3/conversations/{id}/activities/{replyToId}`; only if that fails is the new card sent as a
  new message.
- In the message-action dialog every button is `Action.Submit` (a dialog requires it); an
  adjust button answers with the re-coached dialog, "Insert" closes it and puts the draft card
  into the compose box.

Every handler ends in a friendly answer: bad input gets an explanation, an unexpected fault a
short apology; the client text never reaches a log line or an exception message.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import structlog
from microsoft_teams.api import (
    AdaptiveCardActionCardResponse,
    AdaptiveCardActionMessageResponse,
    AdaptiveCardAttachment,
    CardTaskModuleTaskInfo,
    MessageActivityInput,
    MessagingExtensionActionInvokeResponse,
    MessagingExtensionAttachment,
    MessagingExtensionAttachmentLayout,
    MessagingExtensionResult,
    MessagingExtensionResultType,
    TaskModuleContinueResponse,
    TaskModuleMessageResponse,
    card_attachment,
)
from microsoft_teams.cards import AdaptiveCard

from bot.coach.model import Capacity, Language
from bot.nudge.commands import handle_capacity_command, handle_nudge_command
from bot.store import UserKey
from bot.teams import cards
from bot.teams.card_state import (
    ADJUST_VERBS,
    CardDataError,
    UnknownSituationError,
    Verb,
    capacity_from_data,
    chosen_situation,
    is_calm_data,
    state_from_data,
    verb_of,
)
from bot.teams.service import (
    Coached,
    TeamsCoachService,
    TeamsDeps,
    UserFacingError,
    friendly,
    user_key,
)
from bot.teams.text import (
    ChatCommand,
    CommandKind,
    html_to_text,
    message_text,
    parse_command,
)

log = structlog.get_logger(__name__)

SUGGEST_REPLY = "suggestReply"
MESSAGE_ACTION_COMMANDS = frozenset({SUGGEST_REPLY})  # composeExtensions[].commands[].id
DIALOG_TITLE = "calm: Suggest reply"


# --- small helpers -----------------------------------------------------------------------------
def remember_conversation(service: TeamsCoachService, activity: Any) -> None:
    """Store where to reach this user proactively (1:1 chats only) and, once, their time zone."""
    conversation = getattr(activity, "conversation", None)
    if conversation is None or getattr(conversation, "conversation_type", None) != "personal":
        return
    key = user_key(activity)
    service_url = getattr(activity, "service_url", None)
    if service.store.get_conversation_ref(key) != (conversation.id, service_url):
        service.store.save_conversation_ref(key, conversation.id, service_url)
        log.info("teams.conversation_saved")
    tz = client_timezone(activity)
    if tz and not service.store.get_user(key).timezone:
        service.store.update_user(key, timezone=tz)


def client_timezone(activity: Any) -> str | None:
    """The IANA time zone the Teams client reports (`localTimezone` or a clientInfo entity)."""
    candidates = [(getattr(activity, "model_extra", None) or {}).get("localTimezone")]
    for entity in getattr(activity, "entities", None) or []:
        if getattr(entity, "type", None) == "clientInfo":
            candidates.append(getattr(entity, "timezone", None))
    for name in candidates:
        if isinstance(name, str) and name:
            try:
                ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
            return name
    return None


def _has_files(activity: Any) -> bool:
    for attachment in getattr(activity, "attachments", None) or []:
        content_type = getattr(attachment, "content_type", "") or ""
        if not content_type.startswith("text/html"):
            return True
    return False


def _log_failure(event: str, exc: BaseException) -> None:
    # The type name only: exception messages from libraries can quote the input.
    log.error(event, error=type(exc).__name__)


def _coaching_activity(coached: Coached) -> AdaptiveCard:
    return cards.coaching_card(coached.coaching, coached.state, coached.ui, trimmed=coached.trimmed)


# --- 1:1 chat ------------------------------------------------------------------------------------
async def handle_message(ctx: Any, service: TeamsCoachService) -> None:
    """Answer `calm <message>`, a pasted message, `help`, or an `Action.Submit` card button."""
    activity = ctx.activity
    key = user_key(activity)
    try:
        remember_conversation(service, activity)
    except Exception as exc:  # never block coaching on bookkeeping
        _log_failure("teams.conversation_save_failed", exc)
    ui = service.ui_language(key)
    try:
        if is_calm_data(getattr(activity, "value", None)):
            await _handle_submitted_button(ctx, service, key)
            return
        text = message_text(getattr(activity, "text", None))
        if not text and _has_files(activity):
            await ctx.send(cards.notice_card(friendly("file_only", ui), ui))
            return
        command = parse_command(text)
        if command.kind is CommandKind.HELP:
            await ctx.send(cards.help_card(ui))
            return
        if command.kind in (CommandKind.NUDGE, CommandKind.CAPACITY, CommandKind.SETTINGS):
            await ctx.send(settings_answer(service, key, command, activity))
            return
        coached = service.coach_new(key, command.text, surface="chat")
        sent = await ctx.send(_coaching_activity(coached))
        refine_later(ctx, service, key, coached, getattr(sent, "id", None))
    except UserFacingError as exc:
        log.info("teams.input_rejected", surface="chat", code=exc.code)
        await _send_quietly(ctx, cards.notice_card(exc.message, ui))
    except Exception as exc:
        _log_failure("teams.message_failed", exc)
        await _send_quietly(ctx, cards.notice_card(friendly("failed", ui), ui, with_help=False))


async def _send_quietly(ctx: Any, card: AdaptiveCard) -> None:
    """Send an explanation; if even that fails (connector down), log it and stop there."""
    try:
        await ctx.send(card)
    except Exception as exc:
        _log_failure("teams.reply_failed", exc)


SETTINGS_HINT = {
    Language.DE: (
        "In Teams stellst du calm mit kurzen Befehlen ein: **calm nudge on** / **off** / "
        "**08:30 mo-fr** (täglicher Check), **calm kapazität voll** (frei, etwas, voll, "
        "überbucht) für heute. Die Sprache der Karten folgt deiner Teams-Sprache."
    ),
    Language.EN: (
        "In Teams you set calm up with short commands: **calm nudge on** / **off** / "
        "**08:30 mon-fri** (daily check), **calm capacity full** (free, some, full, "
        "overbooked) for today. The cards' language follows your Teams language."
    ),
}


def settings_answer(
    service: TeamsCoachService, key: UserKey, command: ChatCommand, activity: Any
) -> str:
    """Run the shared "nudge"/"capacity" commands; their answers say "/calm", Teams "calm"."""
    now = service.deps.clock()
    language = service.default_language(key).value
    if command.kind is CommandKind.SETTINGS:
        status = handle_nudge_command(service.store, key, "", now, default_language=language)
        log.info("teams.settings_command", command=command.kind.value)
        ui = service.ui_language(key)
        return f"{status}\n\n{SETTINGS_HINT[ui]}".replace("/calm ", "calm ")
    if command.kind is CommandKind.NUDGE:
        answer = handle_nudge_command(
            service.store,
            key,
            command.text,
            now,
            timezone=client_timezone(activity),
            default_language=language,
        )
    else:
        answer = handle_capacity_command(
            service.store, key, command.text, now, default_language=language
        )
    log.info("teams.settings_command", command=command.kind.value)
    return answer.replace("/calm ", "calm ")


def refine_later(
    ctx: Any,
    service: TeamsCoachService,
    key: UserKey,
    coached: Coached | None,
    activity_id: str | None,
) -> None:
    """With an LLM configured: refine in the background and update the card in place (PUT)
    when the refined draft (or the LLM's fault note) arrives. The offline card stays as is
    if anything fails."""
    if coached is None or not activity_id or not service.refinement_wanted(key):
        return

    async def refine_and_update() -> None:
        refined = await service.refine(coached)
        if refined is None:
            return
        try:
            await ctx.send(
                MessageActivityInput(id=activity_id).add_card(_coaching_activity(refined))
            )
            log.info("teams.card_refined", engine=refined.coaching.engine)
        except Exception as exc:
            _log_failure("teams.refined_update_failed", exc)

    service.spawn(refine_and_update())


async def _handle_submitted_button(ctx: Any, service: TeamsCoachService, key: UserKey) -> None:
    card, coached = card_for_button(service, key, ctx.activity.value)
    reply_to = getattr(ctx.activity, "reply_to_id", None)
    if reply_to:
        try:
            await ctx.send(MessageActivityInput(id=reply_to).add_card(card))
            refine_later(ctx, service, key, coached, reply_to)
            return
        except Exception as exc:
            _log_failure("teams.card_update_failed", exc)
    sent = await ctx.send(card)
    refine_later(ctx, service, key, coached, getattr(sent, "id", None))


def adjust(service: TeamsCoachService, key: UserKey, verb: Verb, data: Any, *, surface: str):
    """Coach the card's text again for an adjust verb (softer, …, another situation).

    Returns the coaching and a note for the card's top: a situation choice calm does not know
    (or none made) keeps the card as it was and says so. A real choice counts as a correction.
    Raises `CardDataError` when the card's state or text is gone.
    """
    state = state_from_data(data)
    if verb is Verb.SITUATION:
        try:
            state = state.apply(verb, chosen_situation(data))
        except UnknownSituationError:
            log.info("teams.situation_choice_rejected", surface=surface)
            coached = service.coach_again(key, state, surface=surface)
            return coached, friendly("unknown_situation", coached.ui)
        coached = service.coach_again(key, state, surface=surface)
        service.count_correction(key, coached.coaching)
        return coached, None
    return service.coach_again(key, state.apply(verb), surface=surface), None


def card_for_button(
    service: TeamsCoachService, key: UserKey, data: Any
) -> tuple[AdaptiveCard, Coached | None]:
    """The card that replaces a card after one of calm's buttons was pressed (and the
    coaching on it, when it is a coaching card)."""
    ui = service.ui_language(key)
    try:
        verb = verb_of(data)
        if verb is Verb.CAPACITY:
            capacity, day = capacity_from_data(data)
            return answer_capacity(service, key, capacity, day, ui), None
        if verb in ADJUST_VERBS:
            coached, note = adjust(service, key, verb, data, surface="chat")
            card = cards.coaching_card(coached.coaching, coached.state, coached.ui, note=note)
            return card, coached
        raise CardDataError("verb not for chat cards")
    except CardDataError:
        log.info("teams.card_data_rejected")
        return cards.notice_card(friendly("expired", ui), ui), None
    except UserFacingError as exc:
        return cards.notice_card(exc.message, ui), None


def answer_capacity(
    service: TeamsCoachService, key: UserKey, capacity: Capacity, day: str, ui: Language
) -> AdaptiveCard:
    """Store today's capacity answer so that later coaching uses it."""
    try:
        local_day = dt.date.fromisoformat(day)
    except ValueError:
        local_day = service.local_today(key)
    service.store.set_capacity(key, local_day, capacity)
    log.info("teams.capacity_answered", capacity=capacity.value)
    return cards.nudge_answered_card(capacity, ui)


async def handle_card_action(ctx: Any, service: TeamsCoachService) -> Any:
    """`Action.Execute` (`adaptiveCard/action`): answer with the card that replaces this one."""
    activity = ctx.activity
    key = user_key(activity)
    try:
        action = activity.value.action
        data = dict(action.data or {})
        if action.verb and "verb" not in data:
            data["verb"] = action.verb
        card, coached = card_for_button(service, key, data)
        refine_later(ctx, service, key, coached, getattr(activity, "reply_to_id", None))
        return AdaptiveCardActionCardResponse(value=card)
    except Exception as exc:
        _log_failure("teams.card_action_failed", exc)
        ui = service.ui_language(key)
        return AdaptiveCardActionMessageResponse(value=friendly("failed", ui))


# --- message action "Suggest reply" --------------------------------------------------------------
def _task_card(card: AdaptiveCard) -> MessagingExtensionActionInvokeResponse:
    return MessagingExtensionActionInvokeResponse(
        task=TaskModuleContinueResponse(
            value=CardTaskModuleTaskInfo(
                title=DIALOG_TITLE,
                width="large",
                height="large",
                card=card_attachment(AdaptiveCardAttachment(content=card)),
            )
        )
    )


def _task_message(message: str) -> MessagingExtensionActionInvokeResponse:
    return MessagingExtensionActionInvokeResponse(task=TaskModuleMessageResponse(value=message))


def payload_text(value: Any) -> tuple[str, bool]:
    """The text of the message the action was used on, and whether it carries files."""
    payload = getattr(value, "message_payload", None)
    if payload is None:
        return "", False
    body = getattr(payload, "body", None)
    content = getattr(body, "content", None) or ""
    content_type = (getattr(body, "content_type", None) or "html").lower()
    text = html_to_text(content) if content_type == "html" else message_text(content)
    has_files = bool(getattr(payload, "attachments", None))
    return text, has_files


async def handle_message_action_open(
    ctx: Any, service: TeamsCoachService
) -> MessagingExtensionActionInvokeResponse:
    """`composeExtension/fetchTask`: coach the message and show the dialog."""
    activity = ctx.activity
    key = user_key(activity)
    ui = service.ui_language(key)
    try:
        if activity.value.command_id not in MESSAGE_ACTION_COMMANDS:
            log.info("teams.unknown_message_action")
            return _task_message(friendly("input", ui))
        text, has_files = payload_text(activity.value)
        if not text and has_files:
            return _task_message(friendly("file_only", ui))
        if not text:
            return _task_message(friendly("no_words", ui))
        coached = service.coach_new(key, text, surface="message_action")
        return _task_card(
            cards.dialog_card(coached.coaching, coached.state, coached.ui, trimmed=coached.trimmed)
        )
    except UserFacingError as exc:
        log.info("teams.input_rejected", surface="message_action", code=exc.code)
        return _task_message(exc.message)
    except Exception as exc:
        _log_failure("teams.message_action_failed", exc)
        return _task_message(friendly("failed", ui))


async def handle_message_action_submit(
    ctx: Any, service: TeamsCoachService
) -> MessagingExtensionActionInvokeResponse:
    """`composeExtension/submitAction`: "Insert" puts the (edited) draft into the compose box;
    an adjust button answers with the re-coached dialog."""
    activity = ctx.activity
    key = user_key(activity)
    ui = service.ui_language(key)
    data = activity.value.data if isinstance(activity.value.data, dict) else {}
    try:
        verb = verb_of(data)
        if verb is Verb.INSERT:
            draft = data.get("draft")
            if not isinstance(draft, str) or not draft.strip():
                return _task_message(friendly("empty", ui))
            log.info("teams.draft_inserted", chars=len(draft))
            attachment = card_attachment(AdaptiveCardAttachment(content=cards.draft_card(draft)))
            return MessagingExtensionActionInvokeResponse(
                compose_extension=MessagingExtensionResult(
                    type=MessagingExtensionResultType.RESULT,
                    attachment_layout=MessagingExtensionAttachmentLayout.LIST,
                    attachments=[
                        MessagingExtensionAttachment(
                            content_type=attachment.content_type, content=attachment.content
                        )
                    ],
                )
            )
        if verb in ADJUST_VERBS:
            coached, note = adjust(service, key, verb, data, surface="message_action")
            return _task_card(
                cards.dialog_card(coached.coaching, coached.state, coached.ui, note=note)
            )
        raise CardDataError("verb not for the dialog")
    except CardDataError:
        log.info("teams.card_data_rejected")
        return _task_message(friendly("expired", ui))
    except UserFacingError as exc:
        return _task_message(exc.message)
    except Exception as exc:
        _log_failure("teams.message_action_submit_failed", exc)
        return _task_message(friendly("failed", ui))


# --- installation ------------------------------------------------------------------------------
async def handle_install(ctx: Any, service: TeamsCoachService) -> None:
    """Installed in the personal scope: remember the chat (for nudges) and say hello."""
    try:
        remember_conversation(service, ctx.activity)
    except Exception as exc:
        _log_failure("teams.conversation_save_failed", exc)
    conversation = getattr(ctx.activity, "conversation", None)
    if getattr(conversation, "conversation_type", None) == "personal":
        await ctx.send(cards.help_card(service.ui_language(user_key(ctx.activity))))


def register_handlers(app: Any, deps: TeamsDeps) -> TeamsCoachService:
    """Attach calm's handlers to an SDK `App`; returns the service they share."""
    service = TeamsCoachService(deps)

    async def on_message(ctx: Any) -> None:
        service.remember_locale(ctx.activity)
        await handle_message(ctx, service)

    async def on_card_action(ctx: Any) -> Any:
        service.remember_locale(ctx.activity)
        return await handle_card_action(ctx, service)

    async def on_message_ext_open(ctx: Any) -> Any:
        service.remember_locale(ctx.activity)
        return await handle_message_action_open(ctx, service)

    async def on_message_ext_submit(ctx: Any) -> Any:
        service.remember_locale(ctx.activity)
        return await handle_message_action_submit(ctx, service)

    async def on_install_add(ctx: Any) -> None:
        service.remember_locale(ctx.activity)
        await handle_install(ctx, service)

    app.on_message(on_message)
    app.on_card_action(on_card_action)
    app.on_message_ext_open(on_message_ext_open)
    app.on_message_ext_submit(on_message_ext_submit)
    app.on_install_add(on_install_add)
    app.calm = service  # the handlers' shared service (tests drain its background work)
    return service
