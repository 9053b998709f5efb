"""The words on calm's Slack surfaces, in German and English (the user's chosen language).

Only interface text lives here; drafts and boundary reminders come from the engine.
"""

from __future__ import annotations

from bot.coach.labels import HEAT_WORDS, SITUATION_LABELS
from bot.coach.model import Language, Situation

SITUATIONS = SITUATION_LABELS

HEAT = HEAT_WORDS

LANGUAGE_NAMES = {
    Language.DE: {Language.DE: "Deutsch", Language.EN: "Englisch"},
    Language.EN: {Language.DE: "German", Language.EN: "English"},
}

_TEXT: dict[str, dict[Language, str]] = {
    "heat": {Language.DE: "Temperatur", Language.EN: "Heat"},
    "also": {Language.DE: "auch", Language.EN: "also"},
    "draft": {Language.DE: "Antwortentwurf", Language.EN: "Reply draft"},
    "boundary": {Language.DE: "Deine Grenze", Language.EN: "Your boundary"},
    "reply_in": {Language.DE: "Antwort auf {name}", Language.EN: "Reply in {name}"},
    "register_sie": {Language.DE: "Sie-Form", Language.EN: 'formal "Sie"'},
    "register_du": {Language.DE: "Du-Form", Language.EN: 'informal "du"'},
    "tone_warm": {Language.DE: "warm", Language.EN: "warm"},
    "tone_neutral": {Language.DE: "sachlich", Language.EN: "neutral"},
    "tone_firm": {Language.DE: "bestimmt", Language.EN: "firm"},
    "short": {Language.DE: "kurz", Language.EN: "short"},
    "long": {Language.DE: "ausführlich", Language.EN: "full length"},
    "not_quite": {
        Language.DE: "Nicht ganz richtig? → …",
        Language.EN: "Not quite right? → …",
    },
    "chosen_by_you": {Language.DE: "von dir gewählt", Language.EN: "chosen by you"},
    "calm_read": {Language.DE: "calm las: {name}", Language.EN: "calm read: {name}"},
    "calm_reading": {
        Language.DE: "{name} (calms Lesart)",
        Language.EN: "{name} (calm's reading)",
    },
    "unknown_situation": {
        Language.DE: "Diese Situation kenne ich nicht. Wähle bitte eine aus der Liste auf der "
        "Karte oder führe `/calm` erneut aus.",
        Language.EN: "I don't know that situation. Please pick one from the card's list, or "
        "run `/calm` again.",
    },
    "softer": {Language.DE: "Sanfter", Language.EN: "Softer"},
    "firmer": {Language.DE: "Bestimmter", Language.EN: "Firmer"},
    "shorter": {Language.DE: "Kürzer", Language.EN: "Shorter"},
    "longer": {Language.DE: "Ausführlicher", Language.EN: "Longer"},
    "to_lang": {Language.DE: "Auf {name}", Language.EN: "In {name}"},
    "edit_post": {Language.DE: "Bearbeiten & posten", Language.EN: "Edit & post"},
    "nudge_opt_in": {
        Language.DE: "Schick mir einen täglichen Kapazitäts-Check",
        Language.EN: "Send me a daily capacity check",
    },
    "nudge_opt_in_hint": {
        Language.DE: "Ein kurzer Check am Morgen: Wie voll ist dein Tag? Deine Antwort macht "
        "die Entwürfe passender.",
        Language.EN: "A short check each morning: how full is your day? Your answer makes "
        "the drafts fit better.",
    },
    "refining": {
        Language.DE: "⏳ KI-Feinschliff läuft …",
        Language.EN: "⏳ AI refinement running…",
    },
    "refined_follow": {
        Language.DE: "✨ Überarbeitete Fassung der Karte oben (KI-Feinschliff).",
        Language.EN: "✨ Refined version of the card above (AI refinement).",
    },
    "refined_inline": {
        Language.DE: "✨ Mit KI-Feinschliff.",
        Language.EN: "✨ Refined by AI.",
    },
    "trimmed": {
        Language.DE: "Der Text war für Slack zu lang und wurde gekürzt.",
        Language.EN: "The text was too long for Slack and was shortened.",
    },
    "only_you": {Language.DE: "Nur für dich sichtbar.", Language.EN: "Only visible to you."},
    "expired": {
        Language.DE: "Diese Karte lässt sich nicht mehr anpassen: calm hebt den Text deines "
        "Kunden nur verschlüsselt und höchstens zwei Tage auf. Bitte führe `/calm` erneut aus "
        "(z. B. `/calm <Nachricht>`); die Knöpfe der neuen Karte funktionieren wieder.",
        Language.EN: "This card can't be adjusted any more: calm keeps your client's text only "
        "encrypted and for two days at most. Please run `/calm` again (e.g. `/calm <message>`); "
        "the new card's buttons work again.",
    },
    "failed": {
        Language.DE: "Das hat leider nicht geklappt. Bitte versuch es gleich noch einmal.",
        Language.EN: "Sorry, that didn't work. Please try again in a moment.",
    },
    "empty": {
        Language.DE: "Die Nachricht ist leer. Füge den Text deines Kunden nach `/calm` ein, "
        "z. B. `/calm Können Sie das bis morgen noch ändern?`",
        Language.EN: "The message is empty. Paste your client's message after `/calm`, e.g. "
        "`/calm Can you change this by tomorrow?`",
    },
    "no_words": {
        Language.DE: "Ich habe in der Nachricht keine Wörter gefunden (nur Emoji, Erwähnungen, "
        "Links oder eine Datei). Füge den Text deines Kunden ein, dann schlage ich eine "
        "Antwort vor.",
        Language.EN: "I found no words to read in that message (only emoji, mentions, links or "
        "a file). Paste your client's text and I'll suggest a reply.",
    },
    "no_text_in_message": {
        Language.DE: "Diese Nachricht enthält keinen Text, den ich lesen kann (nur eine Datei "
        "oder ein Bild). Kopiere den Text des Kunden und nutze `/calm <Text>`.",
        Language.EN: "This message has no text I can read (only a file or an image). Copy the "
        "client's words and use `/calm <text>`.",
    },
    "fallback_response_url": {
        Language.DE: "Ich kann in diesem Thread nicht schreiben, daher erscheint die Karte hier.",
        Language.EN: "I can't post in that thread, so the card appears here instead.",
    },
    "fallback_dm": {
        Language.DE: "Ich kann in diesem Kanal nicht schreiben, daher kommt die Karte per "
        "Direktnachricht.",
        Language.EN: "I can't post in that channel, so the card comes as a direct message.",
    },
    "refine_unavailable": {
        Language.DE: "KI-Feinschliff gerade nicht verfügbar – der Entwurf oben bleibt.",
        Language.EN: "AI refinement unavailable right now – the draft stays as it is.",
    },
    "settings_where": {
        Language.DE: "Deine Einstellungen (Name, Sprache, Ton, Arbeitszeiten, Revisionsrunden, "
        "Zahlungsziel, Signatur, täglicher Check) findest du im Tab *Home* von calm{link}.",
        Language.EN: "Your settings (name, language, tone, working hours, revision rounds, "
        "payment terms, signature, daily check) are in calm's *Home* tab{link}.",
    },
    "settings_link": {Language.DE: "Home öffnen", Language.EN: "open Home"},
    "unavailable": {
        Language.DE: "Diese Funktion ist gerade nicht verfügbar.",
        Language.EN: "This feature is not available right now.",
    },
}


def t(key: str, lang: Language, **fmt: str) -> str:
    text = _TEXT[key][lang]
    return text.format(**fmt) if fmt else text


def situation_name(situation: Situation, lang: Language) -> str:
    return SITUATIONS[lang][situation]
