"""Phrase shapes of the situations about time and availability: boundary_overstep,
urgent_pressure, delay_complaint and scope_creep."""

from __future__ import annotations

from bot.coach.incidents.shape import GAP, requiring, shape, translated, unless

# --- shared by boundary_overstep and urgent_pressure ---------------------------------------------

# The client wants work over the weekend. A Saturday or Sunday that is only a deadline („bis
# Sonntag“, "by Sunday", "before the weekend") is no weekend work (`deadline`), and neither is a
# bare Saturday or Sunday in a message that also names a working day before it ("send it Friday,
# the event is on Saturday"): there the weekday is the date, the weekend only the occasion. A
# Monday is no such date: work due on Monday („Montag früh ist Pitch“, "before Monday's pitch") is
# done over the weekend. "It's Saturday" („ich weiß, es ist Samstag“) says the weekend is now.
_NO_WORKDAY = (
    r"^(?![\s\S]*\b(?:dienstag|mittwoch|donnerstag|freitag|tuesday|wednesday|"
    r"thursday|friday)s?\b)[\s\S]*?"
)
_NOT_A_DEADLINE_DE = (
    r"(?<!\bbis )(?<!\bbis zum )(?<!\bbis am )(?<!\bvor dem )(?<!\bspaetestens )(?<!\bspatestens )"
)
_NOT_A_DEADLINE_EN = (
    r"(?<!\bby )(?<!\bbefore )(?<!\buntil )(?<!\btill )(?<!\benjoy )(?<!\bnice )(?<!\bgood )"
    r"(?<!\bgreat )(?<!\blovely )"
)
WEEKEND = (
    shape(
        "wochenende|feiertag",
        r"\b(?:am|übers|über das|dieses|diesem|nächstes|das) wochenende\b|\bfeiertag\w*",
    ),
    shape(
        "samstag|sonntag",
        _NO_WORKDAY + _NOT_A_DEADLINE_DE + r"\b(?:am |diesen |kommenden )?(?:samstag|sonntag)\b",
    ),
    shape(
        "weekend|holiday",
        _NOT_A_DEADLINE_EN + r"\b(?:the|this|over the|on the|next) weekend\b"
        r"|\bbank holiday\b|\bpublic holiday\b",
    ),
    shape(
        "saturday|sunday",
        _NO_WORKDAY + _NOT_A_DEADLINE_EN + r"\b(?:on |this |next )?(?:saturday|sunday)\b",
    ),
    shape(
        "saturday|sunday|samstag|sonntag|weekend|wochenende",
        r"\b(?:it'?s|it is|today is|es ist|heute ist|ist (?:ja|doch|heute))\b (?:ja |doch |schon |"
        r"eigentlich |now |already |technically )?(?:saturday|sunday|samstag|sonntag|"
        r"(?:the )?weekend|wochenende)\b",
    ),
)

# The client wants something tonight, at night, or outside normal hours.
AFTER_HOURS = (
    shape(
        "abend|nacht|feierabend|mitternacht|spät",
        r"\bheute abend\b|\bheute nacht\b|\bnachts\b|\bin der nacht\b|\bnach feierabend\b"
        r"|\bbis mitternacht\b|\bspät(?:abends|er abend)\b",
    ),
    shape(
        "tonight|night|evening|midnight|after hours|late",
        r"\btonight\b|\bovernight\b|\b(?:at|late at|during the) night\b|\bthis evening\b"
        r"|\bby midnight\b|\bafter hours\b|\blate (?:tonight|this evening)\b",
    ),
)

# Something is broken or down right now: „Notfall“, „geht nichts mehr“, „die Seite ist down“,
# "emergency", "stopped working", "the site is down". The reply is on it and says within the hour
# what can be done. (`_EMERGENCY_WORDS` also turns boundary_overstep's no_reply into that answer.)
_EMERGENCY_DE = (
    r"\bnotfall\w*|\bgeht (?:gar |überhaupt |hier |bei (?:mir|uns) )?nichts mehr\b",
    r"\b(?:funktioniert|funktionieren|läuft|laufen|lädt|laden|startet|starten)\b (?:\w+ ){0,3}?"
    r"(?:gar |überhaupt )?(?:nicht|nichts) mehr\b",
    r"\b(?:ist|sind|war|waren)\b (?:\w+ ){0,4}?(?:down|offline|ausgefallen|abgestürzt|"
    r"abgeschmiert|lahmgelegt|kaputt)\b",
)
_EMERGENCY_EN = (
    r"\bemergenc(?:y|ies)\b",
    r"\bstopped (?:working|loading|responding)\b"
    r"|\b(?:isn'?t|is not|aren'?t|are not|not) (?:working|loading|responding)\b"
    r"(?! (?:on|for|with|out|today|tomorrow|this|next|weekends?|evenings?|nights?)\b)"
    r"|\b(?:hasn'?t|has not|haven'?t|have not) (?:worked|been working)\b(?! (?:on|with)\b)"
    r"|\b(?:doesn'?t|does not|don'?t|do not|won'?t) (?:work|load) (?:anymore|any more|at all)\b"
    r"|\bno longer (?:works|loads)\b|\bnothing (?:works|is working)\b",
    r"\b(?:site|website|server|shop|store|app|system|page|homepage|e-?mail|network|internet|wifi|"
    r"checkout|portal|everything)(?:'s| is| are| went| has gone| was)(?: \w+)? (?:down|offline)\b"
    r"|\b(?:is|are|was|got) (?:\w+ )?(?:broken|crashed)\b|\b(?:has|have|just) crashed\b",
)
EMERGENCY = (
    shape(
        "notfall|nichts mehr|nicht mehr|down|offline|ausgefallen|abgestürzt|abgeschmiert|"
        "lahmgelegt|kaputt",
        *_EMERGENCY_DE,
    ),
    shape(
        "emergenc|working|loading|responding|worked|work|load|works|down|offline|broken|crashed",
        *_EMERGENCY_EN,
    ),
)
# The same words as a condition on another kind's shapes: anywhere in the message.
_EMERGENCY_WORDS = translated("|".join(f"(?:{s})" for s in (*_EMERGENCY_DE, *_EMERGENCY_EN)))

# --- shared by boundary_overstep and delay_complaint ---------------------------------------------

# The complaint is about silence: messages unanswered, not a late delivery.
NO_REPLY = (
    shape(
        "answer|repl|respon|heard|hear back|get back|ignor|silence|ghost|picking up",
        r"\b(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not|don'?t|do not|never|not)\s+"
        r"(?:\w+\s+){0,2}(?:answer\w*|repl\w*|respond\w*|heard back|hear back|got(?:ten)? back|"
        r"get back)\b",
        r"\bno (?:answer|reply|replies|response|word)\b|\bnot (?:answering|replying|responding)\b",
        r"\b(?:nobody|no one|no-one)(?:'s| is)? (?:answering|replying|responding|picking up|"
        r"getting back)\b",
        r"\bignor\w* (?:my|our|me|us)\b|\bradio silence\b|\bghost\w*\b",
    ),
    # "I emailed you yesterday!", "we've called you three times": the contact itself is the
    # complaint, so nothing (no file, no brief) follows before the clause ends.
    shape(
        "mailed|called|messaged|texted|rang|phoned|wrote to|written to|reach|hold of|contact|awol|"
        "finally",
        r"\b(?:i|we)(?:'ve| have| had)? (?:already |just |now )?(?:e-?mailed|called|messaged|"
        r"texted|rang|phoned|wrote to|written to) you\b(?=\s*(?:[.!?,;)]|$|yesterday|twice|again|"
        r"already|several|many|multiple|\w+ times|last|this morning|earlier|on \w+day|"
        r"(?:a|one|two|three|four|five|a few|several|\d+) (?:days?|weeks?|times|hours?)|days|weeks|"
        r"hours|ages))",
        r"\b(?:i|we)(?:'ve| have)? (?:been )?(?:trying|tried) to (?:reach|get hold of|contact) "
        r"you\b",
        r"\bawol\b",
        r"\bfinally\b" + GAP + r"\b(?:respond|reply|replie|answer|get back|got back|hear from|"
        r"heard from)\w*",
    ),
    shape(
        "antwort|rückmeld|reaktion|meldest|melden|meldet|ignorier|funkstille|reagier",
        r"\b(?:keine|null|nie eine|noch keine) (?:antwort|rückmeldung|reaktion)\b",
        r"\b(?:antwortest|antworten sie|antwortet|meldest|melden sie sich|meldet|reagierst|"
        r"reagieren sie|reagiert)\b(?:\s+\w+){0,3}\s+(?:nicht|nie|einfach nicht|gar nicht)\b",
        r"\b(?:du|sie|ihr)\s+(?:antwortest|antworten|antwortet|meldest dich|melden sich|"
        r"meldet euch|reagierst|reagieren|reagiert)\b(?:\s+\w+){0,3}\s+(?:nicht|nie)\b",
        r"\bignorier\w*|\bfunkstille\b",
    ),
    # The phone goes unanswered: „warum gehst du nicht ans Handy?“, "why aren't you picking up?"
    shape(
        "gehst du|gehen sie|geht ihr|phone|picking up|pick up",
        r"\b(?:gehst du|gehen sie|geht ihr) (?:\w+ ){0,2}?nicht (?:ans (?:handy|telefon)|ran)\b",
        r"\bwhy (?:is|was) your phone (?:\w+ )?off\b|\bwhy (?:aren'?t|don'?t|didn'?t|won'?t) "
        r"you pick(?:ing)? up\b",
    ),
    # „Ich habe Ihnen gestern geschrieben!“, „ich hab dich dreimal angerufen“, „endlich meldest
    # du dich“: the clause ends with the contact, nothing (no file, no brief) follows it.
    shape(
        "geschrieben|gemailt|geschickt|angerufen|erreich|endlich",
        r"\b(?:ich|wir) (?:habe|hab|haben|hatte|hatten) (?:dir|ihnen|euch) (?:\w+ ){0,4}?"
        r"(?:geschrieben|gemailt|eine (?:e-?mail|mail|nachricht) geschickt)\s*(?=[.!?)]|$)",
        r"\b(?:ich|wir) (?:habe|hab|haben|hatte|hatten) (?:dich|sie|euch) (?:\w+ ){0,4}?"
        r"angerufen\b",
        r"\b(?:habe|hab|haben) (?:dich|sie|euch) (?:\w+ ){0,3}?(?:nicht|nie) erreicht\b|"
        r"\b(?:versucht|probiert),? (?:dich|sie|euch) (?:\w+ )?zu erreichen\b",
        r"(?:^|[.!?,;:…]\s*)(?:hab|habe|haben) (?:dich |sie |euch |dir |ihnen )?(?:\w+ ){0,3}?"
        r"(?:angerufen|geschrieben|gemailt)\s*(?=[.!?,;)😤]|$)",
        r"\bendlich (?:meldest du dich|melden sie sich|meldet ihr euch|antwortest|antworten sie|"
        r"eine antwort)\b|\b(?:meldest du dich|melden sie sich|antwortest du|antworten sie) "
        r"(?:auch )?(?:mal )?endlich\b",
    ),
)

