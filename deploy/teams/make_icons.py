"""Draw the two Teams app icons with Pillow (run once; the PNGs are committed).

    .venv/bin/python deploy/teams/make_icons.py

color.png: 192×192, full colour, the accent background with two white waves.
outline.png: 32×32, transparent background, the same mark as a white outline only.
../slack/icon.png: 512×512, the colour icon for the Slack app (Slack asks for 512–2000 px,
square; upload it under Basic Information › Display Information, manifests cannot carry it).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
ACCENT = (47, 93, 98, 255)  # #2F5D62, the manifest's accentColor
WHITE = (255, 255, 255, 255)


def _wave(draw: ImageDraw.ImageDraw, size: int, width: int, y: float = 0.5) -> None:
    """One smooth wave (a crest and a trough) across the middle: calm water."""
    s, r = size, 0.17
    draw.arc(
        ((0.33 - r) * s, (y - r) * s, (0.33 + r) * s, (y + r) * s),
        180,
        360,
        fill=WHITE,
        width=width,
    )
    draw.arc(
        ((0.67 - r) * s, (y - r) * s, (0.67 + r) * s, (y + r) * s), 0, 180, fill=WHITE, width=width
    )


def color_icon(size: int = 192) -> Image.Image:
    image = Image.new("RGBA", (size, size), ACCENT)
    draw = ImageDraw.Draw(image)
    _wave(draw, size, width=max(2, size // 16), y=0.42)
    _wave(draw, size, width=max(2, size // 16), y=0.62)
    return image


def outline_icon(size: int = 32) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((1, 1, size - 2, size - 2), radius=6, outline=WHITE, width=2)
    _wave(draw, size, width=2)
    return image


def main() -> None:
    color_icon().save(HERE / "color.png", optimize=True)
    outline_icon().save(HERE / "outline.png", optimize=True)
    color_icon(512).save(HERE.parent / "slack" / "icon.png", optimize=True)


if __name__ == "__main__":
    main()
