"""The coaching card and the help card: content, buttons and Block Kit limits."""

from __future__ import annotations

from bot.coach.model import Language, Situation, Tone
from bot.slack import ids
from bot.slack.card_cache import SHORT, CardVariant
from bot.slack.render import CardOptions, card_text, coaching_card, heat_meter, help_card
from tests.slack.blockkit import all_text, assert_blocks_within_limits
from tests.slack.factories import make_coaching


def _buttons(blocks: list[dict]) -> dict[str, dict]:
    return {el["action_id"]: el for b in blocks if b["type"] == "actions" for el in b["elements"]}


class TestCoachingCard:
    def test_shows_situation_heat_draft_boundary_in_order(self) -> None:
        """Situation with secondary and heat first, then the draft, then the boundary."""
        coaching = make_coaching(secondary=(Situation.HARSH_TONE,), heat=80)
        blocks = coaching_card(coaching, CardOptions(token="tok", ui=Language.DE))
        assert_blocks_within_limits(blocks)
        text = all_text(blocks)
        assert text.index("Mehr Arbeit als vereinbart") < text.index("Harter Ton")
        assert "🔴🔴🔴🔴 heiß" in text
        draft_at = next(i for i, b in enumerate(blocks) if b["type"] == "rich_text")
        boundary_at = next(i for i, b in enumerate(blocks) if "Deine Grenze" in all_text(b))
        assert 0 < draft_at < boundary_at
        pre = blocks[draft_at]["elements"][0]
        assert pre["type"] == "rich_text_preformatted"
        assert pre["elements"][0]["text"] == coaching.draft

    def test_buttons_carry_the_current_state(self) -> None:
        """Every variant button carries token, tone, length and reply language; a short card
        offers "Longer" but not "Shorter"."""
        coaching = make_coaching(tone=Tone.WARM, short=True, language=Language.EN)
        blocks = coaching_card(coaching, CardOptions(token="abc", ui=Language.EN))
        buttons = _buttons(blocks)
        assert set(buttons) == set(ids.VARIANT_ACTIONS) - {ids.ACTION_SHORTER}
        state = CardVariant.from_value(buttons[ids.ACTION_SOFTER]["value"])
        assert state == CardVariant("abc", "warm", SHORT, "en")
        assert buttons[ids.ACTION_LANGUAGE]["text"]["text"] == "In German"
        assert buttons[ids.ACTION_LONGER]["text"]["text"] == "Longer"

    def test_an_unsure_headline_does_not_name_the_runner_up_twice(self) -> None:
        """"— or is it about scope?" already names it: no "(also: Scope creep)" after it."""
        coaching = make_coaching(
            situation=Situation.PRICE_PUSHBACK,
            confidence=0.4,
            alternatives=((Situation.SCOPE_CREEP, 0.35),),
            secondary=(Situation.SCOPE_CREEP, Situation.HARSH_TONE),
        )
        head = coaching_card(coaching, CardOptions(token="t", ui=Language.EN))[0]["text"]["text"]
        assert head.count("cope") == 1, head
        assert "Harsh tone" in head

    def test_unsure_card_names_the_runner_up_first(self) -> None:
        """Below the confidence bar the first line asks: "Price pushback — or is it about
        scope?"; the select lists the runner-ups first."""
        coaching = make_coaching(
            situation=Situation.PRICE_PUSHBACK,
            confidence=0.4,
            alternatives=((Situation.SCOPE_CREEP, 0.35), (Situation.PAYMENT_ISSUE, 0.1)),
        )
        blocks = coaching_card(coaching, CardOptions(token="t", ui=Language.EN))
        assert_blocks_within_limits(blocks)
        first = blocks[0]
        assert first["text"]["text"].startswith("*Price pushback — or is it about scope?*")
        options = first["accessory"]["options"]
        assert [o["text"]["text"] for o in options[:2]] == ["Scope creep", "Payment issue"]
        assert "Price pushback" not in [o["text"]["text"] for o in options]
        assert len(options) == len(Situation) - 1
        german = coaching_card(coaching, CardOptions(token="t", ui=Language.DE))
        assert german[0]["text"]["text"].startswith(
            "*Preisdiskussion – oder geht es eher um den Umfang?*"
        )
        assert german[0]["accessory"]["placeholder"]["text"] == "Nicht ganz richtig? → …"

    def test_sure_card_names_one_situation(self) -> None:
        """Above the bar the card names the situation alone."""
        coaching = make_coaching(
            confidence=0.9, alternatives=((Situation.PRICE_PUSHBACK, 0.05),)
        )
        blocks = coaching_card(coaching, CardOptions(token="t", ui=Language.EN))
        assert blocks[0]["text"]["text"].startswith("*Scope creep*\n")
        assert "or is it" not in all_text(blocks)

    def test_optional_buttons(self) -> None:
        """Edit & post and the nudge offer appear only when asked for."""
        coaching = make_coaching()
        plain = _buttons(coaching_card(coaching, CardOptions(token="t", ui=Language.DE)))
        assert ids.ACTION_EDIT_POST not in plain and ids.ACTION_NUDGE_OPT_IN not in plain
        full = coaching_card(
            coaching, CardOptions(token="t", ui=Language.DE, offer_post=True, offer_nudge=True)
        )
        assert_blocks_within_limits(full)
        assert {ids.ACTION_EDIT_POST, ids.ACTION_NUDGE_OPT_IN} <= set(_buttons(full))

    def test_huge_texts_are_cut_with_a_note(self) -> None:
        """A 40,000-character draft, boundary and notes still make a valid card, with a note."""
        huge = ("Sehr geehrte Frau Berger, " * 1600)[:40_000]
        coaching = make_coaching(draft=huge, boundary=huge, notes=(huge,) * 20)
        blocks = coaching_card(
            coaching, CardOptions(token="t", ui=Language.DE, status=huge, offer_nudge=True)
        )
        assert_blocks_within_limits(blocks)
        assert "zu lang" in all_text(blocks)

    def test_mrkdwn_is_escaped_in_boundary(self) -> None:
        """Angle brackets from the engine cannot become Slack mentions or links."""
        coaching = make_coaching(boundary="<!channel> & <https://x.example|y>")
        text = all_text(coaching_card(coaching, CardOptions(token="t", ui=Language.EN)))
        assert "<!channel>" not in text and "&lt;!channel&gt; &amp;" in text

    def test_fallback_text_has_no_draft(self) -> None:
        """The notification text names the situation only."""
        coaching = make_coaching(draft="Geheimer Entwurf")
        assert "Geheimer" not in card_text(coaching, Language.DE)


def test_heat_meter_levels() -> None:
    """Heat shows one to four dots with a word."""
    assert heat_meter(0, Language.EN) == "🟢⚪⚪⚪ calm"
    assert heat_meter(55, Language.EN) == "🟠🟠🟠⚪ heated"
    assert heat_meter(100, Language.DE) == "🔴🔴🔴🔴 heiß"


def test_help_card_mentions_subcommands() -> None:
    """The help card has an example and names nudge and capacity."""
    for ui in Language:
        blocks = help_card(ui)
        assert_blocks_within_limits(blocks)
        text = all_text(blocks)
        assert "/calm nudge" in text and "/calm capacity" in text and "/calm " in text