# --- boundary_overstep ---------------------------------------------------------------------------

# Personal errands, or being treated like household staff: coffee runs, dry cleaning, children.
PERSONAL_ERRANDS = (
    shape(
        "kaffe|tee|essen|brötchen|frühstück|snack|zigarette|blumen",
        r"\b(?:hol|bring|besorg)\w* (?:mir|uns) (?:\w+ ){0,3}"
        r"(?:kaffee?|tee|mittagessen|essen|brötchen|frühstück|snacks?|zigaretten|blumen)\b",
        r"\b(?:kaffee?|tee|mittagessen|brötchen|frühstück)\b (?:\w+ ){0,3}"
        r"(?:holen|bringen|mitbringen|besorgen|kochen|machen)\b",
    ),
    shape(
        "reinigung|wäsche|einkauf|einkäuf|lebensmittel|kita|schule|kindergarten|abholen|hund|"
        "gassi|haustier|besorgung|botengang|botengänge|botendienst|laufbursch|erledigung|"
        "der post|zur post|die post",
        r"\breinigung (?:ab)?holen\b|\bvon der reinigung\b|\bwäsche\b",
        r"\b(?:einkäufe|lebensmittel|wocheneinkauf)\b|\beinkaufen gehen\b",
        r"\b(?:kinder?|sohn|tochter|kleinen?) (?:\w+ )?(?:von der |aus der |vom )?"
        r"(?:kita|schule|kindergarten)\b|\b(?:kinder?|sohn|tochter) abholen\b",
        r"\bmit (?:dem|meinem|unserem) hund\b|\bgassi\b|\bhaustier\w*",
        r"\b(?:besorgung|erledigung)\w* (?:für mich|privat)|\bprivate\w* (?:besorgung|erledigung|"
        r"einkäuf)\w*|\bbotengäng?e?\b|\bbotendienst\w*|\blaufbursch\w*",
        r"\b(?:paket|päckchen|brief)\w* (?:\w+ )?(?:von der|bei der|zur|auf die) post\b",
    ),
    shape(
        "cofe|coffe|tea|lunch|breakfast|dinner|food|sandwich|snack",
        r"\b(?:grab|get|fetch|bring|pick up|make)\b (?:me|us) (?:\w+ ){0,2}"
        r"(?:coff?ee?s?|tea|lunch|breakfast|dinner|food|sandwich\w*|snacks?)\b",
        r"\b(?:coff?ee|lunch|breakfast|sandwich\w*) runs?\b",
    ),
    shape(
        "dry clean|dry-clean|dryclean|laundry|grocer|pick up|dog|pet sit|pet-sit|petsit|babysit|"
        "errand|personal|private",
        r"\bdry[ -]?clean\w*|\blaundry\b|\bgroceries\b|\bgrocery shopping\b",
        r"\bpick up (?:my|our|the) (?:kids?|children|son|daughter|parcel|package|car|suit)\b",
        r"\bwalk (?:my|our|the) dog\b|\bdog[ -]?(?:walk|sitt)\w*|\bpet[ -]?sitt\w*|\bbabysit\w*",
        r"\b(?:personal|private) (?:errand|favou?r|shopping|chore)s?\b|\berrands?\b",
    ),
    # Private matters and family appointments: „meine privaten Mails“, „den Zahnarzttermin für
    # meine Tochter“, "my personal inbox", "a dentist appointment for my son", "book me a table".
    shape(
        "privat|termin|für mein|tisch",
        r"\b(?:meine|meinen|unsere|unseren)\w* private\w* (?:e-?mails?|mails?|post|termine?|"
        r"rechnungen|steuer\w*|einkäufe|angelegenheiten|sachen|konten|unterlagen|nachrichten|"
        r"kalender|urlaub\w*|reisen?)\b|\bprivat\w* (?:e-?mails?|mails?|termine?)\b",
        r"\b(?:arzt|zahnarzt|frisör|friseur|tierarzt|kinderarzt|hausarzt)termin\w*",
        r"\bfür (?:meine|meinen|unsere|unseren) (?:frau|mann|tochter|sohn|kinder|kids|mutter|"
        r"vater|eltern|familie|oma|opa|schwiegermutter|freundin|freund|schwester|bruder)\b",
        r"\btisch (?:\w+ ){0,3}reservier\w*",
    ),
    shape(
        "personal|private|appointment|for my|table",
        r"\bmy (?:personal|private) (?:e-?mails?|inbox|appointments?|calendar|diary|bills|taxes|"
        r"accounts?|stuff|admin|post|mail|messages|holiday|travel)\b",
        r"\b(?:doctor'?s?|dentist'?s?|vet'?s?|hairdresser'?s?|haircut|gp|dental) appointments?\b",
        r"\bfor my (?:wife|husband|son|daughter|kids?|children|mum|mom|mother|dad|father|parents|"
        r"family|partner|girlfriend|boyfriend|sister|brother)\b",
        r"\bbook (?:me|us) a table\b",
    ),
)

# The client treats the freelancer like staff: a daily call or standup, cameras on, time-tracking
# software to install, leave to be requested, "like everyone else in the team" („jeden Tag um 8 im
# Call“, „Urlaub bitte bei mir beantragen“, "daily standup", "cameras on", "install Hubstaff"). A
# request for hours on the invoice, or for a progress update, is no such rule.
STAFF = (
    shape(
        "jeden tag|jeden morgen|täglich|daily",
        r"\b(?:jeden (?:tag|morgen)|täglich\w*)\b" + GAP
        + r"\b(?:call|meeting|stand-?up|daily|besprechung|teams|zoom|videocall|runde)\w*",
        r"\b(?:im|zum|ins|beim|am|vom) daily\b",
    ),
    # Breaks to be reported like an employee's („melden Sie sich ab, wenn Sie Mittagspause
    # machen“, "let me know when you take lunch"), not a break the client offers.
    shape(
        "pause|abmeld",
        r"\b(?:meld\w*|melden)\b[^.!?\n]{0,40}\bab\b[^.!?\n]{0,40}\b(?:mittags)?pausen?\b"
        r"|\babmeld\w*[^.!?\n]{0,40}\b(?:mittags)?pausen?\b"
        r"|\b(?:mittags)?pausen?\b[^.!?\n]{0,40}\b(?:abmeld\w*|ab(?:melden|meldest))\b",
    ),
    shape("kamera", r"\bkamera\w* (?:\w+ ){0,2}(?:an|anlassen|einschalten|eingeschaltet)\b"),
    shape(
        "zeiterfassungs|hubstaff|time doctor|timedoctor|desktime",
        r"\bzeiterfassungs(?:software|tool|app|programm|system)\w*|\bhubstaff\b"
        r"|\btime ?doctor\b|\bdesktime\b",
    ),
    shape(
        "wie alle|wie jede",
        r"\bwie (?:alle|jede[rn]?) (?:anderen? )?(?:\w+ )?(?:im team|mitarbeiter\w*|angestellte\w*"
        r"|kolleg\w*)",
        r"\bwie der rest (?:vom|des|im) team\w*",
    ),
    shape("urlaub", r"\burlaub\w* (?:\w+ ){0,6}(?:beantragen|genehmig\w*)\b|\burlaubsantr\w*"),
    shape(
        "daily|stand|every day|every morning|each morning",
        r"\bdaily (?:stand-?ups?|scrums?|check-?ins?|calls?|meetings?|huddles?|zooms?)\b"
        r"|\bstand-?ups? (?:every|each) (?:day|morning)\b"
        r"|\b(?:every|each) (?:day|morning)\b" + GAP + r"\b(?:stand-?up|call|meeting|huddle|zoom)",
    ),
    shape("camera", r"\bcameras? (?:\w+ )?on\b"),
    shape(
        "install|clock",
        r"\binstall\w* (?:\w+ ){0,3}(?:time[- ]?track\w*|tracking|tracker)\b"
        r"|\bclock (?:in|out)\b",
    ),
    shape(
        "like everyone|like everybody|like all|like the rest|lunch|break",
        r"\blike (?:everyone|everybody|all|the rest)(?: else)? (?:\w+ ){0,2}"
        r"(?:team|staff|employees)",
        r"\b(?:let (?:me|us) know|tell (?:me|us)|inform (?:me|us)|notify (?:me|us)|check out "
        r"with (?:me|us))\b[^.!?\n]{0,30}\b(?:take|taking|go on|going on|off on|on) "
        r"(?:your |a |my )?(?:lunch(?: ?breaks?)?|breaks?)\b"
        r"|\b(?:log|report|track|clock)\w* (?:your |all )?(?:lunch ?)?breaks\b",
    ),
    shape(
        "leave|time off|holiday|vacation",
        r"\b(?:request|book|clear|approve)\w* (?:your |any )?"
        r"(?:leave|time off|holidays?|vacations?)"
        r" (?:with|through|from|via|by) (?:me|hr|us)\b|\bleave requests?\b",
    ),
)

# A (planned) absence of the freelancer that the client objects to: vacation, time off, away.
ABSENCE = (
    shape(
        "urlaub|ferien|auszeit|elternzeit|freie|tag frei|tage frei|woche frei|wochen frei|"
        "frei genommen|frei nehmen|abwesen|verreist|im büro",
        r"\burlaub\w*|\bferien\b|\bbetriebsferien\b|\bauszeit\b|\belternzeit\b",
        r"\bfreie\w* tage?n?\b|\b(?:tag|tage|woche|wochen) frei\b|\bfrei (?:genommen|nehmen)\b",
        r"\babwesen(?:heit|d)\w*|\bverreist\b|\bnicht im büro\b",
    ),
    shape(
        "vac|holiday|annual leave|on leave|time off|day off|days off|week off|weeks off|"
        "out of office|out of the office|ooo|away|sabbatical",
        r"\bvac+ation\w*|\bvacay\b|\b(?<!bank )(?<!public )holidays?\b|\bannual leave\b",
        r"\bon leave\b|\btime off\b|\bdays? off\b|\bweeks? off\b|\bout of (?:the )?office\b"
        r"|\booo\b|\bsabbatical\b",
        r"\b(?:you(?:'re| are| were|'ll be| will be)|being) (?:\w+ )?away\b",
    ),
    # The client hears that the freelancer is leaving: "you're leaving us?", "decided to leave".
    # "leave" needs no object after it ("leave the header as it is" is an instruction).
    shape(
        "leav",
        r"\byou(?:'re| are|'ll| will)? (?:\w+ ){0,8}?leav(?:e|ing)\b"
        r"(?=\s*(?:[.!?,;]|$|us\b|me\b|for good\b|the (?:project|team|company)\b))",
    ),
    shape(
        "weg",
        r"\b(?:du bist|sie sind|du gehst|sie gehen) (?:\w+ ){0,2}weg\b",
    ),
)

