"""Fixtures for the Slack app tests (shared ones live in tests/support/fixtures.py)."""

from tests.support.fixtures import *  # noqa: F403
