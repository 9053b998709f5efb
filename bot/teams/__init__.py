"""The Microsoft Teams adapter: the same coaching, command, message action and nudge in Teams.

Nothing here imports the Teams SDK at import time. The SDK calls `load_dotenv` when it is
imported and warns about preview features, so `bot.teams.sdk.load_sdk()` imports it lazily,
with both side effects contained, from inside the functions that need it.

    server.py        serve_teams(settings, host=, port=): the /api/messages endpoint + nudges
    app.py           build_teams_app(settings, store, clock=, token=, ...): the SDK App, wired
    handlers.py      the activity handlers (message, card action, message action, install)
    service.py       identity, profile, usage counts and coaching for one Teams user
    cards.py         every Adaptive Card calm shows in Teams
    card_state.py    the state a card action carries (verb, options, the client text)
    text.py          HTML/mention stripping and "calm <message>" parsing
    nudge_sender.py  the Teams NudgeSender for the shared scheduler
    package.py       the app package (manifest + icons) for `calm teams-package`
    sdk.py           the lazy, side-effect-free SDK import and the SDK log privacy filter
"""
