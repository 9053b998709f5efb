""" "Edit & post": offered with a user token to its owner, modal with the draft, post as user."""

from __future__ import annotations

import json

from bot.slack import ids
from bot.slack.post_modal import DRAFT_ACTION, DRAFT_BLOCK
from tests.slack.blockkit import assert_view_within_limits
from tests.slack.test_calm_command import actions
from tests.slack.test_suggest_reply import CLIENT_TEXT, run_shortcut
from tests.support.fixtures import USER_TOKEN, SlackHarness
from tests.support.signing import CHANNEL_ID, block_actions, view_submission

THREAD = "1700000100.000200"
MESSAGE = {"ts": "1700000300.000400", "thread_ts": THREAD, "text": CLIENT_TEXT}


async def shortcut_card(h: SlackHarness) -> list[dict]:
    await run_shortcut(h, MESSAGE)
    return h.fake.calls("chat.postEphemeral")[-1].body["blocks"]


async def open_modal(h: SlackHarness) -> dict:
    card = await shortcut_card(h)
    value = actions(card)[ids.ACTION_EDIT_POST]["value"]
    resp = await h.interact(block_actions(ids.ACTION_EDIT_POST, value, trigger_id="trig-1"))
    assert resp.status == 200
    await h.settle()
    [opened] = h.fake.calls("views.open")
    assert opened.body["trigger_id"] == "trig-1"
    return opened.body["view"]


async def test_not_offered_without_user_token(slack_harness: SlackHarness) -> None:
    """Without SLACK_USER_TOKEN the card has no Edit & post button."""
    card = await shortcut_card(slack_harness)
    assert ids.ACTION_EDIT_POST not in actions(card)


async def test_not_offered_to_other_users(make_slack_harness) -> None:
    """The token belongs to the installer; nobody else is offered to post as them."""
    h = await make_slack_harness(user_token=USER_TOKEN)
    h.fake.user_token_owner = "U0INSTALLER"
    card = await shortcut_card(h)
    assert ids.ACTION_EDIT_POST not in actions(card)


async def test_modal_has_draft_review_and_no_client_text(make_slack_harness) -> None:
    """The modal holds the editable draft; private_metadata holds only channel and thread."""
    h = await make_slack_harness(user_token=USER_TOKEN)
    view = await open_modal(h)
    assert_view_within_limits(view)
    assert view["callback_id"] == ids.VIEW_POST_IN_THREAD
    draft_input = next(b for b in view["blocks"] if b.get("block_id") == DRAFT_BLOCK)
    assert draft_input["element"]["multiline"] is True
    assert draft_input["element"]["initial_value"].strip()
    meta = json.loads(view["private_metadata"])
    assert meta == {"c": CHANNEL_ID, "t": THREAD}
    # the client's words are not in the modal (a playbook may say "Korrekturrunden" itself)
    assert "gefällt uns immer noch nicht" not in json.dumps(view, ensure_ascii=False)


async def test_submit_posts_into_the_thread_as_the_user(make_slack_harness) -> None:
    """Submitting posts the edited text with the user token into the thread, modal closes."""
    h = await make_slack_harness(user_token=USER_TOKEN)
    view = await open_modal(h)
    edited = "Guten Morgen, danke für Ihr Feedback. Ich schlage eine gebündelte Runde vor."
    payload = view_submission(
        ids.VIEW_POST_IN_THREAD,
        {DRAFT_BLOCK: {DRAFT_ACTION: {"type": "plain_text_input", "value": edited}}},
        private_metadata=view["private_metadata"],
    )
    resp = await h.interact(payload)
    assert resp.status == 200
    assert (await resp.text()) == ""  # an empty ack closes the modal
    [post] = h.fake.calls("chat.postMessage")
    assert post.token == USER_TOKEN
    assert post.body["channel"] == CHANNEL_ID
    assert post.body["thread_ts"] == THREAD
    assert post.body["text"] == edited


async def test_submit_errors_are_shown_in_the_modal(make_slack_harness) -> None:
    """An empty text or a refused post comes back as a field error, nothing is lost."""
    h = await make_slack_harness(user_token=USER_TOKEN)
    view = await open_modal(h)

    def submission(text: str) -> dict:
        return view_submission(
            ids.VIEW_POST_IN_THREAD,
            {DRAFT_BLOCK: {DRAFT_ACTION: {"type": "plain_text_input", "value": text}}},
            private_metadata=view["private_metadata"],
        )

    empty = await (await h.interact(submission("  "))).json()
    assert empty["response_action"] == "errors" and DRAFT_BLOCK in empty["errors"]
    h.fake.script("chat.postMessage", body={"ok": False, "error": "not_in_channel"})
    refused = await (await h.interact(submission("Hallo"))).json()
    assert refused["response_action"] == "errors"
    assert "not_in_channel" in refused["errors"][DRAFT_BLOCK]


async def test_modal_offers_the_refined_draft_the_card_showed(make_slack_harness) -> None:
    """After AI refinement, Edit & post on the refined card starts from the refined draft."""
    from tests.slack.test_refinement import REFINED_DRAFT, FakeRefiner

    h = await make_slack_harness(user_token=USER_TOKEN, refiner=FakeRefiner())
    await run_shortcut(h, MESSAGE)
    offline, refined = h.fake.calls("chat.postEphemeral")
    assert refined.body["thread_ts"] == THREAD
    value = actions(refined.body["blocks"])[ids.ACTION_EDIT_POST]["value"]
    await h.interact(block_actions(ids.ACTION_EDIT_POST, value))
    await h.settle()
    view = h.fake.calls("views.open")[-1].body["view"]
    draft_input = next(b for b in view["blocks"] if b.get("block_id") == DRAFT_BLOCK)
    assert draft_input["element"]["initial_value"] == REFINED_DRAFT
    assert "⏳" in json.dumps(offline.body["blocks"], ensure_ascii=False)
