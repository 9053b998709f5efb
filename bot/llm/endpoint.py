"""Where the OpenAI-compatible Chat Completions endpoint is, and how to authenticate to it.

calm speaks one protocol, `POST {LLM_BASE_URL}/chat/completions`, which every common server
offers. Set three variables (`LLM_API_KEY` only where the server wants one):

- OpenAI: `LLM_BASE_URL=https://api.openai.com/v1`, `LLM_MODEL=gpt-4o-mini` (for example),
  `LLM_API_KEY=sk-…` (sent as `Authorization: Bearer …`).
- Azure OpenAI (deployment URL):
  `LLM_BASE_URL=https://RESOURCE.openai.azure.com/openai/deployments/DEPLOYMENT?api-version=2024-10-21`,
  `LLM_MODEL=DEPLOYMENT`, `LLM_API_KEY=` the resource key (sent as `api-key: …`).
- Azure OpenAI (v1 API): `LLM_BASE_URL=https://RESOURCE.openai.azure.com/openai/v1`, as above.
- Ollama: `LLM_BASE_URL=http://localhost:11434/v1`, `LLM_MODEL=llama3.1:8b` (for example), no key.
- vLLM: `LLM_BASE_URL=http://localhost:8000/v1`, `LLM_MODEL=` the served model name; a key only
  if the server was started with `--api-key`.
- LM Studio: `LLM_BASE_URL=http://localhost:1234/v1`, `LLM_MODEL=` the loaded model's id.
- llama.cpp `llama-server`: `LLM_BASE_URL=http://localhost:8080/v1`, any `LLM_MODEL`; a key only
  if started with `--api-key`.

Azure style is recognised by a host ending in `.azure.com` or an `api-version` query parameter:
the key then goes into the `api-key` header, and a deployment URL without `api-version` gets
`DEFAULT_AZURE_API_VERSION`. Query parameters of the base URL are kept on every request.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

DEFAULT_AZURE_API_VERSION = "2024-10-21"


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A configured Chat Completions endpoint. `repr` never shows the key."""

    base_url: str
    model: str
    api_key: str | None = None

    def __repr__(self) -> str:
        return f"Endpoint(base_url={self.base_url!r}, model={self.model!r})"

    @property
    def is_local(self) -> bool:
        """On this machine or the local network (Ollama, LM Studio, llama.cpp on a laptop)."""
        host = httpx.URL(self.base_url).host.lower()
        return (
            host in ("localhost", "127.0.0.1", "::1", "0.0.0.0", "host.docker.internal")
            or host.startswith("127.")
            or host.endswith((".local", ".localhost", ".lan"))
        )

    @property
    def is_azure(self) -> bool:
        url = httpx.URL(self.base_url)
        return url.host.endswith(".azure.com") or "api-version" in url.params

    @property
    def url(self) -> httpx.URL:
        """The full chat-completions URL, base path kept, base query parameters kept."""
        base = httpx.URL(self.base_url)
        path = base.path.rstrip("/")
        if not path.endswith("/chat/completions"):
            path += "/chat/completions"
        params = dict(base.params)
        if self.is_azure and "api-version" not in params and "/openai/v1" not in path:
            params["api-version"] = DEFAULT_AZURE_API_VERSION
        return base.copy_with(path=path, params=params)

    def headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            if self.is_azure:
                headers["api-key"] = self.api_key
            else:
                headers["Authorization"] = f"Bearer {self.api_key}"
        return headers
