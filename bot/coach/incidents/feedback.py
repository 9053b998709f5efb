"""Phrase shapes of the situations about the work and the exchange: harsh_tone,
quality_criticism, revision_loop and unclear_request."""

from __future__ import annotations

from bot.coach.incidents.common import AI_SUSPICION
from bot.coach.incidents.shape import GAP, Shape, requiring, shape, translated, unless
from bot.coach.incidents.timing import DEADLINE_EARLIER

# --- shared by quality_criticism and revision_loop -----------------------------------------------

# A property named with a degree ("zu dunkel", "nicht so bunt", "too small", "not bright enough",
# "it can be whiter"): the client says what is wrong, so the complaint is not vague.
_PROPERTIES_DE = (
    r"(?:jung|alt|bunt|grell|dunk|hell|blass|klein|groß|breit|schmal|lang|kurz|laut|leise|voll|leer|"
    r"eng|schwer|wuchtig|modern|altmodisch|verspielt|nüchtern|kühl|kalt|warm|steif|förmlich|"
    r"locker|kindlich|unruhig|dick|dünn|fett|schrill|kitschig|billig|ernst|trocken|"
    r"rot|blau|grün|gelb|grau|schwarz|weiß|rosa|pink|braun)\w*"
)
_PROPERTIES_EN = (
    r"(?:young|old|colou?rful|bright|dark|light|pale|dull|small|tiny|big|large|huge|wide|narrow|"
    r"long|short|loud|quiet|busy|empty|crowded|cluttered|heavy|bold|modern|old-fashioned|dated|"
    r"playful|serious|cold|warm|stiff|formal|casual|childish|cheap|flashy|edgy|saturated|thick|"
    r"corporate|literal|wooden|clunky|robotic|dry|"
    r"thin|red|blue|green|yellow|grey|gray|black|white|pink|brown|orange|purple)"
)
_COMPARATIVES = (
    r"(?:größer|kleiner|heller|dunkler|breiter|schmaler|bunter|ruhiger|kräftiger|"
    r"brighter|darker|lighter|bigger|larger|smaller|bolder|whiter|wider|narrower|shorter|longer|"
    r"louder|quieter|warmer|cooler|simpler|cleaner|calmer|softer|stronger|thicker|thinner)"
)
# A defect named without a degree: blurred, too literal, clunky („unscharf“, „holprig“, „wie Google
# Translate“, "out of focus", "too literal", "wooden").
_DEFECTS = (
    r"(?:unscharf\w*|verschwommen\w*|verwackelt\w*|pixelig\w*|verpixelt\w*|körnig\w*|"
    r"unterbelichtet\w*|überbelichtet\w*|holprig\w*|hölzern\w*|wörtlich\w*|steif\w*|"
    r"übersetzt klingt|google translate|maschinell übersetzt|blurry|blurred|out of focus|"
    r"pixel(?:l)?ated|grainy|underexposed|overexposed|literal|literally translated|clunky|wooden|"
    r"stilted|robotic|machine[- ]translated|nichtssagend\w*|bland|"
    # a colour cast: „gelbstichig“, „Farbstich“, "colour cast", "a yellowish tint"
    r"\w*stichig\w*|\w*farbstich\w*|colou?r[- ]?cast|\w+(?:ish|y) (?:tint|cast|hue)|tinted)"
)
_NO_PROPERTY = (
    r"^(?![\s\S]*(?:\b" + _DEFECTS + r"|\b(?:zu|so|nicht so|viel zu|etwas zu|ein bisschen zu|"
    r"ziemlich|sehr|recht|eher|arg|total|wirkt|wirken|wirkten|klingt|klingen) (?:\w+ )?"
    + _PROPERTIES_DE
    + r"|\b(?:too|so|a bit|way too|overly|quite|rather|pretty|very|really|kind of|kinda|came out|"
    r"come out|looks?|sounds?|feels?|seems?|reads?) (?:\w+ )?"
    + _PROPERTIES_EN
    + r"\b|\bnot (?:\w+ )?"
    + _PROPERTIES_EN
    + r" enough\b"
    + r"|\b(?:sein|be|könnte|sollte|müsste|can|could|should|needs to) (?:\w+ ){0,2}"
    + _COMPARATIVES
    + r"\b))[\s\S]*?"
)

# A defect named with a verb or noun ("the checkout breaks", "error", „geht nicht auf“, „stimmt
# nicht“, „Fehler“): the client says what is wrong, so "what bothers you most?" asks for what
# they said – not vague, whatever dissatisfaction words come with it ("not great", „enttäuscht“).
_NO_DEFECT = (
    r"^(?![\s\S]*\b(?:breaks|broke|broken|crash\w*|errors?|bugs?|buggy|glitch\w*|"
    r"(?:doesn'?t|does not|don'?t|do not|won'?t|isn'?t|is not|aren'?t|are not|not) "
    r"(?:\w+ )?(?:work|working|load|loading|open|opening)\b(?! for\b)|typos?|mistakes?|"
    r"funktionier\w* (?:\w+ ){0,3}nicht|(?:geht|gehen|lädt|laden|öffnet|öffnen) (?:\w+ ){0,4}"
    r"nicht|kaputt\w*|fehler\w*|(?:stimmt|stimmen) (?:\w+ ){0,3}nicht)\b)[\s\S]*?"
)

# Dissatisfaction that names nothing: "gefällt mir nicht", "it just doesn't feel right". Most real
# complaints name what is wrong (the default kind), so only these get a question back; a named
# property or defect (above) keeps the default.
VAGUE = (
    shape(
        "gefällt|gefallen|zufrieden|überzeugt|vorgestellt|erwartet|erhofft|langweilig|irgendwie|"
        "passt|stimmig|rund|trifft|fehlt|enttäusch|schrecklich|furchtbar|idee|gedacht|gemeint|"
        "geschmack|meins|hocker|haut|reißt|geht so|gehasst|hasst|mag ",
        _NO_DEFECT
        + _NO_PROPERTY
        + r"(?:\bgefällt (?:\w+ ){0,3}(?:nicht|gar nicht|überhaupt nicht)\b"
        r"|\bnicht (?:so )?gefallen\b|\bnicht (?:\w+ )?zufrieden\b|\bzufrieden (?:\w+ ){0,2}nicht\b"
        r"|\bunzufrieden\b"
        r"|\büberzeugt (?:\w+ ){0,2}(?:noch )?nicht\b"
        r"|\b(?:so )?(?:habe|haben|hatte|hatten) (?:ich|wir) (?:mir|uns) das (?:\w+ )?nicht "
        r"vorgestellt\b|\bnicht (?:das|so),? was (?:ich|wir) (?:mir|uns) (?:\w+ )?"
        r"(?:vorgestellt|gewünscht|erhofft)|\b(?:mehr|anders) (?:erwartet|erhofft|vorgestellt)\b"
        r"|\bnicht (?:\w+ ){0,2}(?:das|so),? (?:was|wie) (?:ich|wir) (?:mir|uns|es) (?:\w+ ){0,2}"
        r"(?:vorgestellt|gewünscht|erhofft|gedacht|gemeint)\b"
        r"|\b(?:war|ist|wäre) (?:\w+ ){0,2}nicht (?:\w+ )?(?:die|meine|unsere) idee\b"
        r"|\bnicht (?:\w+ )?(?:mein|unser) (?:geschmack|ding|fall)\b|\bnicht so (?:ganz )?meins\b"
        r"|\b(?:haut|reißt) (?:mich|uns) (?:\w+ )?nicht (?:\w+ )?(?:vom hocker|um|mit)\b"
        r"|\bgeht so\s*(?:[.!,…]|$)"
        r"|\b(?:gehasst|hasst|hassen)\b|\bmag (?:es|das|ihn|sie|ich|er) (?:\w+ )?(?:gar )?nicht\b"
        r"|\blangweilig\w*|\birgendwie\b|\bnicht (?:ganz )?(?:stimmig|rund)\b"
        r"|\bpasst (?:\w+ ){0,2}(?:noch )?nicht\b|\btrifft (?:es|das) (?:\w+ )?nicht\b"
        r"|\bfehlt (?:\w+ ){0,3}(?:pep|gewisse|etwas|was|wow|seele|funke|besondere|schwung|"
        r"leben|gefühl|wirkung|stimmung)\b|\benttäusch\w*|\bschrecklich\b|\bfurchtbar\b)",
    ),
    shape(
        "like|happy|satisf|convinc|thrill|expect|imagin|mind|envision|feel|right|missing|off|"
        "boring|bland|meh|underwhelm|work for|there|wow|pop|disappoint|terrible|awful|pictur|"
        "hate|fan|great|guess|sold|keen|grab|mark|after|asked|hoped|hoping|going for|love|head",
        _NO_DEFECT
        + _NO_PROPERTY
        + r"(?:\b(?:don'?t|do not|doesn'?t|does not|didn'?t|did not) (?:\w+ )?(?:like|love)\b"
        r"|\bnot (?:\w+ )?(?:happy|satisfied|convinced|thrilled)\b|\bunhappy\b"
        r"|(?:\bnot|n'?t) (?:really |quite |exactly |entirely |at all |just |totally )?"
        r"(?:what|how) (?:i|we)"
        r"(?:'d| had| would have)? (?:\w+ )?(?:expected|imagined|had in mind|envisioned|envisaged|"
        r"wanted|pictured|hoped for|was hoping for|were hoping for|was after|were after|"
        r"was going for|were going for|saw it|see it|in (?:my|our) heads?)\b"
        r"|\bhated? it\b|\bhates it\b|\bnot (?:a |really a |much of a |the biggest )?fan\b"
        r"|(?:^|[.!?]\s*)(?:\S+ ){0,2}not (?:that |so |really )?great\b"
        r"|\bnot (?:\w+ )?(?:sold on|keen on|loving it|feeling it)\b"
        r"|\b(?:it'?s |is )?(?:fine|ok|okay),? i guess\b|\bi guess (?:it'?s )?(?:fine|ok|okay)\b"
        r"|\b(?:doesn'?t|does not|didn'?t|did not) (?:really )?(?:grab|do it for) (?:me|us)\b"
        r"|\b(?:misses|missed|missing) the mark\b"
        r"|\b(?:doesn'?t|does not|don'?t|do not) (?:\w+ )?(?:feel|look|seem|sound) "
        r"(?:\w+ )?(?:right|like)\b|\b(?:doesn'?t|does not|isn'?t|is not) (?:\w+ )?working for "
        r"(?:me|us)\b|\b(?:doesn'?t|does not) work for (?:me|us)\b"
        r"|\bsomething(?:'s| is)? (?:\w+ )?(?:missing|off)\b|\bmissing something\b"
        r"|\bboring\b|\bbland\b|\bmeh\b|\bunderwhelm\w*|\bnot quite (?:right|there)\b"
        r"|\b(?:doesn'?t|does not) (?:\w+ )?(?:pop|wow)\b|\bnot feeling it\b"
        r"|\bdisappoint\w*|\bterrible\b|\bawful\b)",
    ),
)

# --- shared by revision_loop and unclear_request -------------------------------------------------

# A concrete change: "can we make it red", "mach das Logo größer", "increase the contrast".
# A change that contradicts itself ("größer, aber nicht größer") stays an unclear instruction.
_NO_BUT = (
    r"^(?![\s\S]*\b(?:aber (?:nicht|trotzdem|gleichzeitig|ohne|auch)|but (?:not|keep|still|"
    r"without|leave|also)|while keeping|yet also)\b)[\s\S]*?"
)
_CHANGE_WORDS_DE = (
    r"(?:größer|kleiner|heller|dunkler|breiter|schmaler|höher|tiefer|bunter|ruhiger|mehr|weniger|"
    r"anders|rot|blau|grün|gelb|schwarz|weiß)"
)
# A quality that names no concrete change ("make it pop", "more modern", „frischer“, „mit mehr
# Wow“): the instruction is still open, so no "concrete change".
_NO_VAGUE_QUALITY = (
    r"^(?![\s\S]*\b(?:pop|popp\w*|modern\w*|classic\w*|klassisch\w*|fresh\w*|frisch\w*|"
    r"nicer|schöner|better|besser|stand out|cleaner|punch\w*|premium|wow|sexy|edgy|edgier|hip|"
    r"cool|cooler|peppig\w*|pep|knackig\w*|hochwertig\w*|edler|eleganter|elegant|"
    r"professional\w*|professionell\w*|lebendig\w*|spannend\w*|interessant\w*|"
    r"ansprechend\w*|catch\w*|snapp\w*|zeitgemäß\w*|trendy|trendig\w*|vibe|feel|gefühl|"
    r"stimmung|wirkung|impact\w*|exciting|interesting|appealing|engaging|special|"
    r"besonder\w*)\b)[\s\S]*?"
)
# A tentative change, asked or suggested: "can we make it red", "couldn't we move it", „mach
# das Logo größer“, „kann man das nicht etwas kleiner machen?“. The draft tries it out and keeps
# the current version to switch back to.
TENTATIVE_CHANGE = (
    shape(
        "kann|können|könnten|kannst|könntest|mach",
        _NO_BUT
        + _NO_VAGUE_QUALITY
        + r"\b(?:kann|können|könnten|kannst|könntest) (?:wir|sie|du|man) (?:\w+ ){0,5}"
        + _CHANGE_WORDS_DE
        + r"\b",
        _NO_BUT
        + _NO_VAGUE_QUALITY
        + r"\bmach(?:en sie|t)? (?:\w+ ){0,3}"
        + _CHANGE_WORDS_DE
        + r"\b",
    ),
    shape(
        "can|could|make|increase|decrease|move",
        _NO_BUT
        + _NO_VAGUE_QUALITY
        + r"\b(?:can|could)(?:n?'t|not| not)? (?:we|you) (?:\w+ ){0,2}(?:make|change|move|"
        r"increase|decrease|reduce|swap|turn|center|centre)\b",
        _NO_BUT
        + _NO_VAGUE_QUALITY
        + r"\bmake (?:it|this|that|the \w+) (?:more|less|bigger|smaller|brighter|darker|"
        r"wider|narrower|red|blue|green|white|black)\b",
    ),
)
# A firm change: what to do instead after a "no" ("No, that won't do. Order equal amounts!",
# „Nein, so nicht. Nehmen Sie das blaue!“), or a spec with a number ("I want a 5% keyword
# density", „wir brauchen eine 3-seitige …“, "it needs to be 30 seconds"). Nothing to try out or
# switch back to: the draft says it will be done that way.
FIRM_CHANGE = (
    shape(
        "no|nein|nee",
        r"\bno\b[^?\n]{0,80}?[.!]\s*(?:just |please |instead,? )?(?:order|make|use|put|change|move|"
        r"add|remove|replace|swap|delete|take out|switch|keep|cut|leave out)\b",
        r"\b(?:nein|nee)\b[^?\n]{0,80}?[.!]\s*(?:bitte |einfach |lieber )?"
        r"(?:(?:nehmen|machen|setzen|ändern|bestellen|tauschen|verschieben|löschen|entfernen|"
        r"streichen|lassen) sie"
        r"|nimm|mach|setz|änder|bestell|tausch|verschieb|lösch|entfern|streich|lass)\b",
    ),
    shape(
        "want|need|like|möchte|brauch|will |wollen|hätte|has to|have to|muss|müssen",
        r"\b(?:i|we) (?:want|need|'d like|would like) (?:a|an|the) (?:\w+ )?\d+ ?"
        r"(?:%|percent|words?|pages?|seconds?|minutes?|px|pixels?|mm|cm|characters?)",
        r"\b(?:ich|wir) (?:möchte|möchten|will|wollen|brauche|brauchen|hätte gern|hätten gern) "
        r"(?:eine?n?|die|den|das) (?:\w+ )?\d+ ?(?:%|prozent|wörter|seiten|sekunden|minuten|px|"
        r"pixel|mm|cm|zeichen)",
        r"\b(?:needs|has|have|need) to be "
        r"(?:exactly |at most |at least |no more than |under )?\d+ ?"
        r"(?:%|percent|words?|pages?|seconds?|minutes?|px|pixels?|mm|cm|characters?)",
        r"\b(?:muss|müssen) (?:\w+ ){0,3}(?:genau |höchstens |mindestens |maximal )?\d+ ?"
        r"(?:%|prozent|wörter|seiten|sekunden|minuten|px|pixel|mm|cm|zeichen)\w* (?:\w+ )?"
        r"(?:sein|haben|lang|groß|breit|hoch)\b",
    ),
)
# Any concrete change (revision_loop does not tell the two apart).
CONCRETE_CHANGE = FIRM_CHANGE + TENTATIVE_CHANGE

# --- harsh_tone ----------------------------------------------------------------------------------

# A threat of violence („ich weiß, wo Sie wohnen“, "I'll hurt you", a bomb): no longer a client
# conversation. The reminder tells the user to keep the message, end contact and get help; the
# draft only ends the conversation.
VIOLENT_THREAT = (
    shape(
        "bring|umbring|abstech|erschieß|abknall|bombe|spreng|luft jagen|wo du wohn|wo sie wohn|"
        "antun|aufs maul|schlag",
        r"\bbring\w* (?:ich |wir )?(?:dich|sie|euch) um\b|\bumbringen\b|\babstechen\b|\berschieß\w*"
        r"|\babknall\w*|\bbombe\b|\b(?:spreng|jag)\w* (?:\w+ ){0,3}(?:in die luft|weg)\b"
        r"|\bin die luft (?:jagen|sprengen)\b|\bwo (?:du|sie) wohn\w*"
        r"|\b(?:dir|ihnen|euch) (?:\w+ )?(?:was|etwas) antun\b|\baufs maul\b"
        r"|\bschlag\w* (?:dich|sie|euch) (?:tot|zusammen|krankenhausreif)\b",
    ),
    shape(
        "kill|hurt|shoot|beat you|bomb|where you live|blow",
        r"\b(?:kill|hurt|shoot|stab) (?:you|u)\b|\bbeat (?:you|u) up\b|\bbomb threat\b"
        r"|\bplant\w* a bomb\b|\b(?:a|the) bomb (?:in|at|under|on)\b"
        r"|\bknow where (?:you|u) live\b|\bblow (?:you|your \w+|the place) up\b",
    ),
)

# A lawyer, a court, legal steps.
LEGAL_THREAT = (
    shape(
        "anwalt|anwält|rechtlich|gericht|klage|verklag|abmahn",
        r"\banw(?:a|ä)lt\w*|\brechtliche\w* (?:schritte|konsequenzen)\b|\bgericht\w*|\bklage\w*"
        r"|\bverklag\w*|\babmahn\w*",
    ),
    shape(
        "lawyer|attorney|legal|court|sue|lawsuit|solicitor",
        r"\blawyers?\b|\battorneys?\b|\blegal (?:action|steps|proceedings)\b|\bcourt\b"
        r"|\bsu(?:e|ing)\b|\blawsuit\b|\bsolicitors?\b",
    ),
)

