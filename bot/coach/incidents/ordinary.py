"""Phrase shapes of ordinary messages and endings: neutral and termination."""

from __future__ import annotations

from bot.coach.incidents.common import ALREADY_PAID, INSULT, INVOICE_REQUEST
from bot.coach.incidents.money import INVOICE_DETAILS
from bot.coach.incidents.shape import GAP, Shape, requiring, shape, translated, unless

# --- neutral -------------------------------------------------------------------------------------

# The client asks for a file: the final version, the documents, the source files.
# "ich schicke", "I'll send": the client sends something; that is no request for a file.
_NOT_THE_CLIENTS_OWN = (
    r"(?<!\bich )(?<!\bwir )(?<!\bi )(?<!\bwe )(?<!\bi'll )(?<!\bwe'll )(?<!\bi will )"
    r"(?<!\bwe will )(?<!\bi'm going to )"
)
_ACCESS_DE = (
    r"link|links|zugang|zugänge|zugangsdaten|login\w*|passw\w*|\w*ordner|freigabelink|einladung"
    r"|rohdaten|\w*daten"
)
_ACCESS_EN = r"link|links|login|logins|password|credentials|access|folder|invite|invitation"
FILE_REQUEST = (
    shape(
        "schick|send|mail|zukommen|hochlad|teilen|bräucht|brauch|benötig",
        _NOT_THE_CLIENTS_OWN
        + r"\b(?:schick|send|mail|zukommen lassen|hochlad|teil)\w*\b"
        + r"(?! (?:ich|wir|dir|ihnen|euch)\b)"
        + GAP
        + r"\b(?:\w*datei\w*|version|\w*unterlagen|\w*dokument\w*|pdf|\w*fotos|\w*bilder|"
        r"entwurf|entwürfe|texte?|link|zugang|\w*daten|präsentation|logo\w*|\w*vorlage\w*)\b",
        r"\b(?:brauch|bräucht|benötig)\w*\b" + GAP + r"\b(?:die |den |das )?(?:datei\w*|"
        r"finale version|unterlagen|pdf|originaldatei\w*)\b",
        r"\b(?:\w*datei\w*|version|\w*unterlagen|\w*dokument\w*|pdf|\w*fotos|\w*bilder|entwurf|"
        r"entwürfe|\w*daten|präsentation)\b" + GAP + r"\b(?:schicken|senden|zuschicken|zusenden|"
        r"mailen|hochladen|teilen|zukommen lassen)\b",
    ),
    # "Hast du die Logodateien noch in groß?": another size of the user's own files. (A bare
    # "Haben Sie die Dateien noch?" asks whether they exist: the question kinds answer it.)
    shape(
        "hast du|haben sie|hättest du|hätten sie|habt ihr",
        r"^(?![\s\S]*\b(?:dringend\w*|sofort|eilig\w*|eilt|asap|urgent\w*)\b)[\s\S]*?"
        r"\b(?:hast du|haben sie|hättest du|hätten sie|habt ihr)\b(?=[^.!?\n]*\bin "
        r"(?:groß|größer|hoher|höherer|voller|besserer)\w*\b)" + GAP + r"\b(?:\w*datei\w*|logo\w*|"
        r"\w*fotos?|\w*bilder?|pdf\w*|\w*vorlage\w*|druckdaten|rohdaten|originale?|\w*grafik\w*)\b",
    ),
    shape(
        "send|mail|share|upload|forward|need the|need your|need a copy|can i|can we|could i|"
        "could we|may i|may we",
        _NOT_THE_CLIENTS_OWN
        + r"\b(?:re-?)?(?:send|e-?mail|mail|share|upload|forward)\w*\b (?:me |us )?(?:back )?"
        r"(?:over |across |through |along )?(?:to (?:me|us) )?(?:the |your |a |all (?:the )?)?"
        r"(?:\w+ )?(?:files?|final version|version|documents?|pdfs?|"
        r"photos|images|drafts?|copy|link|access|slides|deck|logo|source files)\b",
        r"\bneed (?:the|your|a copy of the) (?:\w+ )?(?:files?|final version|documents?|pdfs?)\b"
        r"|\b(?:send|e-?mail|mail|forward)\w* (?:it|them) back\b",
        r"\b(?:can|could|may) (?:i|we) (?:please )?(?:get|have|grab) (?:a copy of )?(?:the|your|all"
        r" the) (?:\w+ ){0,2}(?:files?|logos?|pdfs?|images|photos|originals|assets|artwork)\b",
    ),
    # "where can I find the final files?": asked for, not a question to look into
    shape(
        "where",
        r"\bwhere (?:can|do|would|should) (?:i|we) (?:find|get|download) "
        r"(?:the |your |all (?:the )?)?(?:\w+ ){0,2}(?:files?|logos?|pdfs?|images|photos"
        r"|originals|assets|artwork)\b",
        # "where are the final files again?"
        r"\bwhere(?:'s| is| are| did you (?:put|save|upload)) (?:the |your |all (?:the )?)?"
        r"(?:\w+ ){0,2}(?:files?|logos?|pdfs?|images|photos|originals|assets|artwork)\b",
    ),
    shape(
        "wo finde|wo bekomme|wo kriege|wo sind|wo war|wo ist",
        r"\bwo (?:finde|bekomme|kriege|finden|bekommen) (?:ich|wir) (?:\w+ ){0,3}(?:\w*datei\w*|"
        r"\w*logo\w*|pdf\w*|\w*fotos|\w*bilder|unterlagen|" + _ACCESS_DE + r")\b"
        r"|\bwo sind (?:\w+ ){0,3}(?:\w*datei\w*"
        r"|\w*logo\w*|pdf\w*|\w*fotos|\w*bilder|" + _ACCESS_DE + r")\b"
        # „Wo war nochmal der Link zum Ordner?“
        r"|\bwo (?:war|ist) (?:\w+ ){0,2}(?:der|die|das) (?:" + _ACCESS_DE + r")\b",
    ),
    # a link, a login or a folder to be sent or found again: „finde den Link nicht mehr“,
    # "can't find the login you sent", "where's the link to the folder?"
    shape(
        "finde|find|where",
        r"\b(?:ich )?finde (?:\w+ ){0,2}(?:den|die|das|deinen|ihren|euren) (?:\w+ )?(?:"
        + _ACCESS_DE + r"|\w*datei\w*|unterlagen)\b (?:\w+ ){0,3}nicht\b",
        r"\b(?:can't|cannot|can not|couldn't|could not|don't|do not) (?:seem to )?(?:find|locate)"
        r" (?:the|your|that|my) (?:\w+ )?(?:" + _ACCESS_EN + r"|files?|documents?)\b",
        r"\bwhere(?:'s| is| was| did you (?:put|send|share)) (?:the|your|that) (?:\w+ )?(?:"
        + _ACCESS_EN + r")\b",
    ),
)

# A new enquiry: can you do X, what do you charge, are you available.
ENQUIRY = (
    shape(
        "verlang|kosten|kostet|nimmst|nehmen sie|nehmt ihr|preis|angebot|buchen|zeit für|"
        "kapazität|verfügbar|frei|hast du|haben sie|hättest du|hätten sie|suche|empfehlung|"
        "empfohlen|gekommen|gestoßen|aufmerksam",
        r"\bwas (?:verlangst|verlangen|kostet)\b|\bwas\b[^.!?\n]{0,30}\bkosten\b"
        r"|\bwas (?:nimmst du|nehmen sie)\b",
        r"\b(?:angebot|kostenvoranschlag)\b" + GAP + r"\?|\b(?:dich|sie) (?:\w+ ){0,3}buchen\b",
        r"\b(?:ein|einen|ihr|dein) (?:angebot|kostenvoranschlag)\b"
        + GAP
        + r"\b(?:erstellen|schicken|senden|machen|zukommen|geben)\b",
        r"\b(?:hast du|haben sie|hättest du|hätten sie)\b" + GAP + r"\b(?:zeit|kapazität\w*|"
        r"lust|interesse)\b" + GAP + r"\?",
        # "Nehmen Sie noch neue Kunden an?", "wir suchen jemanden für …", "über eine Empfehlung"
        r"\b(?:nehmen sie|nimmst du|nehmt ihr) (?:\w+ ){0,2}(?:neue )?(?:kunden|kundinnen|aufträge"
        r"|projekte|anfragen)\b",
        r"\b(?:wir suchen|ich suche|suchen wir|suche ich) (?:\w+ ){0,2}(?:jemand\w*|unterstützung|"
        r"eine?n? (?:\w+ )?(?:freelancer\w*|texter\w*|grafiker\w*|designer\w*|fotograf\w*|"
        r"übersetzer\w*|assistent\w*|lektor\w*|illustrator\w*|entwickler\w*|programmierer\w*|"
        r"agentur|dienstleister\w*))\b",
        r"\b(?:über|durch) (?:eine |die )?empfehlung\b|\b(?:wurden|wurdest) (?:sie|du) (?:\w+ )?"
        r"empfohlen\b|\bhat (?:mir|uns) (?:sie|dich|ihren namen|deinen namen) empfohlen\b"
        r"|\bauf (?:sie|dich) (?:gekommen|gestoßen|aufmerksam geworden)\b",
    ),
    shape(
        "charge|rate|quote|price|cost|available|availability|capacity|interested|book you|hire|"
        "estimate|pricing|reach|touch|contact|hoping|wondering|need you|want you|like you|"
        "taking on|accepting|open to|looking for|got your|recommended|referred|came across|"
        "found you",
        r"\bwhat (?:do|would) you charge\b|\bwhat(?:'s| is| are) your (?:rates?|prices?|fees?)\b"
        r"|\bhow much (?:do|would|will) (?:you|it)\b",
        r"\b(?:a|your) (?:quote|estimate|price)\b" + GAP + r"\?|\b(?:book|hire) you\b",
        r"\b(?:send|give|prepare|put together|get) (?:me |us )?(?:a|an|your) (?:quote|estimate)\b"
        r"|\b(?:looking for|need|want|would like|like to get|hoping for|request(?:ing)?) (?:a|an|"
        r"some) (?:quote|estimate|pricing|price)\b|\b(?:quote|estimate|pricing) for\b",
        r"\b(?:i|we) (?:need|want|would like) you to (?:design|make|write|create|build|shoot|"
        r"photograph|film|edit|translate|draw|do)\b",
        r"\b(?:reach(?:ing)? out to you|get in touch with you|contact(?:ing)? you) (?:\w+ ){0,2}"
        r"(?:for|about|regarding)\b|\b(?:hoping|wondering) (?:if |whether )?you (?:would|could|"
        r"might) (?:be able to )?(?:help|provide|take on|do)\b",
        r"\b(?:are you|would you be) (?:\w+ )?(?:available|interested|free|open)\b"
        r"|\bdo you have (?:the |any )?(?:capacity|availability|time|room)\b",
        # "Are you taking on new clients?", "we're looking for someone to …", "got your name
        # from …", "X recommended you"
        r"\b(?:are you|would you be) (?:\w+ ){0,2}(?:taking on|accepting|open to) (?:any )?"
        r"(?:new )?"
        r"(?:clients|customers|work|projects|commissions|bookings|jobs)\b",
        r"\b(?:we're|i'm|we are|i am) (?:\w+ )?looking for (?:someone|somebody|a freelance\w*|an? "
        r"(?:\w+ )?(?:writer|designer|editor|copywriter|translator|photographer|developer|va|"
        r"virtual assistant|assistant|illustrator|bookkeeper|consultant))\b",
        r"\bgot your (?:name|details|number|contact|email|info)\b|\b(?:recommended you|you were "
        r"recommended|referred (?:me|us) to you|came across your|found you (?:on|via|through))\b",
    ),
)

# A call, a meeting, a time to talk.
# A new enquiry that also wants to meet or talk first („Gerne würden wir Sie kennenlernen“, "could
# we have a quick call about it?"): offer the call – asking "anything else for the quote?" skips
# the wish they named.
_GET_TO_KNOW = (
    r"\bkennen(?:zu)?lernen\b|\b(?:erst|kennenlern|vor)gespräch\w*|\bget to know\b"
    r"|\b(?:quick|short|brief|intro\w*|discovery) (?:call|chat|meeting)\b"
    # „gerne auch ein kurzes Telefonat“, „vorab ein kurzes Gespräch“ (not „Zeit für einen kurzen
    # Call?“, which only asks for a call)
    r"|\b(?:gern\w*|auch|vorab|vorher|zunächst|erst(?:mal)?) (?:\w+ ){0,2}kurze[sn]? "
    r"(?:telefonat|gespräch|videocall|call|treffen|austausch)\b"
)
# "the spreadsheet thing from the call", „was wir im letzten Call besprochen haben“: a call that
# took place is no wish for one.
_PAST_MEETING_DE = (
    r"(?<!\baus dem )(?<!\bnach dem )(?<!\bvom )(?<!\bseit dem )(?<!\bletzten )(?<!\bletzte )"
    r"(?<!\bgestrigen )(?<!\bvorigen )(?<!\bim letzten )(?<!\bbeim letzten )"
)
_PAST_MEETING_EN = (
    r"(?<!\bfrom the )(?<!\bfrom our )(?<!\bafter the )(?<!\bafter our )(?<!\bsince the )"
    r"(?<!\bsince our )(?<!\bin the last )(?<!\bin our last )(?<!\blast )(?<!\bon the last )"
    r"(?<!\byesterday's )(?<!\bearlier )(?<!\bprevious )(?<!\bour last )"
)
_PAST_MEETING = _PAST_MEETING_DE + _PAST_MEETING_EN
SCHEDULING = (
    shape(
        "termin|telefon|anruf|call|treffen|besprechung|meeting|zoom|teams|gespräch",
        _PAST_MEETING + r"\b(?:telefonat|telefonieren|anruf|anrufen|call|treffen|besprechung|"
        r"meeting|zoom|videocall|termin|gespräch)\w*\b" + GAP
        + r"\b(?:passt|geht|zeit|wann|morgen|woche|heute|vereinbaren|machen|\?)",
        r"\b(?:wann|passt|geht|hast du|haben sie)\b" + GAP + r"\b(?:telefonat|telefonieren|"
        r"anruf|call|treffen|besprechung|meeting|zoom|termin)\w*",
    ),
    shape(
        "call|meet|zoom|chat|catch up|catch-up|hop on|jump on",
        _PAST_MEETING + r"\b(?:call|meeting|meet|zoom|chat|catch[ -]up)\b"
        + r"(?! (?:yesterday|earlier|last)\b)" + GAP + r"\b(?:when|works?|suit|"
        r"free|available|time|tomorrow|week|today|\?)",
        r"\b(?:hop|jump) on a\b|\b(?:when|are you free|do you have time)\b"
        + GAP
        + r"\b(?:call|meet\w*|zoom|chat|talk)\b",
    ),
)

# The client names a day or a time for a call or a meeting ("Können wir das Meeting auf Donnerstag
# 14 Uhr legen?", "can we move our call to Friday at 3?"): the reply checks and confirms it,
# instead of asking for times the client has just given.
# Only the word and its inflections: a compound names a task („Terminbestätigungen rausschicken“,
# „Terminverwaltung“, „Gesprächsnotizen“), not a meeting of the user and the client.
_MEET_DE = (
    r"\b(?:telefonat(?:e|s|en)?|telefonieren|anruf(?:e|s)?|calls?|treffen|besprechung(?:en)?"
    r"|meetings?|zoom|videocall(?:s)?|termin(?:e|s|en)?|gespräch(?:e|s|en)?)\b"
)
_MEET_WHEN_DE = (
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\w*|\b(?:um|gegen|ab) "
    r"\d{1,2}(?:[:.]\d\d)?\b|\b\d{1,2}(?:[:.]\d\d)? ?uhr\b|\bkw ?\d{1,2}\b"
    # "Do 14h", "Fr vormittag", "Mo. früh": a short weekday with a time or a part of the day
    # ("do 3 instead of 2" is English)
    r"|\b(?:mo|di|mi|do|fr|sa)\.? (?:(?!24)\d{1,2}(?:[:.]\d\d)? ?(?:h|uhr)\b|(?:vor|nach)mittags?"
    r"\b|früh\b|abends?\b)"
    r"|\bkalenderwoche \d{1,2}\b"
)
_MEET_EN = r"\b(?:call|meeting|meet|zoom|chat|catch[ -]up|appointment|session)\b"
_MEET_WHEN_EN = (
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b"
    r"|\b(?:at|around|from) \d{1,2}(?::\d\d)?\b|\b\d{1,2}(?::\d\d)? ?(?:am|pm)\b"
    # "push the call to 3 instead of 2"
    r"|\bto \d{1,2}(?::\d\d)? instead of \d{1,2}(?::\d\d)?\b"
)
PROPOSES_TIME = (
    shape(
        "termin|telefon|anruf|call|treffen|besprechung|meeting|zoom|gespräch",
        _MEET_DE + GAP + "(?:" + _MEET_WHEN_DE + ")",
        "(?:" + _MEET_WHEN_DE + ")" + GAP + _MEET_DE,
    ),
    shape(
        "call|meet|zoom|chat|catch up|catch-up|appointment|session",
        _MEET_EN + GAP + "(?:" + _MEET_WHEN_EN + ")",
        "(?:" + _MEET_WHEN_EN + ")" + GAP + _MEET_EN,
    ),
)

