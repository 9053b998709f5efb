"""Small, predictable text heuristics for checking an LLM draft: language and German register.

Deliberately simple word counts (not the engine's detector, which is tuned for client
messages): a draft is a few clean sentences, and the question is only "which of two languages"
and "Sie or du".
"""

from __future__ import annotations

import re

from bot.coach.model import Coaching, Formality, Language


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)

# Function words that exist in only one of the two languages ("in", "an", "will", "so" are not).
_GERMAN = _word_set(
    """
    und der die das den dem des ich sie ihnen ihr ihre ihren nicht ist ein eine einen einem
    zu mit auf für bitte danke wir du dich dir dein deine dass es von wie gerne gern hallo
    viele grüße gruß bis noch auch sich wird werde kann können habe haben sind uns mir mich
    schon aber oder wenn dann über nach vielen dank liebe lieber sehr geehrte geehrter
    freundlichen beste ist auch gleich morgen heute woche rechnung vereinbart gemeinsam
    möchte würde gibt hier sobald damit weil ob"""
)
_ENGLISH = _word_set(
    """
    the and to of you your i we is are it for with on that this can be have thanks thank
    please hi hello dear best regards would could by as at my me our us let know not but if
    do does did what when which there their they them just about happy glad invoice
    agreed today tomorrow week next sure understand would from"""
)

_DU_FORMS = re.compile(
    r"\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure|euren|eurem|eurer)\b",
    re.IGNORECASE,
)
_SIE_FORMS = re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"„“(]\s*|[-–—]\s+)$")


def guess_language(text: str) -> Language | None:
    """German or English by function words; None when there is too little to tell."""
    words = [w.lower() for w in _WORD.findall(text)]
    de = sum(w in _GERMAN for w in words) + sum(ch in "äöüß" for ch in text.lower()) // 3
    en = sum(w in _ENGLISH for w in words)
    if de + en < 3:
        return None
    if de >= 2 * en and de > en:
        return Language.DE
    if en >= 2 * de and en > de:
        return Language.EN
    return None


def register_counts(text: str) -> tuple[int, int]:
    """(informal du-forms, formal Sie-forms) in a German text.

    A capitalised "Sie"/"Ihr…" at the start of a sentence could be the plural "sie"/"ihr", so
    only the ones in mid-sentence count as formal address.
    """
    du = len(_DU_FORMS.findall(text))
    sie = 0
    for match in _SIE_FORMS.finditer(text):
        if not _SENTENCE_START.search(text[: match.start()]):
            sie += 1
    return du, sie


def reply_register(coaching: Coaching) -> Formality:
    """The register a German reply must keep: the client's, else the offline draft's."""
    if coaching.reply_language is not Language.DE:
        return Formality.NONE
    if coaching.detection.formality is not Formality.NONE:
        return coaching.detection.formality
    du, sie = register_counts(coaching.draft)
    if du > sie:
        return Formality.DU
    if sie > du:
        return Formality.SIE
    return Formality.NONE