# The client breaks off the conversation ("will nicht mehr mit Ihnen reden", "lassen Sie mich in
# Ruhe", "I don't want to talk to you", "don't contact me again"): a short, calm acknowledgement
# and the door left open. No call, no "I'll look into it", nothing promised.
NO_CONTACT = (
    shape(
        "rede|sprech|kontakt|ruhe|melden sie|meld dich|ruf|schreiben sie|schreib mir",
        r"\b(?:will|möchte|wollen|möchten) (?:\w+ ){0,2}(?:nicht mehr|nie wieder|nie mehr|gar "
        r"nicht mehr) mit (?:ihnen|dir|euch) (?:\w+ )?(?:reden|sprechen|zu tun haben)\b",
        r"\bmit (?:ihnen|dir|euch) (?:rede|spreche|reden|sprechen) (?:ich|wir) (?:\w+ )?"
        r"(?:nicht mehr|nie wieder|nie mehr|kein wort mehr)\b"
        r"|\b(?:ich rede|ich spreche|wir reden|wir sprechen) (?:\w+ )?(?:nicht mehr|nie wieder) "
        r"mit (?:ihnen|dir|euch)\b",
        r"\blass(?:en sie|t)? mich (?:\w+ )?in ruhe\b|\bkein(?:en)? kontakt mehr\b"
        r"|\b(?:melden sie sich|meld dich|rufen sie mich|ruf mich|schreiben sie mir|schreib mir) "
        r"(?:\w+ )?(?:nicht mehr|nie wieder|nie mehr)\b",
    ),
    shape(
        "talk|speak|contact|call|email|e-mail|message|write to|hear from|leave me alone|"
        "lose my number",
        r"\b(?:don'?t|do not|won'?t|will not|never) (?:\w+ ){0,2}(?:want to |going to )?"
        r"(?:be )?(?:\S+ )?(?:talk|talking|speak|speaking|deal|dealing) (?:to|with) you\b",
        r"\b(?:don'?t|do not|never) (?:\w+ )?(?:contact|call|email|e-mail|message|text|write to) "
        r"(?:me|us) (?:\w+ )?(?:again|anymore|any more)\b"
        r"|\b(?:don'?t|do not|never) want to hear from you (?:\w+ )?(?:again|anymore)\b"
        r"|\bleave me alone\b|\blose my number\b",
    ),
)

# The client has decided or insists ("mir egal", „das will ich so“, „ich kenne meine Kunden“, "I
# don't care", "I know my market", "I don't want a …", "that's how I want it"): the decision is
# theirs; the draft accepts it and goes ahead, it does not defer it to a later answer.
INSISTS = (
    shape(
        "egal|will |wollen|möchte|kenne|entschieden|entscheide|basta|diskussion",
        r"\b(?:ist )?(?:mir|uns) (?:\w+ )?egal\b",
        r"\b(?:das|es|so) (?:will|möchte|wollen|möchten) (?:ich|wir) (?:\w+ )?(?:so|haben)\b"
        r"|\b(?:ich|wir) (?:will|möchte|wollen|möchten) (?:das|es) (?:\w+ )?so\b"
        r"|\b(?:ich|wir) (?:will|möchte|wollen|möchten) (?:\w+ )?(?:kein|keine|keinen)\b",
        r"\b(?:ich kenne|wir kennen) (?:meine|unsere|meinen|unseren) (?:kunden|zielgruppe|markt|"
        r"branche|leute|käufer)\b",
        r"\b(?:ich habe|wir haben) (?:mich |uns )?(?:\w+ )?entschieden\b|\bdas entscheide ich\b"
        r"|\bbasta\b|\bkeine diskussion\b",
    ),
    shape(
        "care|know my|know our|want|how i want|how we want|decided|decision|damn well|final|"
        "discussion|like it or not",
        r"\b(?:i|we) (?:don'?t|do not|couldn'?t|could not) (?:really )?care\b",
        r"\b(?:i|we) know (?:my|our) (?:market|audience|customers|clients|business|industry|"
        r"readers|people|brand)\b",
        r"\b(?:i|we) (?:don'?t|do not) (?:\w+ )?want "
        r"(?:a|an|any|the|that|this|it|to use|to have)\b",
        r"\b(?:that'?s|this is|it'?s) (?:how|what) (?:i|we) want(?: it)?\b"
        r"|\b(?:i'?ve|we'?ve|i have|we have) (?:already )?decided\b|\bmy decision\b"
        r"|\b(?:i|we)(?:'ll| will) get (?:what|every|all)\b|\b(?:damn|jolly) well\b"
        r"|\bend of (?:the )?discussion\b|\bwhether you like it or not\b|\bthat'?s final\b",
    ),
)

# The client wants the freelancer to act, not to be asked ("mach das einfach", "Sie sind doch der
# Profi", "just fix it", "you're supposed to be the expert", "what's so difficult"): the draft
# takes it on and says when the client hears back; it does not ask what is wrong.
DEMANDS_ACTION = (
    shape(
        "mach|profi|expert|fachmann|fachfrau|fachleute|kümmer|in ordnung|ausrede|schwer|job|"
        "reparier|beheb|korrigier|erledig|woher|tu |tun |tut |schick|send|liefer",
        r"\bmach(?:en sie|t)? (?:das|es|den \w+|die \w+) (?:\w+ )?(?:einfach|endlich|jetzt|halt)\b"
        # an imperative with „einfach“ / „endlich“: „machen Sie einfach“, „schick einfach die …“
        r"|\b(?:mach|machen sie|macht|schick|schicken sie|schickt|send|senden sie|liefer|"
        r"liefern sie|liefert) (?:mir |uns )?(?:doch |jetzt |halt )?(?:einfach|endlich)\b"
        r"|\bmach(?:en sie|t)? (?:doch )?(?:einfach|endlich) (?:\w+ )?(?:ihren|deinen|euren) job\b"
        r"|\b(?:mach|machen|macht|tu|tun|tut)\b[^.!?\n]{0,30}\bwas (?:man|ich|wir) (?:dir|ihnen|"
        r"euch) (?:\w+ )?(?:sagt|sage|sagen)\b",
        r"\b(?:sie sind|du bist|ihr seid) doch (?:\w+ )?(?:der|die|das)? ?(?:profis?|experten?"
        r"|expertin|fachmann|fachfrau|fachleute)\b",
        r"\b(?:kümmern sie sich|kümmer dich|kümmere dich|kümmert euch) (?:\w+ ){0,2}"
        r"(?:darum|drum)\b|\bbring(?:en sie)? (?:das|es) (?:\w+ )?in ordnung\b",
        r"\bwoher soll(?:en)? (?:ich|wir) (?:das )?wissen\b"
        r"|\bkeine ausreden\b|\bwas ist (?:daran|da|denn) so schwer\b|\bso schwer kann (?:das|es) "
        r"(?:doch )?nicht sein\b",
        r"\b(?:reparieren|beheben|korrigieren|erledigen) sie (?:das|es)\b"
        r"|\b(?:reparier|beheb|korrigier|erledig)\w* (?:das|es) (?:\w+ )?"
        r"(?:einfach|endlich|jetzt)\b",
    ),
    shape(
        "fix|expert|profession|pro|difficult|hard|complicated|sort|excuse|just|job|get it done|"
        "know|figure out|work out|do what",
        r"\bfix[.!]* (?:it|this|that|the[.!]* \w+)\b",
        r"\b(?:you'?re|you are|aren'?t you) (?:supposed to be |meant to be )?(?:the |an? )?"
        r"(?:\w+ )?(?:expert|professional|pro)\b",
        r"\bwhat'?s so (?:difficult|hard|complicated)\b|\bhow (?:hard|difficult) can it be\b",
        r"\bsort (?:it|this|that) out\b|\bexcuses\b|\bjust (?:do|make|get) (?:it|this|that)\b"
        r"|\b(?:can'?t|cannot|why can'?t) you just\b|\bget it done\b|\bdo your job\b",
        r"\bhow (?:do you expect me|am i supposed|should i|would i) (?:to )?know\b"
        r"|\b(?:figure|work) out what\b"
        r"|\bdo (?:\w+ )?what (?:i|we|you'?re|you are|you'?ve been|you were) (?:\w+ )?(?:say|said|"
        r"tell you|told|asked)\b",
    ),
)

# The client rejects niceties, excuses or explanations („sparen Sie sich Ihre Ausreden“, „keine
# Floskeln“, "spare me the thanks", "skip the pleasantries", "save your apologies"): the
# `demands_action` stage – no thanks opener, "understood", the next step. Checked before the kinds
# whose opener thanks.
_NICETIES_DE = (
    r"(?:ausreden|ausflüchte|entschuldigung\w*|floskeln|höflichkeit\w*|dank\w*|erklärung\w*|"
    r"rechtfertigung\w*|nettigkeit\w*|gelaber|geschwafel|bla ?bla)"
)
_NICETIES_EN = (
    r"(?:thanks|thank-?yous?|pleasantries|niceties|apolog(?:y|ies)|excuses|explanations|"
    r"small talk|platitudes|sorrys?|the sorry|spiel|waffle|fluff)"
)
NO_NICETIES = (
    shape(
        "spar|keine|ohne|schluss mit|lassen sie|lass ",
        r"\b(?:sparen sie sich|spar dir|spart euch|schluss mit|lassen sie|lass) (?:die |das |ihre "
        r"|deine |eure |ihr |dein |euer |sich |diese |dieses |diesen )?(?:ganzen? |ewigen? )?"
        + _NICETIES_DE
        + r"\b",
        r"\b(?:keine|ohne) (?:\w+ )?(?:floskeln|ausreden|ausflüchte|höflichkeitsfloskeln|gelaber|"
        r"geschwafel|nettigkeiten)\b",
    ),
    shape(
        "spare|save|skip|cut|no more|enough|don't need|do not need|not interested",
        r"\b(?:spare me|save|skip|cut) (?:the |your |all the |all your |me the |me your )?"
        + _NICETIES_EN
        + r"\b",
        r"\b(?:no more|enough (?:with|of)|(?:don'?t|do not) need|not interested in) (?:the |your "
        r"|any |more |all the |all your )?(?:excuses|pleasantries|niceties|apologies|small talk|"
        r"platitudes|waffle|spiel)\b",
    ),
)

# One concrete demand in a harsh message: the draft takes up exactly that demand, not "I'll look
# at it". A call („rufen Sie mich an“, „gehen Sie an Ihr Telefon“, "call me now", "pick up your
# phone") – a call today, the time theirs to name.
_NOT = r"(?:(?!nicht\b|nie\b|never\b|not\b)\w+ )"
WANTS_CALL = (
    shape(
        "ruf|telefon|handy|anruf|nehmen sie ab|nimm ab|geh ran|gehen sie ran",
        r"\b(?:rufen sie|ruf|ruft) (?:mich|uns) " + _NOT + r"{0,3}(?:zurück|an)\b"
        r"|\b(?:gehen sie|geh|geht) (?:\w+ ){0,2}(?:an (?:ihr|dein|euer)(?:e)? (?:telefon|handy)"
        r"|ran)\b|\b(?:nehmen sie|nimm|nehmt) (?:\w+ ){0,2}(?:ab|das telefon)\b"
        r"|\bich erwarte (?:\w+ ){0,3}(?:anruf|rückruf)\b",
    ),
    shape(
        "call|phone|ring",
        r"\b(?:call|ring|phone) (?:me|us) (?:back )?(?:now|asap|today|immediately|right now|"
        r"straight away|this (?:morning|afternoon|evening)|back)\b"
        r"|(?:^|[.!?]\s*)(?:\w+ )?(?:call|ring|phone) (?:me|us)(?: back)?\s*(?:[.!]|$)"
        r"|\b(?:pick up|answer) (?:the|your) (?:\w+ )?phone\b"
        r"|\b(?:i|we) (?:expect|want|need) a (?:phone )?call\b",
    ),
)

# Something published to be taken down („nehmen Sie das sofort raus“, „lösch den Beitrag“,
# "take it down now", "remove that post"): it comes down, and nothing more goes online without
# their OK.
WANTS_TAKEDOWN = (
    shape(
        "runter|raus|offline|lösch|entfern",
        r"\b(?:nehmen sie|nimm|nehmt) (?:das|es|den \w+|die \w+|ihn|sie) (?:\w+ ){0,2}"
        r"(?:runter|herunter|raus|offline|vom netz)\b"
        r"|\b(?:löschen sie|lösch|lösche|löscht|entfernen sie|entfern|entferne|entfernt) "
        r"(?:\w+ ){0,2}(?:beitrag|post|posting|story|foto|bild|kommentar|video)\w*\b",
    ),
    shape(
        "take|remove|delete|pull",
        r"\b(?:take|pull) (?:it|that|this|them|the \w+|that \w+|this \w+) (?:\w+ )?"
        r"(?:down|offline)\b"
        r"|\b(?:remove|delete|pull) (?:the|that|this|those|these) (?:\w+ )?"
        r"(?:post|posts|story|stories|tweet|photo|picture|comment|video|reel)\b",
    ),
)

# An apology asked for („nicht mal eine Entschuldigung“, „entschuldigen Sie sich“, "you don't even
# say sorry", "I expect an apology"): the draft opens with it.
WANTS_APOLOGY = (
    shape(
        "entschuldig",
        r"\bnicht (?:mal|einmal) (?:eine |ein )?(?:entschuldigung|entschuldigt)\b"
        r"|\bkeine (?:\w+ )?entschuldigung\b|\b(?:erwarte|verlange) (?:\w+ ){0,3}"
        r"entschuldigung\b|\bentschuldigung wäre\b"
        r"|\b(?:entschuldigen sie sich|entschuldige dich)\b"
        r"|\b(?:haben sie sich|hast du dich) (?:\w+ ){0,2}(?:nicht|nie) entschuldigt\b",
    ),
    shape(
        "sorry|apolog",
        r"\b(?:don'?t|do not|didn'?t|did not|never|not) (?:even )?(?:say|said|says) sorry\b"
        r"|\bnot (?:even )?(?:a|one|an) (?:single )?(?:sorry|apology)\b|\bno apology\b"
        r"|\b(?:i|we) (?:expect|want|demand|deserve) (?:\w+ ){0,2}apology\b"
        r"|\b(?:you )?owe (?:me|us) (?:\w+ ){0,2}apology\b|\ban apology would\b",
    ),
)

# The client objects to the freelancer's own tone („Ihr Ton in der letzten Mail war
# unangemessen“, „so lasse ich nicht mit mir reden“, "the tone of your last message was out of
# line"): sorry it came across that way, back to the matter. A client excusing their own tone
# ("sorry for my tone") is not this.
_NOT_OWN_TONE = (
    r"^(?![\s\S]*(?:\b(?:mein|meinen|meine|my) (?:\w+ )?(?:ton|tonfall|wortwahl|tone|wording)\b"
    r"|\bsorry for (?:my|the) (?:tone|wording)\b))[\s\S]*?"
)
OUR_TONE = (
    shape(
        "ton|wortwahl|mail|nachricht|antwort|mit mir|mit uns|fällt ihnen|fällt dir",
        _NOT_OWN_TONE + r"(?:\b(?:ton|tonfall|wortwahl|umgangston)\b[^.!?\n]{0,80}"
        r"\b(?:unangemessen|unverschämt|daneben|unhöflich|respektlos|herablassend|frech|"
        r"unmöglich|inakzeptabel|unprofessionell|patzig|schnippisch|übergriffig|anmaßend|"
        r"arrogant|befremdlich)\w*"
        r"|\b(?:mail|nachricht|antwort)\b[^.!?\n]{0,80}\b(?:unhöflich|respektlos|herablassend|"
        r"frech|patzig|schnippisch|anmaßend|arrogant|von oben herab)\w*"
        r"|\bso (?:lasse|lass|lassen) (?:ich|wir) (?:\w+ )?nicht mit (?:mir|uns) (?:reden|sprechen|"
        r"umgehen|umspringen)\b|\b(?:nicht )?in diesem ton\b|\bwas fällt (?:ihnen|dir) ein\b)",
    ),
    shape(
        "tone|attitude|manner|message|email|e-mail|reply|response|spoken to|talked to|"
        "written to|speak to me|talk to me",
        _NOT_OWN_TONE + r"(?:\b(?:tone|attitude|manner)\b[^.!?\n]{0,80}"
        r"\b(?:out of line|rude|unprofessional|inappropriate|unacceptable|condescending|"
        r"patronising|patronizing|disrespectful|offensive|uncalled for|snippy|snarky|"
        r"passive[- ]aggressive|aggressive|arrogant)\b"
        r"|\b(?:message|email|e-mail|reply|response)\b[^.!?\n]{0,80}\b(?:out of line|rude|"
        r"condescending|patronising|patronizing|disrespectful|uncalled for|snippy|snarky|"
        r"passive[- ]aggressive)\b"
        r"|\b(?:won'?t|will not|refuse to|don'?t|do not) (?:\w+ )?(?:be )?"
        r"(?:spoken|talked|written) to like that\b"
        r"|\b(?:don'?t|do not) (?:you )?(?:speak|talk|write) to me like that\b)",
    ),
)

# The client says they are not read or listened to („liest du eigentlich meine Mails?“, „das
# habe ich doch schon geschrieben“, „dreimal erklären“, „das dritte Mal, dass ich das erkläre“, "do
# you even read my emails?", "how many times", "the third time I've had to explain"): understood
# that repeating is annoying; the messages are gone through point by point today. No question
# back. A fault for the n-th time („das dritte Mal, dass der Server ausfällt“) is no such message.
NOT_LISTENED = (
    shape(
        "liest|lesen sie|lest|hörst|hören sie|hört|geschrieben|gesagt|erklärt|erwähnt|geschickt|"
        "steht|mal |mal,|schwarz auf weiß|wie oft|zum zweiten|zum dritten|zum vierten|zum x-ten|"
        "zum hundertsten|hinterher",
        r"\b(?:liest|lesen|lest) (?:du|sie|ihr) (?:\w+ ){0,2}(?:eigentlich|überhaupt|auch mal|"
        r"denn|nicht|meine|unsere)\b"
        r"|\b(?:hörst du|hören sie|hört ihr) (?:mir |uns )?(?:\w+ )?(?:eigentlich|überhaupt|nie|"
        r"nicht) (?:\w+ )?zu\b",
        r"\b(?:hab|habe|hatte|haben|hatten) (?:ich|wir) (?:ihnen|dir|euch)? ?(?:doch|bereits|schon|"
        r"extra|mehrfach|mehrmals|ausdrücklich) (?:\w+ ){0,4}(?:geschrieben|gesagt|erklärt|"
        r"erwähnt|geschickt)\b"
        r"|\bsteht (?:doch |alles |ja |klar |eindeutig )+(?:da|drin|in der \w+)\b"
        r"|\b(?:zwei|drei|vier|fünf|zehn|x|zig|hundert)mal (?:\w+ ){0,2}(?:erklär|sag|schreib|"
        r"erwähn)\w*|\b(?:zwei|drei|vier|fünf|zehn|x|zig|hundert)mal (?:\w+ ){0,2}hinterher\w*"
        r"|\bschwarz auf weiß\b|\bwie oft (?:\w+ ){0,4}(?:noch|denn)\b"
        r"|\bzum (?:zweiten|dritten|vierten|x-ten|hundertsten) mal\b"
        # „das dritte Mal, dass ich dir das erklären muss“
        r"|\b(?:das|der) (?:zweite|dritte|vierte|fünfte|x-te|zigste|hundertste) mal,? (?:dass|das)"
        r" (?:ich|wir) (?:\w+ ){0,4}(?:erklär|sag|schreib|erwähn|wiederhol)\w*",
    ),
    shape(
        "read|listen|told|said|explained|asked|mentioned|written|sent|how many times|for the|"
        "black and white|in my|in the|in our|wanted|specified|chase|chasing|time|explain|spell|"
        "first time",
        r"\bdo (?:you|u) (?:\w+ )?(?:read|listen)\b|\bare (?:you|u) (?:\w+ )?(?:reading|listening)"
        r"\b|\b(?:you|u) (?:don'?t|never|do not|didn'?t|did not) (?:\w+ )?(?:read|listen)\b",
        r"\b(?:i'?ve|i have|we'?ve|we have|i|we) (?:already |literally )?(?:told|said|explained|"
        r"asked|mentioned|written|sent) (?:\w+ ){0,4}(?:twice|three times|\w+ times|before|already|"
        r"repeatedly|again)\b|\bhow many times\b"
        r"|\bas i (?:already |clearly )?(?:said|told you|explained|mentioned|wrote|asked)\b"
        r"|\bfor the (?:second|third|fourth|fifth|last|\w+th) time\b"
        r"|\b(?:it'?s|it is|it was) (?:all |clearly |right )?(?:there )?in (?:my|the|our) "
        r"(?:email|e-mail|message|brief)\b|\bin black and white\b"
        r"|\b(?:have|had|having|need) to (?:keep )?(?:chase|chasing) (?:you|u)\b"
        # "the third time I've had to explain this", "let me explain this slowly", "it didn't
        # land the first time"
        r"|\bthe (?:second|third|fourth|fifth|\w+th) time (?:that )?(?:i|we)(?:'ve| have| had)? "
        r"(?:had to |have to |needed to )?(?:explain|tell|say|ask|write|remind|spell)\w*"
        r"|\b(?:explain|spell) (?:it|this|that) (?:out )?(?:again|slowly|one more time)\b"
        r"|\b(?:didn'?t|did not|doesn'?t|does not) (?:\w+ )?(?:land|sink in|get through) the "
        r"first time\b",
    ),
)

