"""The Chat Completions client against a real loopback server: protocol, auth, faults."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest

from bot.llm.client import ChatClient, parse_retry_after
from bot.llm.endpoint import Endpoint
from bot.llm.errors import (
    LLMAuthError,
    LLMBadResponse,
    LLMRateLimited,
    LLMServerError,
    LLMTimeout,
    LLMUnavailable,
)
from tests.support.fake_llm import FakeLLM

MESSAGES = ({"role": "system", "content": "be calm"}, {"role": "user", "content": "hello"})
ANSWER = "Thanks for your message. I will send the revised file by Thursday noon."


def client_for(server: FakeLLM, *, key: str | None = "sk-test", timeout: float = 2.0) -> ChatClient:
    return ChatClient(Endpoint(server.base_url, "fake-model", key), timeout=timeout)


class TestProtocol:
    @pytest.mark.parametrize("stream", [False, True])
    async def test_answer_text_json_and_streaming(self, fake_llm: FakeLLM, stream: bool) -> None:
        """The draft arrives whole, as one JSON answer or assembled from SSE events."""
        fake_llm.answer(ANSWER)
        client = client_for(fake_llm)
        try:
            completion = await client.complete(MESSAGES, stream=stream)
        finally:
            await client.aclose()
        assert completion.text == ANSWER
        assert completion.streamed is stream
        [request] = fake_llm.requests
        assert request.path == "/v1/chat/completions"
        assert request.body["model"] == "fake-model"
        assert request.body["messages"] == [dict(m) for m in MESSAGES]
        assert request.body["stream"] is stream
        assert request.headers["authorization"] == "Bearer sk-test"

    async def test_no_key_no_authorization_header(self, fake_llm: FakeLLM) -> None:
        """Local servers (Ollama, LM Studio) get no Authorization header at all."""
        client = client_for(fake_llm, key=None)
        await client.complete(MESSAGES)
        await client.aclose()
        assert "authorization" not in fake_llm.requests[0].headers

    async def test_injected_http_client_is_used_and_not_closed(self, fake_llm: FakeLLM) -> None:
        """An injected httpx.AsyncClient carries the request and stays open afterwards."""
        async with httpx.AsyncClient(headers={"X-Trace": "t1"}) as http:
            client = ChatClient(Endpoint(fake_llm.base_url, "m"), http=http)
            await client.complete(MESSAGES)
            await client.aclose()
            assert not http.is_closed
        assert fake_llm.requests[0].headers["x-trace"] == "t1"

    def test_azure_style_endpoint(self) -> None:
        """Azure: the key goes into `api-key` and the api-version query parameter is kept."""
        endpoint = Endpoint(
            "https://res.openai.azure.com/openai/deployments/calm?api-version=2024-06-01",
            "calm",
            "azure-key",
        )
        assert str(endpoint.url) == (
            "https://res.openai.azure.com/openai/deployments/calm/chat/completions"
            "?api-version=2024-06-01"
        )
        assert endpoint.headers()["api-key"] == "azure-key"
        assert "Authorization" not in endpoint.headers()
        bare = Endpoint("https://res.openai.azure.com/openai/deployments/calm", "calm")
        assert "api-version=" in str(bare.url)

    def test_key_is_not_in_repr(self) -> None:
        """An endpoint printed in a log or traceback does not show the key."""
        assert "sk-secret" not in repr(Endpoint("http://127.0.0.1:1/v1", "m", "sk-secret"))


class TestFaults:
    @pytest.mark.parametrize("stream", [False, True])
    @pytest.mark.parametrize(
        ("kind", "error"),
        [
            ("error", LLMServerError),
            ("unauthorized", LLMAuthError),
            ("rate_limited", LLMRateLimited),
            ("garbage", LLMBadResponse),
            ("empty", LLMBadResponse),
            ("truncate", (LLMBadResponse, LLMUnavailable)),
        ],
    )
    async def test_each_fault_is_one_llm_error(
        self, fake_llm: FakeLLM, kind: str, error: type[Exception], stream: bool
    ) -> None:
        """Every misbehaviour of the server becomes the matching LLMError, nothing else."""
        fake_llm.behave(kind, draft=ANSWER, retry_after=30)
        client = client_for(fake_llm)
        with pytest.raises(error):
            await client.complete(MESSAGES, stream=stream)
        await client.aclose()

    async def test_truncated_stream_is_bad_response(self, fake_llm: FakeLLM) -> None:
        """A stream that stops half-way (no finish reason, no [DONE]) is not a draft."""
        fake_llm.behave("truncate", draft=ANSWER)
        client = client_for(fake_llm)
        with pytest.raises(LLMBadResponse):
            await client.complete(MESSAGES, stream=True)
        await client.aclose()

    async def test_rate_limit_carries_retry_after(self, fake_llm: FakeLLM) -> None:
        """A 429 tells how long the server wants us to wait."""
        fake_llm.behave("rate_limited", retry_after=120)
        client = client_for(fake_llm)
        with pytest.raises(LLMRateLimited) as caught:
            await client.complete(MESSAGES)
        await client.aclose()
        assert caught.value.retry_after == 120

    async def test_slow_server_times_out(self, fake_llm: FakeLLM) -> None:
        """A server slower than the timeout gives LLMTimeout."""
        fake_llm.behave("slow", delay=1.0)
        client = client_for(fake_llm, timeout=0.2)
        with pytest.raises(LLMTimeout):
            await client.complete(MESSAGES)
        await client.aclose()

    async def test_connection_refused(self) -> None:
        """Nobody listening on the port gives LLMUnavailable."""
        server = FakeLLM().start()
        url = server.base_url
        server.stop()
        client = ChatClient(Endpoint(url, "m"), timeout=1.0)
        with pytest.raises(LLMUnavailable):
            await client.complete(MESSAGES)
        await client.aclose()

    async def test_errors_carry_no_content(self, fake_llm: FakeLLM) -> None:
        """The error message names the fault, never the request or the response body."""
        fake_llm.behave("error")
        client = client_for(fake_llm)
        with pytest.raises(LLMServerError) as caught:
            await client.complete([{"role": "user", "content": "secret client words"}])
        await client.aclose()
        assert "secret" not in str(caught.value)
        assert "internal error" not in str(caught.value)


class TestRetryAfter:
    def test_seconds_and_http_dates(self) -> None:
        """Retry-After as seconds or as an HTTP date; nonsense is ignored; capped at an hour."""
        now = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC)
        assert parse_retry_after("90") == 90
        assert parse_retry_after("Sun, 22 Nov 2026 12:02:00 GMT", now=now) == 120
        assert parse_retry_after("soon") is None
        assert parse_retry_after(None) is None
        assert parse_retry_after("999999") == 3600
