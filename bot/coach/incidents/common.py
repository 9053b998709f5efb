"""Phrase shapes that the kinds of more than one family of situations use (money, timing,
feedback, ordinary). Each section names the situations that use its shapes."""

from __future__ import annotations

from bot.coach.incidents.shape import GAP, shape

# --- shared by payment_issue and neutral ---------------------------------------------------------

# The client says the invoice is already paid, also without a subject ("paid it yesterday",
# "sent it this morning") or with the money on its way („Geld ist unterwegs“).
ALREADY_PAID = (
    shape(
        "bezahlt|überwiesen|gezahlt|beglichen|ist raus|angewiesen|überweise|zahle|zahlen",
        # a date between („bereits am 04.11. überwiesen“) is a word here too
        r"\b(?:schon|bereits|längst|gestern|heute|doch|habe|haben|hab|ist|wurde)\b"
        r"(?: (?:\w+|\d{1,2}\.(?:\d{1,2}\.)?(?:\d{2,4})?)){0,3} "
        r"(?:bezahlt|überwiesen|gezahlt|beglichen|angewiesen)\b",
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
    shape(
        "unterwegs|angewiesen|veranlasst|raus",
        r"\b(?:zahlung|überweisung|geld|betrag)\b (?:\w+ ){0,3}(?:ist|sind|wurde|wurden) "
        r"(?:\w+ ){0,2}(?:unterwegs|angewiesen|veranlasst|raus)\b",
        r"\b(?:überweisung|zahlung) (?:\w+ ){0,2}(?:veranlasst|angewiesen|ausgelöst)\b",
    ),
    shape(
        "paid|transferred|sent|wired|on its way|on the way|gone through|went through",
        # "sent" alone says nothing about money ("sent you four messages last night"): only with
        # the money as its object
        r"^\W*(?:just |already )?(?:(?:paid|transferred|wired) (?:it|that|this|the invoice|the "
        r"payment|the money|you|your invoice|the balance)|sent (?:the|your) (?:payment|money|"
        r"balance|transfer))\b",
        r"\b(?:(?:paid|transferred|wired) (?:it |that |this |you |the invoice |the payment |the "
        r"money )?|sent (?:the |your )(?:payment |money |balance |transfer ))(?:yesterday|today|"
        r"this morning|earlier|last (?:week|night|friday|monday)|"
        r"on (?:monday|tuesday|wednesday|thursday|friday))\b",
        r"\bsent (?:it|that|this)\b[^.!?\n]{0,60}?\b(?:lands?|clears?|shows? up|comes? through)\b",
        r"\b(?:payment|money|transfer)\b (?:\w+ ){0,3}(?:is on (?:its|the) way|has gone through|"
        r"went through|should (?:\w+ )?(?:show|land|arrive|clear|reach))\b",
    ),
    # the paid thing named at more length: „hab die Rechnung letzte Woche überwiesen“
    shape(
        "überwiesen|bezahlt|gezahlt|beglichen",
        r"\b(?:habe|hab|haben|hatte|hatten)\b(?: (?!nicht\b|noch\b|kein\w*\b|nie\b)\w+){0,5} "
        r"(?:überwiesen|bezahlt|gezahlt|beglichen)\b",
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

_MONTH_DE = (
    r"(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)"
)
_MONTH_EN = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
_HOURLY_DE = (
    r"(?:(?:€|\beuro|\beur)\s?(?:die|pro|je|in der|/)\s?(?:stunde|std)\b"
    r"|\bstunden(?:satz|sätze|lohn)\w*"
    r"|\btages(?:satz|sätze)\w*|\bpro stunde\b|(?:€|\beuro|\beur)\s?/\s?h\b)"
)
_HOURLY_EN = (
    r"(?:\b(?:an|per|/)\s?(?:hour|hr|h)\b|\bhourly\b|\bday ?rates?\b|\brates?\b)"
)
_FROM_DE = r"\bab (?:" + _MONTH_DE + r"|nächste\w* (?:monat|jahr|quartal)|dem \d+|\d{1,2}\.)"
_FROM_EN = (
    r"\b(?:from|starting|as of|effective) (?:" + _MONTH_EN + r"|next (?:month|year|quarter)|"
    r"the (?:new year|1st|first))"
)
# Money in the same sentence: "45 instead of 35 an hour" is a rate, "3 instead of 2" for a call
# time is not.
_MONEY_WORDS = (
    # a metric is no money: "open rate", "click rate", "conversion rate"
    r"(?:[€$£]|\beur\b|\beuro\b|(?<!open )(?<!click )(?<!conversion )(?<!engagement )"
    r"(?<!bounce )(?<!response )\brates?\b|\bprices?\b|\bfees?\b|\bhour\b|\bhourly\b|"
    r"\bstunde\b|\bsatz\b|\bstundensatz\b|\bpreis\w*|\bhonorar\w*|\btarif\w*|\bk\b)"
)


def _with_money(number_shape: str) -> str:
    """`number_shape` with a money word before or after it in the same sentence."""
    return (
        rf"(?:{_MONEY_WORDS}[^.!?\n]{{0,80}}?{number_shape}"
        rf"|{number_shape}[^.!?\n]{{0,80}}?{_MONEY_WORDS})"
    )


# An existing client objects to a rate increase: "45 instead of 35 an hour", "your new rates",
# "a bit of a jump", „der neue Stundensatz“, an hourly price „ab Januar“ / "from January".
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
        r"|\bused to pay\b|" + _with_money(r"\b(?:went|go|going|gone) up\b"),
    ),
    shape(
        "neue|anpassung|ab ",
        r"\bneue\w* (?:\w+ )?(?:stundensatz|stundensätze|satz|sätze|preise?|preisliste|tarif\w*|"
        r"honorar\w*|konditionen)\b",
        r"\b(?:preis|satz|stundensatz|stundensätze|honorar|tarif)\w*anpassung\w*"
        r"|\banpassung (?:\w+ )?(?:ihrer|deiner|eurer|der) (?:\w+ )?(?:preise|sätze|stundensätze|"
        r"honorare|tarife)\b",
        _FROM_DE + GAP + _HOURLY_DE,
        _HOURLY_DE + GAP + _FROM_DE,
    ),
    shape(
        "new |jump|hike|step up|from |starting|as of|effective",
        r"\bnew (?:\w+ )?(?:rates?|prices?|pricing|fees?|price list)\b",
        r"\b(?:bit of a|quite a|a real|a big|such a|a huge|a steep) (?:jump|hike|step up)\b",
        _FROM_EN + GAP + _HOURLY_EN,
        _HOURLY_EN + GAP + _FROM_EN,
    ),
)

# --- shared by delay_complaint and neutral -------------------------------------------------------

# The client asks how far the work is, without saying it is late („wie weit bist du?“, "where do
# things stand?", "where are we at with the logo?"): the status and when it is done, no apology.
# A message that also says it is late keeps the default: besides "still", "overdue", "weeks" also
# a date that has passed („sollten doch letzte Woche schon kommen“, "was this meant to land
# yesterday?", "a week past the date we agreed").
_NOT_LATE = (
    r"^(?![\s\S]*(?:immer noch|noch immer|\bseit\b|wochen|verspät|verzöger|überfällig|versprochen|"
    r"sollte doch|sollten doch|sollte(?:n)? (?:\w+ ){0,3}schon\b|eigentlich schon|längst|endlich|"
    r"\bwarte|war(?:en)? (?:doch |eigentlich )?(?:für|auf) (?:\w+ ){0,2}(?:geplant|angesetzt|"
    r"vereinbart|zugesagt)|\bstill\b|\blate\b|overdue|delay|weeks|days ago|promised|"
    r"supposed to|meant to|\bwas due\b|\bwere due\b|past the (?:date|deadline)|deadline|already|"
    r"\bages\b|forever|what'?s taking|waiting))"
    r"[\s\S]*?"
)
STATUS = (
    shape(
        "stand|update|fertig|wie weit|wie sieht|wie siehts|neuigkeit|läuft|wann|schon|stehen|"
        "steht|voran",
        _NOT_LATE + r"\b(?:stand der dinge|aktuellen stand|zwischenstand|"
        r"wie ist (?:\w+ ){0,2}stand|update|schon fertig|bald fertig|fertig\?|wie weit|"
        r"wie sieht(?:'?s| es)(?: \w+)? aus|neuigkeiten|wie läuft(?:'?s| es)|"
        r"wann\b[^.!?\n]{0,40}\bfertig|schon (?:etwas|was) (?:zu )?sehen|wo stehen (?:wir|sie|du)|"
        r"wo steht (?:\w+ ){0,2}|(?:kommst du|kommen sie|kommt ihr) (?:\w+ ){0,4}?voran|"
        r"wie sieht(?:'?s| es) (?:\w+ ){0,2}(?:aus|mit))",
    ),
    shape(
        "update|status|progress|done|ready|finished|how far|how's it|how is it|where are we|news|"
        "eta|when will|anything|something|stand|where we|where are|where is|coming along|"
        "getting on|how are things",
        _NOT_LATE + r"\b(?:any update|an update|the update|status|progress|done yet|ready yet|"
        r"finished yet|done\?|how far along|how's it going|how is it going|where are we|"
        r"any news|eta|when will (?:it|this|that|the \w+) be (?:done|ready|finished)|"
        r"(?:anything|something) (?:to see|i can see|we can see)|"
        r"where (?:things|we|it|everything|this|that|the \w+) (?:stands?|is|are) (?:at|with)?|"
        r"where (?:things|we|it|everything) stands?|where (?:are|is) (?:we|it|things|everything) "
        r"(?:at|with)|(?:coming|getting) along|how are you getting on|how are things (?:going|"
        r"coming))\b",
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