# The client restates the instruction itself („ich hatte Blau gesagt, nicht Türkis“, „zum dritten
# Mal: das Logo kommt nach links“, „ich habe doch geschrieben, dass …“, "I said blue, not teal",
# "I said NO stock photos", "I told you to keep the old logo"): the instruction is in the message,
# so the draft does it exactly as written – no rereading of old messages, no question back.
RESTATED = (
    # „ich hatte Blau gesagt, nicht Türkis“, „ich wollte A4, nicht A5“
    shape(
        "gesagt|sagte|wollte|bestellt|geschrieben|mal",
        r"\b(?:ich|wir) (?:hatte|hatten|habe|haben|hab)? ?(?:doch |ausdrücklich |extra )?"
        r"(?:\w+ ){1,3}(?:gesagt|bestellt)[.,;:]? (?:und )?nicht \w+\b"
        r"|\b(?:ich|wir) (?:sagte|sagten|wollte|wollten) (?:doch |ausdrücklich |extra )?"
        r"(?:\w+ ){0,2}\w+[.,;:] (?:und )?nicht \w+\b",
        r"\b(?:ich|wir) (?:habe|hab|hatte|haben|hatten) (?:ihnen |dir |euch )?(?:doch |bereits |"
        r"schon |ausdrücklich |extra |klar |mehrfach )*(?:gesagt|geschrieben),? dass\b"
        r"|\bzum (?:zweiten|dritten|vierten|fünften|x-ten|hundertsten|\d+\.) mal\s*:\s*"
        r"(?:\w+ ){2,}\w+",
    ),
    shape(
        "said|asked for|wanted|specified|told you|time",
        # "I said blue, not teal", "I asked for A4. not A5."
        r"\b(?:i|we) (?:said|asked for|wanted|specified) (?:\w+ ){0,2}\w+[.,;:]? (?:and )?not "
        r"(?!so\b|really\b|that\b|very\b|quite\b|sure\b|happy\b|at all\b|to\b)"
        r"(?:a |an |the )?\w+\b",
        r"\b(?:i|we) (?:clearly |already |explicitly |specifically )?(?:said|asked for|specified) "
        r"(?:no|only|just) \w+"
        r"|\b(?:i|we) (?:\w+ )?told you (?:not )?to (?:use|make|put|remove|keep|change|add|leave|"
        r"move|take|cut|drop|delete|swap)\b"
        r"|\bfor the (?:second|third|fourth|fifth|\w+th) time\s*:\s*(?:\w+ ){1,}\w+",
    ),
)

# The client names a practice of the freelancer's that annoys them: no straight answer,
# unanswered emails, updates that say nothing, too many questions, long emails („keine klare
# Antwort“, „drei Mails und keine Reaktion“, „dauernd Fragen stellen“, "not one straight
# answer", "another update that tells me nothing", "stop sending me essays"): the draft answers
# that practice – one short message today with where things stand and the next step. It asks
# nothing back ("tell me what to fix" asks for what they just said).
_NUMBER_WORDS = (
    r"(?:\d+|two|three|four|five|six|several|multiple|zwei|drei|vier|fünf|sechs|mehrere)"
)
NAMED_PRACTICE = (
    shape(
        "antwort|reaktion|rückmeldung|fragen|rückfragen|update|zwischenstand|nichtssagend|"
        "romane|lange mails|lange e-mails|lange nachrichten",
        r"\b(?:keine|nie eine|nicht eine|nicht mal eine|ohne) (?:einzige )?(?:klare|vernünftige|"
        r"richtige|eindeutige|konkrete|direkte|brauchbare|ehrliche) antwort\b",
        r"\b" + _NUMBER_WORDS + r" (?:mails|e-mails|nachrichten|anrufe|anfragen)\b[^.!?\n]{0,40}"
        r"\b(?:keine|ohne|null|nicht eine) (?:\w+ )?(?:antwort|reaktion|rückmeldung)\b",
        r"\b(?:dauernd|ständig|immer wieder|andauernd|laufend) (?:\w+ ){0,2}(?:rück)?fragen "
        r"(?:stellen|stellst|stellt|zu stellen)\b"
        r"|\bhören sie auf,? (?:mir )?(?:\w+ )?fragen\b|\bhör auf,? (?:mir )?(?:\w+ )?fragen\b",
        r"\b(?:update|zwischenstand|statusbericht|statusmail)\w*\b[^.!?\n]{0,40}"
        r"\b(?:nichts|nix|null) (?:\w+ )?(?:sagt|aussagt|drinsteht|enthält)\b"
        r"|\bnichtssagend\w*|\b(?:romane|lange (?:e-)?mails|lange nachrichten)\b",
    ),
    shape(
        "answer|reply|replies|response|update|question|essay|long-winded|long winded",
        r"\b(?:no|not one|not a|not a single|never a|never one|without a|still no) "
        r"(?:single )?(?:straight|clear|proper|real|direct|simple|honest) "
        r"(?:answer|reply|response)\b",
        r"\b" + _NUMBER_WORDS + r" (?:emails|e-mails|messages|calls|texts)\b[^.!?\n]{0,40}"
        r"\b(?:no|not one|not a|without (?:a|any)|zero) (?:\w+ )?(?:answer|reply|response)\b"
        r"|\b(?:you )?(?:never|don'?t|do not) (?:\w+ )?(?:answer|reply to|respond to) (?:my|our) "
        r"(?:emails|e-mails|messages|questions)\b",
        r"\bupdates?\b[^.!?\n]{0,40}\b(?:tells?|told|says?|said) (?:me |us )?(?:absolutely |"
        r"precisely |literally )?nothing\b|\b(?:empty|pointless|useless|meaningless) updates?\b",
        r"\bstop (?:\w+ )?(?:asking|sending) (?:me |us )?(?:\w+ ){0,3}(?:questions|emails|e-mails|"
        r"essays|messages)\b|\b(?:don'?t|do not) pay you to ask (?:me |us )?(?:\w+ )?questions\b"
        r"|\blong[- ]winded\b|\bessays\b",
    ),
)

# Sarcasm about a mistake that took several tries to put right („hat ja nur drei Anläufe
# gebraucht“, „endlich richtig“, "only took three tries to spell our name right", "finally got
# it right"): it is fixed now, so the draft apologises for the rounds and says how it is avoided
# – no "I'll look into it today".
SLOW_FIX = (
    shape(
        "anläufe|anlauf|versuch|runden|mal|mails|erinnerung|endlich",
        r"\bnur (?:\w+ )?(?:\d+|zwei|drei|vier|fünf|sechs|mehrere|ein paar) (?:anläufe|versuche|"
        r"runden|mails|erinnerungen|mal)\b[^.!?\n]{0,40}\b(?:gebraucht|gedauert)\b"
        r"|\bbeim (?:zweiten|dritten|vierten|fünften|x-ten|zehnten) (?:anlauf|versuch|mal)\b"
        r"|\bendlich (?:\w+ ){0,2}(?:richtig|korrekt|stimmt|geschafft|hinbekommen)\b",
    ),
    shape(
        "took|finally|charm",
        r"\b(?:only|just) took (?:\w+ ){0,2}(?:\d+|two|three|four|five|six|several|a few|"
        r"multiple|a dozen) (?:\w+ )?(?:tries|attempts|goes|rounds|emails|reminders|times|"
        r"versions)\b"
        r"|\bfinally (?:\w+ ){0,2}(?:got|spelled|spelt|managed|fixed|correct|right)\b"
        r"|\b(?:third|fourth|fifth) time'?s? (?:the|a) charm\b",
    ),
)

# The client names today („heute noch“, „bis heute Abend“, "if this isn't sorted today",
# "by end of day"): the default next step, which answers by tomorrow, says today instead.
# Only today as a deadline: "sorted today", "bis heute Abend", "I need it today" – not "I bought
# one today" or "in today's world".
TODAY = (
    # a deadline of tomorrow set by the client („wenn das bis morgen nicht läuft“, "if it's not
    # fixed by tomorrow"): the answer has to come today, not "by tomorrow"
    shape(
        "morgen|tomorrow",
        r"\b(?:wenn|falls) (?:\w+ ){0,4}bis morgen (?:\w+ ){0,4}nicht\b"
        r"|\b(?:muss|müssen|brauche|brauchen)\b[^.!?\n]{0,40}\bbis (?:spätestens )?morgen\b",
        r"\bif (?:[\w']+ ){0,5}(?:by|before) tomorrow\b"
        r"|\b(?:need|needs|must|has to|have to)\b[^.!?\n]{0,40}\b(?:by|before) tomorrow\b",
    ),
    shape(
        "heute",
        r"\b(?:bis|noch|spätestens|ab) heute\b|\bheute (?:noch|abend|nachmittag|mittag|bis|"
        r"spätestens)\b",
        r"\b(?:fertig|erledigt|behoben|gelöst|geklärt|online|geliefert|korrigiert|repariert|da)\b"
        r"[^.!?\n]{0,30}\bheute\b|\bheute\b[^.!?\n]{0,30}\b(?:fertig|erledigt|behoben|gelöst|"
        r"geklärt|online|geliefert|korrigiert|repariert)\b",
        r"\b(?:brauche|brauchen|will|wollen|muss|müssen|erwarte|erwarten)\b[^.!?\n]{0,40}"
        r"\bheute\b",
    ),
    shape(
        "today|tonight|end of day|eod|close of business|by noon",
        r"\b(?:by|before|until|till|for|no later than|still) (?:today|tonight)\b"
        r"|\b(?:today|tonight),? (?:at the latest|or else|or)\b"
        r"|\bby (?:the )?end of (?:the )?day\b|\bby eod\b|\bby close of business\b|\bby noon\b",
        r"\b(?:sorted|fixed|done|finished|ready|solved|resolved|delivered|sent|live|back up|"
        r"working)\b[^.!?\n]{0,20}\b(?:today|tonight)\b",
        r"\b(?:need|needs|needed|want|wants|must|has to|have to|expect)\b[^.!?\n]{0,40}"
        r"\b(?:today|tonight)\b",
    ),
)

# A bare jab or sarcasm that names nothing ("Kennen Sie das Programm überhaupt?", "what great
# customer service"), in a short message: the one case where the draft asks where it went wrong.
# By default (the message names a concrete point) it says the point is looked into.
_SHORT = r"^(?=[\s\S]{0,160}$)[\s\S]*?"
JAB = (
    shape(
        "kennen sie|verstehen sie|wissen sie|können sie|kennst du|verstehst du|weißt du|kannst du|"
        "könnt ihr|ahnung|na toll|na super|na klasse|na prima|service|danke für nichts|dank auch|"
        "großes kino",
        _SHORT
        + r"(?:\b(?:kennen|verstehen|wissen|können) sie (?:\w+ ){0,3}(?:überhaupt|eigentlich)\b"
        r"|\b(?:kennst|verstehst|weißt|kannst) du (?:\w+ ){0,3}(?:überhaupt|eigentlich)\b"
        r"|\bwas könnt ihr (?:denn )?(?:eigentlich|überhaupt)\b"
        r"|\b(?:haben sie|hast du|habt ihr) (?:\w+ )?(?:eine )?ahnung\b"
        r"|\bna (?:toll|super|klasse|prima)\b|\b(?:toller|super|klasse|großartiger) service\b"
        r"|\bdanke für nichts\b|\bvielen dank auch\b|\bganz großes kino\b)",
    ),
    shape(
        "know|underst|get it|listening|reading|trying|service|thanks for nothing|picture|point",
        _SHORT + r"(?:\bdo you (?:even |actually |really )?(?:know|understand|get)\b"
        r"|\b(?:you|u) (?:don'?t|dont|dnt|do not) (?:even |really )?(?:underst\w*"
        r"|know what you'?re doing|get it)\b"
        r"|\bare you (?:even |actually )?(?:listening|reading|trying)\b"
        r"|\bwhat (?:a )?(?:great|wonderful|fantastic|excellent|brilliant|amazing) (?:customer )?"
        r"service\b|\bthanks for nothing\b"
        r"|\b(?:missing|seeing|see) the (?:bigger |big |whole )?(?:picture|point)\b)",
    ),
)

# A fault named inside the anger („falsches Datum“, „geht immer noch nicht“, „hängen schief“,
# „ohne Freigabe gepostet“, "the numbers are still wrong", "a spelling mistake", "without asking
# me"): the point is confirmed and the draft says by tomorrow how and by when it is put right. The
# default (most angry messages name nothing: „Null Ahnung“, "a kid could have done better") asks
# what to put right instead – never what the client already said.
NAMED_FAULT = (
    shape(
        "falsch|fehler|schief|kaputt|funktionier|geht|gehen|lädt|läuft|stimmt|stimmen|fehlt|"
        "fehlen|immer noch|noch immer|ohne|freigegeben|verspät|pünktlich|zu spät|doppelt|mehr|"
        "gesagt|reagiert|antwortet|genug|zurück|mahn|gebühr|nicht|mal|mehrfach",
        r"\bfalsch\w*|\b\w*fehler\w*|\bschief\b|\bkaputt\w*"
        # verb last in a clause: „dass der Drucker nicht geht“
        r"|\bnicht (?:mehr )?(?:geht|gehen|funktioniert|funktionieren|läuft|laufen|lädt|laden)\b"
        # chased several times: „ich habe Ihnen jetzt dreimal geschrieben“
        r"|\b(?:zweimal|dreimal|viermal|mehrmals|mehrfach|x-mal|\d+ ?mal) (?:\w+ ){0,3}"
        r"(?:geschrieben|gesagt|angerufen|nachgefragt|gemeldet|erinnert)\b"
        r"|\bfunktionier\w* (?:\w+ ){0,3}nicht\b"
        r"|\b(?:geht|gehen|lädt|laden|läuft|laufen) (?:\w+ ){0,4}nicht\b"
        r"|\b(?:stimmt|stimmen) (?:\w+ ){0,3}nicht\b"
        r"|\b(?:fehlt|fehlen)\b(?! (?:mir |einem )?(?:die |echt die )?worte\b)"
        r"|\b(?:immer noch|noch immer) (?:\w+ ){0,3}(?:nicht|kein\w*)\b"
        r"|\bohne (?:\w+ ){0,3}(?:freigabe|zu fragen|rückfrage|absprache|rücksprache)\b"
        r"|\bnicht freigegeben\b|\bverspät\w*|\bzu spät\b|\bpünktlich\b"
        r"|\b(?:doppelt|mehr) (?:\w+ ){0,3}(?:als |wie )?(?:vereinbart|abgemacht|abgesprochen|"
        r"besprochen)\b"
        r"|\bohne dass\b[^.!?\n]{0,40}\bfreigegeben\b|\b(?:hab|habe|hatte) (?:\w+ ){0,2}gesagt\b"
        r"|\b(?:keiner|niemand) (?:\w+ ){0,2}(?:reagiert|antwortet)\b|\bnicht genug\b"
        r"|\bgeld zurück\b|\bmahn\w*|\b\w*gebühr\w*",
    ),
    shape(
        "wrong|error|mistake|typo|bug|broken|crash|work|load|open|still|missing|without|late|"
        "delay|overdue|sync|spelling|twice|double|more than|nothing|said|told|enough|"
        "answer|respond|repl|back|refund|recogni|be |times",
        r"(?<!nothing )\bwrong\b(?! with (?:you|u|y'?all|your|people|this)\b)"
        r"|\berrors?\b|\bmistakes?\b|\btypos?\b|\bbugs?\b|\bbroken\b|\bcrash\w*"
        r"|\b(?:doesn'?t|does not|don'?t|do not|won'?t|will not|isn'?t|is not|aren'?t|are not) "
        r"(?:\w+ )?(?:work|working|load|loading|open|opening)\b"
        r"|\bstill (?:\w+ )?(?:not|isn'?t|aren'?t|doesn'?t|don'?t|wrong|broken|down|missing|"
        r"sending|showing)\b|\bmissing\b"
        r"|\bwithout (?:\w+ ){0,2}(?:asking|approval|permission|checking|sign-?off)\b"
        r"|\b(?:late|delayed|overdue)\b|\bout of sync\b|\bspelling\b"
        r"|\b(?:twice|double|more than) (?:\w+ ){0,3}(?:what )?(?:we |you )?(?:agreed|quoted)\b"
        r"|\bnothing (?:\w+ ){0,3}(?:opens|works|loads)\b"
        r"|\b(?:i said|i told you)\b|\bnot enough\b"
        r"|\b(?:nobody|no one|no-one) (?:\w+ ){0,2}(?:answer\w*|respond\w*|repl\w*)\b"
        r"|\b(?:isn'?t|is not|not) back up\b|\b(?:deposit|money) back\b|\brefund\b"
        r"|\b(?:won'?t|doesn'?t|does not|can'?t) (?:\w+ )?recogni[sz]e\b"
        r"|\b(?:can|could|should) be (?:\w+ )?" + _COMPARATIVES + r"\b"
        r"|\b(?:three|four|five|several|multiple|\d+) times\b(?! (?:a|per) )",
    ),
    shape(
        "unscharf|verschwommen|verwackelt|pixel|körnig|belichtet|holprig|hölzern|wörtlich|steif|"
        "übersetzt|google translate|maschinell|blur|focus|grain|exposed|literal|clunky|wooden|"
        "stilted|robotic|translat|stichig|farbstich|cast|tint|hue",
        r"\b" + _DEFECTS,
    ),
)


# A harsh message that names the task or the thing it is angry about without a fault word („zu
# blöd, eine einfache Liste zu führen“, „was Sie mit meiner Datenbank angestellt haben“, "too
# incompetent to update a spreadsheet", "you know what you did to the ledger"): the draft takes
# that point up like `named_fault` and never asks what went wrong. Tried before `insult`.
NAMED_TASK = (
    shape(
        "zu blöd|zu dumm|zu doof|zu unfähig|zu faul|in der lage|gemacht|angestellt|angerichtet",
        r"\bzu (?:blöd|dumm|doof|unfähig|faul|inkompetent)\w*,? (?:\w+ ){1,5}zu \w+"
        r"|\bnicht (?:mal |einmal )?in der lage,? (?:\w+ ){1,5}zu \w+"
        r"|\bwas (?:sie|du|ihr) (?:da )?(?:mit|an) (?:\w+ ){1,3}"
        r"(?:gemacht|angestellt|angerichtet)\b",
    ),
    shape(
        "too |what you",
        r"\btoo (?:stupid|dumb|incompetent|lazy|thick|useless) to \w+"
        r"|\bwhat (?:you|you'?ve|you have) (?:\w+ )?(?:did|done) (?:to|with) "
        r"(?:the|my|our|this|that) \w+",
    ),
)


# --- AI, for quality_criticism and harsh_tone ----------------------------------------------------