# The client complains about an absence that is over and was not announced: "you were at a
# conference last week?", "would've been nice to know", „du warst weg, ohne Bescheid zu sagen“,
# „hättest du mir sagen können“. The reply concedes it: you should have said so beforehand.
ABSENCE_PAST = (
    shape(
        "you were|would've|would have|could've|could have|should've|should have|heads-up|"
        "heads up|without telling|without letting|without a word|didn't tell|did not tell|"
        "never told|didn't let|did not let|never let",
        r"\byou were (?:\w+ ){0,4}?(?:away|off|on (?:holiday|vacation|leave|a trip|a course)|"
        r"at (?:a|an|the) (?:conference|trade ?show|fair|event|workshop|retreat|wedding|course|"
        r"offsite)|out of (?:the )?office|travell?ing|abroad|unavailable|unreachable|offline|"
        r"not (?:around|available|reachable))\b",
        r"\b(?:would|could|might)(?:'ve| have) been (?:\w+ )?(?:nice|good|helpful|great|useful) "
        r"(?:to (?:know|hear|be told)|if you)|\b(?:a |some )?heads[ -]up would(?:'ve| have) been\b",
        r"\b(?:could|should)(?:'ve| have) (?:told|warned|informed|let) (?:me|us)\b",
        r"\bwithout (?:telling|letting|warning|informing) (?:me|us)\b|\bwithout a word\b",
        r"\b(?:didn'?t|did not|never) (?:\w+ )?(?:tell|let) (?:me|us)\b(?: know)?"
        r"(?=[^.!?\n]{0,40}\b(?:away|off|holiday|vacation|leave|conference|trip|unavailable|"
        r"offline)\b)",
    ),
    shape(
        "warst|waren sie|wart ihr|hättest|hätten sie|hättet|wäre|ohne",
        r"\b(?:du warst|sie waren|ihr wart|warst du|waren sie|wart ihr) (?:\w+ ){0,5}?"
        r"(?:im urlaub|weg|verreist|krank|unterwegs|abwesend|offline|nicht (?:da|erreichbar|"
        r"im büro)|auf (?:einer|der|einem|dem) (?:konferenz|messe|tagung|hochzeit|reise|seminar|"
        r"workshop|event))\b",
        r"\b(?:hättest du|hätten sie|hättet ihr) (?:\w+ ){0,4}?(?:bescheid (?:sagen|geben)|sagen|"
        r"informieren|vorwarnen|ankündigen)\b",
        r"\bwäre (?:\w+ ){0,2}?(?:nett|schön|gut|hilfreich) gewesen\b",
        r"\bohne (?:\w+ )?(?:bescheid zu (?:sagen|geben)|(?:uns|mich) (?:\w+ )?zu informieren|"
        r"vorwarnung|vorankündigung|ein wort)\b",
    ),
)

# Exclusivity demands: working only for this client, no other clients or competitors.
EXCLUSIVITY = (
    shape(
        "nur f|nur noch f|ausschließlich f|andere|weitere|xklusiv|xclusiv|konkurrenz",
        r"\b(?:nur|ausschließlich|exklusiv) (?:noch )?für (?:uns|mich|unser\w*)\b"
        + GAP
        + r"\b(?:arbeite\w*|da|tätig|verfügbar|zuständig|reserviert)\b",
        r"\b(?:arbeite\w*|tätig)\b" + GAP + r"\bnur (?:noch )?für (?:uns|mich)\b",
        r"\b(?:keine|nicht für) (?:anderen?|weitere) "
        r"(?:kunden|kundinnen|auftraggeber\w*|projekte|agenturen)\b",
        r"\bex[ck]lusiv\w*|\bkonkurrenz\w*",
    ),
    shape(
        "for us|for me|other client|other customer|no client|no customer|any client|"
        "any customer|competitor|xclusiv|compete",
        r"\b(?:only|exclusively|just) (?:work(?:ing)? )?for (?:us|me)\b",
        r"\b(?:no|any|other|another) (?:other )?(?:clients?|customers?|competitors?)\b",
        r"\bex[ck]lusiv\w*|\bnon[ -]?compete\b",
    ),
)

# Availability demands: reachable at all times, on call, answering at once. The answer is about
# reachability only: no word about exclusivity, which the client did not ask for.
REACHABLE = (
    shape(
        "jederzeit|immer|ständig|dauernd|permanent|durchgehend|rund um die uhr|24/7|24h|24 h|"
        "tag und nacht|abruf|bereitschaft",
        r"\b(?:jederzeit|immer|ständig|dauernd|permanent|durchgehend|rund um die uhr|24/7|24 ?h|"
        r"tag und nacht)\b" + GAP + r"\b(?:er+eichbar|verfügbar|ansprechbar|online|da sein|"
        r"bereit|am handy|ans telefon)\w*",
        r"\b(?:er+eichbar|verfügbar|ansprechbar)\w*" + GAP + r"\b(?:jederzeit|immer|ständig|"
        r"rund um die uhr|24/7|tag und nacht)\b",
        r"\bauf abruf\b|\bbereitschaft\w*|\brund um die uhr\b",
    ),
    shape(
        "at all times|all the time|24/7|24 hours|round the clock|around the clock|day and night|"
        "day or night|anytime|any time|always|on call",
        r"\b(?:at all times|all the time|24/7|24 hours|round the clock|around the clock|"
        r"day (?:and|or) night|any ?time|always)\b" + GAP + r"\b(?:reachable|available|on call|"
        r"online)\b",
        r"\b(?:reachable|available|on call|online)\b" + GAP + r"\b(?:at all times|"
        r"all the time|24/7|round the clock|around the clock|day (?:and|or) night|any ?time|"
        r"always)",
        r"\b(?:answer|respond|reply|pick up)\w*" + GAP + r"\b(?:at all times|24/7|"
        r"round the clock|around the clock|day (?:and|or) night|any ?time)\b",
        r"\bon call\b",
    ),
)

# Reachable at days or hours the client sets: a weekend habit or a span of hours with a word of
# being reachable („ab sofort samstags ans Handy gehen“, „von 8 bis 20 Uhr erreichbar“, "on Slack
# 8 to 8, Saturdays included", "available on weekends"). The answer is your hours (a blank, or
# your `{working_hours}`), and the extra times as a separate offer – no weekend rule invented. Not
# a call or message that went unanswered then („warum waren Sie Samstag nicht erreichbar?“).
_ON_DUTY_DE = (
    r"(?:er+eichbar\w*|ans (?:handy|telefon)|am (?:handy|telefon)|online|verfügbar|ansprechbar"
    r"|im (?:slack|teams|chat)|auf (?:slack|teams)|rangehen|rang?ehst|abnehmen|abnimmst)"
)
_ON_DUTY_EN = (
    r"(?:reachable|available|online|on (?:slack|teams|the phone|the phones|whatsapp|standby)"
    r"|pick(?:ing)? up|answer(?:ing)? (?:the )?(?:phone|phones|calls))"
)
_SET_DAYS_DE = (
    r"(?:samstags|sonntags|wochenends|an wochenenden|am wochenende|jeden (?:samstag|sonntag)"
    r"|von \d{1,2}(?:[:.]\d\d)? (?:uhr )?bis \d{1,2}(?:[:.]\d\d)?"
    r"|\d{1,2}(?:[:.]\d\d)? ?(?:-|–|bis) ?\d{1,2}(?:[:.]\d\d)? uhr)"
)
_SET_DAYS_EN = (
    r"(?:saturdays|sundays|weekends|on the weekend|at weekends|every (?:saturday|sunday)"
    r"|saturdays? included|sundays? included|weekends? included"
    r"|(?:from )?\d{1,2}(?::\d\d)? ?(?:am|pm)? ?(?:to|till|until|-|–) ?\d{1,2}(?::\d\d)? ?"
    r"(?:am|pm)?(?![\d:]))"
)
_SET_HOURS = (
    shape(
        "samstags|sonntags|wochenend|samstag|sonntag|uhr|bis",
        r"\b" + _ON_DUTY_DE + GAP + r"\b" + _SET_DAYS_DE + r"\b",
        r"\b" + _SET_DAYS_DE + r"\b" + GAP + r"\b" + _ON_DUTY_DE,
    ),
    shape(
        "saturday|sunday|weekend|to|till|until|-|–",
        r"\b" + _ON_DUTY_EN + r"\b" + GAP + r"\b" + _SET_DAYS_EN,
        r"\b" + _SET_DAYS_EN + GAP + r"\b" + _ON_DUTY_EN + r"\b",
    ),
)
SET_HOURS = unless(
    translated(
        r"\b(?:called|rang|phoned|wrote|messaged|texted|e-?mailed|why|warum|wieso|weshalb"
        r"|angerufen|geschrieben|gemailt|waren sie|warst du|were you|weren'?t you)\b"
        # watching the work comes first (`watch`): „Bildschirm teilen“, "screen shared"
        r"|\bscreen\w*|\bbildschirm\w*|\bschulter\b|\bshoulder\b"
    ),
    _SET_HOURS,
)

# Reachability expected as a rule, with no "always" („ich erwarte, dass du erreichbar bist“,
# „Sie müssen erreichbar sein“, "I need you reachable when I need you", "I expect you to pick
# up"): a complaint about one unanswered message that comes with it is about the rule, not the
# silence. Such a message is no `no_reply` of boundary_overstep (no apology, no "thanks for your
# patience"); it gets the default answer about working and response times.
_REACHABLE_EXPECTED = (
    shape(
        "erreichbar|reachable|available|pick up|picks up",
        r"\b(?:erwarte|erwarten|verlange|verlangen)\b[^.!?\n]{0,40}\berreichbar\b",
        r"\b(?:musst|müsst|müssen sie|solltest|sollten sie)\b (?:\w+ ){0,3}?erreichbar "
        r"(?:sein|bleiben)\b",
        r"\b(?:need|want|expect) you (?:to be )?(?:\w+ )?(?:reachable|available|to pick up)\b"
        r"(?= (?:when|whenever|if)\b)",
        r"\b(?:expect|need) you to (?:be (?:\w+ )?(?:reachable|available)|pick up|answer)\b"
        r"(?! (?:the|this|that|my|our) )",
    ),
)