# The client will come back to the user: review, decide, let them know.
# "… forward them to our legal team": sent on to someone else, not back to the user
_ELSEWHERE = (
    r"(?! (?:\w+ )?(?:it|them|this|these|those|the \w+) (?:on |over )?to (?:our|my|the|their|his"
    r"|her)\b| (?:on |over )?to (?:our|my|the|their|his|her)\b)"
)
CLIENT_FOLLOWS_UP = (
    shape(
        "melde|gebe|sage|bescheid|rückmeld|schaue|sehe|überleg|entscheid|prüfe|zurück",
        r"\bich (?:melde mich|gebe (?:dir|ihnen|euch) bescheid|sage (?:dir|ihnen) bescheid|"
        r"schaue? (?:mir )?(?:das|es|alles)|sehe mir|überlege|entscheide|prüfe|komme? "
        r"(?:\w+ )?zurück)\b",
        r"\b(?:wir|ich) (?:melden|geben|sagen) (?:\w+ )?(?:uns|bescheid)\b"
        r"|\bgebe?n? (?:\w+ )?rückmeldung\b|\bmelde mich\b|\bschaue? (?:ihn|sie|es) mir\b",
    ),
    shape(
        "get back|let you know|review|decide|think about|look over|look at it|come back|revert",
        r"\b(?:i'll|i will|we'll|we will|i'm going to|we're going to|i'd|let me) (?:\w+ ){0,2}"
        r"(?:get back|let you know|review|decide|think about|look over|look at|come back|"
        r"revert|make (?:my|a|our) (?:choice|decision))\b",
        # the subject left out: "Cheers. Will have a look over the weekend and come back to you
        # Monday", "will review and let you know"
        r"(?:^|[.!?,;:–-]\s*)will (?:\w+ ){0,6}(?:get back|come back|let you know|revert)"
        r" to you\b|(?:^|[.!?,;:–-]\s*)will (?:have a look|take a look|look over|review|go"
        r" through) (?:\w+ ){0,6}(?:and|then) (?:\w+ )?(?:get back|come back|let you know"
        r"|revert)\b",
    ),
)
# The client will send material later („schicke ich Ihnen morgen“, "list I will send later"):
# nothing has arrived, nothing is to be reviewed – you wait for it and start once it is there.
SENDS_LATER = (
    shape(
        "schick|send|mail",
        # the client will send something later: nothing has arrived yet
        r"\b(?:ich|wir) (?:schicke?|sende?|maile?)n? (?:dir|ihnen|euch)\b[^.!?\n]{0,40}\b(?:morgen|"
        r"später|gleich|nachher|bald|heute|noch|nächste\w*|montag|dienstag|mittwoch|donnerstag|"
        r"freitag)\b|\b(?:schicke|sende|maile)n? (?:ich|wir) (?:dir|ihnen|euch)\b[^.!?\n]{0,40}"
        r"\b(?:morgen|später|gleich|nachher|bald|heute|noch|nächste\w*)\b",
    ),
    shape(
        "send|email|e-mail|mail|forward",
        r"\b(?:i'll|i will|we'll|we will|i'm going to|we're going to|let me) (?:\w+ )?(?:send|"
        r"email|e-mail|mail|forward)\b" + _ELSEWHERE,
        # "… and will send it to you this afternoon": the subject is further back
        r"(?<!you )(?<!they )(?<!he )(?<!she )\bwill (?:send|email|e-mail|mail|forward) "
        r"(?:it|them|this|that|the \w+)\b" + _ELSEWHERE,
    ),
)

ENQUIRY_MEET = requiring(translated(_GET_TO_KNOW), ENQUIRY)
# … and names when („gern auch ein kurzes Telefonat, am besten mittwochs“, "a quick call first –
# Tuesday at 10?"): glad to, the time they named is checked and confirmed – not asked for again,
# and the enquiry is not dropped for a bare calendar reply (`proposes_time`).
ENQUIRY_MEET_TIME = requiring(
    translated(f"{_MEET_WHEN_DE}|{_MEET_WHEN_EN}"), ENQUIRY_MEET
)

# Thanks and praise. A "Thanks, Priya" / "Danke, Kevin" that only signs off a request (the last
# words of a one-line paste) is no thanks for anything.
# "Danke dir!", "thanks so much" are thanks, not a name ("dir", "so", "a lot" are no names).
_NOT_A_SIGN_OFF = (
    r"(?!,?\s+(?!(?:dir|euch|ihnen|dafür|vielmals|sehr|schön|nochmal|nochmals|you|so|a lot|again"
    r"|all|very|heaps|loads|tons|much)\b)[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[.!]?\s*$)"
)
# A thank-you that comes with a request or a question ("danke – können Sie …", "Danke. Bitte
# setzen Sie …", "thanks! quick q – can I …?") is the request's or the question's message: the
# kinds after it (`thanks_question`, the question, the request) answer it, not a thank-you.
_ASKS = (
    r"\b(?:können sie|könnten sie|kannst du|könntest du|can you|could you|would you|bitte|"
    r"please|pls|kurze frage|eine frage|quick q\w*|(?:a|one) question)\b|\?"
)
_NO_REQUEST = rf"^(?![\s\S]*(?:{_ASKS}))[\s\S]*?"
# "Great exposure for you", "super Werbung für dich": praise words around a free-work, exposure
# or insult cue are no thanks (the `guarded` kind answers them).
# Nor a thank-you that comes with a demand or a complaint ("… hätten wir gern erstattet. Danke",
# "disappointed, thanks"), nor sarcasm (`_SARCASM`).
_SARCASM = (
    r"\bna (?:toll|super|prima|klasse|danke)\b|\bslow clap\b|\byeah,? right\b"
    r"|\bthanks for nothing\b|\bdanke für nichts\b|\bapplaus\b[^\n]{0,12}👏"
    r"|^\W*(?:toll|super|klasse|prima|great|wow|bravo|brilliant|perfect)\s*[.!]+\s*(?:ganz|echt"
    r"|wirklich|just|really|so|truly) (?:toll|super|klasse|prima|great|brilliant|perfect)\b"
    r"|\bwhat (?:exactly |the hell |on earth )?am i (?:even )?paying (?:you )?for\b"
    r"|\bwofür (?:be)?zahle?n? (?:ich|wir) (?:sie|dich|euch)\b"
    r"|\b(?:können sie|kannst du|könnt ihr) (?:eigentlich|überhaupt) lesen\b"
    r"|\bcan you (?:even|actually|not) read\b"
    r"|\b(?:like always|as usual|wie immer|mal wieder|schon wieder)\b[^\n]{0,20}🙄"
)
_PUSHBACK_IN_PRAISE = (
    r"\bexposure\b|\bwerbung für (?:sich|dich|euch)\b|\breichweite\b|\bfor free\b|\bumsonst\b"
    r"|\bnulltarif\b|\bfrech\w*|\bunverschämt\w*|\blächerlich\w*|\brude\b|\bridiculous\b"
    r"|\berstatt\w*|\bzurück(?:zahl|überweis|buch)\w*|\brefund\w*|\bmoney back\b"
    r"|\b(?:deposit|anzahlung) back\b|\benttäusch\w*|\bunzufrieden\w*|\bnicht zufrieden\b"
    r"|\bdisappoint\w*|\bnot (?:happy|satisfied)\b|\bunacceptable\b|\binakzeptabel\b"
    r"|\bbeschwer\w*|\bcomplain\w*|\bhold(?:ing)? (?:off|back)\b|\bzurückhalten\b"
    r"|\beinbehalt\w*|" + _SARCASM
)
_NO_PUSHBACK = rf"^(?![\s\S]*(?:{_PUSHBACK_IN_PRAISE}))[\s\S]*?"
_NO_PUSHBACK_NOR_REQUEST = rf"^(?![\s\S]*(?:{_PUSHBACK_IN_PRAISE})){_NO_REQUEST[1:]}"
THANKS = (
    shape(
        "danke|dank|toll|super|klasse|perfekt|gefällt|gefallen|schön|wunderbar|begeistert|"
        "gelungen|großartig|prima|zufrieden|vertrauen|beste|dankbar|mega|genial|spitze|grandios|"
        "hammer|läuft|traumhaft|wunderschön|fantastisch|sensationell|umwerfend|merci|vergelt|"
        "tipp|dank",
        _NO_PUSHBACK_NOR_REQUEST
        + rf"(?:\bdanke\w*{_NOT_A_SIGN_OFF}|\bvielen dank\b|\bherzlichen dank\b"
        # regional thanks and praise: „Merci vielmal“, „Vergelt's Gott“, „tipptopp“, „besten Dank“
        rf"|\bmerci\b{_NOT_A_SIGN_OFF}|\bvergelt'?s gott\b|\btipp-? ?topp?\b"
        r"|\b(?:besten|tausend|großen|schönen) dank\b"
        r"|\b(?:toll|super|klasse|perfekt|"
        r"wunderbar|großartig|prima|gelungen|mega|genial|spitze|grandios|klasse)\b"
        r"|\bder hammer\b|\bläuft (?:\w+ )?(?:super|prima|klasse|bestens|hervorragend)\b"
        r"|\bgefällt\b|(?<!einen )(?<!ein )\bgefallen\b"
        r"|\bbegeistert\b|\bzufrieden\b|\bvertrauen\b|\bdankbar\w*"
        r"|\b(?:traumhaft|wunderschön|fantastisch|sensationell|umwerfend)\b)",
        # "die beste Texterin, die wir je hatten", "mit Abstand der Beste"
        _NO_PUSHBACK + r"(?:\bbeste\w* (?:\w+ ){0,3}(?:den|die|das|der) (?:wir|ich) (?:\w+ )?je\b"
        r"|\bmit abstand (?:der|die|das) beste\w*)",
    ),
    shape(
        "thank|thanks|great|love|perfect|awesome|amazing|wonderful|fantastic|nice|appreciat|"
        "brilliant|happy with|impressed|excellent|beautiful|best|grat|superb|stellar|nailed|"
        "spot on|so good|gorgeous|stunning|incredible|obsessed|cheers|ta |genius|loved|chuffed|"
        "legend|star",
        _NO_PUSHBACK_NOR_REQUEST
        + rf"(?:\bthanks?\b{_NOT_A_SIGN_OFF}|\bthank you\b|\b(?:great|perfect|"
        r"awesome|amazing|wonderful|fantastic|"
        r"nice|brilliant|excellent|beautiful|superb|stellar)\b|\bnailed it\b|\bspot on\b"
        r"|(?<!would )(?<!'d )\blove (?:it|the|this|how)\b"
        r"|(?<!would )(?<!'d )\bappreciat\w*"
        r"|\bhappy with\b|\bimpressed\b|\bgratitude\b|\bgrateful\b"
        r"|(?<!not )\bso good\b|\bgorgeous\b|\bstunning\b|\bincredible\b|\bobsessed\b"
        # regional thanks, and praise without a thank-you: "cheers mate", "ta very much",
        # "you're a genius", "they loved it", "chuffed", "you're a star"
        r"|\bcheers (?:mate|for|heaps|so much|a lot)\b|\bta (?:very much|muchly|heaps)\b"
        r"|\b(?:you'?re|you are) (?:a |an )?(?:\w+ )?(?:genius|legend|star|lifesaver)\b"
        r"|(?<!would have )(?<!would've )\bloved (?:it|the|this|them|your)\b|\bchuffed\b)",
        # "the best editor we've ever had", "by far the best"
        _NO_PUSHBACK
        + r"(?:\bthe best (?:\w+ ){1,4}(?:we|i)(?:'ve| have)? ever\b|\bby far the best\b)",
    ),
)

# The client sends information or material: here is, attached, FYI. Not when the message asks for
# help ("… kannst du mir da helfen?"): that is the `problem` kind. "Hallo Anna, hier ist der Tom,
# …" introduces the writer; "hier ist der Link" sends something.
_HELP_ASKED_DE = (
    r"\b(?:kannst du|können sie|könntest du|könnten sie|kann man|könnt ihr)\b[^.!?\n]{0,60}"
    r"\b(?:helfen|weiterhelfen)\b[^.!?\n]{0,20}\?|\b(?:ist|wäre) (?:mir|uns) (?:noch )?zu helfen\b"
)
_HELP_ASKED_EN = (
    r"\b(?:can|could|would) you (?:\w+ ){0,3}(?:help|assist)\b[^.!?\n]{0,60}\?"
    r"|\b(?:i|we) need (?:your |some )?help\b"
)
_NO_HELP_ASKED = rf"^(?![\s\S]*(?:{_HELP_ASKED_DE}|{_HELP_ASKED_EN}))[\s\S]*?"
_MATERIAL = (
    r"(?:link|entwurf|datei|text|liste|version|logo|foto|bild|dokument|pdf|rechnung|angebot|"
    r"übersicht|plan|briefing|korrektur|änderung|info|zugang|stand|vorschlag|vertrag|ordner)"
)
_NO_SELF_INTRODUCTION = (
    r"(?! (?:der |die )?(?:…|\.\.\.|(?!" + _MATERIAL + r")[^\W\d_]+(?:,| von\b| aus\b| vom\b)))"
)
INFORMATION = (
    shape(
        "anbei|anhang|angehängt|hier ist|hier sind|hier die|hier das|zur info|zur kenntnis|"
        "schicke|sende|geschickt|gesendet",
        _NO_HELP_ASKED + r"(?:\banbei\b|\bim anhang\b|\bangehängt\b"
        r"|\bhier (?:ist|sind|die|das|der)\b"
        + _NO_SELF_INTRODUCTION
        + r"|\bzur (?:info|kenntnis)\b"
        r"|\b(?:ich|wir) (?:schicke|sende)\w*\b|\bgeschickt\b|\bgesendet\b)",
    ),
    shape(
        "attach|here is|here's|here are|fyi|for your info|just so you know|heads up|sent you|"
        "sending you",
        _NO_HELP_ASKED + r"(?:\battach\w*|\bhere(?:'s| is| are)\b|\bfyi\b|\bfor your info\w*"
        r"|\bjust so you know\b|\bheads[ -]up\b|\b(?:sent|sending) you\b)",
    ),
)

# Any other question: the reply says when it will be answered.
QUESTION = (shape("?", r"\?"),)

# Something attached, and the client asks you to look at it („anbei …, bitte kurz prüfen“, "please
# check attached and let me know"): got it, you go through it and say when they hear back – not
# "noted", not "I'll keep that in mind".
_ATTACHED = (
    r"\banbei\b|\bim anhang\b|\bangehängt\w*|\battach\w*|\benclosed\b"
)
_TO_CHECK = (
    r"\b(?:prüfen|ansehen|anschauen|durchsehen|checken|gegenlesen|durchlesen|anzusehen|zu prüfen)"
    r"\b|\b(?:schau|schauen sie|sieh|sehen sie)\b (?:\w+ ){0,3}(?:drüber|rein|an|durch)\b"
    r"|\b(?:check|review|look (?:at|over|through)|have a look|take a look|go through|proofread)\b"
    r"|\blet (?:me|us) know\b|\bgive (?:me|us) (?:your )?(?:feedback|thoughts)\b"
    r"|\b(?:sag|sagen sie|gib|geben sie) (?:\w+ ){0,2}(?:bescheid|rückmeldung)\b"
)
# … and asks you to work it in („anbei die Korrekturen, bitte einarbeiten“, "attached are the
# changes, please work them in"): got it, you start on it and say when it is done.
_TO_WORK_IN = (
    r"\b(?:umsetzen|einarbeiten|einbauen|einpflegen|einfügen|übernehmen|umzusetzen|einzuarbeiten)"
    r"\b|\b(?:work (?:it|them|these|this|those) in|incorporate|implement|apply|make (?:these|the)"
    r" (?:changes|edits|corrections))\b"
)
ATTACHMENT_WORK = (
    shape(
        "anbei|anhang|angehängt|attach|enclosed",
        _NO_HELP_ASKED + rf"(?=[\s\S]*?(?:{_ATTACHED}))[\s\S]*?(?:{_TO_WORK_IN})",
    ),
)
ATTACHMENT_CHECK = (
    shape(
        "anbei|anhang|angehängt|attach|enclosed",
        _NO_HELP_ASKED + rf"(?=[\s\S]*?(?:{_ATTACHED}))[\s\S]*?(?:{_TO_CHECK})",
    ),
)

# The client gives an update and asks nothing ("update from our side: …", "just flagging it",
# „kurzes Update von uns“): the news is noted (`information`), not "I'll send you the status".
CLIENT_UPDATE = (
    shape(
        "update|flagging|on your radar|fyi|zur info|kurze info|heads up|heads-up",
        r"^(?![\s\S]*\?)[\s\S]*?(?:\bupdate (?:from|on) (?:our|my) (?:side|end)\b|\b(?:quick|short|"
        r"small) update\b|\bjust flagging\b|\bon your radar\b|\bfyi\b|\bheads[- ]up\b"
        r"|\b(?:kurzes|kleines) update\b|\bupdate von (?:uns|mir|unserer seite)\b|\bzur info\b"
        r"|\bkurze info\b)",
    ),
)

# A small task: "please enter this number", "bitte tragen Sie … ein", "we need X sent".
TASK = (
    shape(
        "bitte|tragen sie|fügen sie|pflegen sie|trag |füg |pfleg |können|könnten|kannst|könntest",
        r"\bbitte (?:\w+ ){0,4}(?:eintragen|ergänzen|ändern|austauschen|aktualisieren|"
        r"hochladen|einfügen|löschen|entfernen|korrigieren|drucken|weiterleiten|einpflegen)\b"
        r"|\b(?:tragen|ändern|tauschen|laden|fügen|löschen|leiten) sie (?:\w+ ){0,4}bitte\b"
        r"|\b(?:tragen|fügen|pflegen) sie (?:bitte )?(?:\w+ ){1,6}ein\b"
        r"|\b(?:trag|füg|pfleg) (?:bitte )?(?:\w+ ){1,6}ein\b",
        # "Können Sie bitte … drucken?": a small task asked as a question
        r"\b(?:können|könnten|kannst|könntest) (?:sie|du) (?:bitte )?(?:\w+ ){0,6}(?:eintragen|"
        r"ergänzen|austauschen|aktualisieren|hochladen|einfügen|löschen|entfernen|drucken|"
        r"weiterleiten|einpflegen|bestellen|ausdrucken)\b",
    ),
    shape(
        "please|need|to be |can you|could you|would you",
        r"\bplease (?:enter|add|update|change|replace|upload|insert|delete|remove|print|forward|"
        r"put|post|publish)\b|\bwe need (?:a|an|the|this|these|some) (?:\w+ ){0,2}(?:made|sent|"
        r"done|printed|posted|updated|uploaded)\b|\bto be (?:made|sent|done|printed|posted|"
        r"updated|uploaded)\b",
        # "Could you print the flyers?": a small task asked as a question
        r"\b(?:can|could|would) you (?:please )?(?:print|add|put|update(?! (?:me|us)\b)|upload|"
        r"post|forward|order|enter|insert|delete|remove|replace|publish|book)\b",
    ),
)

# The client gives the go-ahead: "legen Sie los", "passt, machen wir so", "please get started".
# A question ("können Sie morgen anfangen?") asks; it gives no go-ahead.
_NOT_ASKED = r"(?![^.!?\n]*\?)"
GO_AHEAD = (
    shape(
        "los|machen wir|fangen|fang |anfangen|starten|beginnen|grünes licht|grünen licht|setz|"
        "umsetzen",
        r"\b(?:legen sie|leg|legt) (?:\w+ ){0,2}los\b|\bloslegen\b" + _NOT_ASKED,
        r"\bmachen wir (?:es |das )?so\b|\b(?:fangen sie|fang|fangt) (?:\w+ ){0,2}an\b"
        # "ja, so machen wir das"
        + r"|\b(?:ja|gut|okay|ok|prima|super),? so machen wir (?:es|das)\b"
        + _NOT_ASKED
        + r"|\bgrüne[ns]? licht\b",
        r"\b(?:sie können|du kannst|ihr könnt) (?:\w+ ){0,2}(?:anfangen|starten|beginnen)\b"
        + _NOT_ASKED,
        # "Bitte setzen Sie das wie besprochen um."
        r"\b(?:setzen sie|setz|setzt) (?:das|es|dies|alles|die \w+|den \w+) (?:\w+ ){0,4}um\b"
        + _NOT_ASKED
        + r"|\bbitte (?:so |wie besprochen )?umsetzen\b",
    ),
    shape(
        "start|go ahead|let's|lets|go for it|green light|proceed",
        r"(?<!before you )(?<!don't )(?<!do not )(?<!not )\b(?:get started|go ahead|start (?:on it|"
        r"the work|working))\b(?! (?:and|with) (?:send|email|mail|forward))" + _NOT_ASKED,
        r"\blet'?s (?:do it|do this|go ahead|get started|go for it|proceed|start)\b"
        r"|\bgo for it\b|\bgreen light\b|\b(?:please|you (?:can|may)) proceed\b",
    ),
)

