"""Phrase shapes that the kinds of more than one family of situations use (money, timing,
feedback, ordinary). Each section names the situations that use its shapes."""

from __future__ import annotations

from bot.coach.incidents.shape import GAP, shape

# --- shared by payment_issue and neutral ---------------------------------------------------------

# The client says the invoice is already paid.
ALREADY_PAID = (
    shape(
        "bezahlt|überwiesen|gezahlt|beglichen|ist raus|angewiesen|überweise|zahle|zahlen",
        r"\b(?:schon|bereits|längst|gestern|heute|doch|habe|haben|hab|ist|wurde)\b"
        r"(?: \w+){0,3} (?:bezahlt|überwiesen|gezahlt|beglichen|angewiesen)\b",
        r"\b(?:zahlung|überweisung|geld)\b" + GAP + r"\bist raus\b",
        # announced for today or now: the reply confirms once it has arrived
        r"\b(?:überweise|überweisen|zahle|zahlen|bezahle|bezahlen)\b (?:\w+ ){0,3}(?:noch heute|"
        r"heute|gleich|jetzt|sofort)\b",
    ),
    shape(
        "paid|sent the payment|sent payment|payment went|payment was sent|transferred|settled|"
        "here's the money|here is the money|here's the payment|here is the payment|pay|"
        "transferring|sending|wiring",
        r"\b(?:already|have|has|i|we|just|was|been) (?:\w+ )?(?:paid|transferred|settled)\b",
        r"\b(?:sent|made) (?:the |a |your )?payment\b|\bpayment (?:went|was sent|has been sent|"
        r"is on its way)|\bhere(?:'s| is) (?:the|your) (?:money|payment)\b",
        r"\b(?:will|'ll|going to) pay (?:you |it |the invoice |this )?(?:today|tonight|now|"
        r"right away)\b|\b(?:transferring|sending|wiring) (?:the |your )?(?:payment|money|it) "
        r"(?:now|today)\b",
    ),
)

# The client asks for the invoice (to be sent, corrected, resent).
INVOICE_REQUEST = (
    shape(
        "rechnung",
        r"\b(?:schick|send|stell|mail|brauch|bekomm|benötig|hätte|könnt|kannst)\w*\b"
        + GAP
        + r"\brechnung\b",
        r"\brechnung\b" + GAP + r"\b(?:schicken|senden|zuschicken|zusenden|ausstellen|"
        r"bekommen|brauchen|benötigen)\b",
    ),
    shape(
        "invoice",
        r"\b(?:send|email|e-mail|mail|need|get|have|issue|forward|resend)\w*\b"
        + GAP
        + r"\binvoice\b",
        r"\binvoice\b" + GAP + r"\b(?:please|asap|needs? it|by)\b",
    ),
)

# The client says they pay (now, or did) and asks for the work: "pay now, please send it".
_PAID_DE = (
    r"\b(?:(?:schon|bereits|gestern|habe|haben|hab|ist|wurde)(?: \w+){0,3} (?:bezahlt|überwiesen|"
    r"gezahlt)|(?:überweise|überweisen|zahle|zahlen|bezahle|bezahlen) (?:\w+ ){0,3}(?:heute|"
    r"gleich|jetzt|sofort))\b"
)
_WORK_DE = (
    r"\b(?:schick|send|bekomm|krieg|liefer)\w*\b" + GAP + r"\b(?:arbeit|ergebnis|dateien|datei|"
    r"bilder|fotos|texte?|übersetzung|entwurf|entwürfe|unterlagen|video)\w*"
    r"|\b(?:arbeit|ergebnis|dateien|datei|bilder|fotos|texte?|übersetzung|entwurf|entwürfe|"
    r"unterlagen|video)\w*\b" + GAP + r"\b(?:schick|send|bekomm|krieg|liefer)\w*"
)
_PAID_EN = (
    r"\b(?:(?:already|have|has|i|we|just) (?:\w+ )?(?:paid|transferred)|(?:transferring|wiring|"
    r"sending) (?:the |your )?(?:payment|money|it)|sent (?:the |a |your )?payment|"
    r"(?:will|'ll|going to) pay (?:you |it )?(?:today|now))\b"
)
_WORK_EN = (
    r"\b(?:send|deliver|release|receive|get|have)\w*\b" + GAP + r"\b(?:work|files?|photos?|"
    r"pictures?|images?|designs?|drafts?|results?|documents?|videos?|translations?|texts?)\b"
)
AWAITS_WORK = (
    shape(
        "bezahlt|überwiesen|gezahlt|überweise|zahle|zahlen",
        r"^(?=[\s\S]*" + _PAID_DE + r")(?=[\s\S]*(?:" + _WORK_DE + r"))",
    ),
    shape(
        "paid|transferr|sent the payment|sent payment|sent your payment|sent a payment|wiring|"
        "sending|pay",
        r"^(?=[\s\S]*" + _PAID_EN + r")(?=[\s\S]*" + _WORK_EN + r")",
    ),
)