# The client wants to watch the work: sit beside the freelancer, see the screen, look over the
# shoulder. Answered with regular progress updates, so there is no need to watch.
WATCH = (
    shape(
        "schulter|zuschau|zusehen|zuguck|daneben|neben|bildschirm",
        r"\bueber die schulter\b|\bschulter (?:\w+ )?(?:schauen|gucken|sehen|blicken)\b",
        r"\b(?:dir|ihnen|euch) (?:\w+ ){0,3}(?:zuschauen|zusehen|zugucken)\b",
        r"\b(?:neben|hinter) (?:dir|ihnen|euch) (?:\w+ ){0,2}(?:sitzen|sitze|setzen)\b",
        r"\b(?:deinen|ihren|euren) bildschirm\b|\bbildschirm (?:\w+ )?(?:teilen|freigeben)\b",
    ),
    shape(
        "sit|sat|watch|screen|shoulder|see what|see how|check on|check in on|eye on|monitor",
        r"\b(?:sit|sat|sitting) (?:\w+ )?(?:behind|beside|next to|with) you\b",
        r"\bwatch(?:ing)? (?:you|what you|how you)\b",
        r"\b(?:your|the) screen\b|\bscreen[ -]?shar\w*|\bover your shoulder\b",
        r"\bsee (?:what|how) you(?:'re| are) (?:\w+ )?(?:doing|working)\b",
        r"\bcheck (?:in )?on (?:you|what you|how you)\b|\bkeep an eye on (?:you|what you)\b",
        r"\bmonitor(?:ing)? (?:you|your (?:work|progress|screen|time|hours))\b",
    ),
    # Surveillance software: screenshots every few minutes, screen recording, keystroke or
    # activity tracking („Screenshots alle 10 Minuten“, "tracking app with screenshots").
    shape(
        "screenshot|screen record|bildschirmaufnahme|bildschirmfoto|keystroke|tastatur|activity "
        "track|activity monitor|aktivitätsprotokoll|überwachungs|monitoring software|monitoring "
        "tool|monitoring app|tracker",
        r"\bscreenshots?\b[^.!?\n]{0,40}\b(?:every|each|alle|jede|automatic\w*|automatisch\w*|"
        r"app|tool|software|tracking|tracker)\b|\b(?:app|tool|software|tracking|tracker)\b"
        r"[^.!?\n]{0,40}\bscreenshots?\b",
        r"\b(?:bildschirmfotos?|bildschirmaufnahme\w*|screen ?recording)\b"
        r"|\bkeystroke\w*|\btastatur\w* (?:\w+ )?(?:aufzeichn|protokoll|überwach)\w*"
        r"|\bactivity (?:tracking|tracker|monitor\w*)\b|\baktivitätsprotokoll\w*"
        r"|\büberwachungs(?:software|app|tool)\b|\bmonitoring (?:software|tool|app)\b",
    ),
)

# Status chasing: "done yet?", "aren't you supposed to be …", "bist du schon fertig?". The reply
# gives the status and when it is done, and keeps the client posted so they need not ask.
# (`STATUS` of delay_complaint leaves out "supposed to", "already": here they are the chase.)
CHASING = (
    shape(
        "fertig|wie weit|stand|sollte|neuigkeit|woran|dran",
        r"\bschon fertig\b|\b(?:bist du|sind sie|seid ihr) (?:\w+ ){0,2}fertig\b",
        r"\bwie weit (?:bist du|sind sie|seid ihr|ist es|ist das)\b|\bwie ist der stand\b"
        r"|\bstand der dinge\b|\bgibt es (?:schon )?neuigkeiten\b",
        r"\b(?:solltest du|sollten sie|solltet ihr) nicht (?:\w+ ){0,4}(?:arbeiten|sitzen|dran|"
        r"machen|fertig)\w*",
        r"\bworan (?:arbeitest du|arbeiten sie)\b|\b(?:arbeitest du|arbeiten sie) "
        r"(?:\w+ )?(?:noch|ueberhaupt|schon) (?:dran|daran)\b",
    ),
    shape(
        "yet|supposed|shouldn't|should not|update|status|how far|progress|still working",
        r"\b(?:done|finished|ready|complete) yet\b",
        r"\b(?:aren't|are not) you supposed to be\b|\b(?:shouldn't|should not) you be "
        r"(?:\w+ )?\w+ing\b",
        r"\bany (?:update|progress|news)\b|\bwhat'?s the status\b|\bstatus update\b",
        r"\bhow far (?:along )?are you\b|\bare you still working on\b",
    ),
)

# Work wanted this very minute, as if it took no time: „hast du kurz?“, „am besten jetzt gleich“,
# „sollte ja schnell gehen“, "right now", "quick one, can you just …". The reply does not drop
# everything for it and says today when it can come. (A demand for instant *replies* is
# `exclusivity`; "sofort antworten" is no instant task.)
INSTANT_DEMAND = (
    shape(
        "gleich|sofort|kurz|schnell|eben|zwischendurch|dauert",
        r"\bjetzt gleich\b|\b(?:am besten|bitte|und zwar|gleich) (?:jetzt )?sofort\b"
        r"(?! (?:\w+ )?(?:antwort|meld|zurück|anruf|erreich))",
        r"\b(?:hast du|haben sie|habt ihr) (?:mal )?(?:ganz )?kurz\b(?: (?:zeit|eine minute|"
        r"ne minute|'ne minute))?\s*\?",
        r"\b(?:sollte|dürfte|müsste|wird) (?:ja |doch |aber )?(?:ganz |echt )?schnell gehen\b"
        r"|\bgeht (?:ja|doch) (?:ganz |echt )?schnell\b|\bdauert (?:ja |doch )?nur (?:kurz|"
        r"(?:ein|zwei|fünf|zehn|ein paar) (?:minuten|sekunden|minütchen))\b",
        r"\b(?:mal )?eben (?:schnell|kurz|mal)\b|\bschnell (?:mal )?zwischendurch\b",
    ),
    shape(
        "right now|right away|this minute|straight away|quick one|quickly|real quick|"
        "super quick|take long|take a minute|take a sec|take two|take five|take you|got a minute|"
        "got a sec|have a minute|have a sec",
        r"\b(?:need|want|send|finish|make|fix|write|have it|can you|could you)\b"
        r"(?!\s+(?:just\s+)?(?:pick up|answer|reply|respond|call|get back|be (?:reachable|"
        r"available)))" + GAP + r"\b(?:right (?:now|away)|this minute|straight away)\b",
        r"\bquick one\b|\b(?:can|could) you (?:just )?(?:quickly|real quick)\b"
        r"|\b(?:real|super) quick\b",
        r"\b(?:won'?t|shouldn'?t|will not|should not|doesn'?t|does not) take (?:you )?"
        r"(?:long|a minute|a sec\w*|two minutes|five minutes)\b|\b(?:should|will) only take "
        r"(?:you )?(?:a minute|a sec\w*|two minutes|five minutes)\b",
        r"\b(?:got|have) (?:you )?a (?:minute|sec\w*)\s*\?",
    ),
)

# Boundary overstep at a named evening, night or weekend time ("Samstag", "um 22 Uhr", "tonight").
OFF_HOURS = (
    *WEEKEND,
    *AFTER_HOURS,
    shape(
        "abend|uhr|evening|pm|night",
        r"\babends\b|\bam abend\b|\b(?:um|gegen|nach) (?:2[0-3]|1[89]|0?[0-5])(?:[:.]\d\d)? uhr\b"
        r"|\bin the evenings?\b|\bevenings\b|\bnights\b|\bat (?:1[01]|[6-9])(?::\d\d)? ?pm\b",
    ),
    # A habit of the weekend, not one weekend („samstags“, „an Wochenenden“, "on weekends"), and
    # a message sent at a late clock time without "Uhr" („um 22:40 geschrieben“, "at 23:15"):
    # the client asks why nobody answered then, which is no silence to apologise for.
    shape(
        "samstags|sonntags|wochenend|weekends",
        r"\b(?:samstags|sonntags|wochenends)\b|\ban wochenenden\b|\bweekends\b",
    ),
    shape(
        ":|.",
        r"\b(?:um|gegen|nach|at|around|after) (?:2[0-3]|0[0-4])[:.][0-5]\d\b",
    ),
    # A message or call last night ("at 11 last night", „gestern um 23 Uhr“, „gestern Abend“): an
    # unanswered evening message is no silence to apologise for. So is being wanted on into the
    # evening ("we need you on till 7", „bis 19 Uhr erreichbar“).
    shape(
        "last night|yesterday evening|gestern abend|gestern nacht|letzte nacht|till|until|bis",
        r"\blast night\b|\byesterday evening\b|\bgestern (?:spät)?(?:abend|nacht)\b"
        r"|\bletzte nacht\b",
        r"\b(?:on|online|available|around|reachable|stay|staying|work|working|there)\b "
        r"(?:\w+ )?(?:till|until|til) (?:[6-9]|1[01])(?::\d\d)?(?: ?pm| in the evening)?\b"
        r"(?! ?a\.?m)",
        r"\b(?:erreichbar|online|da|verfügbar|arbeiten|arbeitest|bleiben|bleibst)\b (?:\w+ )?bis "
        r"(?:1[89]|2[0-3])(?:[:.]\d\d)? uhr\b|\bbis (?:1[89]|2[0-3])(?:[:.]\d\d)? uhr\b "
        r"(?:\w+ )?(?:erreichbar|online|da|verfügbar)\b",
    ),
)

# boundary_overstep: the client asks for work over the weekend („kannst du am Wochenende kurz
# ran?“, "could you jump on it this weekend?"): the weekend answer of urgent_pressure, not
# "I answer within my working hours" (that is for a message sent or a call made then: „ich hab
# dir am Samstag geschrieben“, "why didn't you pick up on Sunday?").
_WORK_ASKED = translated(
    r"\b(?:could|can|would|will) you\b|\bany chance\b|\b(?:need|want)\b (?:\w+ ){0,3}?"
    r"(?:done|finished|ready|sorted|fixed)\b|\bjump on\b|\bwork on\b|\bget (?:it|this|that) "
    r"(?:done|finished|sorted)\b|\b(?:kannst|könntest|schaffst|müsstest) du\b|\b(?:können|"
    r"könnten|schaffen|müssten) sie\b|\bran\b|\bdransetzen\b|\berledigen\b|\bfertig machen\b"
)
_CONTACT_THEN = translated(
    r"\b(?:called|wrote|messaged|e-?mailed|texted|rang|phoned|sent)\b|\bwhy\b|\bwarum\b"
    r"|\bwieso\b|\bweshalb\b|\b(?:angerufen|geschrieben|gemailt|geschickt)\b|\berreichbar\w*"
    r"|\b(?:available|reachable|online|answer\w*|repl\w*|respond\w*|antwort\w*)\b"
)
WEEKEND_WORK = unless(_CONTACT_THEN, requiring(_WORK_ASKED, WEEKEND))