# "I'm sorry", "we're so sorry" at the very start of the message.
_SORRY_OPENS_EN = (
    r"^\W*(?:(?:i'm|i am|we're|we are|i'm just|we're just) (?:so |really |very |truly |terribly "
    r"|awfully )?sorry)"
)
# An apology of one's own opens the message: "I'm sorry, …", "Es tut mir leid, …" (not "…, aber").
_SORRY_OPENS = (
    _SORRY_OPENS_EN + r"(?!,? but\b)|^\W*(?:es )?(?:tut|tat) (?:mir|uns) (?:\w+ )?leid\b"
    r"(?!,? (?:aber|doch)\b)|^\W*entschuldig\w*\b(?!,? (?:aber|doch)\b)"
)
# The client apologises or owns up: "tut mir leid, dass …", "sorry to bother you", "my mistake".
# A polite "sorry, I'm still waiting" softens a complaint and is no apology.
APOLOGY = (
    shape(
        "leid|entschuldig|fehler|verzeih",
        r"\b(?:tut|tat) (?:mir|uns) (?:\w+ )?leid\b(?!,? (?:aber|doch)\b)",
        r"\bentschuldig(?:en sie|e|t) (?:bitte )?(?:die|dass|meine|unsere|mich|uns)\b"
        r"|\bentschuldigung für\b|\b(?:muss|möchte|will) (?:mich|uns) (?:\w+ )?entschuldigen\b",
        r"\b(?:mein|unser) fehler\b|\bverzeih(?:en sie|ung)\b",
    ),
    shape(
        "sorry|apolog|fault|mistake|my bad",
        r"\b(?:i'm|i am|we're|we are) (?:so |really |very |truly |terribly )?sorry (?:to|for|"
        r"about|that|if)\b|\b(?:sorry|apologies) (?:to|for|about)\b|\b(?:i|we) apologi[sz]e\b",
        r"\b(?:my|our) (?:fault|mistake|bad)\b",
        # "I'm sorry, I still don't have the logo": an apology of one's own opens the message.
        # (A bare "Sorry, …" or "I'm sorry, but …" softens a complaint.)
        _SORRY_OPENS_EN + r"\s*[,.!;:–—-](?!\s*but\b)",
    ),
)

# The client asks for the freelancer's view or reasoning: "was meinen Sie?", "tell me why you like
# that one", "what would you recommend?".
VIEW = (
    shape(
        "meinen sie|denken sie|halten sie|empfehlen sie|meinst du|denkst du|hältst du|"
        "empfiehlst du|warum|wieso|meinung|einschätzung|siehst du|sehen sie",
        r"\bwas (?:meinen|denken|halten|empfehlen) sie\b|\bwas (?:meinst|denkst|hältst|empfiehlst)"
        r" du\b|\bwie (?:sehen sie|siehst du) das\b",
        r"\b(?:warum|wieso) (?:gefällt|gefallen|findest|finden|würden|würdest|empfehlen|"
        r"empfiehlst|bevorzug)\w*\b",
        r"\b(?:ihre|deine|eure) (?:meinung|einschätzung|empfehlung)\b" + GAP + r"\?",
    ),
    shape(
        "why|think|recommend|suggest|opinion|view|take on|prefer",
        r"\btell (?:me|us) why\b|\bwhy (?:do|did|would) you (?:like|prefer|recommend|suggest|"
        r"think|choose|chose|pick|go for)\b",
        r"\bwhat (?:do|would) you (?:think|recommend|suggest)\b|\bwhat(?:'s| is) your (?:opinion|"
        r"view|take|recommendation)\b|\bwhich (?:one )?(?:do|would) you (?:prefer|recommend|"
        r"suggest|choose|go for)\b",
    ),
)

# The rest of the ordinary messages that ask for something or point at a problem: "bitte",
# "könnten Sie", "wir brauchen", "funktioniert nicht", "please", "I need", "broken". The draft
# says you'll look into it; a plain statement (the default kind) is noted, nothing to look into.
REQUEST = (
    shape(
        "bitte|könn|kannst|würden sie|würdest du|brauch|benötig|möchte|hätte gern|hätten gern|"
        "funktioniert|geht|läuft|klappt|kaputt|fehler|falsch|zu spät|suche|suchen|warte",
        # "Können Sie …" opens a request; "… können Sie gut Werbung machen" states something
        r"\bbitte\b|(?:^|[.!?,:;]\s*)(?:können|könnten|würden) sie\b"
        r"|(?:^|[.!?,:;]\s*)(?:kannst|könntest|würdest) du\b",
        r"\b(?:ich|wir) (?:brauche|brauchen|benötige|benötigen|möchte|möchten|hätte gern|"
        r"hätten gern|suche|suchen)\b",
        r"\b(?:funktioniert|geht|läuft|klappt) (?:\w+ ){0,3}nicht\b|\bkaputt\w*|\bfehler\w*"
        r"|\bfalsch\w*|\bzu spät\b|\b(?:warte|warten) (?:\w+ )?(?:noch|immer noch|seit)\b",
    ),
    shape(
        "please|pls|can you|could you|would you|need|want|would like|'d like|looking for|give me|"
        "let me know|asap|broken|error|wrong|too late|work|load|open|waiting",
        r"\b(?:please|pls)\b|\b(?:can|could|would) you\b|\b(?:i|we) (?:need|want|would like)\b"
        r"|\b(?:i|we)'d like\b|\b(?:i'm|we're|i am|we are) looking for\b|\bgive (?:me|us)\b"
        r"|\blet (?:me|us) know\b|\basap\b",
        r"\bbroken\b|\berrors?\b|\bwrong\b|\btoo late\b|\bnot (?:working|loading|opening)\b"
        r"|\b(?:doesn't|does not|isn't|is not|won't|will not|can't|cannot) (?:work|load|open)\b"
        r"|\b(?:still|been) waiting\b",
    ),
)

# The client apologises for a delay on their side, or for material still missing ("I'm sorry, I'm
# still waiting for the logo", "es tut mir leid, die Texte kommen erst nächste Woche"): no need
# to apologise, just send it over when you have it.
APOLOGY_DELAY = (
    shape(
        "leid|entschuldig|verzeih",
        r"(?:" + _SORRY_OPENS + r")[^\n]{0,120}?\b(?:warte\w*|noch nicht|erst (?:morgen|später|"
        r"nächste\w*|am|ende)|verspät\w*|verzöger\w*|später)\b",
        r"\b(?:entschuldig\w*|sorry) (?:für|wegen) (?:die|den|meine|unsere) "
        r"(?:verspätung|verzögerung|späte\w*)\b",
    ),
    shape(
        "sorry|apolog",
        r"(?:" + _SORRY_OPENS_EN + r")(?!,? but\b)[^\n]{0,120}?\b(?:waiting|not yet|haven't "
        r"(?:got|received|had)|still don't have|delay\w*|late|later|next week)\b",
        r"\b(?:sorry|apologies) (?:for|about) (?:the|my|our) (?:delay|late|wait)\w*\b"
        r"(?![\s\S]*\b(?:here(?:'s| is| are)|attach\w*)\b)",
    ),
)

# A problem is reported, or help asked for: something broken, not working, wrong, too slow, a
# detector score ("100 % AI"), "kannst du mir da helfen?". The draft says you'll look into it –
# not "what this means for the work" (a new need), not "noted". A message that opens with an
# apology of the client's own ("Es tut mir leid, der Link ging nicht …") is the apology's.
_NOT_SORRY = r"^(?!" + _SORRY_OPENS + r")[\s\S]*?"
PROBLEM = (
    shape(
        "funktioniert|geht|läuft|klappt|lädt|öffne|kaputt|fehler|falsch|zu spät|zu langsam|"
        "langsam|inperformant|warte|helfen|zu helfen",
        _NOT_SORRY + r"(?:\b(?:funktioniert|geht|läuft|klappt|lädt|öffnet)\b (?:\w+ ){0,4}"
        r"(?:nicht|kaum|nur langsam)\b|\bkaputt\w*|(?<!mein )(?<!unser )\bfehler(?:meldung)?\b"
        r"|\bfalsch\w*|\bzu (?:spät|langsam)\b|\binperformant\b"
        r"|\b(?:tipp|rechtschreib|schreib|komma|grammatik)fehler\w*"
        r"|\b(?:warte|warten) (?:\w+ )?(?:noch|immer noch|seit)\b)",
        _HELP_ASKED_DE,
    ),
    shape(
        "broken|error|wrong|too late|too slow|slow|not work|not load|not open|n't work|n't load|"
        "n't open|cannot|can't|waiting|help|%|detector|checker|typo|spelling",
        _NOT_SORRY + r"(?:\bbroken\b|\berrors?\b|(?<!my )(?<!our )\bwrong\b|\btoo (?:late|slow)\b"
        r"|(?<!my )(?<!our )\b(?:typos?|spelling mistakes?)\b"
        r"|\bnot (?:working|loading|opening)\b|\b(?:doesn't|does not|isn't|is not|won't|will not"
        r"|can't|cannot|hasn't|has not) (?:\w+ )?(?:work|load|open)\w*\b"
        r"|\b(?:can't|cannot) (?:get in|log ?in|access|reach|see|find|download)\b"
        r"|\b(?:still|been) waiting\b)",
        _HELP_ASKED_EN,
        # a detector's verdict: "the checker says 100 % AI"
        r"\b\d{1,3} ?%" + GAP + r"\b(?:ai|ki|chatgpt|plagiar\w*|plagiat\w*|probability|"
        r"wahrscheinlich\w*|match\w*|generated|generiert)\b|\b(?:ai|ki|plagiarism|plagiats?)[ -]?"
        r"(?:detector|checker|check|prüfung)\b|\b(?:detector|checker)\b" + GAP + r"\b\d{1,3} ?%",
    ),
)

# A bare request for help that names nothing ("Kannst du mir helfen?", "Ist mir noch zu helfen?",
# "can you help me?"): there is nothing to look into yet, so the draft asks what it is about.
# Only the whole message, after an optional greeting; "… kannst du uns da helfen?" after a
# description is the `problem` kind.
_GREETING_OPENS = (
    r"^\W*(?:(?:hallo|hi|hey|hej|moin|servus|liebe\w*|guten (?:morgen|tag|abend)|hello|dear)"
    r"\b[^.!?\n,]{0,30}[,.!:\s–—-]+)?"
)
HELP_ASKED_BARE = (
    shape(
        "helfen",
        _GREETING_OPENS + r"(?:(?:kannst|könntest) du|(?:können|könnten) sie|könnt ihr)"
        r"(?: (?:mir|uns|da|dabei|mal|bitte|vielleicht|eventuell|kurz|noch|bei (?:etwas|was)))*"
        r" (?:helfen|weiterhelfen)\W*$",
        _GREETING_OPENS + r"(?:ist|wäre) (?:mir|uns) (?:(?:noch|denn|überhaupt) )*zu helfen\W*$",
    ),
    shape(
        "help|assist",
        _GREETING_OPENS + r"(?:can|could|would) you(?: (?:please|maybe|possibly|perhaps|just))*"
        r" (?:help|assist)(?: (?:me|us))?(?: (?:out|please|with (?:something|a problem|an issue)))*"
        r"\W*$",
        _GREETING_OPENS + r"(?:i|we) (?:need|could use) (?:your |some )?help(?: please)?\W*$",
    ),
)

# The client's own mishap, and another way offered ("my email isn't working – is it ok if I fax
# them instead?", „bei mir geht der Upload nicht, kann ich es auch per Post schicken?"): no
# problem, you check that the other way works for you – nothing of yours to look into.
_OWN_MISHAP = (
    r"(?:\bbei (?:mir|uns)\b|\b(?:mein|meine|unser|unsere)\b)" + GAP + r"\b(?:geht|funktioniert"
    r"|klappt|läuft|lädt|öffnet|druckt)\b (?:\w+ ){0,4}(?:nicht|kaum)\b"
    r"|\b(?:mein|unser)\w* \w+ (?:ist|sind) (?:\w+ )?(?:kaputt|ausgefallen|abgestürzt|defekt)\b"
    r"|\b(?:ich|wir) (?:kann|können) (?:\w+ ){0,4}nicht (?:hochladen|öffnen|senden|schicken|"
    r"drucken|anhängen|verschicken)\b"
    r"|\b(?:my|our) (?:\w+ ){0,2}(?:isn't|is not|aren't|are not|doesn't|does not|don't|do not|"
    r"won't|hasn't|has not|haven't|have not|wasn't|was not)(?: \w+)? (?:work|load|open|send|print"
    r"|connect|start|turn on)\w*\b"
    r"|\b(?:my|our) (?:\w+ ){0,2}(?:is|are|was|were|went) (?:\w+ )?(?:down|broken|dead|offline)\b"
    r"|\b(?:my|our) (?:\w+ ){0,2}(?:broke|crashed|died|stopped working)\b"
    r"|\b(?:i|we) (?:can't|cannot|couldn't|could not) (?:\w+ ){0,3}(?:send|upload|attach|open"
    r"|print)\b"
)
ALTERNATIVE = (
    shape(
        "auch|stattdessen|alternativ|lieber|wenn",
        rf"^(?=[\s\S]*?(?:{_OWN_MISHAP}))[\s\S]*?(?:\b(?:kann|könnte|darf|dürfte) (?:ich|wir) "
        r"(?:\w+ ){0,5}(?:auch|stattdessen|alternativ|lieber)\b[^.!?\n]{0,60}\?"
        r"|\b(?:ist|wäre) es (?:auch )?(?:ok|okay|in ordnung|recht),? wenn (?:ich|wir)\b)",
    ),
    shape(
        "instead|if",
        rf"^(?=[\s\S]*?(?:{_OWN_MISHAP}))[\s\S]*?(?:\b(?:is it|would it be|will it be) "
        r"(?:ok|okay|alright|all right|fine)(?: with you)? if (?:i|we)\b"
        r"|\b(?:can|could|may) (?:i|we) (?:\w+ ){0,6}instead\b)",
    ),
)

# The plain default ("good to know – noted") must do no harm on a misread message: after an
# insult it reads as sarcasm, after a price, free-work or exposure hint as agreeing to it. An
# insult gets "I can hear you're annoyed – what do you need from me?" (`guarded_insult`); a money
# cue a neutral stance: my price follows scope and effort, tell me what you need (`guarded`).
# Both are tried last, so every other kind comes first. (`_NO_PUSHBACK` keeps the plainest of
# them out of `thanks`.)
GUARDED_INSULT = (
    *INSULT,
    # rude without calling names: "frech", "lächerlich", "rude", "ridiculous"
    shape(
        "frech|unverschämt|dreist|lächerlich|engstirnig|arrogan|dumm|unprofession|rude|cheeky|"
        "ridiculous|useless|stupid|pathetic|childish",
        r"\bfrech\w*|\bunverschämt\w*|\bdreist\w*|\blächerlich\w*|\bengstirnig\w*|\barrogan\w*"
        r"|\bdumm\w*|\bunprofessionell\w*|\brude\b|\bcheeky\b|\bridiculous\b|\buseless\b"
        r"|\bstupid\b|\bpathetic\b|\bchildish\b|\bunprofessional\b",
    ),
)
# A threat read as neutral (a lawyer, a public review, "everyone will hear about it", going
# elsewhere unless something changes): "noted – have a great day" would read as shrugging it off.
# `guarded_threat` takes it seriously and offers to settle it directly. Only the threat's own
# words: a lawyer or legal steps of the client's, a bad review or telling everyone, someone else
# or elsewhere after "if", "unless", "otherwise" („wenn“, „sonst“).
GUARDED_THREAT = (
    shape(
        "anwalt|anwält|rechtlich|gericht|juristisch|bewertung|rezension|erzähl|bericht|weitersag|"
        "wissen lass|jemand|wen ander|woanders|umseh|umschau",
        # the client's lawyer brought in: „hören Sie von meinem Anwalt“, „Anwalt einschalten“
        r"\bvon (?:meinem|meiner|unserem|unserer) (?:rechts)?anwält?\w*|\b(?:rechts)?anwält?\w* "
        r"(?:\w+ ){0,3}(?:einschalten|eingeschaltet|melden|meldet)\b"
        r"|\b(?:schalte|schalten) (?:\w+ ){0,3}(?:rechts)?anwält?\w* (?:\w+ )?ein\b"
        r"|\b(?:rechtliche|juristische|gerichtliche) schritte\b|\bvor gericht\b",
        r"\b(?:schlechte|negative|ein-sterne?|1-sterne?)\w* ?(?:bewertung|rezension)\w*",
        # „allen erzählen, wie Sie mit Kunden umgehen“
        r"\b(?:erzählen|berichten|weitersagen|wissen lassen)\b[^.!?\n]{0,20}\bwie (?:sie|du|ihr) "
        r"(?:mit )?(?:\w+ )?(?:kunden|kundinnen|uns|mir|leuten) umgeh\w*",
        r"\b(?:wenn|falls|sonst|ansonsten|andernfalls)\b[^.!?\n]{0,80}\b(?:(?:such|nehm|beauftrag|"
        r"hol|wechsel|geh)\w* (?:\w+ ){0,3}(?:jemand\w* (?:\w+ )?ander\w*|wen ander\w*|woanders)"
        r"|(?:uns|mich) (?:\w+ )?(?:umsehen|umschauen))\b",
    ),
    shape(
        "solicitor|lawyer|attorney|legal|court|review|rating|star|hears about|hear about|"
        "knows about|know about|treat|someone else|somebody else|elsewhere|another",
        # the client's lawyer brought in: "you'll hear from our solicitors", "my lawyer will be in
        # touch" (not "our lawyer needs to see the contract")
        r"\bhear(?:ing)? from (?:my|our) (?:\w+ )?(?:solicitors?|lawyers?|attorneys?)\b"
        r"|\b(?:my|our) (?:\w+ )?(?:solicitors?|lawyers?|attorneys?) (?:will|'ll|is going to|are "
        r"going to) (?:\w+ ){0,2}(?:be in touch|contact|call|write|hear|deal)"
        r"|\b(?:get|getting|bring|involve|involving) (?:in )?(?:my|our|a) (?:\w+ )?(?:solicitors?|"
        r"lawyers?|attorneys?)\b|\blegal (?:action|steps)\b|\btake (?:you|this|it) to court\b",
        r"\b(?:one|1|zero|0)[- ]star\b|\b(?:bad|negative|scathing) (?:review|rating)s?\b"
        r"|\breview\b[^.!?\n]{0,40}\breflect\b",
        r"\b(?:every|everyone|everybody|all)\b[^.!?\n]{0,40}\b(?:hears?|knows?) about (?:it|this)"
        r"\b|\btell (?:\w+ ){0,3}how you treat (?:your )?(?:clients|customers|people)\b",
        r"\b(?:if|unless|otherwise|or else)\b[^.!?\n]{0,80}\b(?:look|find|hire|go|switch|move|"
        r"get|use|bring|tak|took)\w* (?:\w+ ){0,3}(?:(?:someone|somebody) else|elsewhere|another "
        r"(?:freelancer|designer|agency|editor|writer|translator|photographer|developer|provider))"
        r"\b",
    ),
)
# Sarcasm read as neutral ("Toll. Ganz toll gemacht 👏", "can you even read?"): no thanks and no
# "I'll look into it" – `guarded_insult` hears the annoyance. Tried before thanks and questions.
SARCASM = (
    shape(
        "na |clap|yeah|nothing|nichts|applaus|toll|super|klasse|prima|great|wow|bravo|brilliant|"
        "perfect|paying|zahl|lesen|read|🙄",
        _SARCASM,
    ),
)
GUARDED = (
    shape(
        "cent|ct|euro|eur|€|$|£|dollar|usd|pfund|pro |per |je |umsonst|nulltarif|kostenlos|gratis|"
        "free|unpaid|gefallen|favo|werbung|referenz|reichweite|exposure|portfolio|visibility|"
        "pitch|budget|günstig|billig|preiswert|cheap|charg|schlange|lining up|queu",
        r"\b\d+(?:[.,]\d+)? ?(?:cent|ct|euro|eur|€|dollar|usd|\$|pfund|£)|[€$£] ?\d"
        r"|\b(?:pro|per|je) (?:wort|stunde|seite|bild|foto|word|hour|page|image|photo)\b",
        r"\bumsonst\b|\bnulltarif\b|\bkostenlos\w*|\bgratis\b|\bfor free\b|\bfree of charge\b"
        r"|\bunpaid\b|\beinen gefallen\b|\ba favou?r\b",
        r"\bwerbung\b|\breferenz\w*|\breichweite\b|\bexposure\b|\bportfolio\b|\bvisibility\b"
        r"|\bpitch\w*|\bbudget\w*|\bgünstiger\b|\bbilliger\b|\bpreiswerter\b|\bcheaper\b"
        r"|\bcharg(?:e|ed|es|ing)\b|\bstehen (?:\w+ )?schlange\b|\b(?:lining|queu(?:e)?ing) up\b",
    ),
)