# The shared AI_SUSPICION says AI is mentioned. Only where a detector, checker or score is named
# does the draft say that such tools misjudge human writing (ai_detector); a simile ("reads like
# ChatGPT wrote it", „klingt nach KI“) is a complaint about voice, not an accusation (ai_style,
# quality_criticism: rewrite it in their voice); the rest is an accusation or a question
# (ai_suspicion: how the text came about, drafts and notes offered – no word about checkers).
_DETECTOR = translated(
    r"\b(?:detektor\w*|checker\w*|detectors?|detection|erkennungs\w*|prüf(?:tool|"
    r"software|programm)\w*|tools?|scores?|gptzero|zerogpt|turnitin|originality|copyleaks|"
    r"flagged|flags|schlägt \w* ?an|schlug \w* ?an)\b|\d+ ?(?:%|prozent|percent)"
)
AI_DETECTOR = requiring(_DETECTOR, AI_SUSPICION)
_AI_WORD = r"(?:ai|a\.i\.|ki|künstliche\w* intelligenz|chat ?gpt|gpt)"
_BOT = r"(?:a |ein |eine |einer |einem )?(?:bot|robot|machine|roboter|maschine)"
_AI_SIMILE_RAW = (
    r"\b(?:reads?|sounds?|feels?|looks?|comes? across|seems?|reading|sounding) "
    r"(?:\w+ ){0,2}(?:like|as if|as though) (?:\w+ ){0,3}" + _AI_WORD + r"\b"
    r"|\blike (?:chat ?gpt|ai|" + _BOT + r") (?:wrote|had written|did)\b"
    r"|\b(?:written|generated) by (?:" + _BOT + r")\b"
    r"|\b(?:klingt|klingen|liest sich|lesen sich|wirkt|wirken|hört sich|hören sich|als hätte|"
    r"als ob) (?:\w+ ){0,4}" + _AI_WORD + r"\b"
    r"|\bals (?:hätte|ob) (?:" + _BOT + r") (?:\w+ ){0,3}(?:geschrieben|getippt|verfasst)\b"
)
_AI_SIMILE = translated(_AI_SIMILE_RAW)
# "Did you use ChatGPT?", „haben Sie das mit KI gemacht?“: a question about use, no simile.
_AI_USE_RAW = (
    r"\b(?:did you|have you|you|u) (?:\w+ )?(?:use|used|run)\b|\bai-generated\b"
    r"|\bgeneriert\w*|\b(?:benutzt|verwendet|genutzt|eingesetzt)\b"
    r"|\bmit (?:ki|chat ?gpt|gpt) (?:\w+ )?(?:gemacht|geschrieben|erstellt)\b"
)
_AI_USE = translated(_AI_USE_RAW)
AI_STYLE = (
    shape(
        "like|as if|as though|written by|generated by|klingt|klingen|liest sich|lesen sich|"
        "wirkt|wirken|hört sich|hören sich|als hätte|als ob",
        rf"^(?![\s\S]*(?:{_AI_USE_RAW}))[\s\S]*?(?:{_AI_SIMILE_RAW})",
    ),
)
AI_NOT_STYLE = tuple(
    Shape(
        s.stems,
        rf"^(?:(?=[\s\S]*(?:{_AI_USE}))|(?![\s\S]*(?:{_AI_SIMILE})))"
        rf"[\s\S]*?(?:{s._source})",
    )
    for s in AI_SUSPICION
)

# --- quality_criticism ---------------------------------------------------------------------------

# The complaint is about how the work was done, not the result: things done without asking,
# not sticking to what was agreed ("ohne Rücksprache", "an das halten, was wir vereinbaren",
# "without checking with us", "stick to what we agreed"). Nothing to rework: the draft says the
# agreement is kept and questions come first.
PROCESS = (
    shape(
        "rücksprache|absprache|abstimmung|fragen|vereinbar|abgesprochen|abgestimmt|besprochen|"
        "eigenmächtig|leiten|verlangt|bestellt|gewollt|beauftragt",
        r"\bohne (?:\w+ ){0,2}(?:rücksprache|absprache|abstimmung|nachzufragen|zu fragen)\b",
        r"\bhalt\w*\b" + GAP + r"\bvereinbar\w*|\bvereinbar\w*" + GAP + r"\bhalten\b",
        r"\b(?:nicht|nie|gar nicht) (?:\w+ )?(?:abgesprochen|abgestimmt|vereinbart|besprochen)\b"
        r"|\beigenmächtig\w*|\bnicht (?:\w+ ){0,3}ableiten\b|\bab(?:zu)?leiten\b",
        r"\b(?:das|dies) (?:habe|hatte|haben|hatten) (?:ich|wir) (?:so )?(?:nie|nicht|gar nicht) "
        r"(?:verlangt|bestellt|gewollt|beauftragt)\b",
    ),
    shape(
        "without|stick to|keep to|agreed|ask",
        r"\bwithout (?:\w+ )?(?:checking|asking|consulting|talking to|running it by|telling)\b",
        r"\b(?:stick|keep) to (?:what (?:we|was) (?:\w+ )?agreed|(?:the|our) (?:agreement|brief|"
        r"plan|scope))\b|\b(?:just )?do what (?:we|was) (?:\w+ )?agreed\b",
        r"\b(?:i|we) (?:never|didn'?t|did not) ask(?:ed)? (?:you )?(?:for|to)\b",
    ),
)

# The client liked an earlier version better („die alte fand ich besser“, „vorher war es besser“,
# "the first draft was better", "I preferred the original"): the draft asks what was better and
# offers to go back to it; no "I'll rework it accordingly" without knowing what to change.
PREFERS_EARLIER = (
    shape(
        "besser|lieber",
        r"\b(?:alte|erste|vorherige|frühere|ursprüngliche|vorige|letzte|originale)\w* "
        r"(?:\w+ ){0,4}(?:war|gefiel|fand\w*|finde\w*|gefallen|mochte\w*) (?:\w+ ){0,4}"
        r"(?:besser|lieber)\b",
        r"\b(?:fand|finde|fanden|finden|mochte|mochten|gefiel) (?:ich|wir|mir|uns)? ?(?:\w+ ){0,3}"
        r"(?:die|den|das|der) (?:alte|erste|vorherige|frühere|ursprüngliche|vorige)\w* "
        r"(?:\w+ ){0,3}(?:besser|lieber)\b",
        r"\b(?:vorher|davor|früher|zuerst|am anfang|in der ersten (?:version|fassung|runde)) "
        r"(?:\w+ ){0,4}(?:war|gefiel|fand\w*|sah|las|wirkte|klang) (?:\w+ ){0,4}besser\b"
        r"|\b(?:war|gefiel|sah|wirkte|klang) (?:es|das|mir|uns) (?:\w+ ){0,3}(?:vorher|davor|"
        r"früher) (?:\w+ )?besser\b",
    ),
    shape(
        "better|prefer|like",
        r"\b(?:old|original|first|earlier|previous|last|initial|older)\w* (?:\w+ ){0,3}"
        r"(?:was|were|looked|read|felt|sounded|is) (?:\w+ ){0,2}better\b",
        r"\b(?:i|we) (?:\w+ )?(?:preferred|prefer|liked|like) (?:the )?(?:old|original|first|"
        r"earlier|previous|last|initial|older)\b",
        r"\b(?:i|we) (?:\w+ )?(?:liked|preferred) (?:it|this|that|the \w+) (?:\w+ )?(?:better|more)"
        r" (?:before|previously|the first time)\b|\b(?:it|this|that) was better before\b",
    ),
)

# Something technical does not work („funktioniert nicht“, „der Link geht nicht“, „lädt nicht“,
# "the filter isn't working", "the link is broken", "an error message"): only here does the
# draft find the cause first and come back with the fix or an explanation.
NOT_WORKING = (
    shape(
        "funktionier|geht nicht|gehen nicht|klappt nicht|kaputt|lädt|laden|fehlermeldung|404|"
        "stürzt|absturz|hängt sich|lässt sich|lassen sich|reagiert|angezeigt|öffnen|öffnet|geht|"
        "gehen|klappt",
        r"\bfunktionier\w* (?:\w+ ){0,3}nicht\b|\bnicht (?:\w+ )?funktionier\w*"
        r"|\b(?:link|links|button|knopf|formular|seite|download|filter|suche|menü|video|app|shop|"
        r"warenkorb|kasse|login|datei|dateien|mail|mails) (?:\w+ ){0,3}(?:geht|gehen|klappt|"
        r"lädt|laden|reagiert|reagieren|öffnet|öffnen) (?:\w+ ){0,4}nicht\b",
        r"\bkaputt\w*|\bfehlermeldung\w*|\b404\b|\bstürzt (?:\w+ ){0,2}ab\b|\babsturz\b"
        r"|\bhängt sich (?:\w+ )?auf\b|\b(?:lässt|lassen) sich (?:\w+ ){0,3}nicht (?:\w+ )?"
        r"(?:öffnen|laden|anklicken|abspielen|herunterladen|installieren|bearbeiten|drucken)\b"
        r"|\bwird (?:\w+ ){0,2}nicht (?:\w+ )?angezeigt\b|\breagiert (?:\w+ )?nicht\b",
    ),
    shape(
        "work|load|open|play|display|show|render|download|submit|broken|error|crash|bug|404|"
        "glitch|freez|breaks|broke",
        r"\b(?:isn'?t|is not|aren'?t|are not|doesn'?t|does not|don'?t|do not|won'?t|will not|"
        r"can'?t|cannot|not|stopped|stops) (?:\w+ )?(?:load|loading|open|opening|play|playing|"
        r"display|displaying|show up|showing up|render|rendering|download|downloading|submit|"
        r"submitting)\b",
        r"\b(?:link|links|button|buttons|form|page|site|website|filter|filters|search|menu|video|"
        r"app|shop|cart|checkout|login|file|files|download|code|script|plugin|feature|player|"
        r"slider|pop-?up|payment|integration|tracking|widget|pdf|upload|sync|automation|"
        r"spreadsheet|formula|macro|zap) (?:\w+ ){0,3}(?:isn'?t|is not|aren'?t|are not|doesn'?t|"
        r"does not|don'?t|do not|won'?t|will not|stopped|not) (?:\w+ )?(?:work|working)\b",
        r"\bbroken\b|\berror (?:message|code|page)s?\b|\b\d{3} error\b"
        r"|\b(?:get|gets|getting|got|shows?|showing|throws?|throwing) (?:an |the )?error\b"
        r"|\bcrash\w*|\bbugs?\b|\bbuggy\b|\b404\b|\bglitch\w*|\bfreez\w*"
        r"|\b(?:breaks|broke) (?:on|in|when|if|after|for|completely|down)\b"
        r"|\b(?:it|this|everything|checkout|site|page|layout|form|app|menu|link|button|code|"
        r"cart|login|plugin) (?:\w+ )?(?:breaks|broke)\b",
    ),
)

# Plain errors in the work: typos, wrong figures, a misspelt name, numbers that don't match
# („Tippfehler“, „der Name ist falsch geschrieben“, „falsche Telefonnummer“, "three typos", "the
# figures don't match"): thanks, they are corrected and a clean version comes. No cause hunt,
# no question, no two-day wait.
ERRORS = (
    shape(
        "tipp|rechtschreib|grammatik|komma|buchstabendreher|vertipp|falsch|verkehrt|stimm|fehler|"
        "doppelt|zweimal",
        r"\btippfehler\w*|\brechtschreib\w*|\bgrammatikfehler\w*|\bkommafehler\w*"
        r"|\bbuchstabendreher\w*|\bvertipp\w*|\bfalsch (?:\w+ )?geschrieben\w*",
        r"\b(?:falsche|falscher|falsches|falschen|verkehrte|verkehrten) (?:\w+ )?(?:zahl|zahlen|"
        r"ziffer\w*|datum|daten|name\w*|telefonnummer|nummer|adresse|preis\w*|betrag|beträge|"
        r"angabe\w*|jahreszahl|uhrzeit|e-mail\w*|mailadresse|link|titel|überschrift|"
        r"bildunterschrift|schreibweise|summe|werte?|prozent\w*|bilder|bild|foto|fotos|logo)\b",
        r"\b(?:name|namen|nummer|telefonnummer|zahl|zahlen|datum|adresse|preis|preise|summe|"
        r"summen|beträge|werte|angaben|daten) (?:\w+ ){0,4}(?:(?:ist|sind) (?:\w+ ){0,2}falsch"
        r"|(?:stimmt|stimmen) (?:\w+ ){0,3}nicht)\b|\bstimm\w* nicht (?:mit \w+ \w+ )?überein\b"
        r"|\b(?:fehler|fehlerchen) (?:\w+ ){0,2}(?:drin|im text|in den texten|eingeschlichen)\b"
        r"|\b(?:\d+|einige|ein paar|mehrere|viele|noch|zwei|drei|vier|fünf) (?:\w+ )?fehler\b"
        r"|\b(?:taucht|tauchen|steht|stehen) (?:\w+ ){0,3}(?:doppelt|zweimal) (?:\w+ )?"
        r"(?:auf|drin)\b"
        r"|\b(?:doppelt|zweimal) (?:gebucht|erfasst|berechnet|gezählt|aufgeführt)\b",
    ),
    shape(
        "typo|spel|grammar|grammatical|wrong|incorrect|match|add up|mistake|errors|off|twice|"
        "double",
        r"\btypos?\b|\bmis-?spel\w*|\bspelling (?:mistakes?|errors?)\b"
        r"|\b(?:spelt|spelled|written) (?:\w+ )?(?:wrong|wrongly|incorrectly)\b"
        r"|\bgrammar (?:mistakes?|errors?)\b|\bgrammatical (?:mistakes?|errors?)\b",
        r"\b(?:wrong|incorrect) (?:\w+ )?(?:number|numbers|figure|figures|date|dates|name|names|"
        r"phone|address|price|prices|amount|amounts|totals?|email|link|title|caption|year|"
        r"spelling|logo|image|images|photo|photos|picture|pictures)\b"
        r"|\b(?:number|numbers|figures|totals?|dates?|name|price|prices|address|amounts?|phone) "
        r"(?:\w+ ){0,5}(?:is|are|was|were) (?:\w+ )?(?:wrong|incorrect|off)\b"
        r"|\b(?:don'?t|do not|doesn'?t|does not) (?:\w+ )?(?:match|add up)\b"
        r"|\bmistakes?\b|\berrors\b"
        r"|\b(?:appears?|shows? up|listed|counted|booked|entered) twice\b|\bdouble-?counted\b",
    ),
)

# The client asks to go through it together („können wir das gemeinsam durchgehen?“, „gehen Sie
# das mit mir durch?“, "can you go through it line by line with me?", "walk me through it"): the
# request is answered first – yes, together; you check it yourself beforehand, they name a time.
WALKTHROUGH = (
    shape(
        "durch",
        r"\b(?:gemeinsam|zusammen|mit mir|mit uns) (?:\w+ ){0,4}(?:durchgehen|durchsprechen)\b"
        r"|\bgeh(?:en sie|st du|t ihr|en wir)? (?:das|es|die \w+|den \w+|alles) (?:\w+ ){0,3}"
        r"(?:mit mir|mit uns|gemeinsam|zusammen) (?:\w+ ){0,3}durch\b",
    ),
    shape(
        "through|over",
        r"\b(?:walk|talk|take) (?:me|us) through\b"
        r"|\bgo (?:through|over) (?:it|this|that|them|the \w+|everything)(?: \w+){0,4} "
        r"(?:with (?:me|us)|together)\b",
    ),
)

# The client objects to the direction and names it: a property ("zu bunt", "nicht so jung", "too
# edgy", "could be whiter", "more professional", "tone it down"). The draft reworks it in that
# direction; the default kind's words (check, find the cause, fix) are for things that are broken.
DIRECTION = (
    shape(
        "zu |so |sein |könnte|sollte|müsste|mehr |weniger |andere",
        r"\b(?:zu|so|viel zu|etwas zu|ein bisschen zu) " + _PROPERTIES_DE,
        r"\b(?:sein|könnte|sollte|müsste) (?:\w+ ){0,2}" + _COMPARATIVES + r"\b",
        r"\b(?:mehr|weniger) (?:modern|seriös|professionell|verspielt|elegant|edel|schlicht|"
        r"farbe|farbig|bunt|ruhig|freundlich|klassisch|lebendig|dynamisch)\w*"
        r"|\b(?:eine?n? )?andere[ns]? (?:farbe|schrift|grün|blau|rot|ton|farbton|stil)\b",
    ),
    shape(
        "too |so |a bit|overly|enough|be |can |could|should|needs to|tone|make |more |less |"
        "different",
        r"\b(?:too|so|a bit|way too|overly) "
        + _PROPERTIES_EN
        + r"\b|\bnot (?:\w+ )?"
        + _PROPERTIES_EN
        + r" enough\b",
        r"\b(?:be|can|could|should|needs to) (?:\w+ ){0,2}" + _COMPARATIVES + r"\b",
        r"\btone (?:it|this|that|them|the \w+) down\b"
        r"|\bmake (?:it|this|that|them|the \w+|that thing) (?:\w+ )?(?:"
        + _PROPERTIES_EN
        + r"|"
        + _COMPARATIVES
        + r")\b"
        r"|\b(?:more|less) (?:professional|modern|elegant|playful|serious|subtle|vibrant|"
        r"colou?rful|friendly|minimal|classic|corporate|fun|lively|calm|edgy)\b"
        r"|\ba different (?:colou?r|green|blue|red|font|shade|tone|style)\b",
    ),
    # flat is a property („etwas flach“, "a bit flat"); a figure that looks more like something
    # else („die Katze sieht eher aus wie ein Hase“, "the fox looks more like a dog") says which way
    shape(
        "flach|flat|eher|more like",
        r"\b(?:etwas |ein bisschen |zu |sehr |recht |ziemlich )flach\b"
        r"|\b(?:a bit |bit |too |kind of |feels |looks |reads |sounds |"
        r"is |it'?s |rather |pretty |quite )flat\b"
        r"|\b(?:sieht|sehen|wirkt|wirken|klingt|klingen) (?:\w+ ){0,2}eher (?:aus )?wie\b"
        r"|\b(?:looks|sounds|reads|feels) (?:\w+ )?more like an? \w+",
    ),
)

# The direction by comparison: it reads like a textbook, looks like a template, could be any
# company („wie aus dem Lehrbuch“, „sieht aus wie aus dem Baukasten“, „austauschbar“, "generic",
# "could be for any brand"). The comparison says what it must not be like, not which way to go:
# the draft asks what gives that impression most (a word is enough) and starts there; tried after
# `direction` (a named property says the way).
COMPARISON = (
    shape(
        "wie |austauschbar|beliebig|generisch|08/15|nullachtfünfzehn|stange|seelenlos|leblos|"
        "blutleer|jede|irgendein|nichtssagend|persönlichkeit",
        r"\bwie aus (?:dem|einem) \w+"
        r"|\b(?:klingt|klingen|liest sich|lesen sich|wirkt|wirken|sieht|sehen) (?:\w+ ){0,3}"
        r"(?:aus )?wie (?:ein|eine|einer|einem|von|vom|aus|jede\w*|so ein\w*)\b",
        r"\b(?:austauschbar|beliebig|generisch|08/15|nullachtfünfzehn|von der stange|seelenlos|"
        r"leblos|blutleer)\b"
        # no voice, or it looks like something else: „nichtssagend“, „null Persönlichkeit“
        r"|\bnichtssagend\w*|\b(?:null|keine|kaum|wenig|ohne) persönlichkeit\b"
        r"|\b(?:könnte|passt|wäre) (?:\w+ ){0,3}(?:jede\w*|irgendein\w*) (?:andere\w* )?"
        r"(?:firma|unternehmen|marke|agentur|shop|laden|anbieter)\b",
    ),
    shape(
        "like|generic|samey|cookie|shelf|mill|soulless|lifeless|any |bland|personality",
        r"\b(?:reads|sounds|looks|feels) (?:\w+ ){0,2}like (?:it was |it's been )?(?:written|made|"
        r"designed|done|generated|put together) by\b"
        r"|\b(?:reads|sounds|looks|feels) (?:\w+ ){0,2}like (?:a|an|every|any|some) (?:\w+ ){0,2}"
        r"(?:template|stock|textbook|robot|machine|brochure|press release|manual|catalog(?:ue)?|"
        r"clip ?art|bot|chatbot|school|student|kid)\w*",
        r"\b(?:generic|samey|cookie[- ]cutter|off[- ]the[- ]shelf|run[- ]of[- ]the[- ]mill|"
        r"soulless|lifeless|bland)\b|\b(?:no|zero|little|without any) personality\b"
        r"|\bcould be (?:for |from |about |by )?any (?:other )?(?:company|brand|business|agency|"
        r"shop|firm)\b",
    ),
)

