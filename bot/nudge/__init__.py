"""The daily capacity nudge, platform-neutral: scheduling math, scheduler, content, commands.

Adapters (Slack, Teams) implement `NudgeSender` (`bot/nudge/sending.py`), render
`NudgeContent` (`bot/nudge/content.py`) and run a `NudgeScheduler` (`bot/nudge/scheduler.py`).
"""