# An urgent question ("dringend", "sofort", "asap", "urgent" and a "?"): the reply comes today,
# not "by tomorrow".
_URGENCY_NOT_DENIED = (
    r"^(?![\s\S]*(?:\b(?:eilt|drängt) (?:\w+ )?nicht\b|\bnicht (?:so )?(?:dringend|eilig)\b"
    r"|\bkein(?:e|en)? (?:stress|eile|hektik)\b|\bno (?:rush|hurry|stress)\b|\bnot urgent\b"
    r"|\bnot in a (?:rush|hurry)\b))"
)
QUESTION_MARKED_URGENT = (
    shape(
        "?",
        _URGENCY_NOT_DENIED + r"(?=[\s\S]*\?)[\s\S]*?\b(?:dringend\w*|sofort|eilig\w*|eilt|"
        r"schnellstmöglich|so schnell wie möglich|umgehend|urgent\w*|asap|as soon as possible|"
        r"right away|"
        r"immediately|emergency)\b",
    ),
)

# A question the client needs answered today („brauche es heute noch“, "the printer is waiting",
# "need it for the meeting at 3", "today please"): the answer comes today, not "by tomorrow".
# (Marked urgent – „dringend“, "asap" – is `urgent_question`, tried first.)
_NEEDED_TODAY = (
    # "today" as a need, not as a report („heute war …“, "today we had …")
    r"\b(?:heute noch|noch heute|bis heute|heute bitte|bitte heute|heute (?:\w+ )?(?:brauch\w*|"
    r"benötig\w*)|by today|(?:please|pls) today|today,? (?:please|pls|if (?:possible|you can))"
    r"|(?:before|by) (?:tonight|this afternoon|end of (?:the )?day|eod)"
    r"|(?:need|needs|needed) (?:it |them |this |that |the \w+ )?(?:today|tonight|this afternoon))\b"
    r"|\b(?:wartet|warten|waiting)\b(?! (?:\w+ )?(?:nicht|not|no)\b)"
    r"|\b(?:need|needs|brauche|brauchen|braucht|bräuchte)\b (?:\w+ ){0,3}(?:für (?:den|die|das)"
    r" (?:termin|meeting|druck\w*|drucker\w*|besprechung)|for (?:the|a|my|our) (?:\w+ )?"
    r"(?:meeting|print\w*|call|guy|presentation|pitch|bank|accountant|printer))\b"
    r"|\b(?:druckerei|printer|print guy)\b"
)
QUESTION_TODAY = (
    shape(
        "?",
        _URGENCY_NOT_DENIED + r"(?=[\s\S]*\?)[\s\S]*?(?:" + _NEEDED_TODAY + ")",
    ),
)

# An expectation ("wenn wir schon zahlen, soll es richtig sein", "das muss perfekt passen", "we
# expect top quality"): not a piece of news to note – "that is my standard too".
EXPECTATION = (
    shape(
        "soll|muss|erwart|anspruch",
        r"\b(?:(?:soll|sollte|muss|müsste) (?:es|das|alles)|(?:es|das|alles) (?:soll|muss)) "
        r"(?:(?!nicht\b|noch\b)\w+ ){0,3}(?:richtig|perfekt|passen|sitzen|stimmen|top|"
        r"erstklassig|professionell)\b" + _NOT_ASKED,
        r"\b(?:wir|ich) erwarte\w* (?:\w+ ){0,4}(?:qualität|professionell\w*|perfekt\w*|"
        r"sorgfalt|das beste|erstklassig\w*|hochwertig\w*|niveau)\b|\b(?:hohe\w*|unser\w*) "
        r"(?:ansprüche|anspruch)\b",
    ),
    shape(
        "expect|has to be|have to be|needs to be|must be|standard",
        r"\b(?:we|i) expect (?:\w+ ){0,4}(?:quality|professional\w*|perfect\w*|the best|"
        r"top|excellen\w*|high\w*|standard)\b",
        r"\b(?:it|this|everything|the \w+) (?:has to|have to|needs to|must) be (?:\w+ )?(?:perfect|"
        r"right|spot on|flawless|top|professional)\b" + _NOT_ASKED + r"|\bhigh standards?\b",
    ),
)

# The client will send something and asks to have its arrival confirmed ("can you acknowledge it
# when it arrives?", "sag mir kurz, ob es angekommen ist"): "I'll confirm as soon as it arrives".
CONFIRM_RECEIPT = (
    shape(
        "ankommt|ankommen|da ist|da sind|eingeht|eingehen",
        r"\b(?:bestätig|bescheid|meld)\w*\b" + GAP + r"\b(?:wenn|sobald) (?:es|sie|alles|die \w+|"
        r"das \w+|der \w+) (?:\w+ )?(?:ankommt|ankommen|da ist|da sind|eingeht|eingehen)\b",
    ),
    shape(
        "arriv|come in|comes in|land|gets there|get there|reach|receive|get it|get them",
        r"\b(?:acknowledge|confirm|let (?:me|us) know)\b (?:\w+ ){0,3}?(?:when|once|as soon as) "
        r"(?:it|they|the \w+|you)(?:'ve| have)? (?:\w+ )?(?:arrives?|comes? in|lands?|gets? there|"
        r"reach(?:es)? you|receive (?:it|them)|get (?:it|them))\b",
    ),
)

# An event booking: the client wants the freelancer at an event (wedding, party, gig) and asks
# for it or its price: the question is which day it is, not "by when do you need it".
_EVENTS_DE = (
    r"\b(?:\w*hochzeit\w*|heirat\w*|\w*feier\w*|\w+fest\b|event\w*|veranstaltung\w*|party|geburtstag\w*|"
    r"taufe|konzert\w*|auftritt\w*|messe|gala|jubiläum\w*)"
)
_BOOK_DE = (
    r"\b(?:buchen|gebucht|engagieren|begleiten|fotografieren|knipsen|filmen|auflegen|moderieren|"
    r"fotos (?:zu )?machen|dabei sein)\b"
)
_EVENTS_EN = (
    r"\b(?:wedding\w*|party|parties|birthday|event|gig|concert|ceremony|reception|gala|"
    r"conference|christening|anniversary)\b"
)
_BOOK_EN = (
    r"\b(?:book (?:you|u)|booking you|hire you|photograph|shoot|record|cover|play at|perform at|"
    r"dj|host|take (?:the )?(?:photos|pictures))\b"
)
EVENT_BOOKING = (
    shape(
        "hochzeit|heirat|feier|fest|event|veranstaltung|party|geburtstag|taufe|konzert|auftritt|"
        "messe|gala|jubiläum",
        _EVENTS_DE + r"[^\n]{0,150}?" + _BOOK_DE,
        _BOOK_DE + r"[^\n]{0,150}?" + _EVENTS_DE,
    ),
    shape(
        "wedding|party|parties|birthday|event|gig|concert|ceremony|reception|gala|conference|"
        "christening|anniversary",
        _EVENTS_EN + r"[^\n]{0,150}?" + _BOOK_EN,
        _BOOK_EN + r"[^\n]{0,150}?" + _EVENTS_EN,
    ),
)

# A gift in the freelancer's name (a donation, a tree): thanked as a gesture, not as feedback.
GIFT = (
    shape(
        "spende|gespendet|geschenk",
        r"\b(?:spende\w*|gespendet|geschenk)\b" + GAP + r"\bin (?:ihrem|deinem) namen\b"
        r"|\bin (?:ihrem|deinem) namen\b" + GAP + r"\b(?:spende\w*|gespendet)\b",
    ),
    shape(
        "gift|donat",
        r"\b(?:gift|donation|donated)\b" + GAP + r"\bin your (?:name|honou?r)\b"
        r"|\bin your (?:name|honou?r)\b" + GAP + r"\b(?:gift|donation|donated)\b",
    ),
)

# Thanks, then a question ("Super, danke! Kurze Frage noch: …?", "thanks so much – quick q: can
# I …?"): thank back, and say when the answer comes. A "Thanks, Dave" after the question signs
# off. The kinds before it (a file, a call, an enquiry, a problem) answer a message that asks for
# something they know.
THANKS_QUESTION = (
    shape(
        "danke|dank|super|toll|klasse|perfekt|prima|gefällt",
        rf"(?:\bdanke\w*{_NOT_A_SIGN_OFF}|\bvielen dank\b|\bherzlichen dank\b"
        r"|\b(?:super|toll|klasse|perfekt|prima)\b|\bgefällt\b)[^?]*\?",
    ),
    shape(
        "thank|thanks|great|perfect|love|awesome|amazing|brilliant",
        rf"(?:\bthanks?\b{_NOT_A_SIGN_OFF}|\bthank you\b|\b(?:great|perfect|awesome|amazing"
        r"|brilliant)\b|\blove (?:it|them|this)\b)[^?]*\?",
    ),
)

# Season's wishes, or a warm "looking forward to working together" ("Frohes neues Jahr!",
# "Schöne Feiertage", "Happy new year!", "have a lovely weekend"): wish the same back – nothing
# to note. Not when the message also asks something (a question or a request answers it).
_NO_QUESTION = r"^(?![\s\S]*(?:\?|\bbitte\b|\bplease\b|\bpls\b))[\s\S]*?"
WISHES = (
    shape(
        "froh|gut|schön|rutsch|weihnacht|ostern|feiertag|gesund|freu",
        _NO_QUESTION + r"(?:\bfrohe\w* (?:weihnacht\w*|ostern|fest\w*|neue\w*(?: jahr)?|"
        r"feiertage)\b|\b(?:guten|einen guten) rutsch\b|\bschöne\w* (?:feiertage|weihnacht\w*|"
        r"ostern|wochenende|urlaub|sommer)\b|\bgesunde\w* neue\w*\b|\bgutes neues\b"
        r"|\bfreu\w* (?:mich|uns) (?:\w+ ){0,2}auf (?:die|eine|unsere) (?:\w+ )?zusammenarbeit\b)",
    ),
    shape(
        "happy|merry|season|have a|looking forward|look forward",
        _NO_QUESTION + r"(?:\bhappy (?:new year|holidays|easter|christmas|hanukkah|diwali|eid)\b"
        r"|\bmerry (?:christmas|xmas)\b|\bseason'?s greetings\b|\bhave a (?:great|lovely|nice|good"
        r"|wonderful|restful|relaxing) (?:weekend|break|holiday|christmas|easter|summer|time off"
        r"|new year)\b|\blook(?:ing)? forward to working (?:together|with you)\b)",
    ),
)

# The client goes on holiday or away for a while and names a stand-in ("Bin ab Montag im Urlaub,
# meine Vertretung ist Jonas", "I'm off next week, Sarah will cover approvals"): enjoy the time
# off, you'll turn to the stand-in. `client_away` without a stand-in: you'll settle what needs
# their input before they go. Only the client's own absence ("ich bin", "I'm"), never "you're".
_AWAY_DE = (
    r"\b(?:ich bin|bin|wir sind|sind wir|ich|wir)\b(?: (?!du\b|sie\b|ihr\b)[\w.]+){0,6} "
    r"(?:im urlaub"
    r"|in (?:den )?ferien|in (?:elternzeit|karenz|mutterschutz|babypause|(?:der )?auszeit)"
    r"|nicht (?:im büro|erreichbar|da)|abwesend)\b"
    r"|\b(?:mein|unser) urlaub (?:beginnt|startet|geht los)\b|\burlaubsbedingt\b"
    r"|\bbetriebs(?:ferien|urlaub)\b"
    r"|\b(?:haben wir|sind wir|wir haben|wir sind|ist|bleibt)\b[^!?\n]{0,40}?\bgeschlossen\b"
)
_AWAY_EN = (
    r"\b(?:i'm|i am|i'll be|i will be|we're|we are|we'll be|we will be)(?: (?!you\b|you')[\w']+)"
    r"{0,3} (?:(?:off|away|closed|shut)\b(?=[^.!?\n]{0,40}?\b(?:next|tomorrow|from|until|till"
    r"|for|this|over|between|\d+(?:st|nd|rd|th)?)\b)|out of (?:the )?office\b|ooo\b"
    r"|on (?:holiday|vacation"
    r"|annual leave|leave|parental leave|maternity leave|paternity leave)\b|unavailable\b)"
)
_STAND_IN = (
    r"\bvertret\w*|\b(?:wende|wenden) (?:dich|sie sich|euch) (?:\w+ ){0,3}an\b"
    r"|\bansprechpartner\w*|\bübernimmt (?:\w+ ){0,3}(?:in der zeit|solange|so lange)\b"
    r"|\b(?!i\b|we\b)[a-z]+ (?:will|can) (?:cover|handle|look after|sign off|approve|answer)\b"
    r"|\bcover(?:s|ing)? (?:for me|for us|approvals|while)\b|\bin my absence\b"
    r"|\bpoint of contact\b|\b(?:contact|reach|ask) \w+ (?:instead|while|in the meantime)\b"
    # „Freigaben macht in der Zeit Frau Keller“, „in der Zeit übernimmt Herr Brandt“, "approvals
    # go through Sam", "Sam is covering"
    r"|\b(?:freigaben|entscheidungen|rückfragen|fragen|abnahmen)\b (?:\w+ ){0,4}(?:macht|machen"
    r"|übernimmt|erteilt|gibt|trifft|klärt|erledigt|beantwortet|gehen an|laufen über)\b"
    r"|\b(?:in der zeit|solange|währenddessen|in meiner abwesenheit) (?:macht|übernimmt|gibt"
    r"|erteilt|ist) (?:\w+ ){0,2}(?:frau|herr)\b"
    r"|\b(?:approvals|sign-offs|decisions|questions) (?:will )?(?:go|goes) (?:to|through|via)\b"
    r"|\b(?!i\b|we\b)[a-z]+ (?:is|will be|'ll be) (?:covering|handling|approving|signing off)\b"
)
AWAY_COVER = (
    shape(
        "urlaub|ferien|elternzeit|karenz|mutterschutz|babypause|auszeit|nicht im büro|"
        "nicht erreichbar|nicht da|abwesend|ooo",
        rf"^(?=[\s\S]*?(?:{_STAND_IN}))[\s\S]*?(?:{_AWAY_DE})",
    ),
    shape(
        "off|away|office|ooo|holiday|vacation|leave|unavailable",
        rf"^(?=[\s\S]*?(?:{_STAND_IN}))[\s\S]*?(?:{_AWAY_EN})",
    ),
)
CLIENT_AWAY = (
    shape(
        "urlaub|ferien|elternzeit|karenz|mutterschutz|babypause|auszeit|nicht im büro|"
        "nicht erreichbar|nicht da|abwesend|ooo|geschlossen",
        _AWAY_DE,
    ),
    shape("off|away|office|ooo|holiday|vacation|leave|unavailable|closed|shut", _AWAY_EN),
)

# News or a notice that also carries season's wishes („Kurze Info: … dann gesammelt im Jänner.
# Schöne Feiertage!“, "heads up, approvals will wait … Happy holidays!"): note the news AND return
# the wishes – a bare "noted" reads cold. (`client_away`, tried first, wishes a good time itself.)
NOTED_WISHES = requiring(
    "|".join(f"(?:{one._source})" for one in WISHES), CLIENT_UPDATE + INFORMATION
)

# Documents sent back: a purchase order or order number ("PO-4471", „Bestellnummer“): thanks,
# filed, and it goes on the invoices. A signed contract or quote without one: thanks, filed.
ORDER_NUMBER = (
    shape(
        "bestellnummer|bestell-nr|auftragsnummer|po-|po |po:|po#|purchase order|bestellschein",
        r"\b(?:bestellnummer|bestell-nr|auftragsnummer|bestellschein|purchase order)\b"
        r"|\bpo(?:[- ]?(?:nummer|number|no\.?|nr\.?)|[-:# ]\s?\d)",
    ),
)
DOCUMENTS = (
    shape(
        "unterschrieb|unterzeichn|gegengezeichnet|signed|countersigned",
        r"\b(?:unterschrieben\w*|unterzeichnet\w*|gegengezeichnet\w*) (?:\w+ )?(?:vertrag|verträge"
        r"|angebot|auftrag\w*|vereinbarung|dokument\w*|nda|unterlagen|exemplar)\b"
        r"|\b(?:vertrag|verträge|angebot|auftrag\w*|vereinbarung|dokument\w*|nda|unterlagen) "
        r"(?:\w+ ){0,4}(?:unterschrieben|unterzeichnet|gegengezeichnet)\b",
        r"\b(?:signed|countersigned) (?:\w+ )?(?:contract|agreement|quote|proposal|sow|nda|"
        r"statement of work|copy|documents?|terms|paperwork)\b"
        r"|\b(?:contract|agreement|quote|proposal|nda|paperwork) (?:\w+ ){0,3}"
        r"(?:is |are |has been |"
        r"have been )?(?:signed|countersigned)\b",
    ),
)