# boundary_overstep: the client wants to move the contact to another channel – a messenger app,
# a private or mobile number („Kann ich Sie auf WhatsApp schreiben?“, „Ihre Handynummer?“, "can
# I just add you on WhatsApp?", "what's your personal number?"): you keep project messages where
# they are. A message that went unanswered on such a channel is `no_reply`; one that names an
# evening or weekend is `off_hours`.
_CHANNEL = (
    shape(
        "whatsapp|whats app|telegram|threema|signal|imessage|sms|handynummer|privatnummer|"
        "nummer|number|text you|text me|dm",
        r"\bwhats ?app\b|\btelegram\b|\bthreema\b|\bimessage\b|\bsignal\b(?= ?(?:app|chat|"
        r"gruppe|group|\?|$))|\bsms\b",
        r"\b(?:private|privat|persönliche|personal|mobile|cell|handy|privaten|persönlichen)\w* "
        r"(?:phone |telefon)?(?:nummer|number)\b|\bhandynummer\b|\bprivatnummer\b"
        r"|\b(?:your|ihre|deine) (?:mobile|cell|phone|handy)? ?(?:nummer|number)\b",
        r"\b(?:text|dm) (?:you|me)\b",
    ),
)
# Tried after `off_hours` and `no_reply`; a message sent or seen on such a channel („hab dir ne
# WhatsApp geschrieben, hast du die gesehen?“, "I texted you") asks about that message instead.
_MESSAGE_SENT = translated(
    r"\b(?:geschrieben|gesehen|gelesen|wrote|texted|messaged|seen)\b|\bmsgs?\b"
    r"|\bsent you (?:\d+|a|an|some|several|two|three)\b"
)
CHANNEL = unless(_MESSAGE_SENT, _CHANNEL)
# A move of channel asked for together with an evening, weekend or "whenever" („gib mir deine
# private Nummer, dann erreiche ich dich auch abends“, "keep your WhatsApp on all weekend") is tried
# before `off_hours`: the channel answer also says when messages are answered, while the off-hours
# answer leaves the number or the app unanswered. Not where a past contact went unanswered („warum
# gehst du nicht ran?“, "why didn't you answer my WhatsApp last night?") or the number was given
# long ago („die Nummer hab ich Ihnen ja gegeben“): those stay `off_hours` / `no_reply`.
_PAST_CONTACT = translated(
    r"\b(?:why|warum|wieso|weshalb)\b|\blast night\b|\bgestern\b|\bletzte nacht\b"
    r"|\b(?:angerufen|called|rang|phoned|wrote|texted|messaged|sent you|gesehen|gelesen|seen)\b"
    r"|\bgeschrieben\b|\bwhats ?apps\b|\bmsgs?\b|\b(?:gegeben|gave|given)\b|\bkeine antwort\b"
    r"|\b(?:didn'?t|did not|never|haven'?t|have not|hasn'?t) (?:answer|reply|respond|pick|get back)"
    r"|\bnicht (?:geantwortet|gemeldet|rangegangen|drangegangen)\b|\b(?:gehst|gehen) (?:du|sie)\b"
    r"(?: \w+){0,3} (?:nicht|nie) (?:ran|ans)\b"
    # a channel already in use kept on at the weekend („WhatsApp am Wochenende anlassen“, "keep
    # WhatsApp on on Sundays") asks for the time, not for a move: `off_hours`
    r"|\bkeep\b|\banlassen\b|\b(?:eingeschaltet|angeschaltet)\b|\bleave (?:\w+ )?on\b"
)
CHANNEL_ASKED = unless(_PAST_CONTACT, CHANNEL)

# boundary_overstep: the unanswered message was about an emergency („Notfall“, "the site is
# down", "I have an emergency and you've been AWOL"): the answer comes within the hour, not
# "later today".
NO_REPLY_EMERGENCY = requiring(_EMERGENCY_WORDS, NO_REPLY)

# boundary_overstep's `no_reply`: not where the client states reachability as a rule.
_EXPECTED = "|".join(f"(?:{s._source})" for s in _REACHABLE_EXPECTED)
BOUNDARY_NO_REPLY = unless(_EXPECTED, NO_REPLY)

# --- urgent_pressure -----------------------------------------------------------------------------

# An emergency after the freelancer's silence („Notfall, und du meldest dich nicht“, "the site is
# down and you're not answering"): the same kind as boundary_overstep's, sorry for the silence.

# Wanted tonight for a deadline tomorrow morning („heute Abend noch …, muss morgen um 8 raus“,
# "need this by tonight, the pitch is at 9am tomorrow"): "on my next working day" comes too late.
# The reply answers tonight, the time asked for: only what is sure tonight ("not tonight" only
# with the user's working hours), and shortly what can be ready in time for the morning.
_MORNING = translated(

        r"\bmorgen (?:\w+ )?(?:früh|vormittag|morgen|um (?:[5-9]|1[01])\b"
        r"|(?:[5-9]|1[01])(?:[:.]\d\d)? uhr)|\bmorgen um (?:[5-9]|1[01])\b|\btomorrow morning"
        r"|\bfirst thing tomorrow"
        r"|\b(?:[5-9]|1[01])(?::\d\d)? ?a\.?m\.? tomorrow|\btomorrow (?:at )?(?:[5-9]|1[01])"
        r"(?::\d\d)? ?a\.?m\b|\btomorrow'?s (?:\w+ )?(?:meeting|pitch|presentation|call|board)"

)
OVERNIGHT = requiring(_MORNING, AFTER_HOURS)

# The client moves a deadline earlier.
DEADLINE_EARLIER = (
    shape(
        "früher|vorzieh|vorgezogen|vorverleg|vorgelegt|eher",
        r"\bfrüher\b" + GAP + r"\b(?:termin|deadline|abgabe|fertig|brauch|liefer|haben)\w*",
        r"\b(?:termin|deadline|abgabe|liefertermin)\w*" + GAP + r"\b(?:früher|vorgezogen|"
        r"vorverlegt|nach vorne)\b",
        r"\bvorzieh\w*|\bvorgezogen\b|\bvorverleg\w*|\bschon (?:\w+ )?eher\b",
    ),
    shape(
        "earlier|moved up|move up|brought forward|bring forward|pushed up|sooner|forward|up",
        r"\b(?:deadline|due date|launch|date|delivery)\b" + GAP + r"\b(?:earlier|moved up|"
        r"brought forward|pushed up|sooner)\b",
        r"\b(?:move|moved|moving|bring|brought|push|pushed) (?:\w+ ){0,3}(?:up|forward)\b"
        r"|\bearlier than (?:planned|agreed|expected)\b|\bsooner than (?:planned|agreed)\b",
    ),
    # A nearer date in place of the agreed one: "tomorrow morning instead of Friday", „jetzt
    # schon am 3. statt am 17.“, „morgen statt Freitag“.
    shape(
        "instead of|rather than|statt",
        r"\b(?:today|tonight|tomorrow)\b[^.!?\n]{0,30}\b(?:instead of|rather than)\b"
        r"(?! (?:today|tonight)\b)",
        r"\b(?:heute|morgen|schon|bereits)\b[^.!?\n]{0,30}\b(?:statt|anstatt|anstelle)\b"
        r"(?! heute\b)",
    ),
    # „jetzt schon am 3., nicht (erst) am 17.“, "on the 3rd now, not the 17th"
    shape(
        "nicht|not",
        r"\b(?:schon|bereits) (?:am |bis (?:zum )?)?\d{1,2}\.[^!?\n]{0,12}\bnicht (?:erst )?"
        r"(?:am |bis (?:zum )?)?\d{1,2}\.",
        r"\b(?:now|already) (?:on |by )?(?:the )?\d{1,2}(?:st|nd|rd|th)\b[^!?\n]{0,12}\bnot "
        r"(?:on |by )?(?:the )?\d{1,2}(?:st|nd|rd|th)\b",
    ),
)

# An ultimatum: a deadline with a lawyer, a court or "consequences" behind it („bis morgen 12 Uhr
# …, sonst schalte ich meinen Anwalt ein“, "by Friday or I'll take legal action"). No thanks for
# the timing and no "I'll check my schedule": received, taken seriously, settled directly, and a
# written answer before the deadline runs out.
_LEGAL_OR_CONSEQUENCES = (
    shape(
        "anwalt|anwält|gericht|klage|verklag|rechtlich|juristisch|konsequenz|mahnverfahren|"
        "inkasso|abmahn",
        r"\b(?:rechts)?anw(?:a|ä)lt\w*|\bgericht\w*|\bklage\b|\bverklag\w*|\bmahnverfahren\b"
        r"|\b(?:rechtlich|juristisch)\w* (?:schritte|weg\w*|vorgehen|konsequenzen|prüfen)\b"
        r"|\bkonsequenzen (?:ziehen|haben|folgen)\b|\b(?:ziehen|drohen|hat|haben) (?:\w+ )?"
        r"konsequenzen\b|\binkasso\w*|\babmahn\w*",
    ),
    shape(
        "lawyer|attorney|solicitor|court|sue|legal|consequences|small claims",
        r"\b(?:my|our|a|the) (?:lawyers?|attorneys?|solicitors?|legal (?:team|department|"
        r"counsel))\b|\blegal (?:action|steps|proceedings|route)\b|\b(?:take|taking) (?:you|this) "
        r"to court\b|\bsmall claims\b|\bsue\b|\bthere will be consequences\b"
        r"|\bface (?:the )?consequences\b",
    ),
)
_A_DEADLINE = (
    r"\b(?:bis|spätestens|innerhalb|frist|by|until|within|deadline|no later than)\b"
)
ULTIMATUM = requiring(
    translated(_A_DEADLINE), _LEGAL_OR_CONSEQUENCES
)

# The deadline is comfortable: "es reicht uns völlig, wenn …", "kein Stress", "there's no rush",
# "take your time". The reply thanks for the date and confirms it, with no word of urgency.
RELAXED = (
    shape(
        "reicht|stress|eile|zeit|genügt|eilt|eilig|druck",
        r"\breicht (?:uns |mir )?(?:völlig|vollkommen|auch|locker|ganz)\b|\bkein(?:en)? stress\b"
        r"|\bkeine eile\b|\blass(?:en sie)? (?:dir|sich) (?:ruhig )?zeit\b"
        r"|\bgenügt (?:uns |mir )?(?:völlig|vollkommen|auch)\b",
        # „eilt aber nicht“, „ist nicht eilig“, „kein Zeitdruck“: the urgency is denied.
        r"\beilt (?:\w+ ){0,2}?(?:nicht|nich|net)\b|\bnicht (?:so |sonderlich |besonders )?eilig\b"
        r"|\bkein(?:en)? (?:zeit)?druck\b",
    ),
    shape(
        "rush|hurry|take your time|whenever|urgent",
        r"\b(?:there's|there is|it's|it is) no (?:big |huge |real )?(?:rush|hurry)\b"
        r"|(?<!\")\bno (?:big |huge |real )?(?:rush|hurry)\b(?!\")|\btake your time\b"
        r"|\bwhenever (?:you can|suits you|it suits)\b|\bin no (?:rush|hurry)\b"
        r"|\bnot in (?:a|any) (?:rush|hurry)\b|\b(?:not|isn'?t|is not|nothing) (?:\w+ )?urgent\b",
    ),
)