# --- shared by price_pushback and neutral --------------------------------------------------------

# Money in the same sentence: "45 instead of 35 an hour" is a rate, "3 instead of 2" for a call
# time is not.
_MONEY_WORDS = (
    r"(?:[€$£]|\beur\b|\beuro\b|\brates?\b|\bprices?\b|\bfees?\b|\bhour\b|\bhourly\b|"
    r"\bstunde\b|\bsatz\b|\bstundensatz\b|\bpreis\w*|\bhonorar\w*|\btarif\w*|\bk\b)"
)


def _with_money(number_shape: str) -> str:
    """`number_shape` with a money word before or after it in the same sentence."""
    return (
        rf"(?:{_MONEY_WORDS}[^.!?\n]{{0,80}}?{number_shape}"
        rf"|{number_shape}[^.!?\n]{{0,80}}?{_MONEY_WORDS})"
    )


# An existing client objects to a rate increase.
RATE_INCREASE = (
    shape(
        "erhöh|teurer|aufschlag|bisher|alten|alte |vorher|statt|sprung|letztes jahr|mehr als",
        r"\b(?:preis|stunden|honorar|tages)?erhöhung\w*|\berhöh\w*|\bpreissteigerung\w*",
        r"\b(?:bisherig\w*|alten?|vorherig\w*|gewohnt\w*) (?:\w+ )?(?:preis|satz|stundensatz|"
        r"honorar|tarif|konditionen)\w*",
        _with_money(r"\b\d+ (?:€ |euro )?(?:statt|anstatt|anstelle von) \d+\b")
        + r"|\b(?:großer|ziemlicher|"
        r"heftiger|deutlicher) sprung\b",
    ),
    shape(
        "increase|raise|raising|hike|old rate|previous rate|current rate|usual rate|instead of|"
        "jump|used to pay|went up|go up|going up|more than before|last year",
        r"\b(?:rate|price|fee)s? (?:increase|raise|rise|hike)\w*|\b(?:increas|rais|hik)\w* "
        r"(?:\w+ )?(?:rates?|prices?|fees?)\b",
        r"\b(?:old|previous|current|usual|existing|original) (?:\w+ )?(?:rates?|prices?|fees?|"
        r"pricing)\b",
        _with_money(r"\b\d+ instead of \d+\b") + r"|\b(?:big|huge|steep|large) (?:jump|increase)\b"
        r"|\bused to pay\b|\b(?:went|go|going|gone) up\b",
    ),
)

# --- shared by delay_complaint and neutral -------------------------------------------------------

# The client asks how far the work is, without saying it is late: answered with the status and
# when it will be done, not with an apology for a delay. A message that also says it is late
# ("immer noch", "still waiting", "overdue") keeps the default kind.
_NOT_LATE = (
    r"^(?![\s\S]*(?:immer noch|noch immer|\bseit\b|wochen|verspät|verzöger|überfällig|versprochen|"
    r"sollte doch|eigentlich schon|längst|endlich|\bwarte|\bstill\b|\blate\b|overdue|delay|weeks|"
    r"days ago|promised|supposed to|deadline|already|\bages\b|forever|what'?s taking|waiting))"
    r"[\s\S]*?"
)
STATUS = (
    shape(
        "stand|update|fertig|wie weit|wie sieht|wie siehts|neuigkeit|läuft|wann|schon",
        _NOT_LATE + r"\b(?:stand der dinge|aktuellen stand|zwischenstand|"
        r"wie ist (?:\w+ ){0,2}stand|update|schon fertig|bald fertig|fertig\?|wie weit|"
        r"wie sieht(?:'?s| es) aus|"
        r"neuigkeiten|wie läuft(?:'?s| es)|wann\b[^.!?\n]{0,40}\bfertig|schon (?:etwas|was) "
        r"(?:zu )?sehen)",
    ),
    shape(
        "update|status|progress|done|ready|finished|how far|how's it|how is it|where are we|news|"
        "eta|when will|anything|something",
        _NOT_LATE + r"\b(?:any update|an update|the update|status|progress|done yet|ready yet|"
        r"finished yet|done\?|how far along|how's it going|how is it going|where are we|"
        r"any news|eta|when will (?:it|this|that|the \w+) be (?:done|ready|finished)|"
        r"(?:anything|something) (?:to see|i can see|we can see))\b",
    ),
)