# An offer of more work from a client who knows the user ("Fancy taking on the spring campaign as
# well?", „Hättest du Lust, auch den Newsletter zu übernehmen?“): thanks, glad to, you check your
# schedule and confirm. A first enquiry (no "also", "again", "next") is the `enquiry` kind.
_MORE = r"\b(?:auch|noch|wieder|nächste\w*|weitere\w*|also|as well|too|again|next|another)\b"
NEW_WORK_OFFER = (
    shape(
        "lust|übernehmen|vorstellen",
        rf"^(?=[\s\S]*?{_MORE})[\s\S]*?(?:\b(?:hättest du|hätten sie|hast du|haben sie|hättet"
        r" ihr) (?:\w+ )?lust\b|\b(?:magst|möchtest|willst|würdest) du (?:\w+ ){0,7}übernehmen\b"
        r"|\b(?:möchten|würden|wollen) sie (?:\w+ ){0,7}übernehmen\b"
        r"|\b(?:könntest du dir|könnten sie sich) vorstellen\b)",
    ),
    shape(
        "fancy|take on|taking on|up for|interested in",
        r"\bfancy (?:taking on|doing|working on|helping (?:us |me )?(?:out )?with|another)\b",
        rf"^(?=[\s\S]*?{_MORE})[\s\S]*?(?:\b(?:would|could|do) you (?:like|want|be up for|be "
        r"keen|be interested in)(?: to)? (?:take on|taking on|do|doing|help with|helping with|work "
        r"on|working on)\b|\b(?:up for|interested in) (?:taking on|doing) (?:the|another|a|our)\b)",
    ),
)

# The client asks to be called ("ruf mich kurz an", "bitte um Rückruf", "pls call me"): you'll
# call as soon as you can; a line on what it's about helps. A time they name is `proposes_time`.
CALL_REQUEST = (
    shape(
        "ruf|rückruf|anrufen|telefonisch",
        r"(?<!nicht )\b(?:ruf|rufen sie|ruft) (?:mich|uns) (?:\w+ ){0,3}an\b"
        r"|\b(?:bitte )?um (?:einen |kurzen )?rückruf\b|\brückruf\w* (?:bitte|erbeten)\b"
        r"|\b(?:kannst du|können sie|könntest du|könnten sie) (?:mich|uns) (?:\w+ ){0,3}anrufen\b"
        r"|\bmeld\w* (?:dich|sie sich|euch) (?:\w+ )?telefonisch\b",
    ),
    shape(
        "call me|call us|ring me|ring us|phone me|give me a|give us a|call back",
        r"(?<!don't )(?<!do not )(?<!never )\b(?:call|ring|phone) (?:me|us)\b(?! (?:a|an|the)\b)"
        r"|\bgive (?:me|us) a (?:call|ring|buzz)\b|\bcall (?:me |us )?back\b",
    ),
)

# The client thanks for the collaboration as it ends ("Vielen Dank für die gute Zusammenarbeit!",
# "thanks for everything", "it's been a pleasure working with you"): thanks back, anything still
# needed for the wrap-up, and the door stays open. Not when they look forward to more of it.
_NO_MORE_AHEAD = (
    r"^(?![\s\S]*(?:\bfreu\w* (?:mich|uns) (?:\w+ ){0,3}auf\b|\blook(?:ing)? forward\b"
    r"|\bweiterhin\b|\bnext (?:project|time|steps?)\b|\bnächste\w* (?:projekt|mal|schritt\w*)\b"
    r"|\?))[\s\S]*?"
)
FAREWELL = (
    shape(
        "zusammenarbeit",
        _NO_MORE_AHEAD + r"\b(?:danke\w*|dank|bedanke\w*) (?:\w+ ){0,4}(?:für|die) (?:die |eure |"
        r"ihre |deine )?(?:\w+ )?zusammenarbeit\b",
    ),
    shape(
        "thanks for everything|thank you for everything|pleasure working|pleasure to work",
        _NO_MORE_AHEAD + r"\bthanks? (?:you )?(?:so much |again )?for everything\b"
        r"|\b(?:it'?s|it has|it'?s been|has been) (?:a )?(?:real |great )?pleasure (?:working|to "
        r"work) with you\b",
    ),
)


# The client approves without more words („freigegeben 👍“, „ist abgenommen“, "approved!", "all
# signed off"): thanks for the approval, it goes on as agreed – no "I'll get started" (the work
# may be finished), no "if you need anything".
APPROVAL = (
    shape(
        "freigegeben|abgenommen|freigabe|frei",
        r"^\W*(?:(?:alles|ist|sind|wurde|wurden|so|dann|ok|okay|passt|super|top|danke),? )*"
        r"(?:freigegeben|abgenommen)\b" + _NOT_ASKED,
        r"\bfreigabe (?:ist )?erteilt\b|\b(?:gebe|geben) (?:ich|wir) (?:\w+ ){0,2}frei\b"
        + _NOT_ASKED,
    ),
    shape(
        "approved|signed off|good to go",
        r"^\W*(?:(?:all|it's|its|it is|is|everything's|that's|ok|okay|great|perfect|thanks),? )*"
        r"(?:approved|signed off|good to go)\b" + _NOT_ASKED,
        r"\b(?:i|we)(?:'ve| have)? (?:\w+ )?(?:approved|signed off on) (?:it|this|everything|the "
        r"\w+)\b" + _NOT_ASKED,
    ),
)

# The client has recommended you to someone („hab dich an meine Schwägerin weitergegeben“, "I
# passed your details to a friend"): thanks for the recommendation; you'll look after anyone who
# gets in touch. Nothing about the person or their project is presumed.
REFERRAL = (
    shape(
        "weitergegeben|weiterempfohlen|empfohlen|weitergeleitet",
        r"^(?![\s\S]*\?)[\s\S]*?(?:\b(?:hab|habe|haben)\b (?:\w+ ){0,3}(?:dich|sie|euch) "
        r"(?:\w+ ){0,5}(?:weitergegeben|weiterempfohlen|empfohlen)\b"
        r"|\b(?:deine|ihre|eure)n? (?:nummer|kontakt\w*|namen|daten|e-mail\w*|adresse) (?:\w+ )"
        r"{0,4}(?:weitergegeben|weitergeleitet)\b)",
    ),
    shape(
        "recommended|referred|passed|gave|in touch with you",
        r"^(?![\s\S]*\?)[\s\S]*?(?:\b(?:i|we)(?:'ve| have)? (?:\w+ ){0,2}(?:recommended|referred) "
        r"you\b|\b(?:passed|gave) (?:on )?(?:\w+ ){0,3}your (?:name|details|number|email|contact"
        r"(?: details)?)\b|\bput (?:\w+ ){1,3}in touch with you\b)",
    ),
)

# A payment notice that also praises or rebooks („Rechnung ist bezahlt, danke für die schnelle
# Umsetzung! Gerne wieder“, "paid – great work, see you next time"): thanks for both – "I'll check
# my account" would answer only half of it.
_PRAISE_OR_REBOOK = (
    r"\bgerne? wieder\b|\bbis zum nächsten (?:mal|projekt)\b|\bdank\w* (?:\w+ ){0,2}für (?:die|das"
    r"|den|deine|ihre|eure) (?:\w+ )?(?:umsetzung|arbeit|ergebnis|einsatz|zusammenarbeit"
    r"|unterstützung|hilfe|fotos|texte?)\b|\b(?:great|lovely|fantastic|quick|fast|brilliant"
    r"|amazing|excellent) (?:work|job)\b|\bthanks? (?:you )?(?:so much )?for (?:the|your|all the) "
    r"(?:\w+ )?(?:work|job|help|support|effort)\b|\b(?:work with you|use you|book you) again\b"
    r"|\bnext time\b|\blook(?:ing)? forward to (?:the next|working)\b"
)
PAID_THANKS = requiring(translated(_PRAISE_OR_REBOOK), ALREADY_PAID)


# --- termination ---------------------------------------------------------------------------------

# A lost bid: the client chose someone else, with no sign of work that was running ("so far",
# "the rest", "bisher", "Rechnung"): a gracious goodbye, nothing about stopping or invoicing.
_NO_RUNNING_WORK = (
    r"^(?![\s\S]*(?:\bso far\b|\bthe rest\b|\bremaining\b|\bfinish|\bfrom now on\b|\bstop\b"
    r"|\binvoice|\bwhat you(?:'ve| have) done\b|\bbisher\w*|\bden rest\b|\brestlich\w*"
    r"|\bab sofort\b|\bab jetzt\b|\brechnung|\bfertigstell\w*|\bweiterführ\w*))[\s\S]*?"
)
LOST_BID = (
    shape(
        "entschieden|vergeben",
        _NO_RUNNING_WORK + r"\bfür (?:eine?n? )?(?:jemand|andere|anderen|einen anderen|eine andere"
        r"|ein anderes)\w*\b(?: \w+){0,2} entschieden\b",
        _NO_RUNNING_WORK + r"\b(?:anderweitig|an jemand anderen|an eine andere \w+|an einen "
        r"anderen \w+|an ein anderes \w+) vergeben\b",
    ),
    shape(
        "go with|went with|going with|gone with|chose|chosen|picked|selected|hired|gave|awarded",
        _NO_RUNNING_WORK + r"\b(?:go|went|going|gone) with (?:another|someone else|somebody else|"
        r"a different|other)\b",
        _NO_RUNNING_WORK + r"\b(?:chose|chosen|picked|selected|hired|gave (?:it|the (?:job|project|"
        r"contract|work)) to|awarded (?:it|the (?:job|project|contract)) to) (?:another|someone "
        r"else|somebody else|a different)\b",
    ),
)

# The client felt insulted or offended and ends it ("I've never been so insulted", "das finde
# ich unverschämt, wir suchen uns jemand anderen"): sorry it came across that way, respect the
# decision – no invoicing talk.
OFFENDED = (
    shape(
        "beleidig|gekränkt|unverschämt|frechheit|respektlos|unhöflich|herablassend|verletzt",
        r"\b(?:beleidigt|beleidigend|gekränkt|unverschämt\w*|frechheit|respektlos\w*|"
        r"unhöflich\w*|herablassend\w*|verletzt)\b",
    ),
    shape(
        "insult|offend|rude|disrespect|condescend|patroniz|patronis",
        r"\b(?:insult\w*|offend\w*|offensive|rude|rudely|disrespect\w*|condescending|"
        r"patroni[sz]ing)\b",
    ),
)

# The client stops new work but keeps the door open ("we may still call on you for existing
# clients", "vielleicht kommen wir später wieder auf Sie zu"): thanks, glad to help when they
# need it – no talk of invoicing what is done.
KEEPS_DOOR_OPEN = (
    shape(
        "zurück|melden|brauchen|kommen|komme|anfragen|buchen|beauftragen",
        r"\b(?:vielleicht|eventuell|gelegentlich|ab und zu|bei bedarf|weiterhin|trotzdem|später|"
        r"in zukunft|künftig)\b" + GAP + r"\b(?:(?:kommen|komme) (?:wir|ich) (?:\w+ ){0,3}(?:auf "
        r"(?:sie|dich|euch) )?(?:zurück|zu)|melden (?:wir|ich) (?:uns|mich)|brauchen (?:wir|ich) "
        r"(?:sie|dich|euch)|(?:auf (?:sie|dich|euch)) (?:\w+ )?zurück(?:kommen|greifen)"
        r"|(?:sie|dich|euch) (?:\w+ ){0,2}(?:anfragen|buchen|beauftragen))\b",
    ),
    shape(
        "call on|reach out|come back|get back|contact|need you|use you|work with you|"
        "from time to time|now and then|occasionally",
        r"\b(?:may|might|could|will|would|'ll)(?: still| occasionally| sometimes| also)? "
        r"(?:call on|reach out to|come back to|get back to|contact|need|use|work with) you\b"
        r"(?! (?:about|regarding) (?:the|your) (?:invoice|bill|payment)\b)",
        r"\b(?:from time to time|now and then|occasionally)\b" + GAP + r"\byou\b",
    ),
)

# A warning, not (yet) an ending: an ultimatum or a condition ("one more missed deadline and we're
# done", "if this happens again …", „wenn das so weitergeht, müssen wir uns umsehen“, „letzte
# Chance“): take it seriously, ask what has to change, say what happens next. Nothing is ended.
_IF = r"\b(?:if|unless|otherwise|or else|wenn|falls|sonst|andernfalls)\b"
THREAT = (
    shape(
        "weitergeht|passiert|vorkommt|letzte|umsehen|umschauen|überleg|überdenk|noch ein|noch so|"
        "noch mal|nochmal|prüfstand|sonst|andernfalls|wiederhol|wenn|falls|ander|wechseln",
        r"\bwenn (?:das|es) (?:\w+ )?so weiter(?:geht|läuft)\b|\bletzte (?:chance|warnung)\b"
        r"|\b(?:wenn|falls) (?:das|so etwas|sowas|es|dies) (?:\w+ ){0,2}(?:noch ?(?:ein)?mal|"
        r"wieder) (?:\w+ )?(?:passiert|vorkommt)\b"
        r"|\bnoch (?:so )?(?:ein|eine|einen|einmal|mal)\b (?:\w+ ){0,3}(?:und|dann) (?:\w+ ){0,4}"
        r"(?:war'?s|wars|ist schluss|sind wir (?:\w+ )?(?:fertig|durch|raus)|beenden|trennen"
        r"|jemand\w* ander\w*|(?:uns|mir) (?:\w+ )?(?:umsehen|umschauen))\b",
        rf"^(?=[\s\S]*?{_IF})[\s\S]*?\b(?:müssen|werden|würden|müssten|sollten) (?:wir|ich) "
        r"(?:uns|mir) (?:\w+ ){0,4}(?:umsehen|umschauen|überlegen|nach (?:\w+ ){0,3}(?:umsehen|"
        r"umschauen))\b",
        r"\b(?:überlegen|überdenken) (?:wir|uns) (?:\w+ ){0,2}(?:die|unsere) zusammenarbeit\b"
        r"|\bzusammenarbeit (?:\w+ ){0,3}(?:überdenken|infrage stellen|auf dem prüfstand)\b",
        r"\b(?:sonst|andernfalls) (?:\w+ ){0,5}(?:jemand\w* ander\w*|andere\w* (?:agentur|"
        r"anbieter|dienstleister|freelancer\w*)|umsehen|umschauen|beenden|kündigen)\b",
        r"\b(?:wenn|falls) (?:sich )?(?:das|so etwas|sowas|es|dies) (?:\w+ ){0,2}wiederhol\w*\b"
        r"|\b(?:wenn|falls)\b[^.!?\n]{0,60}?,?\s(?:\w+ ){0,4}(?:jemand\w* ander\w*|andere\w* "
        r"(?:agentur|anbieter\w*|dienstleister\w*|freelancer\w*))",
        # a hedge, no decision yet: „wir überlegen, zu jemand anderem zu wechseln“
        r"\b(?:überlegen|überlege|spielen mit dem gedanken|denken (?:\w+ )?darüber nach|eventuell|"
        r"vielleicht|wahrscheinlich|möglicherweise)\b[^.!?\n]{0,50}?(?:\bjemand\w* ander\w*"
        r"|\bandere\w* "
        r"(?:agentur|anbieter\w*|dienstleister\w*|freelancer\w*)|\bzu wechseln\b)",
    ),
    shape(
        "one more|last chance|final warning|if this|if it|if that|if things|unless|otherwise|"
        "or else|elsewhere|someone else|somebody else|reconsider|rethink|thin ice|another|if|"
        "other|shopping around",
        r"\bone more (?:\w+ ){0,4}(?:and|then) (?:we'?re|i'?m|that'?s|you'?re|it'?s|we will|we'll"
        r"|i will|i'll|we (?:\w+ ){0,2}(?:someone else|somebody else|elsewhere|another))\b"
        r"|\b(?:last|final) (?:chance|warning)\b|\bon thin ice\b",
        r"\b(?:if|should) (?:this|it|that|the same thing) (?:\w+ )?(?:happens|continues|keeps "
        r"(?:up|happening)|goes on|carries on|happen)(?: (?:again|once more))?\b"
        r"|\bif (?:things|this|nothing) (?:don'?t|doesn'?t|does not|do not)? ?(?:change|improve"
        r"|changes|improves)\b",
        rf"^(?=[\s\S]*?{_IF})[\s\S]*?\b(?:we'?ll|we will|i'?ll|i will|we might|we may|i might|"
        r"we'?d|we would|we need to|we have to|we'll have to|i'll have to) (?:have to |need to )?"
        r"(?:look elsewhere|go elsewhere|find someone else|look for someone else|reconsider|"
        r"rethink|find another|look for another|consider other)\b",
        r"\b(?:otherwise|or else|unless) (?:\w+ ){0,5}(?:someone else|elsewhere|we'?re done"
        r"|another (?:agency|designer|freelancer|writer|developer|provider))\b"
        r"|\bif\b[^.!?\n]{0,60}?,?\s(?:\w+ ){0,5}(?:someone else|somebody else|elsewhere|another "
        r"(?:agency|designer|freelancer|writer|developer|provider))\b",
        # a hedge, no decision yet: "thinking of going with someone else", "might look elsewhere"
        r"\b(?:thinking (?:of|about)|considering|might|may|could|probably|likely|leaning towards?"
        r"|tempted to)\b[^.!?\n]{0,30}?\b(?:go(?:ing)?|mov(?:e|ing)|switch(?:ing)?|look(?:ing)?"
        r"|find(?:ing)?|hir(?:e|ing)|tr(?:y|ying)) (?:with |to |over to |for |at )?"
        r"(?:another|someone "
        r"else|somebody else|a different|other|elsewhere)\b|\bshopping around\b",
    ),
)