# The client names a deadline without saying it is urgent: "I need this piece on Monday", "bis
# spätestens morgen". The reply thanks for the date (not "this is urgent") and says whether it can
# be made. "today", "now", "asap", "dringend", "sofort" keep the default kind.
_NOT_URGENT = (
    r"^(?![\s\S]*(?:urgent|asap|a\.s\.a\.p|right away|immediately|emergency|\bnow\b|\btoday\b|"
    r"tonight|\brush|hurry|dringend|sofort|\beil|notfall|\bheute\b|\bjetzt\b|\bgleich\b|"
    r"schnell|quick))[\s\S]*?"
)
# ("may" only with a day: "May I ask …" is no date)
_MONTHS_EN = (
    r"(?:january|february|march|april|may \d|june|july|august|september|october|november|"
    r"december)"
)
_MONTHS_DE = (
    r"(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)"
)
DEADLINE = (
    shape(
        "bis |termin|deadline|abgabe|woche|am |zum |" + _MONTHS_DE[3:-1],
        _NOT_URGENT + r"\bbis (?:spätestens |zum |zur )?(?:morgen|übermorgen|montag|dienstag|"
        r"mittwoch|donnerstag|freitag|samstag|sonntag|ende|anfang|mitte|nächste|kommende|diese|"
        r"\d)",
        _NOT_URGENT + r"\b(?:am|zum) (?:montag|dienstag|mittwoch|donnerstag|freitag|\d{1,2}\.)",
        _NOT_URGENT + r"\b(?:termin|deadline|abgabe\w*)\b|\b(?:diese|nächste|kommende) woche\b"
        r"|\b" + _MONTHS_DE + r"\b",
    ),
    shape(
        "by |before |until |till |on |due|deadline|week|next |january|february|march|april|may|"
        "june|july|august|september|october|november|december",
        _NOT_URGENT + r"\b(?:by|before|until|till|on|due) (?:the )?(?:monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday|tomorrow|end of|eod|cob|noon|midnight|mid|\d|next|this)",
        _NOT_URGENT + r"\b(?:deadline|due date)\b|\b(?:this|next) week\b|\b" + _MONTHS_EN + r"\b"
        r"|\bnext (?:month|monday|tuesday|wednesday|thursday|friday)\b|\bby then\b",
    ),
)

# An urgent message with a direct question („Haben Sie noch die Rohdaten?“, "can you come and
# help?"): the reply looks right away and answers today. A push dressed as a question („geht es
# nicht früher?“, "can't you just …?") and a question that opens with a question word („Bis wann
# brauchst du es?“, often the client quoting you) keep the default kind; so does „hast du kurz?“
# ("got a minute?"), which asks for time, not for an answer.
URGENT_QUESTION = (
    shape(
        "?",
        r"(?:^|[.!?…:,\n]\s*|\b(?:bitte|please|hi|hey|hallo)\s+)"
        r"(?:haben|hast|habt|können|kannst|könnten|könntest|gibt|ist|sind|wäre|würden|würdest|"
        r"schaffen|schaffst|kriegen|kriegst|kommen|kommst|machen|machst|"
        r"can|could|would|will|do|does|is|are|have|has|any chance)\b"
        r"(?!'t|n'?t)(?![^.!?\n]*\b(?:nicht|not)\b)"
        r"(?! (?:du|sie|ihr|you) (?:mal )?(?:ganz )?(?:kurz|a (?:minute|sec)))[^.!?\n]*\?",
    ),
)

# --- delay_complaint -----------------------------------------------------------------------------

# The work has arrived, late: "received it (late!)", "finally got the files", „kam zu spät an“.
# The reply is sorry it came later than planned and names no new date.
ARRIVED_LATE = (
    shape(
        "late|finally",
        r"(?<!n't )(?<!not )(?<!never )\b(?:received|got|arrived|came|reached (?:me|us))\b"
        r"(?! nothing| anything)" + GAP + r"\b(?:late|later than)\b",
        r"\bfinally (?:got|received|arrived|came|here|reached)\b"
        r"|\b(?:it|they|the \w+) (?:has |have )?finally (?:arrived|came|come|got here)\b",
    ),
    shape(
        "spät|endlich",
        r"\b(?:kam|kamen|ist|sind|war|waren)\b" + GAP + r"\b(?:zu |sehr |viel zu )?spät "
        r"(?:bei (?:mir|uns) )?(?:an(?:gekommen)?|eingetroffen|angeliefert|geliefert)\b",
        r"\b(?:habe|haben|hab) (?:\w+ ){0,3}endlich (?:bekommen|erhalten)\b"
        r"|\bendlich (?:angekommen|eingetroffen|da)\b",
    ),
)

# The late work arrived and the client also asks something about it ("Received it (late!). Why
# is it …?"): the reply answers that question today instead of asking what is missing.
ARRIVED_LATE_QUESTION = requiring(r"\?", ARRIVED_LATE)

# The client says by when they now need it: "I want this done by the end of the week", „ich
# brauche es bis Freitag“. The date after "by"/„bis“ is a new one, not the missed deadline, so the
# draft may say it checks whether it can have everything with the client by then.
NEW_DATE = (
    shape(
        "need|want|must|has to|have to|got to",
        r"\b(?:i|we) (?:\w+ )?(?:need|want|must have|have to have|got to have)\b"
        r"(?: (?:it|this|that|them|these|everything|all|the \w+))?(?: (?:done|finished|ready|"
        r"delivered|back))? (?:by|until|before|no later than)\b"
        r"|\b(?:it|this|that|everything) (?:must|has to|needs to) be (?:done|finished|ready|"
        r"delivered|here) (?:by|before|no later than)\b",
    ),
    shape(
        "brauch|bräuch|benötig|muss|müss",
        r"\b(?:ich|wir) (?:brauche|brauchen|bräuchte|bräuchten|benötige|benötigen)\b"
        r"(?: (?:\w+ ){0,3}?)?(?:bis|spätestens)\b"
        r"|\b(?:es|das|alles|sie|er) (?:muss|müssen|müsste|müssten) (?:\w+ ){0,3}?"
        r"(?:bis|spätestens)\b[^.!?\n]{0,40}\b(?:fertig|da|bei (?:mir|uns)|geliefert|vorliegen)\b",
    ),
)

# A named date has gone by and the client says so („Hieß es nicht Dienstag?“, „war doch für
# Freitag zugesagt“, „Sie hatten Montag gesagt“, "wasn't it due Tuesday?", "it was supposed to be
# ready by the 12th", "you said early next week"): the date has passed, no excuses, it is on
# you, and the new date is a blank only you can fill – never one calm invents. Not where the date
# is a payment's („the invoice was due on the 1st“): that is money, not a delivery; nor where
# the client says it is no big deal (`mild`).
_DAY_DE = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|vorgestern"
    r"|letzte woche|letzten (?:montag|dienstag|mittwoch|donnerstag|freitag|monat)|vergangene woche"
    r"|ende (?:letzter |der )?woche"
    r"|anfang (?:der )?woche|\d{1,2}\.|" + _MONTHS_DE[3:]
)
_DAY_EN = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday"
    r"|last (?:week|month|monday|tuesday|wednesday|thursday|friday)"
    r"|the \d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)\b|end of (?:last |the )?week"
    r"|(?:early|mid|late) (?:last |this |next )?week|" + _MONTHS_EN[3:]
)
_MONEY_DUE = translated(
    r"\b(?:invoice|payment|paid|pay|rechnung|zahlung\w*|bezahl\w*|überweis\w*|zahlungsziel)\b"
)
_MISSED_DATE = (
    shape(
        "hieß|hiess|war|hattest|hatten|gesagt|zugesagt|versprochen",
        r"\bhieß(?: es)?(?: (?:nicht|doch|mal|ja))?\b" + GAP + r"\b" + _DAY_DE,
        r"\b(?:war|waren)\b (?:das |es |der termin )?(?:doch|nicht|eigentlich)\b (?:\w+ ){0,2}?"
        r"(?:für|bis|auf|am|zum) (?:spätestens )?" + _DAY_DE,
        r"\b(?:sie hatten|du hattest|hatten sie|hattest du)\b (?:doch |nicht |uns |mir )*"
        r"(?:(?:für|bis|am|zum) )?" + _DAY_DE + r"\w* (?:gesagt|zugesagt|versprochen)\b",
    ),
    shape(
        "wasn't|was it not|weren't|was supposed|were supposed|was meant|were meant|was due|"
        "were due|you said|you promised|didn't you say|were promised|was promised",
        r"\b(?:wasn'?t|was not|weren'?t|were not) (?:it|this|that|they|the \w+) (?:due|supposed "
        r"to be \w+|meant to be \w+|meant to (?:land|arrive|come)|for)\b (?:by |on |for )?"
        + _DAY_EN,
        r"\b(?:it|this|that|they|the \w+|everything) (?:was|were) (?:supposed|meant|due|scheduled|"
        r"promised) (?:to (?:be (?:\w+ )?|arrive |land |come |go out )?)?(?:by|on|for|before)? ?"
        + _DAY_EN,
        r"\b(?:was|were) due (?:on |by |last )?" + _DAY_EN,
        r"\b(?:we|i) (?:was|were) (?:supposed|meant|due|promised) to (?:have|get|receive|see)\b "
        r"(?:\w+ ){0,4}?(?:by|on|for|before) " + _DAY_EN,
        r"\b(?:since |didn'?t )?you (?:said|promised|told (?:me|us))\b (?:it would be (?:\w+ )?|"
        r"(?:it|them|everything) )?(?:by |on |for )?'?" + _DAY_EN,
    ),
)

# A question whether an upcoming date still holds, or a status question that names the day the
# client needs it for („bleibt es bei Freitag?“, „steht Donnerstag noch?“, "it's still on for
# Friday, right?", "any ETA? The board meets Thursday"): only you know whether the date holds,
# so the answer is a blank. Not when the date has gone by (`_GONE_BY`).
_GONE_BY = translated(
    r"\b(?:said|promised|was|were|wasn'?t|weren'?t|supposed|meant to|last|since|ago|yesterday|"
    r"late|overdue|waiting|delay\w*|hieß|hiess|war|waren|sollte|sollten|letzte\w*|seit|gestern|"
    r"gesagt|versprochen|zugesagt|verspät\w*|verzöger\w*|immer noch|noch immer|warte\w*|"
    r"still nothing|nothing yet|noch nichts|noch nix)\b"
)
_COMING_DAY = translated(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|tomorrow|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|(?<!guten )morgen)\b"
)
DATE_CHECK = unless(
    _GONE_BY,
    requiring(
        _COMING_DAY,
        (
            shape(
                "still|on track|on schedule|eta|bleibt|steht|klappt|noch",
                r"\b(?:still|on track|on schedule|good|all set) (?:\w+ ){0,2}?(?:for|on)\b"
                + GAP + r"\?",
                r"\bany eta\b|\bwhat'?s the eta\b|\beta\?",
                r"\bbleibt es (?:\w+ )?bei\b" + GAP + r"\?",
                r"\b(?:steht|klappt|passt)\b" + GAP + r"\bnoch\b" + GAP + r"\?",
            ),
        ),
    ),
)

