"""Slack adapter (slack-bolt async). Depends on the core; the core never imports this."""
