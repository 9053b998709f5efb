"""Slack's install flow: one calm for any number of workspaces ("Add to Slack").

With SLACK_CLIENT_ID and SLACK_CLIENT_SECRET set, calm serves `GET /slack/install` (the "Add to
Slack" page) and `GET /slack/oauth_redirect` (Slack sends the installer back here; Bolt calls
`oauth.v2.access` and stores the workspace's bot token). slack-sdk's SQLAlchemy installation
and OAuth state stores keep both on calm's own database (tables `slack_installations`,
`slack_bots`, `slack_oauth_states`), so every replica sees every installation and every state.

Every request is then authorised with the token of the workspace it comes from (Bolt's
installation-store authorize: the `client` a listener receives carries that token), and the
nudge scheduler sends each user's check-in with their own workspace's token
(`InstalledWorkspacesSender`). Enterprise Grid workspaces are installed per workspace (the
manifest keeps `org_deploy_enabled` off); their enterprise id is stored with the installation
and carried into every lookup.

`app_uninstalled` and `tokens_revoked` delete the workspace's tokens (Bolt's revocation
handlers on the same store): its users are no longer picked by the scheduler (so no message is
attempted with a dead token and nobody's check-ins are switched off), and the other workspaces
carry on. Users' settings stay, so a reinstall resumes where they were.

slack-sdk's stores are synchronous; Bolt's async app needs async ones, so the calls run in a
worker thread (`to_thread`) and the event loop keeps acknowledging requests.
"""

from __future__ import annotations

import asyncio
import html
import logging
from typing import Any

import structlog
from slack_bolt.async_app import AsyncApp
from slack_bolt.authorization.async_authorize import AsyncInstallationStoreAuthorize
from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.listener.async_builtins import AsyncTokenRevocationListeners
from slack_bolt.oauth.async_oauth_flow import AsyncOAuthFlow
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.oauth.installation_store import Bot, Installation
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.async_state_store import AsyncOAuthStateStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy import desc, select

from bot.config import Settings
from bot.store import Store

log = structlog.get_logger(__name__)

INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
# The bot scopes of deploy/slack/manifest.json (tests/slack/test_manifest.py keeps them equal).
BOT_SCOPES = ("commands", "chat:write", "im:write", "im:history", "users:read")
STATE_EXPIRATION_SECONDS = 600


class Installations(AsyncInstallationStore):
    """slack-sdk's SQLAlchemy installation store on calm's engine, made async for Bolt."""

    def __init__(self, client_id: str, store: Store) -> None:
        self.sync = SQLAlchemyInstallationStore(
            client_id=client_id, engine=store.engine, logger=logging.getLogger(__name__)
        )

    @property
    def logger(self) -> logging.Logger:
        return self.sync.logger

    async def async_save(self, installation: Installation) -> None:
        await asyncio.to_thread(self.sync.save, installation)
        log.info(
            "slack.installed",
            team=installation.team_id,
            enterprise=installation.enterprise_id,
        )

    async def async_save_bot(self, bot: Bot) -> None:
        await asyncio.to_thread(self.sync.save_bot, bot)

    async def async_find_bot(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        is_enterprise_install: bool | None = False,
    ) -> Bot | None:
        return await asyncio.to_thread(
            lambda: self.sync.find_bot(
                enterprise_id=enterprise_id,
                team_id=team_id,
                is_enterprise_install=is_enterprise_install,
            )
        )

    async def async_find_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
        is_enterprise_install: bool | None = False,
    ) -> Installation | None:
        return await asyncio.to_thread(
            lambda: self.sync.find_installation(
                enterprise_id=enterprise_id,
                team_id=team_id,
                user_id=user_id,
                is_enterprise_install=is_enterprise_install,
            )
        )

    async def async_delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        await asyncio.to_thread(
            lambda: self.sync.delete_bot(enterprise_id=enterprise_id, team_id=team_id)
        )

    async def async_delete_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
    ) -> None:
        await asyncio.to_thread(
            lambda: self.sync.delete_installation(
                enterprise_id=enterprise_id, team_id=team_id, user_id=user_id
            )
        )

    # --- what the nudge scheduler needs -------------------------------------------------------
    def installed_teams(self) -> list[str]:
        """Ids of the workspaces that have a bot token now (sync; the scheduler's thread)."""
        bots = self.sync.bots
        query = (
            select(bots.c.team_id)
            .where(
                bots.c.client_id == self.sync.client_id,
                bots.c.team_id.is_not(None),
                bots.c.bot_token.is_not(None),
            )
            .distinct()
        )
        with self.sync.engine.connect() as conn:
            return sorted(str(team) for (team,) in conn.execute(query))

    def bot_for_team(self, team_id: str) -> Bot | None:
        """The newest bot installation of a workspace, whatever its enterprise (sync)."""
        bots = self.sync.bots
        query = (
            bots.select()
            .where(
                bots.c.client_id == self.sync.client_id,
                bots.c.team_id == team_id,
                bots.c.bot_token.is_not(None),
            )
            .order_by(desc(bots.c.installed_at))
            .limit(1)
        )
        with self.sync.engine.connect() as conn:
            for row in conn.execute(query).mappings():
                return self.sync.build_bot_entity(row)
        return None