# The message names no delay at all: nothing overdue, no waiting, no date gone by (a vague
# follow-up, or a message calm misread as a delay). It gets the `status` answer: when the status
# and the date come, with no apology for a delay nobody named. Besides the markers of
# `common.STATUS`: "where is", „wo bleibt“, "too long", „dauert“, "expected", „erwartet“, "last
# week", „gestern“, "not yet", „noch nicht“, „nix“, "nothing", "when do I get", „lange“, "faster".
_NO_DELAY_NAMED = (
    r"^(?![\s\S]*(?:immer noch|noch immer|\bseit\b|wochen|verspät|verzöger|überfällig|versprochen|"
    r"sollte|eigentlich|längst|endlich|\bwarte|geplant|angesetzt|vereinbart|zugesagt|\bstill\b|"
    r"\blate\b|later|overdue|delay|weeks|days|ago|promised|supposed to|meant to|\bdue\b|"
    r"past the|deadline|already|\bages\b|forever|taking|waiting|wait\b|\bwo bleib|"
    r"\bwhere(?:'s| is| are)\b|too long|zu lange|dauert|\bewig|erwart|expect|letzte woche|"
    r"vorige woche|last week|yesterday|gestern|not yet|noch nicht|\bnix\b|\bnichts\b|nothing|"
    r"when do (?:i|we) get|when will|wann (?:kommt|bekomme|kriege|ist|sind|wird)|\btermin|"
    r"\bdate\b|noch kein|\byet\b|finally|\bslow|langsam|hinterher|behind|missed|verpasst|"
    r"\blange\b|\bso long\b|\bthis long\b|\btaken\b|\bfaster\b|schneller))"
    r"[\s\S]*\S"
)
NO_DELAY_NAMED = (shape(" ", _NO_DELAY_NAMED),)

# The work is already live or published and the client wants a change to it ("it's been live two
# weeks, can you swap the intro", „ist seit drei Wochen online, kannst du das Bild tauschen“): the
# weeks are how long it has been out, not a delay: whether the change is in scope, and when the new
# version comes; no apology.
_LIVE = (
    shape(
        "live|online|published|veröffentlicht",
        r"\b(?:been|is|went|gone|was) (?!not\b|never\b|still\b)(?:\w+ )?"
        r"(?:live|online|up|published)\b"
        r"|\b(?:seit|schon) (?:\w+ ){0,3}(?:live|online|veröffentlicht)\b",
    ),
)
LIVE_CHANGE = requiring(
    translated(
        r"\b(?:swap|cut|chang|edit|re-?edit|re-?upload|replac|updat|remov|tausch"
        r"|austausch|änder|rausschneid|schneid|ersetz|entfern|aktualisier)\w*"
    ),
    _LIVE,
)

# A time limit of hours, or later today („die Druckerei braucht die Daten in 2h“, „bis heute
# Mittag“, "I need it within the hour", "by 3pm"): an answer "by tomorrow" comes too late, whether
# the client asks for the status or complains. The reply looks now and says shortly what is
# possible in time.
DUE_SOON = (
    shape(
        "in |bis |heute|innerhalb",
        r"\b(?:in|innerhalb von|innerhalb der nächsten) (?:\d+|einer|eineinhalb|anderthalb|zwei|"
        r"drei|vier|fünf|ein paar|einer halben|einer dreiviertel) ?"
        r"(?:h|std\.?|stunden?|minuten|min)\b",
        r"\binnerhalb (?:der nächsten |einer )?stunde\b",
        r"\bbis (?:heute )?(?:mittag|nachmittag|feierabend)\b|\bbis (?:spätestens )?heute "
        r"(?:mittag|nachmittag|abend|früh|vormittag|um|\d)|\bheute (?:bis|um) \d",
        r"\b(?:brauch|benötig|muss|müss)\w* (?:\w+ ){0,4}?heute\b(?! \w+ (?:nicht|nichts)\b)"
        r"|\bheute noch (?:fertig|da\b|raus|haben|bekommen|liefern|schicken|rausgehen)",
        r"\bbis (?:spätestens )?\d{1,2}(?:[:.]\d\d)? uhr\b(?![^.!?\n]*\bmorgen)",
    ),
    shape(
        "in |within|by |today|eod|end of day|end of the day",
        r"\b(?:in|within) (?:the next )?(?:\d+|an|one|two|three|four|a couple of|a few|half an) ?"
        r"(?:h|hrs?|hours?|mins?|minutes)\b|\bwithin the hour\b",
        r"\bby (?:noon|lunch|lunchtime|eod|cob|end of (?:the )?day|this afternoon|this morning|"
        r"today|tonight)\b|\bend of (?:the )?day\b|\btoday (?:please|pls|if (?:at all )?possible)\b"
        r"|\b(?:need|want|have|get|send|deliver|finish)\w* (?:\w+ ){0,3}?today\b",
        r"\bby \d{1,2}(?::\d\d)? ?(?:a\.?m|p\.?m)\b(?![^.!?\n]*\b(?:tomorrow|monday|tuesday|"
        r"wednesday|thursday|friday|next)\b)",
    ),
)

# The client needs to KNOW by a time, not to have the work („ich muss das bis Mittag meinem Chef
# sagen können“, „brauche heute eine Info, wann“, "I need to know today", "have to tell my boss by
# noon when"): the answer promises the date in time, not the delivery. Tried before due_soon.
NEED_TO_KNOW = requiring(
    translated(
        r"\b(?:muss|müssen|brauch\w*|sollte|will) (?:\w+ ){0,6}?(?:wissen|sagen können|"
        r"bescheid geben|mitteilen|weitergeben)\b"
        r"|\b(?:muss|müssen|sollte) (?:\w+ ){0,4}?(?:meinem|meiner|dem|der|unserem|unserer|den) "
        r"\w+ sagen\b"
        r"|\b(?:brauch\w*|benötig\w*) (?:\w+ ){0,3}?(?:eine |die )?(?:info|information|auskunft|"
        r"rückmeldung|antwort)\b"
        r"|\b(?:need|have|got|must|want) (?:\w+ ){0,2}?(?:to )?(?:know|tell|update|let \w+ know|"
        r"give \w+ an? (?:date|answer|update))\b"
        r"|\bneed (?:an? |the )?(?:date|answer|update|eta|timeline)\b"
    ),
    DUE_SOON,
)

# The client says the delay is no big deal („kein Drama“, „halb so wild“, "not a big deal, just
# need to tell my team"): a plain "yes, it's later than planned, sorry" and the date today – no
# thanks for being told it takes too long.
MILD = (
    shape(
        "drama|stress|schlimm|wild|beinbruch|problem|alles gut|eile|ding",
        r"\bkein(?:e|en)? (?:gro(?:ß|ss)es |großen )?(?:drama|stress|problem|beinbruch|eile|ding)\b"
        r"|\bnicht (?:so |weiter )?schlimm\b|\bhalb so wild\b|\balles gut\b",
    ),
    shape(
        "big deal|worries|stress|pressure|problem|all good|rush|hurry|fine",
        r"\b(?:not|no) (?:a |that |such a )?(?:big|huge|massive) deal\b|\bno worries\b"
        r"|\bno (?:stress|pressure)\b|\bnot a problem\b|\ball good\b|\bno (?:big )?(?:rush|hurry)\b"
        r"|\b(?:it'?s|that'?s) (?:totally |completely )?fine\b",
    ),
)

# Late again, and the client says it keeps happening („kommen jedes Mal später“, „schon wieder zu
# spät“, „zum dritten Mal verspätet“, "the third time it's come in late", "late again", "always
# late"): the repetition named and owned, and fixed dates for the next ones as well as this one –
# not the routine "sorry it's taking longer". Only with a word of lateness in the message; an
# unanswered message written for the third time is `no_reply` (tried before).
_LATENESS = translated(
    r"\b(?:late|later|delay\w*|behind|overdue|slip\w*|waiting|spät\w*|verspät\w*|verzöger\w*"
    r"|hinterher|überfällig|warten)\b"
)
REPEATED_LATE = requiring(
    _LATENESS,
    (
        shape(
            "jedes mal|jedesmal|schon wieder|immer wieder|wieder mal|zum|ständig|immer|dauernd|"
            "wiederholt|mal",
            r"\bjedes ?mal\b|\bschon wieder\b|\bimmer wieder\b|\bwieder mal\b|\bwiederholt\b"
            r"|\bzum (?:zweiten|dritten|vierten|fünften|x-ten|wiederholten|\d+\.) ?mal\b"
            r"|\b(?:ständig|dauernd|immer) (?:\w+ )?(?:zu )?(?:spät|später|verspätet|hinterher)\b"
            r"|\b(?:zwei|drei|vier|fünf|mehrere|etliche)(?:mal| mal)\b (?:\w+ ){0,3}?"
            r"(?:zu spät|verspätet|später)\b",
        ),
        shape(
            "time|again|always|keep|every|repeated",
            r"\b(?:second|third|fourth|fifth|nth|umpteenth|\d+(?:nd|rd|th)) time\b"
            r"|\b(?:late|delayed|behind|overdue) again\b|\bagain (?:late|delayed|behind)\b"
            r"|\byet again\b|\bevery (?:single )?time\b|\brepeatedly\b"
            r"|\b(?:always|constantly|consistently|forever|keeps?|kept) (?:\w+ ){0,2}?"
            r"(?:late|behind|slipping|delayed)\b|\b(?:every|each) (?:month|week|time)\b"
            r"[^.!?\n]{0,40}\blate\b",
        ),
    ),
)

# The client sent its part (files, brief, feedback) and has heard nothing since („vor zwei Wochen
# die Dateien geschickt und nichts gehört“, "two weeks since we sent the files over and we still
# haven't heard a thing"): the silence owned – they should have heard long ago – and today the
# status and the date. Never "you're waiting for the files": the files are theirs, sent to you.
_SENT_BY_CLIENT = translated(
    r"\b(?:we|i)(?:'ve| have| had)? (?:\w+ )?(?:sent|shared|uploaded|handed|submitted|"
    r"e-?mailed|delivered|passed)\b|\bsince (?:we|i) (?:sent|shared|uploaded|submitted)\b"
    r"|\b(?:geschickt|gesendet|übermittelt|hochgeladen|zugeschickt|weitergeleitet|übergeben)\b"
)
NO_WORD = requiring(
    _SENT_BY_CLIENT,
    (
        shape(
            "heard|hear|word|peep",
            r"\b(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not|not) (?:yet )?heard "
            r"(?:a thing|anything|a word|a peep|back|from you)\b|\bheard nothing\b"
            r"|\bnot (?:a|one) (?:word|peep)\b|\bno word\b|\bnothing (?:since|back)\b",
        ),
        shape(
            "gehört|wort|mucks|gemeldet|rückmeldung",
            r"\b(?:nichts|nix|kein wort|keinen (?:mucks|pieps)|noch nichts)\b (?:\w+ ){0,3}?"
            r"(?:gehört|gemeldet)\b|\b(?:keine|null|noch keine) (?:rückmeldung|reaktion|antwort)\b",
        ),
    ),
)

