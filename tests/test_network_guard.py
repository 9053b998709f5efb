"""The suite-wide guard really blocks non-loopback traffic and lets loopback through."""

from __future__ import annotations

import socket

import pytest

from tests.conftest import NonLoopbackAccess


class TestLoopbackGuard:
    def test_public_address_is_refused(self) -> None:
        """Connecting to a public address fails before any packet leaves."""
        with socket.socket() as s, pytest.raises(NonLoopbackAccess):
            s.connect(("192.0.2.10", 443))

    def test_public_name_lookup_is_refused(self) -> None:
        """Resolving a public host name fails instead of asking DNS."""
        with pytest.raises(NonLoopbackAccess):
            socket.getaddrinfo("login.botframework.com", 443)

    def test_loopback_connect_is_allowed(self) -> None:
        """A server on 127.0.0.1 is reachable."""
        with socket.socket() as server:
            server.bind(("127.0.0.1", 0))
            server.listen(1)
            with socket.create_connection(server.getsockname(), timeout=2):
                pass
