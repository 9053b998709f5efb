"""Persistence adapter (SQLAlchemy). Holds settings, capacity, counts; never message text."""

from bot.store.store import WEEKDAYS, Store, UserKey, UserSettings, make_engine

__all__ = ["WEEKDAYS", "Store", "UserKey", "UserSettings", "make_engine"]