# --- shared by payment_issue, harsh_tone and quality_criticism -----------------------------------

# The client says the work was made with AI ("KI-generiert", "ChatGPT", "AI detector says 80%"):
# the draft neither concedes nor fixes anything; detection tools misjudge human writing, so it
# offers to look at the text and the drafts together.
AI_SUSPICION = (
    shape(
        "ki|künstliche|chatgpt|chat gpt|gpt|detektor|erkennungs",
        r"\bki\b(?:-?\w+)?|\bkünstliche\w* intelligenz\b|\bchat ?gpt\b|\bgpt\b|\bki-?detektor\w*"
        r"|\b(?:ki-?)?erkennungs(?:software|tool|programm)\w*",
    ),
    shape(
        "ai|a.i.|artificial|chatgpt|chat gpt|gpt|detector|detection|checker",
        r"\b(?:ai|a\.i\.)(?:-generated|-written)?\b|\bartificial intelligence\b|\bchat ?gpt\b"
        r"|\bgpt\b|\bdetectors?\b|\bdetection (?:software|tool|service)s?\b"
        r"|\bchecker\b[^.!?\n]{0,40}\d+ ?%",
    ),
)

# --- shared by harsh_tone and neutral ------------------------------------------------------------

# Insults at the person with no concrete complaint ("Stümper", "unfähig", "you idiot"): the draft
# asks for a respectful exchange and for the concrete point, if there is one. A message that also
# wants something, or names a thing to fix, keeps another kind.
_NO_DEMAND = (
    r"^(?![\s\S]*\b(?:want|need|refund|back|fix\w*|broken|wrong|missing|work(?:s|ing)?|invoice|"
    r"deadline|file|site|website|logo|text|design|zurück|will|wollen|möchte\w*|brauch\w*|fehlt|"
    r"falsch|kaputt|funktioniert|geht nicht|angebot|rechnung|termin|datei|seite|entwurf|bitte|"
    r"please)\b)[\s\S]*?"
)
INSULT = (
    shape(
        "idiot|stümper|unfähig|inkompetent|amateur|dilettant|versager|betrüger|abzocker|lügner|"
        "trottel|depp|arschloch|witzfigur|nichtsnutz|pfuscher|sind sie|bist du|seid ihr",
        _NO_DEMAND + r"(?:\b(?:voll)?idiot\w*|\bstümper\w*|\bunfähig\w*|\binkompetent\w*"
        r"|\bamateur\w*|\bdilettant\w*|\bversager\w*|\bbetrüger\w*|\babzocker\w*|\blügner\w*"
        r"|\btrottel\w*|\bdepp\w*|\barschloch\b|\bwitzfigur\w*|\bnichtsnutz\w*|\bpfuscher\w*"
        r"|\b(?:sind sie|bist du|seid ihr) (?:\w+ ){0,2}(?:bescheuert|blöd|dumm|irre|verrückt)\b)",
    ),
    shape(
        "idiot|moron|incompetent|clueless|asshole|arsehole|jerk|loser|cheat|scam|fraud|liar|"
        "amateur|useless|stupid|dumb|pathetic|joke|f*|f#|f%|f@|f$|f!|f-",
        _NO_DEMAND + r"(?:\bidiots?\b|\bmorons?\b|\bincompetent\b|\bclueless\b|\bassholes?\b"
        r"|\bf[*#%@$!-]{2,}\w*"
        r"|\barseholes?\b|\bjerks?\b|\blosers?\b|\bcheats?\b|\bscam(?:mer)?s?\b|\bfrauds?\b"
        r"|\bliars?\b|\byou(?:'re| are|r)? (?:\w+ ){0,3}(?:amateur\w*|useless|stupid|dumb|pathetic"
        r"|a joke)\b)",
    ),
)