# A new direction with no target: only "a different green", „eine andere Farbe“, "the wrong
# energy". No comparative or property says which way, so the draft asks for a shade or an example
# or offers two or three options.
OPEN_DIRECTION = (
    shape(
        "andere|falsch|different|wrong",
        _NO_PROPERTY
        + r"(?![\s\S]*\b(?:more|less|mehr|weniger) \w+)(?![\s\S]*\b"
        + _COMPARATIVES
        + r"\b)(?:\b(?:eine?n? )?andere[ns]? (?:farbe|schrift|grün|blau|rot|ton|farbton|stil|"
        r"wirkung|stimmung)\b|\bfalsche[ns]? (?:wirkung|stimmung|ausstrahlung|gefühl|farbe)\b"
        r"|\ba different (?:colou?r|green|blue|red|font|shade|tone|style|feel|vibe|look)\b"
        r"|\bthe wrong (?:energy|feel|feeling|vibe|mood|colou?r|look)\b)",
    ),
)

# --- revision_loop -------------------------------------------------------------------------------

# The client keeps it as it is: no further round.
ACCEPTS = (
    shape(
        "lassen|passt so|so lassen|bleibt so",
        r"\blassen (?:wir|es|das) (?:\w+ )?so\b|\bpasst so\b|\bso lassen\b|\bbleibt so\b",
    ),
    shape(
        "leave it|keep it|as it is|as is",
        r"\b(?:leave|keep) it (?:\w+ )?(?:as it is|as is|like (?:this|that))\b"
        r"|\b(?:leave|keep) it\b[^.!?\n]{0,30}\b(?:used to|fine|like it)\b",
    ),
)

# The client wants to start again ("von vorne", "komplett neu machen", "start over", "from
# scratch", "a completely different direction"): a restart is a new round with its own quote.
RESTART = (
    shape(
        "von vorn|neu|andere|zurück auf",
        r"\bvon vorne?\b|\bneustart\b|\bneuanfang\b|\bneu (?:anfangen|beginnen|starten|aufsetzen)\b"
        r"|\b(?:komplett|ganz|völlig|noch ?mal) (?:\w+ )?neu(?:[.!?,\n]|$| (?:machen|gestalten"
        r"|entwerfen|denken|aufsetzen)\b)",
        r"\b(?:ganz|völlig|komplett) andere\w* (?:richtung|idee|ansatz|konzept)\b"
        r"|\bzurück auf (?:los|anfang)\b",
    ),
    shape(
        "start|scratch|different|new direction|new approach|drawing board|scrap",
        r"\bstart (?:\w+ )?(?:over|again|afresh|from scratch)\b|\bfrom scratch\b"
        r"|\bstart(?:ing)? fresh\b|\bback to (?:the )?drawing board\b",
        r"\b(?:completely|totally|entirely) (?:different|new) (?:\w+ )?"
        r"(?:direction|approach|concept|idea)\b"
        r"|\bscrap (?:it|this|that|everything|the whole \w+)\b",
    ),
)

# The client wants an earlier version back („doch wieder die erste Version“, „wie vorher“, "go
# back to the original", "the first draft was better"): that version is sent again, within the
# agreed revisions. Not when the message names two or more versions (a mix: „Blau wie in Version
# 2, Schrift wie in V5“, "v2 with the layout from v3") or takes one element from an earlier version
# („die Schrift aus Version 2“, "the font from the first draft"): that is a change to the current
# version, the concrete change or the default.
_VERSION = r"(?:version|v|variante|entwurf|fassung|draft|option|mock-?up)"
_ELEMENTS = (
    r"(?:schrift\w*|font\w*|typo\w*|typeface|farbe\w*|farbton|colou?rs?|blau\w*|blue|rot|red|"
    r"grün\w*|green|gelb\w*|yellow|layout|aufbau|überschrift\w*|headlines?|titel|titles?|"
    r"bild\w*|images?|fotos?|photos?|pictures?|logo|slogan|claim|button\w*|hintergrund\w*|"
    r"background|menü|menu|icons?|abschnitt\w*|sections?|intro|einleitung|absatz|paragraph|"
    r"text|copy|wording|formulierung\w*|anordnung|reihenfolge|order|spacing|abstände)"
)
_ONE_WHOLE_VERSION = (
    # an earlier version "but with the new colours" / „aber mit den Änderungen“ is a mix: a change
    r"^(?![\s\S]*\b(?:but|just|only) (?:\w+ )?with (?:the|my|our|your|these|those)\b)"
    r"(?![\s\S]*\b(?:aber|nur|jedoch) (?:\w+ )?mit (?:den|der|dem|die|das|unseren?|meinen?|deinen?|"
    r"ihren?)\b)"
    r"(?![\s\S]*\b" + _VERSION + r" ?\d+\b[\s\S]*\b" + _VERSION + r" ?\d+\b)"
    r"(?![\s\S]*\b" + _ELEMENTS + r"\b[^.!?\n]{0,40}?\b(?:aus|von|vom|wie in|wie bei|wie im|"
    r"from|in|of|like in|as in|like)\b[^.!?\n]{0,25}?\b(?:" + _VERSION + r" ?\d+\b|(?:der |dem |"
    r"the )?(?:erste\w*|ersten|ursprüngliche\w*|alte\w*|frühere\w*|vorherige\w*|original\w*|first|"
    r"earlier|previous|old|initial) (?:version|fassung|entwurf|variante|draft|design|one|runde|"
    r"round)\b))[\s\S]*?"
)
_REVERT_ANY = (
    shape(
        "erste|ursprünglich|original|vorher|alte|zurück|wieder|lieber|doch|version|variante|fassung|"
        "entwurf",
        r"\b(?:doch )?(?:wieder )?(?:die|den|das|zur|zum|zu der) (?:erste\w*|ursprünglich\w*|"
        r"original\w*|alte\w*|vorherige\w*) (?:version|fassung|entwurf|variante|idee|design)\b"
        r"(?![^.!?\n]{0,30}\b(?:neu|ändern|anders)\b)",
        r"\b(?:wieder )?(?:so )?wie (?:vorher|davor|am anfang|zuerst)\b"
        r"|\bzurück (?:zur|zum|zu der) (?:ersten|alten|ursprünglichen|vorherigen)\b",
        r"\b(?:erste|ursprüngliche|alte) (?:version|fassung|entwurf|variante) "
        r"(?:\w+ ){0,3}(?:war|gefiel|fand\w*) (?:\w+ ){0,3}besser\b",
        r"\bzurück (?:auf|zu|zur|zum) (?:die |den |das |der )?(?:ursprüngliche|alte|erste|"
        r"vorherige|frühere|originale|vorige|letzte|bisherige)\w*",
        r"\b(?:zurück|wieder|lieber)\b[^.!?\n]{0,60}\b(?:variante|version|fassung|entwurf|stand|"
        r"design|farbe|schrift|text)\w* (?:von )?(?:vor|von) (?:\w+ ){0,2}(?:runden?|versionen?|"
        r"wochen?|tagen?|vorgestern|gestern|anfang|letzter woche)\b"
        r"|\b(?:variante|version|fassung|entwurf|stand) (?:von )?(?:vor|von) (?:\w+ ){0,2}"
        r"(?:runden?|versionen?|wochen?|tagen?|vorgestern|gestern|anfang|letzter woche)\b"
        r"[^.!?\n]{0,40}\b(?:zurück|wieder)\b",
        r"\b(?:zurück|wieder|lieber|doch)\b[^.!?\n]{0,40}\b(?:version|variante|entwurf|fassung|"
        r"option|v) ?\d+\b|\b(?:version|variante|entwurf|fassung) ?\d+\b[^.!?\n]{0,30}\bzurück\b",
    ),
    shape(
        "back to|original|first|earlier|previous|old|as it was|rounds ago|versions ago",
        r"\b(?:go|going|goes|went|switch|switching|revert|change it|get|move) back to "
        r"(?:the |your |my |our )?(?:original|first|earlier|previous|old|older|initial|last|"
        r"(?:version|v|draft|option|variant|mock-?up|concept|round) ?\d+\b|"
        r"\w+ (?:version|draft)\b)"
        r"|\brevert\w*\b",
        r"\b(?:the )?(?:version|draft|design|one) from (?:\w+ ){0,2}(?:rounds?|versions?|weeks?|"
        r"days?) ago\b|\b(?:the )?(?:version|draft|design|one) from (?:last week|yesterday|"
        r"monday|tuesday|wednesday|thursday|friday|the start|the beginning)\b",
        r"\b(?:the )?(?:original|first|earlier|previous|old|initial) (?:version|draft|design|"
        r"concept|one|idea) (?:\w+ ){0,2}(?:was|looked|is) (?:\w+ )?better\b|\bas it was\b",
    ),
)
REVERT = tuple(
    Shape(s.stems, translated(_ONE_WHOLE_VERSION) + f"(?:{s._source})")
    for s in _REVERT_ANY
)

# The client sends the change itself ("anbei die neue Version", "im Anhang", "here is the new
# text", "I've attached", "let's go with this one"): thanks, it is worked in, the updated version
# follows. No talk of rounds.
# Attached feedback or a late round ("Anbei unser Feedback zu Runde 5", "more notes attached")
# is another round, not the change itself: then REPEATED or the default answer.
_NOT_FEEDBACK = (
    r"^(?![\s\S]*\b(?:feedback\w*|anmerkung\w*|korrekturen|korrekturwünsche|änderungswünsche|"
    r"kommentare|rückmeldungen|comments|notes|amends|runde (?:[3-9]|\d\d)|round (?:[3-9]|\d\d)|"
    r"(?:[3-9]|\d\d)\. (?:runde|korrekturrunde))\b)[\s\S]*?"
)
SENDS_CHANGE = (
    shape(
        "anbei|anhang|angehängt|hier ist|hier sind|hier die|hier der|hier das|schicke ihnen|"
        "schick dir|schicke dir|nehmen wir|nehmen sie|nimm",
        _NOT_FEEDBACK + r"(?:\banbei\b|\bim anhang\b|\bangehängt\b)",
        r"\bhier (?:ist |sind )?(?:die|der|das) (?:neue|aktuelle|überarbeitete|finale|korrigierte)"
        r"\w*\b|\b(?:ich )?schick(?:e)? (?:ihnen|dir) (?:\w+ )?(?:die|den|das) (?:neue|aktuelle|"
        r"überarbeitete|finale|korrigierte)\w*\b",
        r"\b(?:nehmen wir|nehmen sie|nimm) (?:bitte )?(?:die|den|das|diese[nrs]?) (?:\w+ )?"
        r"(?:hier|version|variante|entwurf|text|datei|vorlage)\b",
    ),
    shape(
        "attach|here is|here's|here are|go with|enclosed",
        _NOT_FEEDBACK + r"(?:\battach(?:ed|ing)?\b|\benclosed\b)",
        r"\bhere(?:'s| is| are) (?:the|my|our) (?:new|updated|revised|final|corrected|amended)\b",
        r"\b(?:we|i)(?:'d| would)? (?:like to |want to |will |'ll )?go with (?:this|that|the|"
        r"these|option|version)\b|\blet'?s go with\b",
    ),
)

# The feedback is still being collected ("wir lassen das durch die Abteilungen gehen", "intern
# abstimmen", "we'll circulate it internally", "run it by the board"): fine – the client
# gathers it, and everything is worked in in one round.
PENDING_REVIEW = (
    shape(
        "abteilung|intern|team|chef|vorstand|geschäftsführ|kollegen|freigabe|abstimm|besprech",
        r"\bdurch die (?:\w+ )?(?:abteilungen|abteilung|gremien|runde)\b",
        r"\bintern (?:\w+ )?(?:abstimmen|abgestimmt|besprechen|abklären|klären|prüfen|"
        r"durchsprechen|rumschicken|herumschicken|weitergeben)\b"
        r"|\b(?:mit|im) (?:dem |unserem |meinem )?(?:team|chef|vorstand|geschäftsführer\w*|"
        r"kollegen|kolleginnen) (?:\w+ ){0,2}(?:abstimmen|besprechen|abklären|durchsprechen)\b",
        r"\b(?:geb|gebe|geben|schick|schicke|schicken|leite|leiten) (?:es|das|den \w+|die \w+) "
        r"(?:\w+ )?(?:an|in) (?:die|das|den|unser\w*) (?:abteilung\w*|team|vorstand|chef\w*|"
        r"geschäftsführ\w*|kollegen|freigabe)\b|\bzur (?:internen )?freigabe\b",
    ),
    shape(
        "internal|circulate|run it by|run this by|team|board|management|colleague|stakeholder",
        r"\bcirculat\w* (?:it|this|them|the \w+) (?:\w+ )?(?:internally|around)\b"
        r"|\b(?:discuss|review|check|go over) (?:it|this|them|the \w+) internally\b"
        r"|\binternal(?:ly)? (?:review|feedback|round|sign-off|approval)\b",
        r"\brun (?:it|this|them|the \w+) (?:past|by) (?:the|my|our) (?:team|board|boss|management|"
        r"colleagues|stakeholders|department|partners)\b"
        r"|\b(?:share|show) (?:it|this|them|the \w+) (?:with|to) (?:the|my|our) (?:team|board|"
        r"management|colleagues|stakeholders|department)\b",
    ),
)

# Another round on top of earlier ones ("schon wieder", "noch eine Runde", "again", "another
# round", "one more"): the draft names the paid extension plainly. Without such a word (one small
# request) the default draft clears anything beyond the agreed revisions first, with the effort.
REPEATED = (
    shape(
        "wieder|erneut|noch eine|noch ne|noch 'ne|weitere runde|weiteren runde|dritte|vierte|"
        "fünfte|runde|schleife",
        r"\bschon wieder\b|\bwieder (?:\w+ )?(?:änderung|anmerkung|korrektur|feedback|was|etwas)"
        r"\w*|\berneut\b",
        r"\bnoch (?:eine|ne|'ne) (?:\w+ )?(?:runde|korrekturrunde|änderungsrunde|schleife|"
        r"korrektur|änderung)\b|\bweitere\w* (?:\w+ )?(?:runde|korrekturrunde|änderungsrunde)\b"
        r"|\b(?:dritte|vierte|fünfte)\w* (?:runde|korrektur\w*|version|entwurf)\b"
        r"|\b(?:runde|korrekturrunde|korrekturschleife|schleife) (?:nr\.? ?)?(?:[3-9]|\d\d)\b"
        r"|\b(?:[3-9]|\d\d)\. (?:runde|korrekturrunde|korrekturschleife)\b",
    ),
    shape(
        "again|another|one more|yet more|third|fourth|fifth|more changes|more revisions|round",
        r"\bagain\b|\banother (?:\w+ )?(?:round|set|revision|pass|change|version|tweak)\w*\b"
        r"|\bone more (?:\w+ )?(?:round|revision|change|tweak|time|pass|thing)\b|\byet more\b"
        r"|\b(?:third|fourth|fifth) (?:round|revision|version|draft|time)\b"
        r"|\bmore (?:changes|revisions|tweaks)\b|\bround (?:no\.? ?|#)?(?:[3-9]|\d\d)\b",
    ),
)

# Another look asked for with nothing named ("one more pass, nothing specific", "just go through
# it again", „nichts Bestimmtes, einfach nochmal drüberschauen“): the draft says yes to the look
# and asks whether there is a part to start with – no bundling, no rounds.
ANOTHER_PASS = (
    shape(
        "nothing specific|nothing in particular|nothing particular|nothing concrete|no specific|"
        "anything specific|anything in particular",
        r"\bnothing (?:really |in )?(?:specific|particular|concrete)\b"
        r"|\bno (?:specific|particular|concrete) (?:points?|changes?|comments?|notes?|feedback)\b"
        r"|\bnot (?:anything|for anything) (?:specific|in particular)\b",
    ),
    shape(
        "nichts bestimmtes|nichts konkretes|nichts spezielles|nichts besonderes|keine bestimmten|"
        "keine konkreten|nichts genaues|nichts gezieltes",
        r"\bnichts (?:bestimmtes|konkretes|spezielles|besonderes|genaues|gezieltes)\b"
        r"|\bkeine (?:bestimmten|konkreten) (?:punkte|änderungen|anmerkungen|wünsche)\b",
    ),
)

# Disapproval of a revision that names no point ("the one I want is not there", "I'm not sure I
# can approve this", „so kann ich das nicht freigeben“; with the quality shapes: "boring",
# "I don't like it"): the draft asks which points matter most, before any talk of rounds.
NO_POINT = (
    shape(
        "there|approve|none of",
        r"\b(?:the one|what) (?:i|we) (?:want|wanted|like|had in mind|was looking for) "
        r"(?:is|isn'?t) (?:not )?(?:there|in there|among them|here)\b"
        r"|\b(?:can'?t|cannot|can not|not sure (?:i|we) can|unable to) (?:\w+ )?approve\b"
        r"|\bnone of (?:them|these|those|the)(?: \w+)? (?:is|are|works?|fits?|feels?)\b",
    ),
    shape(
        "freigeben|freigabe|keine davon|keiner davon|nicht dabei",
        r"\b(?:kann|können|könnte|möchte) (?:ich|wir) (?:\w+ ){0,3}(?:so )?nicht freigeben\b"
        r"|\bkeine freigabe\b|\bkeine?r? davon\b"
        r"|\b(?:das|der|die),? (?:was|den|die|das) (?:ich|wir) (?:\w+ ){0,2}(?:will|wollen|möchte|"
        r"suche|suchen)\w*,? (?:ist|war) (?:\w+ )?nicht dabei\b",
    ),
)

# --- unclear_request -----------------------------------------------------------------------------

# What a new project produces: "eine Website", "a logo", "some kind of video".
_DELIVERABLES_DE = (
    r"(?:website|webseite|homepage|seite|internetseite|logo|flyer|broschüre|video|film|newsletter|"
    r"kampagne|shop|onlineshop|app|plakat|buch|cover|auftritt|präsenz|visitenkarte\w*|katalog|"
    r"shooting|fotos|imagefilm|musik|jingle|text|texte|slogan|design|corporate design|"
    r"präsentation|anzeige|banner)"
)
_DELIVERABLES_EN = (
    r"(?:website|site|web ?page|homepage|logo|flyer|brochure|video|film|newsletter|campaign|shop|"
    r"store|app|poster|book|cover|brand|branding|identity|business cards?|catalog(?:ue)?|shoot|"
    r"photos|music|jingle|song|copy|slogan|design|presentation|ad|advert|banner|kind of \w+)"
)

# A new project whose brief is still open: "wir möchten eine neue Website", "we want something like
# that". The default kind is an unclear instruction inside a running project.
NEW_BRIEF = (
    shape(
        "möchte|brauche|suche|hätte|wollen|will |plane|neue|anfrage|briefing|freien lauf|kreativ",
        r"\b(?:wir|ich) (?:möchten|möchte|brauchen|brauche|suchen|suche|hätten gern|hätte gern|"
        r"wollen|will|planen|plane)\b[^.!?\n]{0,30}\b(?:etwas|was|neue\w*"
        r"|eine?n? (?:\w+ )?" + _DELIVERABLES_DE + r")\b",
        r"\bneue[nrs]? (?:website|webseite|homepage|logo|projekt|auftritt|kampagne|shop|buch)\b"
        r"|\banfrage\b|\bbriefing\b|\bfreien lauf\b|\bseien sie kreativ\b|\bsei kreativ\b",
    ),
    shape(
        "like|want|need|looking|new |best|creative|free rein|surprise",
        r"\b(?:we|i)(?:'d like| would like| want| need| are looking for| am looking for|"
        r"'m looking for|'re looking for) (?:\w+ )?(?:something|someone|(?:a|an|some) (?:new\b|"
        r"(?:(?!\w+er )[\w-]+ ){0,2}" + _DELIVERABLES_EN + r"\b))",
        r"\bnew (?:website|site|logo|brand|project|book|campaign|shop|store)\b"
        r"|\bdo (?:whatever|what) you think (?:is )?best\b|\bbe creative\b|\bfree rein\b"
        r"|\bsurprise (?:me|us)\b",
    ),
)