# A threat that names no reason ("if things don't improve, we'll look elsewhere", „wenn sich das
# nicht bald bessert, müssen wir uns umsehen“, „wir sind enttäuscht …“): ask what should change
# first. A threat with a reason („Antworten dauern Tage“, "one more missed deadline", "if the site
# isn't live by Monday") or a longer message (which mostly says why) keeps `threat`.
_THREAT_REASON = (
    r"\d|\b(?:deadline\w*|termin\w*|frist\w*|\w*spät\w*|late\w*|delay\w*|verzög\w*|antwort\w*"
    r"|repl\w*|respon\w*|erreich\w*|reach\w*|fehler\w*|mistake\w*|error\w*|typo\w*|quali\w*"
    r"|bug\w*|online|live|preis\w*|price\w*|kosten|cost\w*|rechnung\w*|invoice\w*"
    r"|slow\w*|tage|days|wochen|weeks|missed|verpasst|patzer|because|weil|since|da ich|da wir"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|monday|tuesday|wednesday|thursday|friday"
    r"|ständig|immer wieder|always|every time|jedes mal|again|schon wieder|nochmal"
    r"|wiederhol\w*|repeat\w*|slip\w*|schief\w*|zwei|drei|two|three|too|inconsisten\w*"
    r"|unreliab\w*|unzuverläss\w*|turnaround|kommunikation|communication|draft\w*|entwürf\w*"
    r"|entwurf\w*"
    r"|keeps? (?:on )?happening)\b"
)
_REASON = translated(_THREAT_REASON)
THREAT_VAGUE = tuple(
    Shape(
        one.stems,
        rf"^(?![\s\S]*?(?:{_REASON}))(?=\W*(?:\w+\W+){{0,40}}$)[\s\S]*?(?:{one._source})",
    )
    for one in THREAT
)


# A pause, not an ending ("put it on hold", "pause things for now", „wir legen das erstmal auf
# Eis“): understood, the work rests until they say, and you're glad to pick it up again.
PAUSE = (
    shape(
        "pausier|eis|pause|anhalten|aussetzen|ruhen|zurück|stopp|auf halt",
        r"\bpausier\w*|\bauf eis\b|\bauf (?:pause|halt)\b|\bpause (?:machen|einlegen)\b"
        r"|\bruhen lassen\b|\bzurück(?:stellen|gestellt)\b|\b(?:stellen|stelle) (?:\w+ ){1,5}"
        r"zurück\b"
        r"|\b(?:vorerst|vorläufig|erstmal|erst mal|zunächst|bis auf weiteres) (?:\w+ ){0,3}"
        r"(?:stoppen|aussetzen|anhalten|nicht weiter\w*)\b",
    ),
    shape(
        "hold|pause|pausing|ice|shelv|for now|time being|a while",
        r"\bon (?:hold|ice)\b|\bhold off\b|\bpaus(?:e|ed|ing)\b(?! (?:for thought|button)\b)"
        r"|\bshelv(?:e|ed|ing)\b"
        r"|\b(?:stop|halt|freeze|suspend)\w* (?:\w+ ){0,3}(?:for now|for the time being|for a "
        r"while|until further notice)\b",
    ),
    # work stopped until the client says how it goes on („Bitte stoppen Sie alle Arbeiten. Wir
    # melden uns, wie es weitergeht“, "please stop all work, we'll be in touch"): a pause
    shape(
        "stopp|anhalten|unterbrech|einstell",
        r"\b(?:stopp\w*|anhalten|unterbrechen|einstellen)\b[^\n]{0,120}?\b(?:wir melden uns|ich "
        r"melde mich|geben (?:ihnen|dir|euch) bescheid|bis auf weiteres|bis wir (?:uns )?"
        r"(?:melden|entschieden|wissen|klarheit))\b",
    ),
    shape(
        "stop|halt|freeze|suspend|down tools",
        r"\b(?:stop|halt|freeze|suspend|down tools)\w*\b[^\n]{0,120}?\b(?:we'll be in touch"
        r"|i'll be in touch|we will be in touch|we'll let you know|i'll let you know|we'll get back"
        r"|we will get back|until you hear|until we (?:know|decide|get back|come back|have))\b",
    ),
)

# Notice with an end date to come ("we won't need you after this month", „kündigen fristgerecht
# zum 31.03.“, „ab April machen wir das selbst“): thanks, until then everything runs as agreed,
# then a clean handover. Nothing stops now.
_END_WORD_DE = (
    r"\b(?:kündig\w*|beend\w*|selbst|selber|intern|nicht mehr|jemand\w* ander\w*|auslaufen|"
    r"endet|schluss|letzte\w*|ehrenamtlich"
    # „den Kurs per Ende Quartal nicht weiterzuführen“, „den Vertrag nicht zu verlängern“
    r"|nicht (?:mehr )?weiter(?:zu)?(?:führen|machen|verfolgen)|nicht (?:zu )?verlängern"
    r"|nicht fort(?:zu)?(?:setzen|führen))\b"
)
_FUTURE_DE = (
    r"\b(?:zum|per|ab|bis|ende|mit ablauf|nach) (?:(?:dem|des|der|zum) )?(?:\d{1,2}\.\s?\d{1,2}\.?"
    r"|\d{1,2}\.? (?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|"
    r"dezember)|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|"
    r"dezember|ende (?:des|dieses|nächsten|kommenden) (?:monats|jahres|quartals)|(?:diese[smn]?"
    r"|nächste[nm]?|kommende[nm]?|folgende[nm]?) (?:monat|monats|quartal|quartals|jahr|jahres)"
    r"|\d{1,2}\. (?:des |dieses )?(?:nächsten|kommenden|folgenden) (?:monats|quartals|jahres)"
    r"|monatsende|jahresende|quartalsende|ende (?:monat|jahr|quartal)"
    # „ab dem 1.“, „zum 15.“: a day of the coming month
    r"|\d{1,2}(?=\.(?!\s?\d))|ersten)\b"
)
_END_WORD_EN = (
    r"\b(?:won'?t need|will not need|no longer|in-house|in house|ourselves|myself|end\w*|stop\w*|"
    r"finish\w*|leave it|cancel\w*|terminat\w*|wrap\w* up|last (?:invoice|month|project)|"
    r"(?:won'?t|will not) (?:be )?(?:renew\w*|continu\w*|requir\w*|proceed\w*)|discontinu\w*)\b"
)
_FUTURE_EN = (
    r"(?:\b(?:after|at the end of|by the end of|until the end of|end of|from|as of|starting"
    r"|beginning|until)|\bw\.e\.f\.?) (?:(?:this|next|the(?: end of (?:this|the|next))?) )?"
    r"(?:month|quarter|year|week|"
    r"project|contract|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|\d{1,2}(?:st|nd|rd|th)?)\b"
    # "we won't be renewing in January"
    r"|\bin (?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b"
)
NOTICE = (
    shape(
        "fristgerecht|kündigungsfrist|zum|per|ab|bis|ende|ablauf|nach",
        r"\bfristgerecht\w*|\bkündigungsfrist\b|\bordentlich (?:\w+ )?kündig\w*",
        rf"(?:{_END_WORD_DE})" + r"[^.!?\n]{0,80}?" + rf"(?:{_FUTURE_DE})",
        # „ab dem 1. selbst“: the gap may cross the dot of a day
        rf"(?:{_FUTURE_DE})" + r"(?:[^.!?\n]|(?<=\d)\.){0,80}?" + rf"(?:{_END_WORD_DE})",
    ),
    shape(
        "notice|after|end of|from|as of|starting|beginning|until|w.e.f|in ",
        r"\bnotice period\b|\b(?:give|giving|serve|serving|handing in|hand in) (?:you )?"
        r"(?:our |my )?"
        r"(?:\w+ )?notice\b|\b\d+ (?:days|weeks|months)'? notice\b",
        rf"(?:{_END_WORD_EN})" + r"[^.!?\n]{0,80}?" + rf"(?:{_FUTURE_EN})",
        rf"(?:{_FUTURE_EN})" + r"[^.!?\n]{0,80}?" + rf"(?:{_END_WORD_EN})",
    ),
)

# The client asks what you still need from them for the wrap-up („Was brauchen Sie noch von uns
# für den Abschluss?“, "what do you need from us to wrap up?"): promise that list – never hand the
# question back ("tell me what you need").
ASKS_WHAT_NEEDED = (
    shape(
        "brauchen|benötigen|brauchst|benötigst",
        r"\bwas (?:brauchen|benötigen) sie (?:\w+ ){0,2}von (?:uns|mir)\b"
        r"|\bwas (?:brauchst|benötigst) du (?:\w+ ){0,2}von (?:uns|mir)\b"
        r"|\bwas (?:brauchen|benötigen) sie (?:noch )?(?:für|zum|zur) (?:den |die )?(?:abschluss"
        r"|übergabe)\b|\bwas (?:brauchst|benötigst) du (?:noch )?(?:für|zum|zur) (?:den |die )?"
        r"(?:abschluss|übergabe)\b",
    ),
    shape(
        "need from|you need",
        r"\bwhat (?:else )?(?:do|would|will) you (?:still )?need from (?:us|me)\b"
        r"|\bwhat (?:else )?(?:do|would|will) you (?:still )?need (?:for|to) (?:the handover|wrap|"
        r"close|finish|hand)\w*",
    ),
)

# The client names what to hand over, to whom or by when ("send over all the logins by Friday",
# "hand over all work in progress to Mr X", „schicken Sie uns bitte alle Zugangsdaten“): confirm
# it – "tell me what you need for the handover" would ask for what they just said. Not the
# client's own sending („ich schicke Ihnen …“, "we'll send"), nor "everything you have so far"
# (`ends` delivers what is done and invoices only that).
_HANDOVER_ITEMS_DE = (
    r"(?:zugänge|zugangsdaten|passwörter|logins?|dateien|quelldateien|unterlagen|daten"
    r"|entwürfe|ordner|kalender|redaktionsplan|belege)"
)
_HANDOVER_ITEMS_EN = (
    r"(?:logins?|passwords?|access(?:es)?|credentials|(?:source |raw |final )?files|documents"
    r"|calendar|work in progress|wip|assets|materials"
    r"|notes|data|drafts?|reports?)"
)
HANDOVER_NAMED = (
    shape(
        "übergeb|übergib|übergabe|schick|send|geben|gib |leite|zukommen",
        r"\b(?:übergeben|schicken|senden|geben|leiten) sie (?:\w+ ){0,4}" + _HANDOVER_ITEMS_DE
        + r"\b|\b(?:übergib|schick|sende|gib|leite)\b (?:\w+ ){0,4}" + _HANDOVER_ITEMS_DE + r"\b",
        r"\b(?:können|könnten|würden) sie (?:\w+ ){0,4}" + _HANDOVER_ITEMS_DE + r"\b[^.!?\n]{0,40}"
        r"\b(?:übergeben|schicken|senden|zukommen lassen|weiterleiten)\b"
        r"|\b(?:kannst|könntest) du (?:\w+ ){0,4}" + _HANDOVER_ITEMS_DE + r"\b[^.!?\n]{0,40}"
        r"\b(?:übergeben|schicken|senden|zukommen lassen|weiterleiten)\b",
        r"\b(?:übergabe|übergeben) (?:\w+ ){0,3}an (?:herrn|frau|unsere\w*)\b",
    ),
    shape(
        "send|hand|pass|forward|share|transfer",
        _NOT_THE_CLIENTS_OWN + r"\b(?:send|hand|pass|forward|share|transfer)(?: over| across| on)? "
        r"(?:\w+ ){0,3}" + _HANDOVER_ITEMS_EN + r"\b",
        _NOT_THE_CLIENTS_OWN + r"\bhand (?:\w+ ){0,4}over to\b",
    ),
)


# Notice with an end date that also names the handover („ab dem 1. intern … bitte übergeben Sie
# bis dahin sämtliche Zugangsdaten“): until then as agreed, and the handover as they describe it.
NOTICE_HANDOVER = requiring("|".join(f"(?:{one._source})" for one in NOTICE), HANDOVER_NAMED)


# An ending is named: cancelled, ended, someone else, in-house, do it ourselves, not going
# forward, „kündigen“, „jemand anderen“, „machen wir selbst“, „nie mehr“. Only then does the draft
# thank for the decision and talk about what is done and invoiced; a message read as termination
# that names none of these (often a misread) gets the default, which asks how to go on.
_ENDS = (
    shape(
        "kündig|beend|aufhör|hören|storn|nicht mehr|nie mehr|nie wieder|ander|selbst|selber|"
        "intern|lassen|schluss|trenn|abbrech|abgebrochen|zurückzieh|weiterverfolg|hilfe|"
        "übernimmt|übernehmen|macht das|machen das|schick|send|fort|einstell|stopp|stell|wirkung",
        r"\bkündig\w*|\bbeend\w*|\baufhören\b|\bhören (?:wir|ich) (?:\w+ )?auf\b|\bstorn\w*"
        r"|\babbrech\w*|\babgebrochen\b|\bschluss (?:machen|ist)\b|\b(?:hier|da) ist schluss\b"
        r"|\btrennen (?:wir|uns)\b|\bgetrennte wege\b|\bzurückzieh\w*"
        r"|\bnicht weiter(?:zu)?(?:verfolg\w*|führen|machen|arbeiten)\b"
        r"|\bnicht fort(?:zu)?(?:setzen|führen)\b"
        # „stellen Sie bitte alle Arbeiten ein“, „mit sofortiger Wirkung einstellen“
        r"|\b(?:stellen sie|stell) (?:bitte )?(?:alle|sämtliche) arbeiten\w* (?:\w+ ){0,6}ein\b"
        r"|\bmit sofortiger wirkung (?:\w+ ){0,4}(?:einstellen|einzustellen|stoppen|beenden)\b",
        r"\bnicht mehr (?:\w+ ){0,3}(?:zusammenarbeiten|weitermachen|beauftragen|brauchen|benötigen"
        r"|buchen|nötig|gebraucht|weiter)\b|\b(?:nie|niemals) (?:mehr|wieder)\b",
        r"\bjemand\w* (?:\w+ )?ander\w*|\b(?:eine?n? )?andere\w* (?:agentur|anbieter\w*|"
        r"dienstleister\w*|freelancer\w*|designer\w*|texter\w*|grafiker\w*|lösung|firma)\b"
        r"|\b(?:hole|holen|suche|suchen) (?:mir|uns) (?:\w+ ){0,3}(?:hilfe|jemand\w*|andere\w*)\b",
        r"\b(?:machen|erledigen|übernehmen|entwickeln|gestalten|schreiben|mache|erledige|übernehme)"
        r" (?:wir|ich) (?:\w+ ){0,4}(?:selbst|selber|intern)\b|\b(?:selbst|selber|intern) (?:\w+ )"
        r"{0,3}(?:weiter|machen|übernehmen|erledigen)\b|\b(?:wir|ich) (?:machen|mache|erledigen|"
        r"erledige|übernehmen|übernehme) (?:\w+ ){0,4}(?:selbst|selber|intern)\b"
        r"|\b(?:der|die|er|sie) (?:macht|übernimmt|erledigt) (?:das|es|den rest)\b",
        r"\blassen (?:wir )?(?:das|es) (?:\w+ ){0,2}(?:sein|bleiben|mit uns|gut sein|dabei)\b",
        # the materials asked for as it ends: „schick mir alles, was du bisher hast“
        r"\b(?:schick|schicken sie|senden sie|send)\w* (?:mir|uns) (?:\w+ ){0,2}(?:alles|die "
        r"(?:offenen|finalen|fertigen) (?:dateien|daten)|die quelldateien|die rohdaten|den "
        r"(?:bisherigen )?stand)\b",
    ),
    shape(
        "cancel|terminat|discontinu|let you go|part ways|parting ways|separate ways|another|"
        "someone|"
        "somebody|other|in-house|in house|myself|ourselves|not moving|not going|no longer|"
        "need you|require|stop|end|done|leave it|call it|pull the plug|never|finish|send|proceed",
        r"\bcancel\w*|\bterminat\w*|\bdiscontinu\w*|\blet you go\b|\bpart(?:ing)? ways\b"
        r"|\bseparate ways\b"
        r"|\bpull the plug\b|\bcall it a day\b|\bleave it (?:here|there|at that)\b",
        r"\b(?:go|going|gone|went|move|moving|switch\w*) (?:with|to|over to) (?:another|someone "
        r"else|somebody else|a different|other|our other)\b|\bsomeone else\b|\bsomebody else\b"
        r"|\bour other (?:agency|designer|freelancer|developer|writer|provider|supplier)\b"
        r"|\b(?:get|find|hire|look for) (?:\w+ ){0,2}(?:real|proper|different|another) "
        r"(?:\w+ )?(?:professional|agency|designer|freelancer|developer|writer|provider)\b",
        r"\bin[- ]house\b|\b(?:do|handle|finish|take over|manage|design|write|build) (?:\w+ ){0,3}"
        r"(?:myself|ourselves)\b",
        r"\bnot (?:moving|going) (?:forward|ahead)\b|\bwon'?t be (?:moving|going) (?:forward|ahead)"
        r"|\bno longer (?:need|require|want|work|be working)\w*\b|\b(?:won'?t|will not|don'?t|do "
        r"not) (?:be )?(?:need|requir)\w* (?:you|your)\b|\bnever (?:hire|use|work with|recommend|"
        r"book) you\b",
        r"\b(?:end|ending|finish|close|stop) (?:our|the|this) (?:contract|collaboration|working "
        r"relationship|agreement|partnership|engagement|retainer|project|work)\b"
        r"|\bstop (?:working|the work|(?:all|any) (?:further )?work)\b|\b(?:we'?re|i'?m) done\b"
        # "we will not be proceeding further", "we've decided not to proceed"
        r"|\b(?:won'?t|will not|are not|aren'?t) (?:be )?proceeding\b"
        r"|\b(?:decided )?not to proceed\b",
        # the materials asked for as it ends: "send us the final version then"
        r"\bsend (?:me|us) (?:over )?(?:the (?:final version|final files|source files|files so far)"
        r"|what you(?:'ve| have)(?: done)?(?: so far)?|everything (?:you have|so far))\b",
    ),
)
# "I think we should stop here, this isn't working for either of us", „wir sollten es hier
# beenden, das passt für beide nicht“: an ending said as an opinion
_ENDS_SAID_SOFTLY = (
    shape(
        "aufhören|beenden|lassen|funktioniert|passt",
        r"\b(?:wir sollten|sollten wir|lassen sie uns|lass uns) (?:es |das )?(?:\w+ )?(?:hier |an "
        r"dieser stelle |jetzt )(?:aufhören|beenden|lassen|schluss machen)\b"
        r"|\b(?:das|es) (?:funktioniert|passt) (?:\w+ )?(?:einfach )?nicht (?:mehr )?(?:für "
        r"(?:uns beide|beide seiten|keinen von uns)|zwischen uns)\b",
    ),
    shape(
        "stop|end|call it|isn't working|is not working|isnt working",
        r"\b(?:we|i) (?:should|need to|have to|might as well) (?:just )?(?:stop|end (?:it|things)"
        r"|call it) (?:here|there|now)\b"
        r"|\b(?:this|it)(?:'s| is)? (?:just )?(?:isn'?t|is not|not) working (?:out )?for (?:either "
        r"of us|both of us|us)\b",
    ),
)
ENDS = unless(translated(_SARCASM), _ENDS + _ENDS_SAID_SOFTLY)