# `missed_date` (defined above): not for a payment date, nor where the delay is no big deal.
MISSED_DATE = unless(
    _MONEY_DUE + "|" + "|".join(f"(?:{s._source})" for s in MILD), _MISSED_DATE
)

# --- scope_creep ---------------------------------------------------------------------------------

# The client announces a small extra without naming it yet ("noch eine Kleinigkeit …", "one more
# small thing before you wrap up"): nothing more follows in the message. The reply asks what it
# is before it says whether the extra is in scope or what it costs.
_ANNOUNCE_TAIL = (
    r"(?:[\s,]+(?:noch|bitte|tun|an (?:dich|sie|euch)|für (?:dich|sie|euch)|(?:hätte|habe|hab) ich"
    r"|bevor (?:du|sie|ihr) (?:\w+ ){0,3}?\w+|for (?:you|me)|to ask(?: (?:of )?you)?"
    r"|(?:i|we) (?:need|have)|please|before you (?:\w+ ){0,3}?\w+"
    r"|if (?:that's|it's) (?:ok|okay|alright)))*"
)
_NOTHING_NAMED = r"(?=" + _ANNOUNCE_TAIL + r"[\s.!?:…]*$)"
ANNOUNCED = (
    shape(
        "kleinigkeit|bitte|sache|gefallen|anliegen",
        r"\bnoch (?:eine?|ne|'ne|n|'n) (?:kleine\w* |kurze\w* )?(?:kleinigkeit|bitte|sache|"
        r"anliegen)\b" + _NOTHING_NAMED,
        r"(?:^|[.!?…]\s*)(?:eine?|ne|'ne) (?:kleine\w* |kurze\w* )?(?:kleinigkeit|bitte|sache|"
        r"anliegen)(?: noch)?\b" + _NOTHING_NAMED,
        r"\b(?:mir|uns) (?:noch )?(?:einen|nen|'nen) (?:kleinen )?gefallen\b" + _NOTHING_NAMED,
    ),
    shape(
        "thing|favo|request",
        r"\b(?:one more|another) (?:small |little |quick |tiny )?(?:thing|favou?r|request)\b"
        + _NOTHING_NAMED,
        r"\b(?:ask|do) (?:you |me )?(?:for )?an? (?:small |little |quick |tiny )?favou?r\b"
        + _NOTHING_NAMED,
        r"\b(?:i|we) (?:have|'ve got|got) (?:a|one) (?:small |little |quick |tiny )?(?:thing|"
        r"favou?r|request)\b" + _NOTHING_NAMED,
        r"(?:^|[.!?]\s*)(?:small |little |quick |tiny )(?:favou?r|request)\b" + _NOTHING_NAMED,
    ),
)

# The client assumed the extra was part of the deal ("I assumed that was part of the package",
# „ich dachte, das ist im Preis mit drin“, "isn't that included?"): it was not; gladly as an extra,
# and what was agreed is sent again.
ASSUMED_INCLUDED = (
    shape(
        "assum|thought|figured|understood|presum|took it|isn't|is not|wasn't|was not|shouldn't|"
        "should",
        r"\b(?:i|we)(?:'d| had)? (?:\w+ )?(?:assumed|thought|figured|understood|presumed|took it)\b"
        + GAP
        + r"\b(?:part of|included|in the (?:package|price|quote|scope|deal|fee|contract|retainer)|"
        r"covered|comes? with)\b",
        r"\b(?:isn'?t|is not|wasn'?t|was not|shouldn'?t|should) (?:that|this|it|these|those) "
        r"(?:already |also )?(?:be )?(?:part of|included|covered|in the (?:package|price|quote))\b",
    ),
    shape(
        "dachte|ging|ausgegangen|sicher|enthalten|inklusive|inbegriffen|drin|dazu",
        r"\b(?:dachte|dachten|ging(?:en)? davon aus|(?:bin|sind|war|waren) davon ausgegangen|"
        r"war (?:mir|uns) sicher)\b" + GAP + r"(?:inklusive|inbegriffen|enthalten|dabei\b|"
        r"\b(?:mit )?drin\b|im (?:preis|paket|angebot|auftrag|pauschal\w*)|\bteil des|abgedeckt|"
        r"\bdazu\b)",
        r"\b(?:ist|war) (?:das|der|die|es|dies) (?:\w+ )?nicht (?:\w+ )?(?:inklusive|inbegriffen|"
        r"enthalten|mit drin|im (?:preis|paket|angebot))\b",
        r"\bgehört (?:das|der|die|es) (?:\w+ )?nicht (?:\w+ )?(?:dazu|zum (?:auftrag|paket|"
        r"angebot))\b",
    ),
)

# Praise for the work before the extra ("love the site! could you also …", „sieht super aus –
# kannst du noch …“): thanks for the kind words, then the extra as in the default.
PRAISE = (
    shape(
        "love|looks|look|turned out|came out|job|work|well done|happy with|pleased with|"
        "thrilled with|delighted with",
        r"\b(?:love|loving|loved) (?:it|this|that|the \w+|what you|how (?:it|you))\b",
        r"\b(?:looks|look|turned out|came out) (?:really |so |absolutely )?(?:great|amazing|"
        r"fantastic|brilliant|awesome|perfect|beautiful|lovely|stunning|fab)\b",
        r"\b(?:great|amazing|fantastic|brilliant|awesome|lovely|superb) (?:job|work)\b"
        r"|\bwell done\b",
        r"\b(?:we'?re|i'?m|we are|i am) (?:really |so |very )?(?:happy|pleased|thrilled|delighted) "
        r"with\b",
    ),
    shape(
        "gefällt|gefallen|arbeit|sieht|begeistert|zufrieden|geworden",
        r"\b(?:gefällt|gefallen) (?:mir|uns) (?:\w+ )?(?:super|sehr|richtig|total|echt|wirklich|"
        r"klasse|prima)\b",
        r"\b(?:super|tolle|klasse|großartige|starke|gute|spitzen) arbeit\b",
        r"\bsieht (?:\w+ ){0,2}(?:super|toll|klasse|großartig|genial|spitze|top|richtig gut|"
        r"sehr gut|mega) aus\b",
        r"\b(?:bin|sind) (?:\w+ )?(?:begeistert|sehr zufrieden|total zufrieden|happy)\b",
        r"\b(?:richtig|echt|super|sehr|total) (?:gut|schön|toll) geworden\b",
    ),
)


# The client worries that something is wrong because no answer came („alles ok bei dir?“, „ist
# alles in Ordnung?“, "is everything ok??", "hope you're alright"): a short reassurance and an
# answer to the pending message, before the off-hours rule. Tried before off_hours.
WORRIED = (
    shape(
        "ok|okay|ordnung|gut|passiert",
        r"\balles (?:ok|okay|in ordnung|gut)(?: bei (?:dir|ihnen|euch))?\s*\?"
        r"|\bist (?:bei (?:dir|ihnen|euch) )?(?:alles|etwas|was) (?:ok|okay|in ordnung|passiert)\b"
        r"|\bgeht es (?:dir|ihnen) gut\b",
    ),
    shape(
        "ok|okay|alright|all right|well|fine",
        r"\b(?:is )?everything (?:ok|okay|alright|all right|fine)\b"
        r"|\b(?:are you|you) (?:ok|okay|alright|all right)\s*\?"
        r"|\bhope (?:you're|you are|all is) (?:ok|okay|alright|all right|well)\b",
    ),
)

# --- the client asks WHEN: urgent_pressure and delay_complaint ----------------------------------

# A direct question for the date the work will be done, or a demand for one („Bis wann sind Sie
# fertig?“, „Wann bekomme ich die Texte?“, „heute?“, „ich brauche ein Datum“, "When will it be
# done? Today?", "when can we expect the draft?", "I need a date"): the answer is the date, a
# blank only you can fill, in the first sentence – not "you'll hear the date tomorrow". Not where
# a date has gone by or the client waits (`_GONE_BY`: the delay comes first), and not „bis wann
# brauchst du …“ (the client quoting your own question).
_WHEN_DONE = (
    shape(
        "bis wann|wann|heute|datum|termin",
        r"\bbis wann\b(?! (?:\w+ )?(?:brauch|benötig|soll|muss|willst|wollen|möchte))",
        r"\bwann (?:\w+ ){0,5}?(?:fertig|soweit|so weit|bekomme|bekommen|kriege|kriegen|"
        r"krieg|habe ich|haben wir|kann ich mit|können wir mit|ist (?:\w+ ){0,3}?da|sind "
        r"(?:\w+ ){0,3}?da|kommt|kommen|liefer\w*)\b",
        r"(?:^|[.!?…,]\s*)heute(?: noch)?\s*\?",
        r"\b(?:brauche|brauchen|bräuchte|will|möchte|hätte gern\w*) (?:jetzt |endlich |bitte )?"
        r"(?:ein|einen|ein festes|einen festen|ein konkretes|einen konkreten) (?:datum|termin)\b",
    ),
    shape(
        "when|today|tomorrow|date|eta|timeline",
        r"\bwhen (?:will|would|can|could|do|does|is|are|'ll)\b (?:\w+ ){0,5}?(?:done|finished|"
        r"ready|complete|completed|delivered|live|with (?:me|us)|expect|have|get|see|"
        r"receive)\b",
        r"(?:^|[.!?…,]\s*)(?:today|tonight|tomorrow)\s*\?",
        r"\b(?:need|want|give me|give us|get) (?:\w+ )?(?:a|an|the) (?:firm |real |concrete |"
        r"proper )?(?:date|eta|timeline)\b",
        r"\bwhat'?s the (?:eta|timeline)\b",
    ),
)
# „am besten gestern“, "ideally yesterday" is the hurry, no date gone by.
_WHEN_GONE_BY = _GONE_BY.replace(
    "gestern", "(?<!am besten )(?<!am liebsten )gestern"
).replace("yesterday", "(?<!ideally )(?<!preferably )yesterday")
# „endlich“, "finally", "still" make it a complaint about the wait: the default (sorry) reply.
# The client's own deadline beside the question („Wann ist das fertig? Muss es morgen früh
# zeigen“, "when will it be done? I need it for Friday's meeting"): whether that deadline works
# is the answer (`question`, `deadline`), not a blank date.
_OWN_DEADLINE = translated(
    r"\b(?:muss|müssen|brauche|brauchen|need|needs|have to|has to|must)\b[^.?!]{0,40}"
    r"\b(?:morgen|heute|übermorgen|tomorrow|today|tonight|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|\b(?:morgen|heute|tomorrow|today|tonight)\b[^.?!]{0,30}\b(?:muss|brauche|need|have to)\b"
)
WHEN_DONE = unless(
    _WHEN_GONE_BY + r"|\bendlich\b|\bfinally\b|\bstill\b|" + _OWN_DEADLINE, _WHEN_DONE
)