# A brief that asks for two things pulling in different directions („seriös, aber auch
# verspielt“, „modern und gleichzeitig klassisch“, "fresh but keep everything the same", "modern
# but also classic"): the draft names the tension and asks what comes first, or offers two
# variants weighted differently – not "what exactly do you have in mind?".
_QUALITIES_DE = (
    r"(?:modern|klassisch|zeitlos|seriös|verspielt|auffällig|zurückhaltend|schlicht|bunt|ruhig|"
    r"frisch|edel|jung|jugendlich|humor|witzig|lustig|professionell|locker|minimalistisch|"
    r"elegant|dynamisch|traditionell|innovativ|mutig|dezent|laut|leise|hochwertig|günstig|"
    r"bodenständig|exklusiv|nahbar|sachlich|emotional|kreativ|konservativ|frech|"
    r"wiedererkennbar|vertraut)\w*"
)
_QUALITIES_EN = (
    r"(?:modern|classic|classy|timeless|serious|playful|bold|subtle|minimal|minimalist|clean|fun|"
    r"funny|professional|quirky|premium|affordable|casual|formal|loud|quiet|simple|fresh|young|"
    r"youthful|traditional|innovative|elegant|edgy|understated|eye-catching|calm|vibrant|"
    r"corporate|friendly|luxurious|rustic|sleek|warm|cool|familiar|recogni[sz]\w*|the same|"
    r"pop|punchy|stand out|bolder|louder|brighter|punchier|cleaner|simpler|calmer|quieter|"
    r"subtler|fresher|more (?:modern|playful|fun|serious|minimal|classic|colou?rful))"
)
TENSION = (
    shape(
        "gleichzeitig|zugleich|aber auch|und trotzdem|aber trotzdem|einerseits|aber mit",
        r"\b" + _QUALITIES_DE + r"\b[^.!?\n]{0,80}(?:[.!?]+\s*)?\b(?:gleichzeitig|zugleich|"
        r"aber auch|"
        r"und trotzdem|aber trotzdem|aber mit)\b[^.!?\n]{0,60}\b" + _QUALITIES_DE + r"\b"
        r"|\beinerseits\b[^.!?\n]{0,80}\bandererseits\b",
    ),
    shape(
        "but also|yet also|at the same time|but still|but keep|while keeping|while still|"
        "on the other hand",
        r"\b" + _QUALITIES_EN + r"\b[^.!?\n]{0,80}(?:[.!?]+\s*)?\b(?:but also|yet also|and also|"
        r"at the same "
        r"time|but still|while (?:still )?(?:being|looking|feeling|staying))\b[^.!?\n]{0,60}\b"
        + _QUALITIES_EN
        + r"\b",
        r"\b(?:but|while) (?:still )?keep(?:ing)? (?:\w+ ){0,2}(?:the same|as it is|familiar|"
        r"recogni[sz]able)\b|\bon the other hand\b",
    ),
    # Less, but all of it: shorter or leaner, yet everything or more in it („deutlich kürzer, aber
    # noch drei Punkte mit rein“, „weniger Text, aber alle Infos“, "short but explain all twelve",
    # "minimal, but the full price list") – or new, yet exactly as it is („moderner, aber das
    # Design muss exakt so bleiben“).
    shape(
        "aber",
        r"\b(?:kürzer|kurz|weniger|knapp\w*|schlank\w*|schlicht\w*|minimal\w*|reduziert\w*|"
        r"übersichtlich\w*|luftig\w*)\b[^.!?\n]{0,80}\baber\b"
        r"(?:[^.!?\n]{0,60}\b(?:alle|alles|sämtliche\w*|jede\w*|komplett\w*|vollständig\w*)\b"
        r"|[^.!?\n]{0,100}\b(?:mit )?(?:rein|hinein|dazu)\b)"
        r"|\b(?:modern\w*|frisch\w*|neu\w*|anders|moderner|frischer)\b[^.!?\n]{0,80}\baber\b"
        r"[^.!?\n]{0,60}\b(?:exakt|genau|komplett|unbedingt) (?:so )?(?:\w+ )?(?:bleiben|lassen)\b",
    ),
    shape(
        "but",
        r"\b(?:short|shorter|brief|briefer|less|minimal|minimalist|simple|simpler|lean|clean|"
        r"one page|one-page|white space)\b[^.!?\n]{0,80}(?:[.!?]\s*)?\bbut\b[^.!?\n]{0,60}\b"
        r"(?:all|every|everything|full|complete|the whole)\b",
    ),
    # Free yet exact: natural, not word for word, but exact or literal („nicht zu wörtlich, aber
    # auch nicht frei“, "natural for native readers but word for word", "not word for word, but
    # keep it exact"); and "not too X, but not too Y either" („nicht zu bunt, aber auch nicht
    # langweilig“).
    shape(
        "but|yet",
        r"\b(?:natural\w*|native|freely|idiomatic\w*|not word[- ]for[- ]word|not (?:too |so )?"
        r"literal\w*)\b[^.!?\n]{0,80}\b(?:but|yet)\b[^.!?\n]{0,60}\b(?:exact\w*|word[- ]for[- ]word"
        r"|word by word|literal\w*|faithful\w*|precise\w*)\b"
        r"|\bnot too \w+,? (?:but|yet) (?:also )?not too \w+"
        r"|\b(?:don'?t|do not) change\b[^.!?\n]{0,40}\bbut\b[^.!?\n]{0,40}\b(?:rethink|rework|"
        r"redo|reinvent|change|overhaul)\b",
    ),
    shape(
        "aber",
        r"\bnicht (?:zu|so|allzu) \w+,? aber (?:auch )?nicht (?:zu |so )?\w+"
        r"|\b(?:frei\w*|sinngemäß\w*|natürlich\w*|nicht (?:zu |so )?wörtlich\w*)\b[^.!?\n]{0,80}"
        r"\baber\b[^.!?\n]{0,60}\b(?:exakt\w*|wörtlich\w*|genau\w*|wort für wort)\b"
        r"|\b(?:modern\w*|frisch\w*|jünger\w*|anders)\b[^.!?\n]{0,80}\baber\b(?:[^.!?\n]{0,30}\b"
        r"(?:trotzdem|dennoch|gleichzeitig))\b",
    ),
)

# The client asks the freelancer to look at something („Können Sie sich das mal anschauen?“,
# „schau mal drüber“, "could you take a look at this?", "can you have a look"): gladly, what to
# look out for, and an assessment by tomorrow – not "what should the result achieve?".
LOOK_AT = (
    shape(
        "schau|seh|sieh|guck|lies|lesen|durchgehen",
        r"\b(?:können|könnten|würden|wollen|möchten|kannst|könntest|würdest|magst|willst) "
        r"(?:sie|du|ihr) (?:\w+ ){0,6}(?:anschauen|anschaun|ansehen|angucken|anzuschauen|"
        r"drüberschauen|drüberschaun|drübersehen|drübergucken|drüberlesen|durchsehen|"
        r"durchschauen|durchlesen|durchgehen|draufschauen|draufgucken|reinschauen|reinsehen|"
        r"gegenlesen|nachsehen|nachschauen)\b",
        r"(?:^|[.!?\n]\s*|\bbitte |\bmal )(?:schau|guck|sieh|lies)(?:en sie|t)? "
        r"(?:dir |sich |euch )?(?:\w+ ){0,4}(?:an|drüber|durch|rein|gegen)\b",
    ),
    shape(
        "look|glance|peek|check|review|go over|cast an eye|eyes on",
        r"\b(?:can|could|would|will) you (?:\w+ ){0,2}(?:take|have|give (?:it|this|that)) a "
        r"(?:quick |brief |closer |proper )?(?:look|peek|glance)\b"
        r"|\b(?:take|have) a (?:quick |brief |closer |proper )?(?:look|peek|glance) at\b",
        r"\b(?:can|could|would) you (?:\w+ ){0,2}(?:look (?:at|over|through)|check (?:out|over)|"
        r"review|glance over|go over|cast an eye over|get eyes on)\b",
    ),
)

# A price question inside an open request („Was würde das kosten?“, "how much would that be?"):
# the price depends on the scope, so the reply asks for what it should do and by when, and
# promises a quote – not "what should the result achieve?".
PRICE_QUESTION = (
    shape(
        "kost|teuer|preis|verlang",
        r"\bwas (?:kostet|würde|wird|verlangen|verlangst|nehmen|nimmst)\b[^.!?\n]{0,40}\?"
        r"|\bwas (?:kostet|würde|wird)\b[^.!?\n]{0,40}\bkosten\b|\bwie teuer\b"
        r"|\bwie viel (?:\w+ ){0,3}kost\w*|\b(?:ihr|dein|der) preis\b[^.!?\n]{0,30}\?"
        r"|\bmit welche[nm] kosten\b",
    ),
    shape(
        "cost|how much|price|charge|quote",
        r"\bhow much (?:would|will|does|do|is|are)\b|\bwhat (?:would|does|will) (?:it|this|that)"
        r" (?:\w+ )?cost\b|\bwhat(?:'s| is| would be) (?:the|your) (?:price|rate|fee)\b"
        r"|\bwhat do you charge\b|\b(?:get|give me) a (?:quote|price)\b",
    ),
)

# The client asks for something again: "what's the website again?", "remind me", „schicken Sie
# mir den Link nochmal?“. The draft sends it again today; nothing to look into.
REPEAT_INFO = (
    shape(
        "again|remind|resend",
        r"\bagain\s*\?|\bremind (?:me|us)\b|\bresend\b"
        r"|\bwhat (?:was|were|is|'s|are) [^.!?\n]{0,40}\bagain\b"
        r"|\b(?:send|forward|share|give) (?:me|us) (?:\w+ ){0,3}again\b",
    ),
    shape(
        "nochmal|noch mal|noch einmal|erinner",
        r"\bnoch ?(?:ein)?mal (?:\w+ ){0,3}"
        r"(?:schicken|senden|zuschicken|geben|sagen|nennen|mailen)\b"
        r"|\b(?:schick|schicken sie|senden sie|send|sag|sagen sie|nenn|nennen sie)\w* (?:\w+ ){0,3}"
        r"noch ?(?:ein)?mal\b"
        r"|\b(?:wie|was|wo|wann) (?:war|hieß|ist|waren) (?:\w+ ){0,4}noch ?(?:ein)?mal\b"
        r"|\berinner\w* (?:sie |du )?(?:mich|uns)\b",
    ),
)

# A file format asked for ("als PDF", „im Word-Format“, "as a Word document", "convert it to a
# PDF", "I need it in Word"): the draft checks how well the work comes across in that format and
# says when the answer comes. A format only mentioned ("mein Cousin hat es in Powerpoint gemacht")
# is no request: "in <format>" counts only after a wish or a request in the same sentence.
_FORMATS = (
    r"(?:ms-? ?)?(?:word|pdf|excel|powerpoint|pptx?|docx?|png|jpe?g|svg|eps|tiff?|gif|mp4|mov|wmv|"
    r"avi|mp3|wav|indesign|canva|google docs?)"
)


def _format_request(formats: str) -> tuple[Shape, ...]:
    """The shapes of a request for a file in one of `formats` (a regex group)."""
    return (
        shape(
            "als |format|in ",
            r"\bals (?:eine?r? |einem )?" + formats + r"(?:-?(?:datei|dokument|format|version))?\b"
            r"|\b" + formats + r"-?format\b",
            r"\b(?:brauche|brauchen|bräuchte|bräuchten|hätte gern|hätten gern|möchte|möchten|bitte|"
            r"können sie|könnten sie|kannst du|könntest du|schicken sie|schick)\b[^.!?\n]{0,40}"
            r"\bin (?:eine?r? |einem )?" + formats + r"\b",
        ),
        shape(
            "as |into |to |format|in ",
            r"\b(?:as an?|into an?|into|to an?|convert(?:ed)? (?:it |this |them )?to) "
            + formats
            + r"(?: (?:document|doc|file|format|version))?\b(?! (?:of|for)\b)"
            r"|\b" + formats + r" format\b",
            r"\b(?:need|want|like|can you|could you|please|send|give)\b[^.!?\n]{0,40}\bin (?:an? )?"
            + formats
            + r"\b",
        ),
    )


FILE_FORMAT = _format_request(_FORMATS)
# A standard export, PDF or Word: nothing to check; the draft sends it in that format today.
PDF_EXPORT = _format_request(r"(?:pdf)")
WORD_EXPORT = _format_request(r"(?:(?:ms-? ?)?word|docx?)")

# The client wants ideas: "cook something up", "can we add something", "mach mal was Schönes".
WANTS_IDEAS = (
    shape(
        "ideen|idee|was schönes|was kreatives|etwas schönes|etwas kreatives|was einfallen|"
        "vorschlag|vorschläg|empfehl|schlägst|schlagen sie",
        r"\bideen\b|\b(?:eine|ein paar) idee\b|\b(?:was|etwas) (?:schönes|kreatives|"
        r"nettes|hübsches)\b|\bwas einfallen\b",
        r"\bwas (?:würden|würdest|würdet|können|könnten|kannst|könntest) (?:sie|du|ihr) "
        r"(?:\w+ ){0,5}(?:vorschlagen|empfehlen|raten)\b"
        r"|\bwas (?:schlagen sie|schlägst du|schlagt ihr|empfehlen sie|empfiehlst du) (?:\w+ ){0,3}"
        r"(?:vor\b|\?)|\b(?:haben sie|hast du|habt ihr) (?:\w+ ){0,3}(?:vorschlag|vorschläge|"
        r"empfehlung\w*|tipps?)\b",
    ),
    shape(
        "cook|come up|ideas|something|suggest|recommend|propose",
        r"\bcook (?:something|anything) up\b|\bcome up with\b|\b(?:some|any|your) ideas\b"
        r"|\b(?:add|put|do) something\b|\bsomething (?:we|you) (?:can|could) (?:add|do|put)\b",
        r"\bwhat (?:would|do|could|might|can) you (?:\w+ )?(?:suggest|recommend|propose)\b"
        r"|\bany (?:suggestions|recommendations|proposals)\b|\byour (?:suggestions|"
        r"recommendations)\b",
    ),
    # The client does not know yet and leaves it to you („weiß auch nicht genau wie, schau mal, ob
    # dir was einfällt“, "not sure what we want yet, can you just start?"): asking what they have
    # in mind asks what they just said they don't know, so ideas to choose from instead.
    shape(
        "einfällt|fällt|überrasch|weiß|lass dir",
        r"\b(?:et)?was einfällt\b|\bfällt (?:dir|ihnen|euch) (?:\w+ )?(?:et)?was ein\b"
        r"|\büberrasch\w* (?:mich|uns)\b|\blass dir (?:\w+ )?(?:was|etwas) einfallen\b"
        r"|\bweiß (?:\w+ ){0,2}(?:nicht|noch nicht) (?:so )?genau,? (?:wie|was)\b"
        r"(?![^.!?\n]{0,40}\b(?:meinen|meinst|gemeint)\b)",
    ),
    shape(
        "not sure|know|no idea|surprise|come up",
        r"\bnot (?:\w+ )?sure (?:yet )?what (?:we|i) (?:want|need|are after|'re after)\b"
        r"|\b(?:don'?t|do not) (?:really |yet |quite )?know (?:yet |exactly )?what (?:we|i) "
        r"(?:want|need)\b|\bno idea what (?:we|i) (?:want|need)\b|\bsurprise (?:me|us)\b"
        r"|\bsee what you (?:can )?come up with\b",
    ),
    # No concrete picture yet („noch keine konkrete Vorstellung“, „nichts Bestimmtes im Kopf“,
    # "nothing specific in mind", "no clear picture yet"): a starting point to react to, not
    # "what exactly do you have in mind?".
    shape(
        "vorstellung|im kopf|im sinn|vor augen",
        r"\b(?:keine|noch keine|keine so|keine richtige|keine wirkliche) (?:\w+ )?"
        r"(?:konkrete|genaue|klare|richtige|rechte|feste)\w* vorstellung\b"
        r"|\bnichts (?:bestimmtes|konkretes|genaues) (?:\w+ )?(?:im kopf|im sinn|vor augen)\b",
    ),
    shape(
        "in mind|picture|vision",
        r"\bnothing (?:really )?(?:specific|concrete|particular) in mind\b"
        r"|\b(?:don'?t|do not) (?:really |yet )?have (?:anything|much) (?:specific |concrete )?"
        r"in mind\b"
        r"|\b(?:no|not (?:really )?(?:a|any)) (?:clear|concrete|specific|real|fixed) (?:picture|"
        r"vision|idea)\b(?! (?:of|about) (?:the )?(?:budget|price|cost|date|deadline|timing)\b)",
    ),
)

# The client does not know yet what they need, or leaves the budget open („wissen noch nicht
# genau, was wir brauchen“, „Budget klären wir noch“, "not sure what we need – maybe social,
# maybe the website?", "budget TBC"): scope and budget are open, so two worked-out variants
# would be unpaid work on an unscoped job. A short call to sort out goal and scope, then a
# short overview of the options. No deliverable named, none picked from their either/or list.
_BUDGET_OPEN = translated(
    r"\bbudget\w*\b[^.!?\n]{0,25}?(?:\b(?:tbc|tbd|tba|still open|is open|open for now"
    r"|to be (?:confirmed|decided|agreed|discussed)|not (?:yet )?(?:set|fixed|confirmed|sure|"
    r"decided|clear)|unclear|unknown|klären wir noch|ist noch offen|noch offen|noch unklar|"
    r"steht noch nicht|noch nicht (?:klar|fest|festgelegt|geklärt))\b|\?)"
    r"|\b(?:budget (?:still )?(?:unclear|unknown|open))\b"
)
# A client who asks for ideas outright („lass dir was einfallen“, "see what you come up with") still
# gets ideas to choose from (wants_ideas), unless the budget is open.
_NO_IDEAS_ASKED = (
    r"^(?![\s\S]*(?:\bwas einfällt\b|\bfällt (?:dir|ihnen|euch) (?:\w+ )?(?:et)?was ein\b"
    r"|\blass dir (?:\w+ )?(?:was|etwas) einfallen\b|\büberrasch\w* (?:mich|uns)\b|\bideen\b"
    r"|\bcome up with\b|\bsurprise (?:me|us)\b|\b(?:some|any|your) ideas\b"
    r"|\b(?:what|anything) (?:would |do |could )?you (?:\w+ )?(?:suggest|recommend)\b))[\s\S]*?"
)
UNSURE_NEED = (
    shape(
        "weiß|wissen|keine ahnung|unsicher",
        _NO_IDEAS_ASKED
        + r"(?:\b(?:weiß|wissen) (?:\w+ ){0,2}(?:nicht|noch nicht|selbst nicht|selber nicht) "
        r"(?:so )?(?:genau|recht)?,? was (?:wir|ich) (?:\w+ )?(?:brauche|brauchen|wollen|will|"
        r"möchten|möchte)\b"
        r"|\bkeine ahnung,? was (?:wir|ich) (?:\w+ )?(?:brauche|brauchen|wollen|will)\b"
        r"|\bunsicher,? was (?:wir|ich) (?:\w+ )?(?:brauche|brauchen)\b)",
    ),
    shape(
        "not sure|know|no idea|unsure",
        _NO_IDEAS_ASKED
        + r"(?:\b(?:not (?:\w+ )?sure|unsure) (?:yet )?(?:what|which) (?:\w+ )?(?:we|i) "
        r"(?:need|want|"
        r"are after|'re after)\b"
        r"|\b(?:don'?t|do not) (?:really |yet |quite |fully )?know (?:yet |exactly )?what (?:we|i) "
        r"(?:need|want)\b|\bno idea what (?:we|i) (?:need|want)\b)",
    ),
    *requiring(_BUDGET_OPEN, WANTS_IDEAS),
)