# A message read as termination that names no ending but a complaint or an insult ("amateur
# hour … never had to chase anyone like this", „spar dir deine Floskeln“): no "how would you
# like things to go from here" – the displeasure taken seriously, and one blank for what the user
# does now. (Tried last: any ending, threat or pause wins.)
_COMPLAINT = (
    r"\bamateur\w*|\bunprofessionell\w*|\bunprofessional\b|\bhinterher(?:laufen|rennen"
    r"|telefonieren)\b|\bchas(?:e|ed|ing)\b|\b(?:wie|so wie) immer\b|\blike always\b"
    r"|\bas always\b|\bjedes mal\b|\bevery (?:single )?time\b|\bständig\b|\bkindisch\w*"
    r"|\bchildish\b|\blächerlich\w*|\bridiculous\b|\bunverschämt\w*|\bfrechheit\b"
    r"|\bfloskeln\b|\bgeht (?:\w+ ){0,2}gar nicht\b|\benttäuscht\w*|\bdisappoint\w*"
    r"|\bget it together\b|\bwhat (?:exactly )?am i paying\b|\bwofür (?:\w+ )?zahle ich\b"
    r"|\bexpected (?:better|more|a professional)\b|\bhätte (?:mehr|besseres) erwartet\b"
)
COMPLAINT_NO_ENDING = (
    shape(
        "amateur|unprofession|hinterher|immer|always|jedes mal|every|ständig|kindisch|childish|"
        "lächerlich|ridiculous|unverschämt|frechheit|floskeln|gar nicht|enttäuscht|disappoint|"
        "together|paying|zahle ich|expected|erwartet|chas",
        _COMPLAINT,
    ),
    *INSULT,
)


# --- fifth round: answers the freelancer can give at once ---------------------------------------

# The client offers a time in a question ("passt dir Dienstag um 10?", "are you free Thursday
# after 2?", "does Monday at 3 work?"): confirm it; the user fills in the slot they take.
# „Können Sie … bis Freitag …?“ asks for work, not for a meeting: no suiting verb, no match.
_SUITS_DE = r"\b(?:passt|passen|ginge|geht|klappt|klappen|wäre|würde)\b"
_SUITS_EN = (
    r"\b(?:are you|would you be|will you be|r u) (?:\w+ )?(?:around|free|available)\b"
    r"|\b(?:how|what) about\b"
)
# „Geht das bis Freitag?“, "are you free to finish by Friday?": a deadline, not a meeting time.
_NO_DEADLINE = (
    r"(?<!\bbis )(?<!\bbis zum )(?<!\bbis am )(?<!\bby )(?<!\buntil )"
    r"(?<!\bbefore )"
)
_WORKS_EN = r"\b(?:work|works|suit|suits|good|ok|okay)\b(?: (?:for|with) you)?"
TIME_OFFER = (
    shape(
        "passt|passen|ginge|geht|klappt|klappen|wäre|würde",
        _SUITS_DE + r"[^.!?\n]{0,60}?" + _NO_DEADLINE + "(?:" + _MEET_WHEN_DE
        + r")[^.!?\n]{0,80}\?",
    ),
    shape(
        "around|free|available|about|work|suit|good|ok",
        "(?:" + _SUITS_EN + r")[^.!?\n]{0,60}?" + _NO_DEADLINE + "(?:" + _MEET_WHEN_EN
        + r")[^.!?\n]{0,80}\?",
        r"(?<!\bby )(?<!\buntil )(?<!\bbefore )(?:" + _MEET_WHEN_EN + r")[^.!?\n]{0,40}?"
        + _WORKS_EN + r"[^.!?\n]{0,30}\?",
    ),
)

# A plain either/or question ("reicht ein Scan oder lieber per Post?", "PNG or is the PDF
# fine?", "just you or the editor as well?"): the user knows the answer; the draft gives it with
# a blank to fill in, never "I'll check and answer by tomorrow". A tag question ("fair, oder?",
# "…, or not?") and "oder so" are no choice.
_NO_CHOICE = (
    r"(?!\s*\?| (?:nicht|so|was|wie|wo|wann|warum|what|not|so|something|anything|else|no)\b)"
)
CHOICE = (
    shape(
        "oder| or ",
        r"(?:^|[.!?\n])[^.!?\n]*\w[^.!?\n]*\b(?:oder|or)\b"
        + _NO_CHOICE
        + r"[^.!?\n]*\w[^.!?\n]*\?",
    ),
)

# A prospective client asks whether the user has room for them ("do you have capacity from
# January?", "are you taking on new clients?", „Haben Sie noch Kapazitäten?“): the user says
# yes or no (blank) and offers a short call.
# A capacity question for a small task of a running client ("capacity for a quick edit?") is no
# enquiry: the question must name when (a month, a season, "at the moment") or new clients.
_MONTHS = (
    r"januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|"
    r"january|february|march|june|july|october|december"
)
_FROM_WHEN = (
    rf"\b(?:ab|im|in|from|starting|for) (?:(?:dem|the) )?(?:{_MONTHS}|frühling|frühjahr|sommer|"
    r"herbst|winter|spring|summer|autumn|fall|winter|(?:the )?new year|next (?:year|month|quarter)"
    r"|nächste\w* (?:jahr|monat|quartal))\b|\b(?:at the moment|currently|right now|derzeit|"
    r"aktuell|momentan|zurzeit)\b"
)
_IN_MONTH = (
    rf"\b(?:ab|im|in|from|starting|for|during) (?:(?:dem|the) )?(?:(?:early|late|mid)[- ])?"
    rf"(?:{_MONTHS}|frühling|frühjahr|sommer|herbst|spring|summer|autumn|(?:the )?new year"
    r"|next (?:year|month|quarter)|nächste\w* (?:jahr|monat|quartal))\b"
)
# "Do you have availability in March for a product shoot?", „Sind Sie im August verfügbar?“: a
# month or a season named – not a call or a meeting (`scheduling`), not a date of a running job
_NOT_A_MEETING = (
    r"(?![^.!?\n]*\b(?:telefonat|anruf|call|treffen|besprechung|meeting|zoom|termin|gespräch"
    r"|chat|catch[ -]up)\w*)"
)
CAPACITY_MONTH = (
    shape(
        "hast du|haben sie|habt ihr|hättest du|hätten sie|bist du|sind sie|seid ihr|wärst du|"
        "wären sie",
        r"\b(?:hast du|haben sie|habt ihr|hättest du|hätten sie)\b" + _NOT_A_MEETING
        + rf"[^.!?\n]{{0,30}}?(?:{_IN_MONTH})[^.!?\n]{{0,30}}?\b(?:zeit|luft|platz)\b"
        r"[^.!?\n]{0,80}\?"
        r"|\b(?:bist du|sind sie|seid ihr|wärst du|wären sie)\b" + _NOT_A_MEETING
        + rf"[^.!?\n]{{0,30}}?(?:{_IN_MONTH})[^.!?\n]{{0,30}}?\b(?:verfügbar|frei|buchbar)\b"
        r"[^.!?\n]{0,80}\?",
    ),
    shape(
        "availab|free|time|room",
        r"\b(?:do you have|have you got|are you|would you be|any)\b" + _NOT_A_MEETING
        + r"[^.!?\n]{0,20}?\b(?:availability|available|free|time|room)\b[^.!?\n]{0,30}?(?:"
        + _IN_MONTH + r")[^.!?\n]{0,80}\?",
    ),
)
CAPACITY = (
    *CAPACITY_MONTH,
    shape(
        "kapazit|neue kund|neue auftr|capacity|taking on|room for",
        rf"\b(?:freie )?kapazität\w*[^.!?\n]{{0,80}}?(?:{_FROM_WHEN})[^.!?\n]{{0,40}}\?"
        rf"|(?:{_FROM_WHEN})[^.!?\n]{{0,80}}?\bkapazität\w*[^.!?\n]{{0,40}}\?"
        r"|\bneue (?:kund\w*|aufträge|projekte)\b[^.!?\n]{0,60}\?",
        rf"\bcapacity\b[^.!?\n]{{0,80}}?(?:{_FROM_WHEN})[^.!?\n]{{0,40}}\?"
        rf"|(?:{_FROM_WHEN})[^.!?\n]{{0,80}}?\bcapacity\b[^.!?\n]{{0,40}}\?"
        r"|\btaking on (?:any |new |more )?(?:clients|customers|projects)\b[^.!?\n]{0,60}\?"
        r"|\broom for (?:a |one |another )?new (?:client|project)s?\b[^.!?\n]{0,60}\?",
    ),
)

# A go-ahead in a longer message that also reports a payment („Angebot passt, legen Sie los. Die
# Anzahlung ist angewiesen“): the go-ahead is what to answer.
GO_AHEAD_PAID = requiring("|".join(f"(?:{one._source})" for one in GO_AHEAD), ALREADY_PAID)

# A notice that ends warmly („danke dir für alles“, "it's been great", „hat nichts mit Ihrer
# Arbeit zu tun“): thank back for the kind words, then what the notice needs.
_WARM_DE = (
    r"\bdanke\w* (?:dir |ihnen |euch )?(?:\w+ )?für alles\b|\bschöne zeit\b|\bnichts mit "
    r"(?:deiner|ihrer|eurer) arbeit zu tun\b|\bimmer (?:sehr )?zufrieden\b|\bgern(?:e)? mit "
    r"(?:dir|ihnen|euch) (?:zusammen)?gearbeitet\b"
)
_WARM_EN = (
    r"\bthanks? (?:you )?(?:so much |again |very much )?for everything\b|\bappreciated "
    r"(?:everything|all your|your work)\b|\bit'?s been (?:great|a pleasure|lovely|brilliant)\b"
    r"|\bnothing to do with (?:your|the quality of your) work\b|\b(?:loved|enjoyed) working with "
    r"you\b"
)
NOTICE_WARM = requiring(
    translated(f"{_WARM_DE}|{_WARM_EN}"),
    NOTICE,
)


# --- sixth round ---------------------------------------------------------------------------------

# The client confirms a day or a time already agreed („Passt, danke! Dann Donnerstag um 10“,
# "Got it, thanks. Talk Tuesday.", "Tuesday at 3 then"): confirm it in one line – praise-style
# thanks ("kind words") would skip the appointment. Not with a question or a request, nor with
# praise for the work (`thanks` answers that), nor with pushback.
_PRAISE = (
    r"\bgefällt\w*|\bgefallen\b|\bbegeistert\b|\bgelungen\b|\bwunderschön\b|\bschön geworden\b"
    r"|\bgroßartig\w*|\bfantastisch\w*|\bloved?\b|\bamazing\b|\bbeautiful\b|\bstunning\b"
    r"|\bimpressed\b|\bgreat (?:work|job)\b|\blooks? (?:great|amazing|perfect|fantastic)\b"
    r"|\btolle arbeit\b|\bsuper arbeit\b|\bnailed\b|\bbrilliant\b|\bgorgeous\b|\bexcellent\b"
)
_AGREED_WHEN_DE = _MEET_WHEN_DE + r"|\b(?:morgen|übermorgen)\b|\b\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?"
_AGREED_WHEN_EN = (
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tmrw)\b"
    r"|\b(?:at|around) \d{1,2}(?::\d\d)?\b|\b\d{1,2}(?::\d\d)? ?(?:am|pm)\b|\bnext week\b"
)
_NOT_DENIED = r"(?![^.!?\n]{0,20}\b(?:nicht|not|doesn'?t|don'?t|won'?t|can'?t)\b)"
CONFIRMS_TIME = (
    shape(
        "dann|uns|bleibt|passt|geht klar|notiert|eingetragen|gebucht|steht|abgemacht",
        rf"^(?![\s\S]*(?:{_PRAISE}))" + _NO_PUSHBACK_NOR_REQUEST[1:]
        + r"(?:\bdann (?:also |eben |halt |wie besprochen )?(?:bis |am |um |ab )?(?:"
        + _AGREED_WHEN_DE + r")"
        r"|\b(?:sehen|hören|sprechen|treffen|lesen) (?:wir )?uns (?:\w+ ){0,2}(?:am |um )?(?:"
        + _AGREED_WHEN_DE + r")"
        r"|\b(?:es )?bleibt(?: es)? (?:also )?(?:bei|beim) (?:\w+ ){0,2}(?:"
        + _AGREED_WHEN_DE + r")|(?:" + _AGREED_WHEN_DE + r")[^.!?\n]{0,25}?\b(?:passt|geht klar"
        r"|ist notiert|ist eingetragen|ist gebucht|steht|abgemacht)\b" + _NOT_DENIED + ")",
    ),
    shape(
        "talk|speak|see you|chat|catch you|meet|then|it is|works|suits|fine|good|confirmed",
        rf"^(?![\s\S]*(?:{_PRAISE}))" + _NO_PUSHBACK_NOR_REQUEST[1:]
        + r"(?:\b(?:talk|speak|see you|chat|catch you|meet you|see everyone)(?: (?:to you|then"
        r"|again|all))?(?: on| at| next)? (?:" + _AGREED_WHEN_EN + r")"
        r"|(?:" + _AGREED_WHEN_EN + r")(?: (?:at|around) \d{1,2}(?::\d\d)? ?(?:am|pm)?)?(?: is)? "
        r"(?:then|it is|works|suits|is fine|is good|is perfect|is great|confirmed)\b"
        + _NOT_DENIED + ")",
    ),
)

# The client asks to move a call or a meeting that was planned, with no new day or time named
# („Können wir den Call auf nächste Woche schieben?“, "can we push our meeting, I'm sick"): glad
# to, a new time asked for – no "a call is a good idea". A new day or time named is
# `proposes_time`, tried first. Unwell (`postpone_unwell`): get well soon; another reason given
# (`postpone_reason`): all the best in the meantime.
_MEETING_WORD = (
    r"\b(?:telefonat|anruf|call|treffen|besprechung|meeting|zoom|videocall|termin|gespräch"
    r"|session|appointment|catch[ -]up|chat|shooting|shoot|workshop)\w*"
)
_POSTPONE = (
    shape(
        "schieb|verleg|umleg|hinten",
        r"\b(?:verschieben|schieben|verlegen|umlegen|verschoben|verlegt|nach hinten)\b",
    ),
    shape(
        "push|move|postpone|reschedul|bump|shift|put off|rain check|raincheck",
        r"\b(?:push|move|postpone|reschedule|bump|shift|put off)(?:d|s|ing)?\b(?! (?:it |this |"
        r"that |the \w+ )?(?:up|forward|earlier)\b)|\brain ?check\b",
    ),
)
_UNWELL = (
    r"\bkrank\w*|\berkält\w*|\bgrippe\w*|\bfieber\w*|\bmigräne\b|\barzt\w*|\bcorona\b|\bcovid\b"
    r"|\bsick\b|\bill\b|\bunwell\b|\bflu\b|\bfever\b|\bmigraine\b|\bdoctor\b|\bunder the weather\b"
)
_REASON_GIVEN = (
    r"\b(?:bei mir|bei uns|ich bin|ich habe|ich hab|wir sind|wir haben|mir ist|weil|da ich|da wir"
    r"|wegen|leider|i'm|i am|i've|i have|we're|we are|we've|we have|because|as i|since i|due to"
    r"|something came up|something's come up|family|familie)\b"
)
_POSTPONE_MEETING = requiring(translated(_MEETING_WORD), _POSTPONE)
POSTPONE_UNWELL = requiring(translated(_UNWELL), _POSTPONE_MEETING)
POSTPONE_REASON = requiring(translated(_REASON_GIVEN), _POSTPONE_MEETING)
POSTPONE = _POSTPONE_MEETING

# The client will be away and names who approves meanwhile („Freigaben macht in der Zeit Frau
# Keller“, "Sam will sign off anything urgent while I'm away"): approvals in that time go through
# the stand-in.
_APPROVALS = (
    r"\bfreigab\w*|\bfreigeben\b|\babnahme\w*|\babnehmen\b|\babsegnen\b|\bentscheid\w*"
    r"|\bapprov\w*|\bsign(?:s|ing)? off\b|\bsign-off\w*|\bdecisions?\b"
)

# The client picks one of the options offered („Wir nehmen Variante B“, „Wir entscheiden uns
# für den zweiten Entwurf“, "Happy to go with option B"): the choice is confirmed and what comes
# next is said – no "I'll look at what this means". A question is no choice made.
_OPTION_DE = (
    r"(?:variante|option|version|vorschlag|entwurf|paket|konzept|layout|farbvariante)"
    r"(?: (?:[a-h]|\d{1,2}|eins|zwei|drei|vier))?\b"
)
_ORDINAL_DE = r"(?:erste|zweite|dritte|vierte|letzte|linke|rechte|mittlere)n?"
_OPTION_EN = (
    r"(?:option|variant|version|proposal|draft|package|concept|layout|design|mock-?up|route)"
    r" (?:[a-h]|\d{1,2}|one|two|three|four)\b"
)
_ORDINAL_EN = r"(?:first|second|third|fourth|last|left|right|middle)"
OPTION_CHOSEN = (
    shape(
        "nehmen|nehme|entscheid|gehen mit|bleiben bei|wird|hätten gern|hätte gern|gewinnt|"
        "favorit|machen wir",
        r"\b(?:wir nehmen|ich nehme|nehmen wir|nehme ich|wir hätten gern|ich hätte gern"
        r"|(?:wir entscheiden|ich entscheide|entscheiden wir) (?:uns|mich) für|(?:wir gehen|gehen"
        r" wir) mit|(?:wir bleiben|bleiben wir) bei|(?:es wird|unser favorit ist|mein favorit ist))"
        r" (?:die |den |das |der |dem |doch |dann |also |lieber )*(?:" + _ORDINAL_DE + r" )?"
        + _OPTION_DE + _NOT_ASKED,
        r"\b(?:variante|option|version|vorschlag|entwurf|paket) (?:[a-h]|\d{1,2})\b (?:\w+ ){0,2}"
        r"(?:nehmen wir|machen wir|soll es sein|gewinnt|ist unser favorit|ist es)\b" + _NOT_ASKED,
    ),
    shape(
        "go with|going with|take|choose|chose|pick|prefer|opt|settle|decided|vote|let's do|"
        "it is|wins|the one",
        r"\b(?:go with|going with|we'll take|i'll take|we take|choose|chose|pick|picked|prefer"
        r"|opt for|opted for|settle on|settled on|decided on|decided to go with|vote for"
        r"|voted for|let'?s do|let'?s go with|we'?d like|we want|happy with) (?:the )?(?:"
        + _ORDINAL_EN + r" (?:option|version|draft|design|proposal|one)\b|" + _OPTION_EN + r")"
        + _NOT_ASKED,
        r"\b" + _OPTION_EN + r" (?:it is|please|for us|wins|is the one|is our favou?rite)\b"
        + _NOT_ASKED,
    ),
)