class OAuthStates(AsyncOAuthStateStore):
    """slack-sdk's SQLAlchemy OAuth state store on calm's engine, made async for Bolt.

    The state travels from /slack/install to /slack/oauth_redirect; held in the database, the
    redirect may land on any replica.
    """

    def __init__(self, store: Store) -> None:
        self.sync = SQLAlchemyOAuthStateStore(
            expiration_seconds=STATE_EXPIRATION_SECONDS,
            engine=store.engine,
            logger=logging.getLogger(__name__),
        )

    @property
    def logger(self) -> logging.Logger:
        return self.sync.logger

    async def async_issue(self, *args: Any, **kwargs: Any) -> str:
        return await asyncio.to_thread(self.sync.issue)

    async def async_consume(self, state: str) -> bool:
        return await asyncio.to_thread(self.sync.consume, state)


def prepare_install_flow(settings: Settings, store: Store) -> tuple[Installations, OAuthStates]:
    """The two stores on calm's database, their tables created (safe for replicas at once)."""
    assert settings.slack_client_id, "the install flow needs SLACK_CLIENT_ID"
    installations = Installations(settings.slack_client_id, store)
    states = OAuthStates(store)
    store.create_all(installations.sync.metadata, states.sync.metadata)
    return installations, states


def oauth_flow(
    settings: Settings, installations: Installations, states: OAuthStates
) -> CalmOAuthFlow:
    """Bolt's OAuth flow: bot scopes only, calm's paths, the stores on calm's database."""
    secret = settings.slack_client_secret
    oauth = AsyncOAuthSettings(
        client_id=settings.slack_client_id,
        client_secret=secret.get_secret_value() if secret else None,
        scopes=list(BOT_SCOPES),
        redirect_uri=(settings.slack_redirect_url or "").strip() or None,
        install_path=INSTALL_PATH,
        redirect_uri_path=REDIRECT_PATH,
        installation_store=installations,
        installation_store_bot_only=True,
        state_store=states,
        state_expiration_seconds=STATE_EXPIRATION_SECONDS,
    )
    return CalmOAuthFlow(settings=oauth)


_INSTALL_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Add calm to Slack</title>
<link rel="icon" href="data:,">
<style>
body {{ font-family: system-ui, sans-serif; max-width: 34rem; margin: 3rem auto;
       padding: 0 1rem; color: #1d1c1d; line-height: 1.5; }}
h1 {{ font-size: 1.6rem; }}
.add {{ display: inline-block; margin: 1.2rem 0; }}
small {{ color: #616061; }}
</style>
</head>
<body>
<h1>Add calm to your Slack workspace</h1>
<p>calm coaches you when a client writes something difficult: it names the situation, drafts
a calm reply in the client's language and register, and reminds you of your boundary. Only you
see its cards, and it never stores your clients' words.</p>
<p class="add"><a href="{url}"><img alt="Add to Slack" height="40" width="139"
src="https://platform.slack-edge.com/img/add_to_slack.png"
srcset="https://platform.slack-edge.com/img/add_to_slack.png 1x,
https://platform.slack-edge.com/img/add_to_slack@2x.png 2x"></a></p>
<p><small>Slack asks you to pick the workspace and shows what calm may do there: add the
/calm command and the "Suggest reply" shortcut, send you messages, and read your time zone for
the daily capacity check-in.</small></p>
</body>
</html>
"""


class CalmOAuthFlow(AsyncOAuthFlow):
    """Bolt's OAuth flow with calm's own "Add to Slack" page."""

    async def build_install_page_html(self, url: str, request: AsyncBoltRequest) -> str:
        return _INSTALL_PAGE.format(url=html.escape(url, quote=True))


def authorize(
    installations: Installations, client: AsyncWebClient
) -> AsyncInstallationStoreAuthorize:
    """Each request authorised with its workspace's bot token, looked up in the database every
    time (an uninstall counts at once on every replica); only the `auth.test` answer that Bolt
    asks for each token is kept in memory, so a request costs no extra Web API call."""
    return AsyncInstallationStoreAuthorize(
        logger=logging.getLogger(__name__),
        installation_store=installations,
        bot_only=True,
        cache_enabled=True,
        client=client,
    )


def register_revocation_listeners(app: AsyncApp, installations: Installations) -> None:
    """`app_uninstalled` and `tokens_revoked`: delete the workspace's tokens, log the ids."""
    revocation = AsyncTokenRevocationListeners(installations)

    @app.event("app_uninstalled")
    async def app_uninstalled(context: AsyncBoltContext) -> None:
        await revocation.handle_app_uninstalled_events(context)
        log.info("slack.uninstalled", team=context.team_id, enterprise=context.enterprise_id)

    @app.event("tokens_revoked")
    async def tokens_revoked(event: dict[str, Any], context: AsyncBoltContext) -> None:
        await revocation.handle_tokens_revoked_events(event, context)
        tokens = event.get("tokens") or {}
        log.info(
            "slack.tokens_revoked",
            team=context.team_id,
            enterprise=context.enterprise_id,
            bot=bool(tokens.get("bot")),
            users=len(tokens.get("oauth") or []),
        )