# The client sends or attaches the material („anbei die Unterlagen“, „im Anhang“, "please check
# attached", "enclosed"): asking which file is meant asks for what came with the message. The
# draft confirms it arrived, goes through it and says by tomorrow how it goes on and what, if
# anything, is still needed.
ATTACHED = (
    shape(
        "anbei|anhang|angehängt|anlage|beigefügt|hänge",
        r"\banbei\b|\bim anhang\b|\bangehängt\w*|\bin der anlage\b|\bbeigefügt\w*"
        r"|\b(?:hänge|hängen) (?:ich|wir) (?:\w+ ){0,4}an\b",
    ),
    shape(
        "attach|enclosed",
        r"\battached\b|\battachments?\b|\benclosed\b",
    ),
)

# The client points at an outside example („so wie die Website vom Café …“, „du weißt schon
# welche“, "like that bakery's website", "in the style of the site from …"): ask for the link
# and what they like about it – not "what should the result achieve?".
_EXAMPLE_THINGS_DE = (
    r"(?:website|webseite|seite|homepage|logo|shop|flyer|auftritt|design|profil|kanal|account|"
    r"broschüre|plakat|präsentation|instagram\w*|insta)"
)
_EXAMPLE_THINGS_EN = (
    r"(?:website|site|homepage|logo|shop|store|brand|branding|instagram|insta|account|page|feed|"
    r"flyer|deck|design|newsletter)s?"
)
EXAMPLE = (
    shape(
        "wie |weißt|wissen",
        r"\bwie (?:die|der|das|den|bei der|bei dem|beim|auf der) (?:\w+ ){0,2}"
        + _EXAMPLE_THINGS_DE
        + r" (?:von|vom|der|des|bei)\b",
        r"\b" + _EXAMPLE_THINGS_DE + r"\b[^.!?\n]{0,40}\b(?:du weißt|ihr wisst|sie wissen) "
        r"(?:\w+ )?(?:schon|ja|eh),? (?:welche|welcher|welches|welchen)\b",
    ),
    shape(
        "like|similar|style|inspired|you know",
        r"\b(?:like|similar to|in the style of|inspired by) (?:the|that|those) (?:\w+ ){0,2}"
        + _EXAMPLE_THINGS_EN
        + r" (?:of|from|by)\b"
        r"|\b(?:like|similar to|in the style of|inspired by) (?:\w+ )?[\w-]+'s "
        + _EXAMPLE_THINGS_EN
        + r"\b|\b"
        + _EXAMPLE_THINGS_EN
        + r"\b[^.!?\n]{0,40}\byou know (?:the one|which one)\b",
    ),
)

# The request points at something the freelancer has to identify: an earlier job, a file, a set
# of comments („wie letztes Mal“, „wie besprochen“, „laut den Anmerkungen“, "the thing like last
# time", "the one we discussed", "per the comments"): the open-brief question ("what matters
# most?") asks for what they think is known. Ask which file, version or comments are meant.
_ANY_REFERENCE = (
    shape(
        "letzte|besprochen|abgesprochen|vereinbart|anmerkung|kommentar|korrektur|markup|ding|teil|"
        "gleiche|dasselbe|selbe",
        r"\bwie (?:beim |bei |das |die |den )?(?:letzten? ?mal|letztes mal|letztes jahr|"
        r"vorletzte\w* mal)\b"
        r"|\bwie (?:\w+ )?(?:besprochen|abgesprochen|vereinbart)\b"
        r"|\b(?:laut|gemäß|nach|entsprechend|wie in) (?:den |der |meinen |unseren |ihren |deinen )?"
        r"(?:anmerkungen|kommentaren|kommentare|korrekturen|markups?|notizen)\b"
        r"|\b(?:das|dieses|dies) (?:ding|teil)\b[^.!?\n]{0,30}\b(?:wie|von|mit|wo)\b"
        r"|\b(?:das gleiche|dasselbe|das selbe|genauso) wie "
        r"(?:beim |bei |letztes|damals|neulich)\b",
    ),
    shape(
        "last time|last year|discussed|agreed|comments|notes|markup|mark-up|same as|thing|one we",
        r"\b(?:like|as|same as|just like) (?:we did )?(?:last time|last year|before|the last one)\b"
        r"|\b(?:as|like) (?:we )?(?:discussed|agreed|talked about)\b"
        r"|\b(?:the one|the thing|that thing|the document|that document) (?:we|you|i) "
        r"(?:discussed|talked about|did|made|mentioned|sent)\b"
        r"|\b(?:as )?per (?:the |my |our |your |his |her |their )?(?:comments|notes|markup|mark-up"
        r"|feedback|redlines)\b",
    ),
)

# "…, but different" after the reference („wie letztes Jahr, nur halt anders“, "same as last time
# but a bit different"): what should differ is the open part, not which file is meant – so no
# `reference`. The open-brief question asks for it.
_BUT_DIFFERENT = (
    r"\b(?:but|only|just|yet)\b[^.!?\n]{0,20}\bdifferent\b"
    r"|\b(?:nur|aber|doch)\b[^.!?\n]{0,20}\banders\b"
)
REFERENCE = unless(_BUT_DIFFERENT, _ANY_REFERENCE)

# An earlier job or thing to redo, "but different" („wie letztes Mal, nur anders“, „das Ding von
# neulich nochmal, aber anders“, "same as last year but different", "like the others, just
# different"): the open part is what stays and what changes – asked together, with a file or link
# welcome. Not "which file do you mean?" alone.
SAME_BUT_DIFFERENT = requiring(
    _BUT_DIFFERENT,
    (
        *_ANY_REFERENCE,
        shape(
            "wie|nochmal|noch mal|wieder",
            r"\bwie (?:bei |auf |in |mit )?(?:den|dem|der|die|das|unseren?) (?:anderen|letzten|"
            r"vorigen|alten|bisherigen)\b|\b(?:genau )?so wie (?:bei|auf|in|damals|letztes|beim|"
            r"immer)\b|\bnoch ?mal\b|\bwieder\b",
        ),
        shape(
            "like|same|again|before",
            r"\b(?:like|as) (?:the|those|that|our) (?:other|last|previous|old)\b|\bsame as\b"
            r"|\bagain\b|\blike before\b|\bas before\b",
        ),
    ),
)

# A reference that comes with two wishes pulling apart („das von letztens nochmal, eher modern,
# aber auch klassisch“): the tension is the real question; which file is meant comes second.
TENSION_WITH_REFERENCE = requiring(
    "|".join(reference._source for reference in REFERENCE), TENSION
)

# A concrete question inside a running job ("Geht das …?", "Wie machen wir …?", "Can we …?", "Is it
# possible to …?", "ich wollte fragen …"): a sentence that opens with a question word and ends in
# "?". Requests ("können Sie …?", "can you …?") and suggestions ("what if …", "why don't you …")
# are not questions here; a self-contradicting message stays an unclear instruction.
_OPENS = (
    r"(?:^|[.!?\n:;]\s*|,\s*)"
    r"(?:(?:ok(?:ay)?|so|well|and|but|hmm+|oh|also|und|aber|na|ach|übrigens),? )*"
)
# A price question ("was kostet …?", "how much …?") is no question about the job: it keeps the
# default, which asks what the work should cover. A rhetorical jab ("Was können Sie eigentlich?!")
# is no question either.
_NOT_PRICE_OR_JAB = (
    r"^(?![\s\S]*(?:\b(?:kostet|kosten|preis\w*|how much|costs?|price\w*|quote|budget)\b"
    r"|\b(?:können|kennen|wissen|verstehen) sie (?:\w+ ){0,3}(?:eigentlich|überhaupt)\b"
    r"|\b(?:kannst|kennst|weißt|verstehst) du (?:\w+ ){0,3}(?:eigentlich|überhaupt)\b"
    r"|\bdo you (?:even|actually) (?:know|understand|get)\b|\bare you (?:even|actually|kidding)\b))"
    r"[\s\S]*?"
)
QUESTION_ASKED = (
    shape(
        "?|fragen|frage",
        _NOT_PRICE_OR_JAB
        + _NO_BUT
        + _OPENS
        + r"(?:wie|was|warum|wieso|weshalb|wann|wo|welche\w*|wer|geht|ginge"
        r"|gibt es|ist es möglich|wäre es möglich|können wir|könnten wir|sollen wir|sollten wir"
        r"|müssen wir|brauchen wir|ist|sind|wird|würde)\b[^.!?\n]{0,150}\?",
        _NOT_PRICE_OR_JAB
        + _NO_BUT
        + r"\b(?:ich|wir) (?:wollte|wollten|möchte|möchten) (?:\w+ ){0,2}(?:fragen|nachfragen)\b"
        r"|\bkurze frage\b",
    ),
    shape(
        "?|question",
        _NOT_PRICE_OR_JAB
        + _NO_BUT
        + _OPENS
        + r"(?!what if\b|how about\b|what about\b|why don'?t\b|how can you\b|how could you\b)"
        r"(?:why|what|how|when|where|which|who|is|are|does|do|did|can we|could we|should we"
        r"|would it be|is it possible)\b[^.!?\n]{0,150}\?",
        _NOT_PRICE_OR_JAB
        + _NO_BUT
        + r"\b(?:i|we) (?:wanted|want|would like|'d like) to ask\b|\bquick question\b",
    ),
)

# A quick or short follow-up question ("Quick, what's …?", "quick question:", "Why not?",
# „kurze Frage:“, „Warum nicht?“): the answer comes today, with no "I'd like to look into it
# properly first".
QUICK_QUESTION = (
    shape(
        "quick|why|kurze frage|schnelle frage|warum|wieso|weshalb",
        _NOT_PRICE_OR_JAB + r"(?:^\s*(?:ok(?:ay)?,? |so,? )?(?:quick|a quick one)\b[^\n]{0,150}\?"
        r"|\bquick question\b|\bkurze frage\b|\bschnelle frage\b"
        r"|(?:^|[.!?\n]\s*)(?:and |but |und |aber )?"
        r"(?:why|warum|wieso|weshalb)(?: not| nicht)?\s*\?)",
    ),
)

# --- harsh_tone: a concrete point inside the anger ------------------------------------------------

# A threat of a bad review or rating („was ich bei Google schreibe“, „eine entsprechende
# Bewertung“, „ein Stern“, "the review I leave on Upwork", "a one-star rating"): the rating is
# theirs to give; the draft offers to talk it through first and asks when a call suits them.
# Only a review the client writes – not a review round of the work ("I'll review the draft").
# A threat tied to a condition ("if this isn't sorted today …", "sort it out or I'm leaving a
# review", „wenn …, sonst …“) is about the demand: the kind of the demand answers it (today,
# demands_action, the default), not this one.
_CONDITIONAL = translated(
    r"\b(?:if|unless|or else|otherwise|or i'?ll|or i'?m|or i will|or i am|wenn|falls|sonst|"
    r"ansonsten|andernfalls)\b"
)
REVIEW_THREAT = unless(_CONDITIONAL, (
    shape(
        "bewert|rezension|google|stern|trustpilot|fiverr|upwork|provenexpert|kununu",
        r"\b(?:bewertung|rezension)\w*\b[^.!?\n]{0,50}\b(?:schreib\w*|abgeb\w*|hinterlass\w*|"
        r"geb\w*|gibt|bekomm\w*|ausfall\w*|posten|veröffentlich\w*)\b"
        r"|\b(?:schlechte|negative|ehrliche|entsprechende|deutliche|vernichtende)\w* "
        r"(?:bewertung|rezension|kritik)\w*\b"
        r"|\b(?:bei|auf|in) (?:google|trustpilot|fiverr|upwork|provenexpert|kununu|linkedin|"
        r"instagram|facebook)\b[^.!?\n]{0,40}\b(?:schreib\w*|bewert\w*|poste\w*|berichte\w*|"
        r"erzähl\w*)\b"
        r"|\b(?:schreib\w*|bewert\w*|poste\w*) (?:\w+ ){0,4}(?:bei|auf) (?:google|trustpilot|"
        r"fiverr|upwork|provenexpert|kununu)\b"
        r"|\b(?:einen|ein|1) stern\b|\bschlecht bewerten\b",
    ),
    shape(
        "review|rating|star|trustpilot|yelp",
        r"\b(?:leave|leaving|write|writing|give|giving|post|posting|left) (?:you )?(?:a |an |my |"
        r"the )?(?:\w+ ){0,2}(?:review|rating)s?\b(?![^.!?\n]{0,20}\b(?:round|call|meeting)\b)"
        r"|\bthe (?:review|rating) (?:i|we)(?:'ll| will)? (?:leave|give|write|post)\b"
        r"|\b(?:bad|negative|honest|terrible|scathing|poor|awful|1-star|one-star|1 star|one star)"
        r" (?:review|rating|feedback)s?\b"
        r"|\b(?:review|rating)s? (?:on|at) (?:google|upwork|fiverr|trustpilot|yelp|linkedin|"
        r"clutch|facebook)\b|\b(?:one|1)[- ]star\b",
    ),
))

# Nobody picks up or the client cannot get through („warum geht da niemand ans Telefon“, „Sie
# sind nie erreichbar“, „ich erreiche Sie nicht“, "nobody answers the phone", "I can't reach
# you", "straight to voicemail"): sorry they could not reach you; a call back offered, asking
# when they can be reached.
UNREACHABLE = (
    shape(
        "telefon|ran|erreich|mailbox|anrufbeantworter|abheben|hebt|nimmt",
        r"\b(?:niemand|keiner|keine sau|nie(?:mand)?) (?:\w+ ){0,2}(?:ans|an das|an ihr|an dein)"
        r" (?:telefon|handy)\b"
        r"|\b(?:geht|gehen|gehst) (?:da |hier |denn |bei ihnen |bei dir |bei euch )*"
        r"(?:niemand|keiner|nie|nicht) (?:\w+ )?ran\b"
        r"|\b(?:niemand|keiner) (?:\w+ ){0,2}(?:nimmt|hebt) (?:\w+ ){0,2}ab\b"
        r"|\b(?:sind sie|sie sind|bist du|du bist|seid ihr|ihr seid) (?:\w+ ){0,3}"
        r"(?:nie|nicht|kaum|schlecht|schwer) (?:\w+ )?erreichbar\b"
        r"|\berreiche (?:sie|dich|euch|niemanden|keinen) (?:\w+ ){0,3}(?:nicht|nie)\b"
        r"|\b(?:immer|nur|ständig) (?:\w+ )?(?:die |der )?(?:mailbox|anrufbeantworter)\b",
    ),
    shape(
        "answer|pick|reach|get hold|get through|voicemail",
        r"\b(?:nobody|no one|no-one|noone|no body) (?:\w+ ){0,2}(?:answers|answered|answering|"
        r"picks up|picked up|picking up)\b(?! (?:my |our )?(?:e-?mails?|messages|questions)\b)"
        r"|\b(?:can'?t|cannot|couldn'?t|could not|never|impossible to) (?:\w+ )?(?:reach|get hold "
        r"of|get through to) (?:you|anyone|anybody|someone)\b"
        r"|\b(?:you|you're|you are) (?:\w+ )?(?:never|not) (?:\w+ )?(?:answering|picking up|answer|"
        r"pick up) (?:the |your )?(?:phone|calls)\b"
        r"|\b(?:straight|always|goes) (?:\w+ )?(?:to )?voicemail\b",
    ),
)

# The client says it was not in the quote or not what was agreed („davon stand nichts im
# Angebot“, „so war das nicht vereinbart“, "that wasn't in the quote", "not what we agreed"):
# the draft goes back to the quote (`not_in_quote`) or the agreement (`not_agreed`) and offers to
# go through it together. No admission, nothing conceded.
_QUOTE_DE = r"(?:angebot\w*|kostenvoranschlag\w*|kva|preisangebot\w*)"
_QUOTE_EN = r"(?:quote|quotation|estimate|proposal)"
NOT_IN_QUOTE = (
    shape(
        "angebot|kostenvoranschlag|kva",
        r"\b(?:stand|steht|stehen|standen|war|waren|ist|sind)\b[^.!?\n]{0,40}\b(?:nicht|nichts|"
        r"nirgends|nirgendwo|nie|kein\w*)\b[^.!?\n]{0,30}\b(?:im|in (?:ihrem|deinem|eurem|dem|"
        r"unserem))\b (?:\w+ )?" + _QUOTE_DE + r"\b"
        r"|\b(?:im|in (?:ihrem|deinem|eurem|dem|unserem)) (?:\w+ )?" + _QUOTE_DE + r"\b"
        r"[^.!?\n]{0,40}\b(?:stand|steht|war|ist) (?:\w+ ){0,2}(?:nicht|nichts|nirgends|nie|"
        r"kein\w*)\b|\b(?:nicht|nie) (?:\w+ )?(?:teil|bestandteil) (?:des|ihres|deines|unseres) "
        + _QUOTE_DE
        + r"\b",
    ),
    shape(
        "quote|quotation|estimate|proposal",
        r"\b(?:not|none|wasn'?t|isn'?t|weren'?t|aren'?t|never|nowhere|nothing)\b[^.!?\n]{0,30}\b"
        r"(?:in|on|part of) (?:the|your|our|my) " + _QUOTE_EN + r"\b"
        r"|\b(?:the|your|our) " + _QUOTE_EN + r"\b[^.!?\n]{0,30}\b(?:never|didn'?t|did not|"
        r"doesn'?t|does not) (?:\w+ )?(?:mention|say|include|list|cover)\w*\b",
    ),
)
NOT_AGREED = (
    shape(
        "vereinbar|abgemacht|ausgemacht|abmachung|vertrag|besprochen",
        r"\b(?:nicht|nie|nirgends|nichts) (?:\w+ ){0,2}(?:so )?(?:vereinbart|abgemacht|ausgemacht|"
        r"besprochen)\b"
        r"|\b(?:war|ist) (?:\w+ ){0,2}nicht (?:die |unsere |unsere )?(?:abmachung|vereinbarung)\b"
        r"|\b(?:stand|steht|war) (?:\w+ ){0,3}(?:nicht|nichts|nirgends|nie)\b[^.!?\n]{0,30}"
        r"\bim (?:\w+ )?(?:vertrag|auftrag|briefing)\b",
    ),
    shape(
        "agree|deal|contract|brief",
        r"\b(?:not|never) (?:\w+ )?what (?:we|i|you) (?:agreed|discussed|signed up for|"
        r"signed off on)\b|\b(?:we )?never agreed (?:to|on)\b"
        r"|\b(?:that|this) (?:was|is)(?:n'?t| not) (?:the deal|what we agreed|(?:part of )?"
        r"(?:the|our) (?:deal|agreement))\b"
        r"|\b(?:not|wasn'?t|isn'?t|never|nowhere)\b[^.!?\n]{0,30}\bin (?:the|your|our|my) "
        r"(?:contract|agreement|brief|sow|scope)\b",
    ),
)

# The client says the quality has slipped („früher war das besser“, „Kaum ist …, wird es
# schlampig“, „die Qualität lässt nach“, "it used to be better", "the quality has slipped",
# "you're getting sloppy"): answered like a quality point – the same care as before, the recent
# work gone through again, passages they noticed welcome. No admission.
QUALITY_SLIPPED = (
    shape(
        "früher|anfang|vorher|qualität|schlampig|nachlässig|nachgelassen|lässt nach|schlechter",
        r"\b(?:früher|am anfang|anfangs|zu beginn|vorher|sonst) (?:war|waren|lief|ging|hat|"
        r"haben|wart|warst) (?:\w+ ){0,4}(?:besser|sorgfältiger|gründlicher|genauer)\b"
        r"|\b(?:qualität|arbeit|sorgfalt) (?:\w+ ){0,3}(?:lässt|ließ|hat|ist) (?:\w+ ){0,3}"
        r"(?:nach|nachgelassen|schlechter geworden|abgenommen)\b"
        r"|\bwird(?:'?s| es| das| alles)? (?:\w+ ){0,2}(?:schlampig|schlampiger|nachlässig\w*|"
        r"schlechter)\b|\b(?:immer|zunehmend) (?:schlampiger|nachlässiger|schlechter)\b",
    ),
    shape(
        "used to|quality|sloppy|sloppier|slipped|downhill|careless|worse",
        r"\bused to be (?:\w+ ){0,2}(?:better|great|good|so good|excellent|careful|sharper)\b"
        r"|\b(?:quality|work|standard|standards) (?:\w+ ){0,3}(?:has |have |'s |is |are )?"
        r"(?:slipped|dropped|declined|gone downhill|going downhill|got worse|gotten worse|"
        r"getting worse)\b"
        r"|\b(?:getting|got|gotten|become|becoming) (?:\w+ )?(?:sloppy|sloppier|careless|lazier)\b"
        r"|\bnot (?:\w+ )?(?:as good as|up to) (?:it used to|before|your usual|the usual|what it "
        r"was)\b",
    ),
)

