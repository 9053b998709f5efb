"""A card's client text for its buttons, sealed: the database holds ciphertext, the card the key.

A button ("Softer", "Longer", "not quite right? → …") must coach the same client message
again, on whichever replica gets the click, after restarts and deploys, for at least a day; yet
calm keeps no readable client text anywhere. So each card gets a random id and a random 256-bit
key. The text (with where the card may post) is encrypted with AES-GCM, bound to the card's
owner, and stored under the id; the id and the key travel only in the card's button values
(`CardRef.token`, 60 characters, so it fits Slack's 150-character option values and keeps a
Teams card small whatever the message's length or script).

- The database alone cannot be read: it never sees the key.
- A button value alone holds no text: the ciphertext stays in the database.
- Another user clicking the same value gets nothing (the owner is authenticated data).
- Rows expire after `KEEP` and are deleted as new cards are written.

The key is derived from nothing and logged nowhere; the token is a secret like the text itself,
so it must not reach a log line either.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from bot.store.store import Store

KEEP = dt.timedelta(hours=48)  # buttons work for at least 24 h; two days covers "yesterday's card"
PURGE_EVERY = dt.timedelta(minutes=10)
_ID_BYTES, _KEY_BYTES, _NONCE_BYTES = 12, 32, 12
_ID_CHARS, _KEY_CHARS = 16, 43  # unpadded base64url of the above
_VERSION = b"\x01"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True, slots=True)
class CardRef:
    """Where a card's sealed text is (`card_id`) and the key that opens it."""

    card_id: str
    key: bytes

    @property
    def token(self) -> str:
        return f"{self.card_id}.{_b64(self.key)}"

    @classmethod
    def new(cls) -> CardRef:
        return cls(_b64(secrets.token_bytes(_ID_BYTES)), secrets.token_bytes(_KEY_BYTES))

    @classmethod
    def parse(cls, token: str) -> CardRef | None:
        """The ref in a button's token; None for anything calm did not make."""
        card_id, dot, key = (token or "").partition(".")
        if not dot or len(card_id) != _ID_CHARS or len(key) != _KEY_CHARS:
            return None
        try:
            raw_key = _unb64(key)
            if len(_unb64(card_id)) != _ID_BYTES or len(raw_key) != _KEY_BYTES:
                return None
        except (binascii.Error, ValueError):
            return None
        return cls(card_id, raw_key)


@dataclass(frozen=True, slots=True)
class Sealed:
    """One encrypted record, ready to be written (`CardTexts.save`)."""

    row_id: str
    blob: bytes
    expires_at: dt.datetime


class CardTexts:
    """Seals card texts into the store and opens them again with the card's key."""

    def __init__(
        self,
        store: Store,
        *,
        keep: dt.timedelta = KEEP,
        clock: Callable[[], dt.datetime] = _utc_now,
    ) -> None:
        self.store = store
        self.keep = keep
        self._clock = clock
        self._next_purge: dt.datetime | None = None
        self._purge_lock = threading.Lock()

    # --- writing -----------------------------------------------------------------------
    def seal(self, payload: dict[str, Any], *, owner: str) -> tuple[CardRef, Sealed]:
        """Encrypt `payload` (JSON-able) for a new card; no database work (see `save`)."""
        ref = CardRef.new()
        return ref, self._seal(ref, ref.card_id, payload, owner)

    def seal_extra(self, ref: CardRef, name: str, payload: dict[str, Any], *, owner: str) -> Sealed:
        """Encrypt another record for the same card (e.g. the refined draft of one variant)."""
        return self._seal(ref, self._extra_id(ref, name), payload, owner)

    def save(self, sealed: Sealed, *, replace: bool = False) -> None:
        """Write a sealed record (blocking database work); expired rows are purged now and
        then on the way. `replace` overwrites an extra record written before."""
        self.store.put_sealed(sealed.row_id, sealed.blob, sealed.expires_at, replace=replace)
        self._maybe_purge()

    def save_many(self, records: list[Sealed]) -> None:
        """Write new sealed records in one transaction (blocking)."""
        if records:
            self.store.put_sealed_many([(r.row_id, r.blob, r.expires_at) for r in records])
            self._maybe_purge()

    # --- reading -----------------------------------------------------------------------
    def open(self, ref: CardRef, *, owner: str) -> dict[str, Any] | None:
        """The payload of the card, for its owner; None when gone, expired or not theirs."""
        return self._open(ref, ref.card_id, owner)

    def open_extra(self, ref: CardRef, name: str, *, owner: str) -> dict[str, Any] | None:
        return self._open(ref, self._extra_id(ref, name), owner)

    # --- internals ---------------------------------------------------------------------
    @staticmethod
    def _extra_id(ref: CardRef, name: str) -> str:
        digest = hashlib.sha256(ref.key + name.encode("utf-8")).digest()[:9]
        return f"{ref.card_id}~{_b64(digest)}"

    @staticmethod
    def _aad(row_id: str, owner: str) -> bytes:
        return f"calm-card|{row_id}|{owner}".encode()

    def _seal(self, ref: CardRef, row_id: str, payload: dict[str, Any], owner: str) -> Sealed:
        nonce = secrets.token_bytes(_NONCE_BYTES)
        plain = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        blob = _VERSION + nonce + AESGCM(ref.key).encrypt(nonce, plain, self._aad(row_id, owner))
        return Sealed(row_id, blob, self._clock() + self.keep)

    def open_sealed(self, ref: CardRef, sealed: Sealed, *, owner: str) -> dict[str, Any] | None:
        """The payload of a record not written yet (`seal` gave it), for its owner."""
        if sealed.row_id != ref.card_id or sealed.expires_at <= self._clock():
            return None
        return self._decrypt(ref, sealed.row_id, sealed.blob, owner)

    def _open(self, ref: CardRef, row_id: str, owner: str) -> dict[str, Any] | None:
        blob = self.store.get_sealed(row_id, self._clock())
        return None if blob is None else self._decrypt(ref, row_id, blob, owner)

    def _decrypt(self, ref: CardRef, row_id: str, blob: bytes, owner: str) -> dict[str, Any] | None:
        if blob[:1] != _VERSION:
            return None
        nonce, body = blob[1 : 1 + _NONCE_BYTES], blob[1 + _NONCE_BYTES :]
        try:
            plain = AESGCM(ref.key).decrypt(nonce, body, self._aad(row_id, owner))
        except InvalidTag:
            return None
        value = json.loads(plain.decode("utf-8"))
        return value if isinstance(value, dict) else None

    def _maybe_purge(self) -> None:
        now = self._clock()
        with self._purge_lock:
            if self._next_purge is not None and now < self._next_purge:
                return
            self._next_purge = now + PURGE_EVERY
        self.store.purge_sealed(now)
