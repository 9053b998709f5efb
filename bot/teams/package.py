"""The Teams app package: manifest from the template, plus the two icons, in one zip."""

from __future__ import annotations

import json
import re
import uuid
import zipfile
from pathlib import Path
from typing import Any

from bot.bundled import teams_template_dir

DEPLOY_DIR = teams_template_dir()  # deploy/teams in a checkout, else the packaged copy
TEMPLATE = "manifest.template.json"
ICONS = ("color.png", "outline.png")
LOCALIZATIONS = ("de.json",)  # listed in the manifest's localizationInfo
PLACEHOLDER_URLS = {
    "website": "https://example.com/calm",
    "privacy": "https://example.com/calm/privacy",
    "terms": "https://example.com/calm/terms",
}
_FILE_MODE = 0o644 << 16  # rw-r--r-- for every file in the zip (zipfile's default is 0600)
_SEMVER = re.compile(r"^\d{1,3}\.\d{1,3}\.\d{1,3}$")


class PackageError(ValueError):
    """The package cannot be built as asked (bad version, id or URL, missing file)."""


def render_manifest(
    *,
    client_id: str,
    version: str,
    developer_name: str = "calm",
    website_url: str = PLACEHOLDER_URLS["website"],
    privacy_url: str = PLACEHOLDER_URLS["privacy"],
    terms_url: str = PLACEHOLDER_URLS["terms"],
    template_dir: Path = DEPLOY_DIR,
) -> dict[str, Any]:
    """The manifest as a dict, with every placeholder filled and the values checked."""
    if not _SEMVER.match(version):
        raise PackageError(f"--version must look like 1.0.0 (got {version!r})")
    try:
        uuid.UUID(client_id)
    except ValueError:
        raise PackageError("TEAMS_CLIENT_ID must be the app registration's GUID") from None
    for name, url in (("website", website_url), ("privacy", privacy_url), ("terms", terms_url)):
        if not url.startswith("https://"):
            raise PackageError(f"the {name} URL must start with https://")
    values = {
        "TEAMS_CLIENT_ID": client_id,
        "VERSION": version,
        "DEVELOPER_NAME": developer_name,
        "WEBSITE_URL": website_url,
        "PRIVACY_URL": privacy_url,
        "TERMS_URL": terms_url,
    }
    try:
        raw = (template_dir / TEMPLATE).read_text(encoding="utf-8")
    except OSError:
        raise PackageError(f"cannot read {template_dir / TEMPLATE}") from None
    for name, value in values.items():
        raw = raw.replace("{{" + name + "}}", json.dumps(value)[1:-1])
    leftover = re.findall(r"\{\{[A-Z_]+\}\}", raw)
    if leftover:
        raise PackageError(f"unfilled placeholders in the template: {sorted(set(leftover))}")
    return json.loads(raw)


def build_package(*, output: Path, template_dir: Path = DEPLOY_DIR, **manifest_args: Any) -> Path:
    """Write the zip (manifest.json and the icons at its root) and return its path."""
    manifest = render_manifest(template_dir=template_dir, **manifest_args)
    files = {name: template_dir / name for name in (*ICONS, *LOCALIZATIONS)}
    for path in files.values():
        if not path.is_file():
            raise PackageError(f"missing {path}")
    for name in LOCALIZATIONS:
        try:
            json.loads(files[name].read_text("utf-8"))
        except ValueError:
            raise PackageError(f"{files[name]} is not valid JSON") from None
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        _add(zf, "manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False).encode())
        for name, path in files.items():
            _add(zf, name, path.read_bytes())
    return output


def _add(zf: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = _FILE_MODE
    zf.writestr(info, data)