# --- quality_criticism ----------------------------------------------------------------------------

# A visible defect on a device or in a browser („auf meinem iPhone ist der Button abgeschnitten“,
# „im Safari verrutscht das Menü“, "on my phone the text overlaps", "broken in Firefox"): a
# screenshot and the system or browser version asked for, and the fix – no "I'll think it over".
_DEVICE_DE = (
    r"\b(?:auf|an|mit|am|im|in) (?:meinem|dem|unserem|seinem|ihrem|deinem|einem|der|den|"
    r"meiner|unserer)? ?(?:iphone|ipad|android\w*|handy|smartphone|tablet|mac|macbook|laptop|"
    r"pc|desktop|bildschirm|monitor|safari|chrome|firefox|edge|browser|handyansicht|"
    r"mobilansicht|mobile[nm]? (?:ansicht|version|gerät\w*)|kleine[nm]? bildschirm\w*)\b"
    r"|\bmobil (?:sieht|ist|wird|geht|klappt|funktioniert)\b"
)
_DEVICE_EN = (
    r"\b(?:on|in|with|using) (?:my |the |our |his |her |their |a |an )?(?:\w+ )?(?:iphone|ipad|"
    r"android|phone|mobile|tablet|mac|macbook|laptop|pc|desktop|monitor|screen|safari|chrome|"
    r"firefox|edge|browser)s?\b"
    r"|\bmobile (?:view|version|layout|site)\b"
)
_VISIBLE_DEFECT = (
    r"\b(?:abgeschnitten|verschoben|verrutscht\w*|überlapp\w*|übereinander|verzerrt|gequetscht|"
    r"zerschossen|kaputt|unlesbar|nicht (?:\w+ )?(?:lesbar|sichtbar|klickbar|zu sehen|zu lesen|"
    r"angezeigt)|funktionier\w* (?:\w+ ){0,3}nicht|lädt (?:\w+ ){0,3}nicht|fehlt|fehlen|winzig|"
    r"abgehackt|springt|flacker\w*|falsch angezeigt|cut off|cuts off|cropped|overlap\w*|"
    r"misaligned|off-?centre|off-?center|squashed|stretched|distorted|broken|unreadable|"
    r"(?:doesn'?t|does not|don'?t|won'?t|isn'?t|is not|can'?t) (?:\w+ )?(?:work|load|show|"
    r"display|fit|click|read|see)\w*|missing|tiny|jumps|flicker\w*|messed up|"
    r"hidden|glitch\w*|bug\w*)\b"
)
DEVICE_DEFECT = requiring(
    translated(_VISIBLE_DEFECT),
    (
        shape(
            "iphone|ipad|android|handy|smartphone|tablet|mac|laptop|pc|desktop|bildschirm|monitor|"
            "safari|chrome|firefox|edge|browser|ansicht|mobil",
            _DEVICE_DE,
        ),
        shape(
            "iphone|ipad|android|phone|mobile|tablet|mac|laptop|pc|desktop|monitor|screen|safari|"
            "chrome|firefox|edge|browser",
            _DEVICE_EN,
        ),
    ),
)

# A text that reads machine-translated („liest sich wie Google Translate“, „wie durch DeepL
# gejagt“, „maschinell übersetzt“, "reads like Google Translate", "sounds machine-translated"): a
# complaint about the language, not an AI accusation – the passages revised so they read
# naturally, the ones they noticed welcome.
MACHINE_SOUNDING = (
    shape(
        "google translate|google übersetzer|deepl|maschinell|übersetzungsprogramm|"
        "übersetzungstool|machine|translation tool|translation software",
        r"\b(?:google translate|google[- ]übersetzer|deepl)\b"
        r"|\bmaschinell (?:\w+ )?übersetzt\w*|\bmaschinenübersetz\w*"
        r"|\b(?:übersetzungsprogramm|übersetzungstool|übersetzungssoftware)\w*"
        r"|\bmachine[- ]translat\w*|\btranslation (?:tool|software|app)s?\b",
    ),
)

# --- revision_loop --------------------------------------------------------------------------------

# A round numbered three or more („Feedback zu Runde 6“, „das ist die fünfte Runde“, "round 6 of
# feedback", "that's round 5"): beyond the rounds included, so an estimate comes first – never
# "further rounds separately" followed by "all in one round".
_ROUND_WORDS_DE = r"(?:runde|korrekturrunde|änderungsrunde|feedbackrunde|korrekturschleife)"
# Not an earlier round referred to ("die Farben aus Runde 4", „wie in Runde 2“, "the changes from
# round 5", "back to round 3"): only the round the message itself is.
_NOT_PAST = (
    r"(?<!aus )(?<!von )(?<!vom )(?<!seit )(?<!in )(?<!wie bei )(?<!aus der )(?<!von der )"
    r"(?<!in der )(?<!seit der )(?<!from )(?<!since )(?<!of )(?<!to )(?<!like )(?<!as )"
)
NAMED_ROUND = (
    shape(
        "fassung|version|entwurf|überarbeitung|draft|revision|iteration",
        r"\b(?:ist|sind|wären) (?:\w+ ){0,2}(?:die|der|bei der|beim) (?:dritte|vierte|fünfte|"
        r"sechste|siebte|achte|neunte|zehnte|[3-9]\.|\d\d\.)\w* "
        r"(?:fassung|version|entwurf|überarbeitung)\b"
        r"|\b(?:this is|it'?s|that'?s|we'?re on|we are on) (?:\w+ ){0,2}(?:the )?(?:third|fourth|"
        r"fifth|sixth|seventh|eighth|ninth|tenth|[3-9](?:rd|th)|\d\dth) (?:version|draft|revision|"
        r"iteration)\b",
    ),
    shape(
        "runde|schleife",
        _NOT_PAST + r"\b" + _ROUND_WORDS_DE + r" (?:nr\.? ?|nummer )?(?:[3-9]|\d\d)\b"
        r"|" + _NOT_PAST + r"\b(?:[3-9]|\d\d)\. " + _ROUND_WORDS_DE + r"\b"
        r"|" + _NOT_PAST + r"\b(?:dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte)\w* "
        + _ROUND_WORDS_DE
        + r"\b",
    ),
    shape(
        "round",
        _NOT_PAST + r"\b(?:feedback |revision |review |correction )?round (?:no\.? ?|#)?"
        r"(?:[3-9]|\d\d)\b"
        r"|" + _NOT_PAST + r"\b(?:3rd|[4-9]th|\d\dth|third|fourth|fifth|sixth|seventh|eighth|"
        r"ninth|tenth) (?:round|revision round|feedback round)\b",
    ),
)

# Notes the freelancer has not read yet: from someone else who had a look („der Geschäftsführer
# hat nochmal reingeschaut“, "my husband has a few notes"), or a batch of comments („ein paar
# Anmerkungen, siehe Anhang“). Tried after the kinds with a named change: no "I'll do that" for
# changes nobody has seen; look at them, ideally all at once, then say what the rounds cover.
REVISION_NOTES = (
    shape(
        "anmerkung|kommentar|änderungswünsch|notizen|anhang|reingeschaut|drübergeschaut|"
        "draufgeschaut|angeschaut|durchgesehen|durchgeschaut|aufgefallen",
        # a few unnamed things noticed: „uns sind noch ein paar Formulierungen aufgefallen“
        r"\b(?:ein paar|einige|paar|mehrere|noch) (?:\w+ )?(?:formulierungen|punkte|stellen|dinge|"
        r"sachen|kleinigkeiten|details)\b[^.!?\n]{0,30}\baufgefallen\b",
        r"\b(?:ein paar|einige|paar|weitere|mehrere|viele|\d+) (?:\w+ )?(?:anmerkungen|kommentare|"
        r"änderungswünsche|notizen)\b|\bsiehe anhang\b",
        r"\b(?:geschäftsführ\w*|chef\w*|vorstand|mann|frau|partner\w*|kolleg\w*|team|"
        r"marketing\w*|vertrieb\w*|\w*leiter(?:in)?) hat (?:\w+ ){0,4}(?:reingeschaut|"
        r"drübergeschaut|draufgeschaut|"
        r"angeschaut|durchgesehen|durchgeschaut)\b",
    ),
    shape(
        "notes|comments|thoughts|feedback|look|noticed|spotted",
        r"\b(?:a few|some|several|a couple of) (?:more |small |little )?(?:things|bits|points|"
        r"phrases|details)\b[^.!?\n]{0,30}\b(?:noticed|spotted)\b"
        r"|\b(?:noticed|spotted) (?:a few|some|several|a couple of) (?:more |small |little )?"
        r"(?:things|bits|points|phrases|details)\b",
        r"\b(?:has|have|had|got|with) (?:a few|some|several|more|many|\d+) (?:more )?"
        r"(?:notes|comments|thoughts|bits of feedback)\b",
        r"\b(?:husband|wife|partner|boss|ceo|manager|team|board|colleague|business partner)s? "
        r"(?:had|has|took|have) a (?:quick |proper |closer )?look\b",
    ),
)

# A message read as a revision that names money (a refund, the deposit, the invoice, a payment),
# a threat to look elsewhere or a deadline moved earlier: no "I'll take care of that", which
# would agree to it. Tried before `apology`, last but one.
REVISION_NO_CHANGE = (
    shape(
        "anzahlung|rechnung|zahl|geld|erstatt|alternativen umsehen|andere",
        r"\banzahlung\b|\brechnung\w*\b|\bzahl(?:e|en|t)?\b|\bgeld (?:zurück|wieder)\b"
        r"|\berstatt\w*"
        r"|\b(?:nach )?(?:anderen|alternativen) (?:optionen|anbietern|dienstleistern)\b",
    ),
    shape(
        "refund|deposit|invoice|pay|money|options|elsewhere",
        r"\brefund\w*|\bdeposit\b|\binvoice\w*|\bpay(?:ing|ment)?\b|\bmoney back\b"
        r"|\bother options\b|\blook elsewhere\b",
    ),
    *DEADLINE_EARLIER,
)

# A change asked for with an apology („sorry, der Chef hat noch Anmerkungen“, „tut mir leid, dass
# ich nochmal komme“, "sorry again, one more thing"): tried last, so only a message that would get
# the default; the draft says there is no need to apologise, then the default's yes and rounds.
# In a change request even a bare opening "Sorry, …" apologises for the extra work.
REVISION_SORRY = (
    shape(
        "sorry|leid|entschuldig",
        r"\bsorry\b(?!,? (?:aber|doch) (?:das|so|es) (?:ist|gefällt|geht))",
        r"\b(?:tut|tat) (?:mir|uns) (?:\w+ )?leid\b|\bentschuldig(?:ung|en sie|e|t)\b",
    ),
    shape(
        "sorry|apolog",
        r"\bsorry\b(?!,? but (?:this|that|it) (?:is|isn't|doesn't|looks|reads))"
        r"|\bapologi(?:es|[sz]e)\b",
    ),
)

# The version before the last one, or "the one before" („die vorletzte Version“, „die Fassung
# davor“, "the version before the version before", "the previous draft"), asked for back: a
# revert, like „zurück zur ersten Version“.
_EARLIER_VERSION = tuple(
    shape(stems, source)
    for stems, source in (
        (
            "vorletzt|vorvorletzt|davor|vorherig|frühere",
            r"\b(?:nehm\w*|nimm|zurück|wieder|lieber|probier\w*|hätte\w*|möchte\w*|will|wollen)\b"
            r"[^.!?\n]{0,50}\b(?:die |den |das )?(?:vorletzte|vorvorletzte|vorherige|frühere)\w* "
            r"(?:version|fassung|entwurf|variante|stand)\b"
            r"|\b(?:die|den|das) (?:version|fassung|entwurf|variante) davor\b"
            r"|\b(?:vorletzte|vorvorletzte)\w* (?:version|fassung|entwurf|variante|stand)\b"
            r"[^.!?\n]{0,30}\b(?:nehmen|zurück|wieder|haben|verwenden|bitte)\b",
        ),
        (
            "before|previous|penultimate|second-to-last|one before",
            r"\b(?:the )?(?:version|draft|design|one|option) before (?:the|that|this|last)\b"
            r"|\b(?:try|use|take|want|prefer|bring back|restore|see|have|go with|revert to) "
            r"(?:\w+ ){0,2}(?:the )?(?:previous|penultimate|second[- ]to[- ]last|earlier|prior) "
            r"(?:version|draft|design|one|option)\b",
        ),
    )
)
EARLIER_VERSION = tuple(
    Shape(s.stems, translated(_ONE_WHOLE_VERSION) + f"(?:{s._source})") for s in _EARLIER_VERSION
)

# It still feels unfinished and nothing is named („fühlt sich noch nicht fertig an“, „irgendwas
# fehlt noch“, "it just doesn't feel done yet", "not sure what exactly"): the draft asks what
# feels unfinished – a word or two is enough – before any talk of rounds.
UNFINISHED = (
    shape(
        "fertig|rund|irgendwas fehlt|irgendetwas fehlt|was genau",
        r"\b(?:fühlt|wirkt|fühlen|wirken) (?:\w+ ){0,3}(?:noch )?nicht (?:ganz )?(?:fertig|rund|"
        r"abgeschlossen|stimmig)\b"
        r"|\b(?:noch )?nicht (?:ganz )?(?:fertig|rund)\b[^.!?\n]{0,20}\b(?:an|aus)\b"
        r"|\birgend(?:was|etwas) fehlt (?:noch )?\b"
        r"|\b(?:weiß|wüsste) (?:\w+ ){0,2}nicht,? was genau\b",
    ),
    shape(
        "done|finished|complete|not sure what|something'?s missing|something is missing",
        r"\b(?:doesn'?t|does not|don'?t|do not) (?:\w+ ){0,2}(?:feel|look|seem|read) "
        r"(?:\w+ )?(?:done|finished|complete|ready|there)\b"
        r"|\b(?:feels|looks|seems) (?:\w+ )?(?:unfinished|incomplete|not (?:quite )?(?:done|"
        r"finished|there))\b"
        r"|\bnot sure what,? exactly\b|\bsomething(?:'s| is) (?:still )?missing\b",
    ),
)

# --- unclear_request ------------------------------------------------------------------------------

# A tidy-up of files or folders („Ablage“, „Ordner“, „Postfach aufräumen“, "organise our shared
# drive", "sort out the inbox"): the question is how they look for things and which system they
# use – not what the result should achieve; no variants.
# A new brief in the subjunctive („wir bräuchten da was für Social Media“, "we'd need something
# for the fair"): tried after `tension`, so a wish that pulls two ways keeps that question.
NEW_BRIEF_WOULD = (
    shape(
        "bräuchte|we'd need|we would need",
        r"\b(?:wir|ich) (?:bräuchten|bräuchte)\b[^.!?\n]{0,30}\b(?:etwas|was|neue\w*"
        r"|eine?n? (?:\w+ )?" + _DELIVERABLES_DE + r")\b",
        r"\b(?:we|i)(?:'d| would) need (?:\w+ )?(?:something|someone|(?:a|an|some) (?:new\b|"
        r"(?:(?!\w+er )[\w-]+ ){0,2}" + _DELIVERABLES_EN + r"\b))",
    ),
)

# A calendar reorganised "as we discussed" is a reference to a talk, not a new question.
_DISCUSSED = translated(
    r"\b(?:besprochen|abgesprochen|vereinbart|ausgemacht|discussed|agreed|talked about)\b"
)

# The client wants the calendar or the appointments sorted („mein Kalender ist ein Chaos“, „die
# Termine so umstellen, dass es einfacher wird“, "sort out my calendar", "my diary is a mess"):
# what bothers them most asked by name (overlaps, no free blocks, too many meetings) and which
# appointments are fixed; no filing question, no variants.
CALENDAR = unless(_DISCUSSED, (
    shape(
        "kalender|termine|terminplan",
        r"\b(?:kalender\w*|terminplan\w*|termine|terminen)\b[^.!?\n]{0,60}\b(?:aufräum\w*|sortier\w*|"
        r"organisier\w*|ordnen|strukturier\w*|umstell\w*|durcheinander|chaos|chaotisch)"
        r"|\b(?:aufräum\w*|sortier\w*|organisier\w*|ordnen|strukturier\w*|umstell\w*)\b"
        r"[^.!?\n]{0,40}\b(?:kalender\w*|terminplan\w*)\b",
    ),
    shape(
        "calendar|diary|schedule",
        r"\b(?:organi[sz]\w*|sort\w* out|tidy\w*|clean\w* up|restructur\w*|fix\w*|rework\w*)\b"
        r"[^.!?\n]{0,30}\b(?:calendars?|diary|schedule)\b"
        r"|\b(?:calendars?|diary|schedule)\b[^.!?\n]{0,40}\b(?:a mess|messy|chaos|chaotic|"
        r"all over the place)\b",
    ),
))


ORGANISE = (
    shape(
        "ablage|ordner|dateien|postfach|posteingang|laufwerk|drive|dropbox|sharepoint",
        r"\b(?:ablage\w*|ordner\w*|dateien|postfach|posteingang|laufwerk\w*|drive|dropbox|"
        r"sharepoint)\b[^.!?\n]{0,60}\b(?:aufräum\w*|sortier\w*|organisier\w*|ordnen|"
        r"strukturier\w*|durcheinander|chaos|chaotisch)"
        r"|\b(?:aufräum\w*|sortier\w*|organisier\w*|ordnen|strukturier\w*)\b[^.!?\n]{0,40}"
        r"\b(?:ablage\w*|ordner\w*|dateien|postfach|posteingang|laufwerk\w*|drive|dropbox|"
        r"sharepoint)\b"
        r"|\b(?:um|mit) (?:\w+ )?(?:ablage\w*|ordner\w*|laufwerk\w*)\b[^.!?\n]{0,30}\bkümmer\w*"
        r"|\b(?:ablage\w*|ordner\w*|laufwerk\w*|dateien|drive|dropbox|sharepoint)\b[^\n]{0,80}?"
        r"\b(?:durcheinander|chaos|chaotisch|unordentlich)\b",
    ),
    shape(
        "folder|files|drive|inbox|dropbox|sharepoint|filing",
        r"\b(?:organi[sz]\w*|sort\w* out|tidy\w*|clean\w* up|restructur\w*|declutter\w*)\b"
        r"[^.!?\n]{0,40}\b(?:folders?|files|drive|inbox|dropbox|sharepoint|filing)\b"
        r"|\b(?:folders?|files|drive|inbox|dropbox|sharepoint|filing(?: system)?)\b"
        r"[^.!?\n]{0,40}\b(?:a mess|messy|chaos|chaotic|all over the place)\b",
    ),
)

# Only the important or relevant parts of a text, chosen by the freelancer („nur die wichtigen
# Teile übersetzen“, „das Relevante raussuchen“, "just the key sections", "only the bits that
# matter"): which sections are meant – or a proposed selection to confirm before starting.
WHICH_PARTS = (
    shape(
        "wichtig|relevant|wesentlich",
        r"\b(?:nur|bloß|lediglich) (?:\w+ )?(?:die|das) (?:wichtig|relevant|wesentlich)\w* "
        r"(?:teile?|stellen|abschnitte?|passagen|punkte|kapitel|seiten|paragraphen|klauseln)?\b",
    ),
    shape(
        "important|relevant|key|matter",
        r"\b(?:only|just) (?:\w+ )?(?:the )?(?:important|relevant|"
        r"key|main|essential) (?:parts?|sections?|bits|passages|clauses|pages|chapters)\b"
        r"|\b(?:only|just) the (?:parts?|sections?|bits|clauses) that matter\b",
    ),
)