# The client has sent logins, files or access and says so („Zugangsdaten sind gerade per Mail
# raus“, "I've shared the folder with you", "logins are in your inbox"): thanks; you check that
# everything is there and say if anything is missing. Only something already sent: "I'll send"
# is `sends_later`.
_SENT_ITEMS_DE = (
    r"(?:zugangsdaten|zugänge|zugang|logins?|passwörter|passwort|dateien?|unterlagen|fotos?"
    r"|bilder|bild|texte|materialien|material|logos?|ordner|link|daten|rohdaten|belege|freigabe"
    r"|dokumente?|scans?|rechnungen|kontoauszüge|\w+dateien)"
)
_SENT_ITEMS_EN = (
    r"(?:logins?|credentials|passwords?|access|files|folder|link|photos|images|documents|assets"
    r"|materials|invite|invitation|receipts|details)"
)
HANDED_OVER = (
    shape(
        "raus|unterwegs|verschickt|geschickt|gesendet|hochgeladen|geteilt|freigegeben|gemailt|"
        "weitergeleitet|postfach|ordner|dropbox|drive|cloud|sharepoint|share",
        r"\b" + _SENT_ITEMS_DE + r"\b[^.!?\n]{0,40}?\b(?:sind|ist) (?:\w+ ){0,4}(?:raus|unterwegs"
        r"|verschickt|geschickt|gesendet|hochgeladen|geteilt|freigegeben|in (?:deinem|ihrem|eurem)"
        r" postfach)\b",
        r"\b(?:habe|hab|haben) (?:ich |wir )?(?:dir|ihnen|euch) (?:\w+ ){0,4}" + _SENT_ITEMS_DE
        + r"\b (?:[\w-]+ ){0,6}(?:geschickt|gesendet|gemailt|geteilt|hochgeladen|freigegeben"
        r"|weitergeleitet)\b",
        # „Die Belege für März liegen jetzt im geteilten Ordner“, „die Fotos sind in der Dropbox“
        r"\b" + _SENT_ITEMS_DE + r"\b[^.!?\n]{0,40}?\b(?:liegen|liegt|sind|ist) (?:jetzt |nun "
        r"|schon |bereits |alle )*(?:im|in der|in dem|in unserem|in unserer|in deinem|in ihrem"
        r"|auf dem|auf der) (?:\w+ )?(?:ordner|dropbox|drive|cloud|sharepoint|share|teams-ordner"
        r"|projektordner|postfach)\b(?![^.!?\n]*\?)",
    ),
    shape(
        "sent|shared|emailed|uploaded|forwarded|inbox|on its way|on their way|folder|drive|"
        "dropbox|sharepoint|cloud",
        r"\b(?:i'?ve|i have|we'?ve|we have|just|i|we) (?:just |already )?(?:sent|shared|emailed"
        r"|uploaded|forwarded)(?: (?:you|over|across|through|it|them))* (?:\w+ ){0,3}"
        + _SENT_ITEMS_EN + r"\b",
        r"\b" + _SENT_ITEMS_EN + r"\b (?:\w+ ){0,3}(?:are|is|have been|has been|should be) "
        r"(?:now |just )?(?:sent|shared|in your inbox|on (?:its|their) way|uploaded|with you)\b",
        # "the March receipts are now in the shared folder", "photos are up on the Drive"
        r"\b" + _SENT_ITEMS_EN + r"\b (?:\w+ ){0,3}(?:are|is) (?:now |all |already )*(?:up )?"
        r"(?:in|on) (?:the|our|your) (?:shared |project |team )?(?:folder|drive|dropbox"
        r"|sharepoint|google drive|cloud)\b(?![^.!?\n]*\?)",
    ),
)

# The invoice lacks a detail the client's accounts need (payment_issue's `invoice_details`), in a
# message read as ordinary: only where the invoice is named – „die neue Adresse ins Impressum
# eintragen“ is a task.
INVOICE_DETAILS_NAMED = requiring(
    translated(r"\brechnung\w*|\binvoice\w*|\bbilling\b|\bgutschrift\w*|\bbill\b"), INVOICE_DETAILS
)

# The client asks for the user's own tax number or bank details („Können Sie mir Ihre
# USt-IdNr. schicken?“, "what's your VAT number?", "please send your bank details"): the user
# gives them – a blank to fill in, never "I'll check and answer by tomorrow".
_ASKS_FOR = (
    r"\?|\b(?:bitte|schick\w*|send\w*|mitteil\w*|nennen|geben|brauch\w*|bräucht\w*|benötig\w*|fehl\w*"
    r"|please|pls|need\w*|share|provide|what'?s|what is|could you|can you)\b"
)
_YOUR_DE = r"\b(?:ihre|deine|eure|ihrer|deiner|eurer|ihren|deinen|euren|ihr|dein|euer)\b (?:\w+ )?"
DETAILS_TAX = requiring(
    translated(_ASKS_FOR),
    (
        shape(
            "ust|umsatzsteuer|steuer|uid|mwst",
            _YOUR_DE + r"(?:ust-?id\w*|ust-?idnr\w*|umsatzsteuer-?id\w*|steuernummer|steuer-?nr\w*"
            r"|steuer-?id\w*|uid-?nummer|mwst-?nr\w*)",
        ),
        shape(
            "vat|tax|gst|abn|utr",
            r"\byour (?:\w+ )?(?:vat|tax|gst|abn|utr)(?: registration)? ?(?:no\b\.?|number|id\b|reg"
            r"\w*)?",
        ),
    ),
)
DETAILS_BANK = requiring(
    translated(_ASKS_FOR),
    (
        shape(
            "bank|konto|iban|bic",
            _YOUR_DE + r"(?:bankverbindung|bankdaten|kontodaten|kontoverbindung|iban|kontonummer"
            r"|bic)\b",
        ),
        shape(
            "bank|account|iban|sort code|routing|payment details",
            r"\byour (?:\w+ )?(?:bank (?:details|account|info\w*)|account (?:details|number)|iban"
            r"|sort code|routing number|payment details)\b",
        ),
    ),
)

# --- termination, sixth round --------------------------------------------------------------------

# The client ends it and asks for what exists („schicken Sie uns, was Sie bisher haben“, "please
# stop work and send over whatever you've got"): work stops now, what exists is sent by a day
# you name, the final invoice covers the work done. A future end date is a notice, tried first
# where it names the handover; here it keeps the notice kinds.
_SEND_WHAT_EXISTS = (
    shape(
        "schick|send|zukommen",
        r"\b(?:schick|send|schicken sie|senden sie|lass|lassen sie)\w* (?:mir|uns) (?:bitte )?"
        r"(?:noch )?(?:\w+ ){0,2}(?:alles|das|die \w+|den \w+)?,? ?(?:was|wie) (?:sie|du|ihr) "
        r"(?:bisher|bis jetzt|bis dahin|schon|so weit|soweit)\b",
        r"\b(?:schick|send|schicken sie|senden sie)\w* (?:mir|uns) (?:bitte )?(?:noch )?(?:den "
        r"(?:bisherigen|aktuellen|jetzigen) stand|das bisherige|alles bisherige|die bisherigen "
        r"\w+|alles bis (?:jetzt|dahin) \w+)\b",
    ),
    shape(
        "send",
        r"\bsend (?:me |us )?(?:over |across |back )?(?:whatever|what|everything|all) "
        r"(?:you(?:'ve| have| got| did)|(?:you )?(?:have )?(?:done|finished|completed) so far"
        r"|so far|there is)\b",
        r"\bsend (?:me |us )?(?:over |across )?(?:the|your) (?:\w+ )?(?:files|work|drafts?|"
        r"chapters|material|pages) (?:so far|you(?:'ve| have)(?: done| got)?)\b",
    ),
)
STOP_AND_SEND = unless("|".join(f"(?:{one._source})" for one in NOTICE), _SEND_WHAT_EXISTS)


# The client will be away and names who approves meanwhile („Freigaben macht in der Zeit Frau
# Keller“, "approvals go through Sam while I'm off"): approvals in that time go to the stand-in.
AWAY_APPROVALS = requiring(translated(_APPROVALS), AWAY_COVER)


# --- seventh round -------------------------------------------------------------------------------

# The client asks where or how to send something („Wohin soll ich die Zugangsdaten schicken?“,
# "where should I send the logins?", "how do you want the files – email or Drive?"): the client
# is the sender; the user answers (the `choice` blank), never "you'll get it from me today".
WHERE_TO_SEND = (
    shape(
        "wohin|an wen|an welche|wie|auf welche|über welche|per",
        r"\b(?:wohin|an wen|an welche \w+|wie|auf welchem weg|über welchen \w+|per was) "
        r"(?:soll|sollen|darf|dürfen|kann|können) (?:ich|wir) (?:\w+ ){0,6}(?:schicken|senden"
        r"|mailen|hochladen|teilen|übermitteln|weiterleiten|geben|zukommen lassen)\b"
        r"[^.!?\n]{0,40}\?",
        r"\b(?:wohin|an wen|wie) (?:schicke|sende|maile|lade) (?:ich|wir) (?:\w+ ){0,6}\?",
    ),
    shape(
        "where|who|whom|how|which",
        r"\b(?:where|who|whom|how|which (?:email|address|channel|folder|platform)) (?:should|shall"
        r"|do|can|would you like|do you want|would you prefer) (?:i|we|me to|us to)? ?(?:\w+ ){0,6}"
        r"(?:send|email|share|upload|forward|drop|give)\b[^.!?\n]{0,40}\?",
    ),
)

# A payment reported together with a question to the user („Überweisung ist raus – können Sie
# mit dem nächsten Teil anfangen?“, "paid yesterday, can you start the next batch now?"): the
# question is answered (a blank), the payment confirmed once it is in.
_DIRECT_QUESTION = (
    r"\b(?:können sie|könnten sie|kannst du|könntest du|können wir|geht es|geht das|passt es"
    r"|haben sie|hast du|wann|can you|could you|would you|will you|are you|do you|can we|could we"
    r"|when|is it ok|is that ok)\b[^.!?\n]{0,120}\?"
)
PAID_QUESTION = requiring(translated(_DIRECT_QUESTION), ALREADY_PAID)


# --- eighth round --------------------------------------------------------------------------------

# The client has sent something and asks whether it arrived („bitte kurz bestätigen, dass alles
# angekommen ist“, „Hast du meine Mail bekommen?“, "please confirm you received it", "did you get
# the files I sent?"): the answer is a short blank, then you go through it. Something still to be
# sent ("confirm when it arrives") is `confirm_receipt`; a payment („Zahlung erhalten?“) is
# answered by the payment kinds, tried first.
_RECEIVED_DE = r"(?:angekommen|erhalten|bekommen|eingegangen|gekriegt)"
_RECEIVED_THING_DE = (
    r"(?:mail|e-mail|nachricht|datei\w*|unterlagen|dokument\w*|anhang|anhänge|fotos?|bilder|texte?"
    r"|link|belege|zugangsdaten|paket|sendung|\w+dateien|\w+liste|alles|es|sie)"
)
_MONEY_SENT = translated(
    r"\b(?:zahlung\w*|überweisung\w*|\w*betrag|geld|anzahlung|payment\w*|transfer\w*|money"
    r"|deposit|funds)\b"
)
RECEIVED_CHECK = unless(_MONEY_SENT, (
    shape(
        "angekommen|erhalten|bekommen|eingegangen|gekriegt",
        r"\b(?:bestätig\w*|bescheid|sag\w* (?:mir|uns) (?:\w+ )?(?:kurz )?)\b[^.!?\n]{0,30}"
        r"\b(?:ob|dass) (?:\w+ ){0,4}" + _RECEIVED_DE + r"\b",
        r"\b(?:ist|sind) (?:die |der |das |meine |unsere )?(?:\w+ )?" + _RECEIVED_THING_DE
        + r" (?:\w+ ){0,3}(?:gut |heil |richtig )?(?:angekommen|eingegangen)\b[^.!?\n]{0,30}\?",
        r"\b(?:hast du|haben sie|habt ihr) (?:\w+ ){0,3}" + _RECEIVED_THING_DE
        + r"\b (?:\w+ ){0,4}(?:erhalten|bekommen|gekriegt)\b[^.!?\n]{0,30}\?",
    ),
    shape(
        "receiv|got|get|arriv|came through|come through|land",
        # not "let me know when you've got time for a call"
        r"\b(?:confirm|let (?:me|us) know|tell (?:me|us))\b (?:that |if |whether )?"
        r"(?:you(?:'ve| have)?|it(?:'s| has)?|they(?:'ve| have)?|everything(?:'s| has)?) (?:\w+ )?"
        r"(?:received|got|arrived|came through|landed)\b(?! (?:time|a|an|any|some|capacity|room"
        r"|availability|space|round)\b)",
        r"\b(?:confirm|acknowledge) (?:\w+ )?receipt\b",
        r"\b(?:did|have) you (?:\w+ )?(?:get|got|receive|received) (?:my|the|our|both|all|them|it)"
        r"\b[^.!?\n]{0,60}\?",
        r"\b(?:did|has|have) (?:it|they|the \w+|my \w+|our \w+|everything) (?:\w+ )?(?:arrive"
        r"|arrived|come through|came through|land|landed)\b[^.!?\n]{0,30}\?",
    ),
))

# An invoice question that offers two answers („an mich oder an die Firma?“, "to me or to the
# company?", „per Post oder per Mail?“): the user picks one (`choice`), nothing is sent yet.
INVOICE_REQUEST_NO_CHOICE = unless(
    r"\b(?:rechnung\w*|invoice\w*)\b[^.!?\n]*\b(?:oder|or)\b(?!\s*\?| (?:nicht|so|was|not"
    r"|something|anything|else)\b)[^.!?\n]*\w[^.!?\n]*\?",
    INVOICE_REQUEST,
)

# The client warns it will go elsewhere unless something is done by a date („wenn der Shop bis
# Monatsende nicht online ist, suchen wir uns jemand anderen“, "if the store isn't live by the end
# of the month we'll look for someone else"): the date is taken up and a plan to meet it promised –
# never "what I'm changing", which presumes a fault the message may not name.
_BY_DATE = (
    r"\b(?:bis|by|until|before) (?:zum |zur |spätestens |the )?(?:(?:ende|end|anfang|mitte|start)"
    r"\b|monatsende|\w+tag\b|nächste\w*|next|\d|(?:montag|dienstag|mittwoch"
    r"|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)\b)"
)
_DONE_WORD = (
    r"\b(?:fertig|online|live|da|erledigt|geliefert|abgeschlossen|steht|läuft|done|finished"
    r"|ready|delivered|launched|up|running|sorted|fixed|working)\b"
)
THREAT_DEADLINE = requiring(
    translated(r"(?:" + _BY_DATE + r")[^.!?\n]{0,40}" + _DONE_WORD
               + r"|" + _DONE_WORD + r"[^.!?\n]{0,20}" + _BY_DATE),
    THREAT,
)

# --- termination: a handover named without a verb of "Sie"/"du" („Zugangsdaten bitte bis
# Freitag zurücksetzen und alles übergeben“): the handover is prepared as described.
HANDOVER_NAMED_BARE = (
    shape(
        "übergeben|zurücksetzen|schicken|senden|zukommen",
        r"\b" + r"(?:zugänge|zugangsdaten|passwörter|logins?|dateien|quelldateien|unterlagen|daten"
        r"|entwürfe|ordner|kalender|redaktionsplan|belege|alles)" + r"\b[^.!?\n]{0,40}\bbitte\b"
        r"[^.!?\n]{0,40}\b(?:übergeben|zurücksetzen|schicken|senden|zukommen lassen)\b",
        r"\bbitte\b[^.!?\n]{0,40}\b(?:alles|sämtliche \w+|alle \w+) (?:\w+ ){0,2}(?:übergeben"
        r"|zukommen lassen)\b",
    ),
    shape(
        "hand over|handover|reset|send over",
        r"\bplease (?:\w+ ){0,4}(?:reset|hand over|send over) (?:\w+ ){0,3}(?:logins?|passwords?"
        r"|access|credentials|everything|all (?:the )?files)\b",
    ),
)

# Notice with an end date and such a handover: until then as agreed, the handover as described.
NOTICE_HANDOVER_BARE = requiring(
    "|".join(f"(?:{one._source})" for one in NOTICE), HANDOVER_NAMED_BARE
)

# --- scope_creep: a new order, not an extra squeezed in ------------------------------------------

# The client asks whether you also offer a service („Machen Sie auch Übersetzungen?“, „Bietest du
# auch Lektorat an?“, "do you also do logos?") or wants the same work again for another site,
# account or brand („das Gleiche bitte auch für unseren zweiten Standort“, "could you do the same
# for our other store?"): a new order – yes, and a quote; nothing about "beyond what we agreed".
# Not "can you also do the header" (`extra_work`): the service question has no article.
_OTHER_TARGET_DE = (
    r"(?:zweite[nm]?|andere[nm]?|neue[nm]?|weitere[nm]?|nächste[nm]?|dritte[nm]?) (?:\w+ )?"
    r"(?:standort|filiale|shop|account|konto|kanal|website|webseite|seite|marke|firma|praxis"
    r"|kunden|kundin|projekt|laden|restaurant|hotel|salon|buch|band|unternehmen|podcast)\w*"
)
_OTHER_TARGET_EN = (
    r"(?:second|other|new|another|sister|third|next) (?:\w+ )?(?:site|location|store|shop|account"
    r"|channel|website|brand|company|branch|practice|client|business|restaurant|hotel|salon|book"
    r"|podcast|property|venue|office)s?"
)
NEW_ORDER = (
    shape(
        "auch|gleiche|selbe|genauso|genau so|nochmal|noch mal",
        r"\b(?:machen sie|machst du|macht ihr|bieten sie|bietest du|bietet ihr|übernehmen sie"
        r"|übernimmst du) (?:eigentlich )?auch (?!(?:den|die|das|dem|der|noch|gleich|mit|schnell"
        r"|kurz|es|sie|ihn|diese\w*|unsere\w*|meine\w*)\b)\w[^.!?\n]{0,50}\?",
        r"\b(?:das gleiche|das selbe|dasselbe|dieselbe\w*|genau ?so\w*|so etwas|sowas|das (?:ganze"
        r" )?(?:nochmal|noch mal|auch))\b[^.!?\n]{0,40}\bfür (?:unsere\w*|meine\w*|die|den|das|eine"
        r"\w*|ihre\w*) " + _OTHER_TARGET_DE + r"\b",
    ),
    shape(
        "do you also|do you do|do you offer|do you handle|same|again",
        r"\bdo you (?:also |ever |happen to )?(?:do|offer|handle|provide|take on) (?!(?:the|this"
        r"|that|it|them|our|my|these|those)\b)\w[^.!?\n]{0,40}(?:\balso\b|\bas well\b|\btoo\b)?"
        r"[^.!?\n]{0,20}\?",
        r"\b(?:the same|same (?:thing|again)|this again|that again|something similar)\b"
        r"[^.!?\n]{0,40}\bfor (?:our|my|the|a|their) " + _OTHER_TARGET_EN + r"\b",
    ),
)
