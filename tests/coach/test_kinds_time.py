"""Every kind test of the time family: kinds about time and scope in boundary_overstep,
urgent_pressure, delay_complaint and scope_creep.

boundary_overstep: watching the work (also surveillance software), status chasing, an absence
ahead ("leave") or past and unannounced, an unanswered message or phone (also sent late in the
evening, `off_hours`), private errands, reachability split from exclusivity, an instant demand,
and a default that neither asks to be told it cannot wait nor answers a status chase nobody made.
urgent_pressure: an emergency (also after silence), a named, earlier, weekend or comfortable
deadline (a Saturday or Sunday that is only a deadline; a denied urgency, „eilt nicht“), a night
before a morning deadline, an ultimatum (a lawyer or "consequences"), and an urgent question that
asks about the date it names and does not commit before it checks. delay_complaint: work that
arrived late (also with a question about it), a new date, a status question with a deadline in
hours, a past-due complaint worded as a status question, a message that names no delay, and a
client who says the delay is no big deal. scope_creep: an announced extra, an extra the client
assumed was included, praise before an extra, and a default that says what it costs without
repeating itself. Also: a named date gone by (`missed_date`, the new date a blank) and a question
whether a day ahead holds (`date_check`); in boundary_overstep a weekend work request, a move to
a messenger app (`channel`), staff rules (`staff`) and a worried client (`worried`); a change to
work that is live (`live_change`) and a client who needs to know by a time (`need_to_know`); an
earlier date checked, not decided, with a fallback; a weekend rule or working hours only from
the profile. And the dates a draft may quote.

The client messages are our own. Each kind is tried in German "Sie", German "du" and English,
coached as its situation in every tone, long and short: the draft must answer that kind, say
nothing it must not, and pass `review_draft`. Boundaries keep the default or another kind; near
misses must not get the kind they look like.
"""

from __future__ import annotations

import re

import pytest

from bot.coach import Formality, Language, Situation, Tone
from bot.coach import coach as default_coach
from bot.coach.incidents import incident_kind
from bot.coach.model import Profile
from bot.coach.normalize import fold
from bot.coach.slots import extract_slots
from tests.coach.kind_cases import (
    DU,
    EN,
    SIE,
    Case,
    S,
    all_drafts,
    assert_answers,
)

# --- one case per kind and voice, with what each kind's draft says and never says -------------

CASES = [
    # --- boundary_overstep: watch
    Case(
        S.BOUNDARY_OVERSTEP,
        "watch",
        SIE,
        "Ich würde Ihnen beim Gestalten gern über die Schulter schauen.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "watch",
        DU,
        "Teil doch mal deinen Bildschirm, dann sehe ich, was du machst.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "watch",
        EN,
        "It would be easier if I could sit next to you while you edit.",
    ),
    # --- boundary_overstep: watch (surveillance software)
    Case(
        S.BOUNDARY_OVERSTEP,
        "watch",
        SIE,
        "Bitte installieren Sie unser Tool, das alle fünf Minuten Screenshots macht.",
        "software",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "watch",
        DU,
        "Wir nutzen eine Software mit Bildschirmaufnahme, die musst du auch laufen lassen.",
        "software",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "watch",
        EN,
        "All freelancers run our tracker, it takes screenshots every few minutes.",
        "software",
    ),
    # --- boundary_overstep: status
    Case(
        S.BOUNDARY_OVERSTEP,
        "status",
        SIE,
        "Sind Sie jetzt endlich fertig? Ich frage heute zum dritten Mal.",
    ),
    Case(S.BOUNDARY_OVERSTEP, "status", DU, "Solltest du nicht längst an meinen Folien sitzen?"),
    Case(
        S.BOUNDARY_OVERSTEP,
        "status",
        EN,
        "Shouldn't you be working on my slides? Is it finished yet?",
    ),
    # --- boundary_overstep: absence ("leave")
    Case(
        S.BOUNDARY_OVERSTEP,
        "absence",
        EN,
        "So you're really going to leave us right before the launch?",
    ),
    # --- boundary_overstep: no_reply
    Case(S.BOUNDARY_OVERSTEP, "no_reply", SIE, "Ich habe Ihnen schon zweimal geschrieben!"),
    Case(
        S.BOUNDARY_OVERSTEP,
        "no_reply",
        DU,
        "Ich hab dich heute dreimal angerufen, warum gehst du nicht ran?",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "no_reply",
        EN,
        "We've messaged you twice this week and still nothing.",
    ),
    # --- boundary_overstep: no_reply (a phone that goes unanswered, no subject)
    Case(S.BOUNDARY_OVERSTEP, "no_reply", SIE, "Warum gehen Sie nicht ans Telefon?"),
    Case(S.BOUNDARY_OVERSTEP, "no_reply", DU, "Hab dich zweimal angerufen."),
    Case(S.BOUNDARY_OVERSTEP, "no_reply", EN, "Why aren't you picking up?"),
    # --- boundary_overstep: no_reply about an emergency
    Case(
        S.BOUNDARY_OVERSTEP,
        "no_reply_emergency",
        SIE,
        "Ich habe Sie heute dreimal angerufen, es ist ein Notfall!",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "no_reply_emergency",
        DU,
        "Warum meldest du dich nicht? Bei uns geht nichts mehr!",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "no_reply_emergency",
        EN,
        "Why are you not answering? Our shop is down since this morning!",
    ),
    # --- boundary_overstep: instant_demand
    Case(
        S.BOUNDARY_OVERSTEP,
        "instant_demand",
        SIE,
        "Haben Sie kurz? Ich bräuchte noch einen Slogan, dauert ja nur fünf Minuten.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "instant_demand",
        DU,
        "Mach mir doch mal eben schnell ein Banner, am besten jetzt gleich.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "instant_demand",
        EN,
        "Quick one: can you just rename the files for me? Shouldn't take long.",
    ),
    # --- boundary_overstep: absence_past
    Case(
        S.BOUNDARY_OVERSTEP,
        "absence_past",
        SIE,
        "Sie waren die ganze letzte Woche verreist, und keiner wusste davon.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "absence_past",
        DU,
        "Hättest du mir nicht vorher Bescheid sagen können, dass du weg bist?",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "absence_past",
        EN,
        "So you were off on a trip for five days? A heads-up would have been helpful.",
    ),
    # --- boundary_overstep: personal_errands (private matters, family appointments)
    Case(
        S.BOUNDARY_OVERSTEP,
        "personal_errands",
        SIE,
        "Könnten Sie auch meine privaten Termine in meinen Kalender eintragen?",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "personal_errands",
        DU,
        "Buch doch bitte noch einen Friseurtermin für meine Frau am Donnerstag.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "personal_errands",
        EN,
        "Could you also book a vet appointment for my dog and tidy my personal inbox?",
    ),
    # --- boundary_overstep: reachable
    Case(
        S.BOUNDARY_OVERSTEP,
        "reachable",
        SIE,
        "Wir erwarten, dass Sie tagsüber jederzeit erreichbar sind.",
    ),
    Case(S.BOUNDARY_OVERSTEP, "reachable", DU, "Du solltest schon immer erreichbar sein, oder?"),
    Case(
        S.BOUNDARY_OVERSTEP,
        "reachable",
        EN,
        "We need you to be available at all times on Slack.",
    ),
    # --- boundary_overstep: off_hours (a message late in the evening)
    Case(
        S.BOUNDARY_OVERSTEP,
        "off_hours",
        SIE,
        "Ich habe Ihnen gestern Abend geschrieben und nichts gehört.",
    ),
    Case(S.BOUNDARY_OVERSTEP, "off_hours", DU, "Warum kam gestern Nacht nichts mehr von dir?"),
    Case(
        S.BOUNDARY_OVERSTEP,
        "off_hours",
        EN,
        "You didn't reply to my message at 10 last night.",
    ),
    # --- boundary_overstep: off_hours (a weekend habit; a late clock time without "Uhr")
    Case(S.BOUNDARY_OVERSTEP, "off_hours", SIE, "Warum meldet sich samstags nie jemand bei uns?"),
    Case(S.BOUNDARY_OVERSTEP, "off_hours", DU, "Ich hab dir um 23:15 geschrieben, wieso kam nix?"),
    Case(S.BOUNDARY_OVERSTEP, "off_hours", EN, "How come you never answer on weekends?"),
    Case(
        S.BOUNDARY_OVERSTEP,
        "off_hours",
        EN,
        "Left you three voice notes last night. From now on reply within the hour, evenings too.",
    ),
    # --- boundary_overstep: staff (treated like an employee)
    Case(
        S.BOUNDARY_OVERSTEP,
        "staff",
        SIE,
        "Ab Montag sind Sie bitte jeden Tag um 9 im Videocall, wie alle anderen im Team.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "staff",
        DU,
        "Deinen Urlaub musst du künftig bei mir beantragen, und die Kamera bleibt im Call an.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "staff",
        EN,
        "Please join our daily stand-up and install Hubstaff so we can see your hours.",
    ),
    # --- boundary_overstep: weekend (work asked for over the weekend)
    Case(S.BOUNDARY_OVERSTEP, "weekend", SIE, "Könnten Sie am Wochenende noch die Folien machen?"),
    Case(
        S.BOUNDARY_OVERSTEP,
        "weekend",
        DU,
        "Kannst du dich übers Wochenende mal an die Texte setzen?",
    ),
    Case(S.BOUNDARY_OVERSTEP, "weekend", EN, "Can you work on the slides over the weekend?"),
    # --- boundary_overstep: channel (contact moved to another channel)
    Case(S.BOUNDARY_OVERSTEP, "channel", SIE, "Können wir das künftig über Telegram machen?"),
    Case(S.BOUNDARY_OVERSTEP, "channel", DU, "Schick mir mal deine private Nummer, ist einfacher."),
    Case(S.BOUNDARY_OVERSTEP, "channel", EN, "Mind if we switch to WhatsApp? Email is so slow."),
    # a move of channel with an evening or a weekend: the channel answer also says when
    Case(
        S.BOUNDARY_OVERSTEP,
        "channel",
        SIE,
        "Geben Sie mir doch Ihre Handynummer, dann kann ich Sie auch am Wochenende kurz anrufen.",
        "hours",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "channel",
        DU,
        "Lass uns auf WhatsApp wechseln, dann kann ich dir auch abends noch was schicken.",
        "hours",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "channel",
        EN,
        "Can I have your personal number so I can text you in the evenings too?",
        "hours",
    ),
    # --- urgent_pressure: emergency
    Case(
        S.URGENT_PRESSURE,
        "emergency",
        SIE,
        "Notfall: Unser Buchungsformular funktioniert nicht mehr. Können Sie bitte schauen?",
    ),
    Case(
        S.URGENT_PRESSURE,
        "emergency",
        DU,
        "Hilfe, der Newsletter-Server ist komplett abgestürzt, kannst du schauen?",
    ),
    Case(
        S.URGENT_PRESSURE,
        "emergency",
        EN,
        "The booking page stopped working an hour ago and we open at nine!",
    ),
    # --- urgent_pressure: deadline
    Case(
        S.URGENT_PRESSURE,
        "deadline",
        SIE,
        "Können Sie uns die Broschüre bis spätestens morgen schicken?",
    ),
    Case(S.URGENT_PRESSURE, "deadline", DU, "Kannst du mir die Präsentation bis Freitag machen?"),
    Case(S.URGENT_PRESSURE, "deadline", EN, "We need the banner by Thursday for the fair."),
    # --- urgent_pressure: deadline (a Saturday or Sunday that is only a deadline)
    Case(S.URGENT_PRESSURE, "deadline", SIE, "Bekomme ich die Broschüre bis Samstag?"),
    Case(S.URGENT_PRESSURE, "deadline", DU, "Reicht es dir bis spätestens Sonntag?"),
    Case(S.URGENT_PRESSURE, "deadline", EN, "Could I have the menu cards by Saturday?"),
    # --- urgent_pressure: relaxed
    Case(
        S.URGENT_PRESSURE,
        "relaxed",
        SIE,
        "Es reicht völlig, wenn Sie uns die Texte Ende nächster Woche schicken.",
    ),
    Case(
        S.URGENT_PRESSURE,
        "relaxed",
        DU,
        "Kein Stress, schick mir die Grafiken einfach bis zum Monatsende.",
    ),
    Case(
        S.URGENT_PRESSURE,
        "relaxed",
        EN,
        "There's no rush, the end of the month is fine for the report.",
    ),
    # --- urgent_pressure: relaxed (urgency denied)
    Case(S.URGENT_PRESSURE, "relaxed", SIE, "Schicken Sie mir die Logos? Es eilt aber nicht."),
    Case(S.URGENT_PRESSURE, "relaxed", DU, "Magst du mir die Tabelle schicken? Ist nicht eilig."),
    Case(S.URGENT_PRESSURE, "relaxed", EN, "Could you send the brand fonts? Not urgent."),
    # --- urgent_pressure: question
    Case(
        S.URGENT_PRESSURE,
        "question",
        SIE,
        "Es ist dringend: Haben Sie die Druckdaten vom Frühjahr noch?",
    ),
    Case(
        S.URGENT_PRESSURE,
        "question",
        DU,
        "Ganz dringend, kannst du mir die Schriftdatei noch mal schicken?",
    ),
    Case(
        S.URGENT_PRESSURE,
        "question",
        EN,
        "This is urgent. Could you send me the logo files again?",
    ),
    # --- urgent_pressure: no_reply_emergency
    Case(
        S.URGENT_PRESSURE,
        "no_reply_emergency",
        SIE,
        "Unser Shop ist seit heute früh offline, und Sie melden sich einfach nicht!",
    ),
    Case(
        S.URGENT_PRESSURE,
        "no_reply_emergency",
        DU,
        "Notfall! Die Buchungsseite lädt nicht mehr und du antwortest einfach nicht.",
    ),
    Case(
        S.URGENT_PRESSURE,
        "no_reply_emergency",
        EN,
        "The checkout stopped working an hour ago and nobody is answering my calls.",
    ),
    # --- urgent_pressure: overnight
    Case(
        S.URGENT_PRESSURE,
        "overnight",
        SIE,
        "Schaffen Sie die Folien heute Abend noch? Der Termin ist morgen um 9.",
    ),
    Case(
        S.URGENT_PRESSURE,
        "overnight",
        DU,
        "Kannst du heute Nacht noch ran? Ich präsentiere morgen früh.",
    ),
    Case(
        S.URGENT_PRESSURE,
        "overnight",
        EN,
        "Can you finish the report tonight? The board sees it tomorrow morning.",
    ),
    # --- urgent_pressure: weekend (the date is a Monday; or "it's Sunday")
    Case(S.URGENT_PRESSURE, "weekend", SIE, "Geht das am Sonntag noch? Am Montag um 9 ist Termin."),
    Case(S.URGENT_PRESSURE, "weekend", DU, "Ich weiß, es ist Samstag, aber kannst du kurz drüber?"),
    Case(S.URGENT_PRESSURE, "weekend", EN, "Can you finish the slides on Sunday for Monday?"),
    # --- urgent_pressure: ultimatum
    Case(
        S.URGENT_PRESSURE,
        "ultimatum",
        SIE,
        "Ich erwarte die Unterlagen bis Freitag, sonst gebe ich die Sache an meinen Anwalt.",
    ),
    Case(
        S.URGENT_PRESSURE,
        "ultimatum",
        DU,
        "Bis morgen früh will ich eine Erklärung, sonst ziehen wir Konsequenzen.",
    ),
    Case(
        S.URGENT_PRESSURE,
        "ultimatum",
        EN,
        "I want the files by Thursday or my lawyer will be in touch.",
    ),
    # --- urgent_pressure: deadline_earlier (a nearer date in place of the agreed one)
    Case(
        S.URGENT_PRESSURE,
        "deadline_earlier",
        SIE,
        "Wir brauchen die Broschüre jetzt schon am Dienstag statt am Freitag.",
    ),
    Case(
        S.URGENT_PRESSURE,
        "deadline_earlier",
        DU,
        "Kannst du die Texte morgen statt nächste Woche liefern?",
    ),
    Case(
        S.URGENT_PRESSURE,
        "deadline_earlier",
        EN,
        "The review has moved forward, so we need the report on Tuesday.",
    ),
    # --- delay_complaint: arrived_late
    Case(
        S.DELAY_COMPLAINT,
        "arrived_late",
        SIE,
        "Ihre Broschüren sind gestern endlich angekommen, leider viel zu spät.",
    ),
    Case(S.DELAY_COMPLAINT, "arrived_late", DU, "Deine Fotos kamen leider zu spät bei mir an."),
    Case(
        S.DELAY_COMPLAINT,
        "arrived_late",
        EN,
        "We finally got the brochures this morning, far too late.",
    ),
    # --- delay_complaint: arrived_late, with a question about it
    Case(
        S.DELAY_COMPLAINT,
        "arrived_late_question",
        SIE,
        "Ihre Plakate sind endlich angekommen, viel zu spät. Warum fehlt das Logo unten?",
    ),
    Case(
        S.DELAY_COMPLAINT,
        "arrived_late_question",
        DU,
        "Deine Karten kamen viel zu spät bei mir an. Sind die Umschläge noch unterwegs?",
    ),
    Case(
        S.DELAY_COMPLAINT,
        "arrived_late_question",
        EN,
        "Got the prints at last, far too late. Why are they glossy and not matte?",
    ),
    # --- delay_complaint: new_date
    Case(
        S.DELAY_COMPLAINT,
        "new_date",
        SIE,
        "Wir brauchen Ihre Texte spätestens bis Donnerstag, das zieht sich ewig!",
    ),
    Case(
        S.DELAY_COMPLAINT,
        "new_date",
        DU,
        "Ich brauche dein Video bis Freitag, es dauert schon viel zu lange.",
    ),
    Case(
        S.DELAY_COMPLAINT,
        "new_date",
        EN,
        "We need it finished by Friday, this is taking far too long.",
    ),
    # --- delay_complaint: due_soon
    Case(
        S.DELAY_COMPLAINT,
        "due_soon",
        SIE,
        "Wie ist der Stand? Die Agentur braucht die Bilder in einer Stunde.",
    ),
    Case(
        S.DELAY_COMPLAINT,
        "due_soon",
        DU,
        "Wo stehen wir? Ich brauche die Texte bis heute Mittag.",
    ),
    Case(
        S.DELAY_COMPLAINT,
        "due_soon",
        EN,
        "Any update? The printer needs the files within the next 2 hours.",
    ),
    # --- delay_complaint: status (where things stand)
    Case(S.DELAY_COMPLAINT, "status", SIE, "Wo stehen wir eigentlich bei der Broschüre?"),
    Case(S.DELAY_COMPLAINT, "status", DU, "Wie kommst du mit den Illustrationen voran?"),
    Case(S.DELAY_COMPLAINT, "status", EN, "Where are we at with the menu design?"),
    # --- delay_complaint: a message that names no delay gets the status answer
    Case(S.DELAY_COMPLAINT, "status", SIE, "Haben Sie kurz Zeit für das Projekt?"),
    Case(S.DELAY_COMPLAINT, "status", DU, "Kannst du mal nach der Sache schauen?"),
    Case(S.DELAY_COMPLAINT, "status", EN, "Can we talk about the brochure?"),
    # --- delay_complaint: mild
    Case(
        S.DELAY_COMPLAINT,
        "mild",
        SIE,
        "Die Bilder waren doch für Montag geplant, oder? Ist nicht schlimm.",
    ),
    Case(
        S.DELAY_COMPLAINT,
        "mild",
        DU,
        "Die Fotos sollten eigentlich schon gestern kommen, aber halb so wild.",
    ),
    Case(
        S.DELAY_COMPLAINT,
        "mild",
        EN,
        "Weren't the banners meant to arrive on Tuesday? No big deal, I just need a date.",
    ),
    # --- delay_complaint: the work is live and the client wants a change (no delay)
    Case(
        S.DELAY_COMPLAINT,
        "live_change",
        SIE,
        "Der Beitrag ist seit drei Wochen online, könnten Sie das Foto austauschen?",
    ),
    Case(
        S.DELAY_COMPLAINT, "live_change", DU, "Seite ist seit 2 Wochen live, änder bitte den Titel."
    ),
    Case(
        S.DELAY_COMPLAINT,
        "live_change",
        EN,
        "The video has been live for 10 days now, could you cut the last scene?",
    ),
    # --- delay_complaint: missed_date (a named date gone by)
    Case(S.DELAY_COMPLAINT, "missed_date", SIE, "Hieß es nicht Mittwoch? Heute ist Freitag."),
    Case(
        S.DELAY_COMPLAINT,
        "missed_date",
        DU,
        "Die Etiketten waren doch für letzten Montag zugesagt.",
    ),
    Case(S.DELAY_COMPLAINT, "missed_date", EN, "Wasn't the menu due on Wednesday? It's Friday."),
    Case(
        S.DELAY_COMPLAINT, "missed_date", EN, "The report was supposed to be finished by the 4th."
    ),
    # --- delay_complaint and urgent_pressure: date_check (is a date ahead still on?)
    Case(
        S.DELAY_COMPLAINT, "date_check", SIE, "Bleibt es bei Donnerstag? Wir stellen es dann vor."
    ),
    Case(S.URGENT_PRESSURE, "date_check", DU, "Steht Mittwoch noch? Ich brauch das wirklich."),
    Case(
        S.URGENT_PRESSURE,
        "date_check",
        EN,
        "We're still good for Monday, yes? The launch is close.",
    ),
    # --- scope_creep: announced
    Case(
        S.SCOPE_CREEP,
        "announced",
        SIE,
        "Bevor Sie abschließen: Ich hätte da noch eine kleine Bitte.",
    ),
    Case(S.SCOPE_CREEP, "announced", DU, "Du, ich hab da noch ne Kleinigkeit für dich…"),
    Case(
        S.SCOPE_CREEP,
        "announced",
        EN,
        "Great work so far! One more quick thing before you wrap up.",
    ),
    # --- scope_creep: assumed_included
    Case(
        S.SCOPE_CREEP,
        "assumed_included",
        SIE,
        "Wir sind davon ausgegangen, dass die Übersetzung im Paket enthalten ist.",
    ),
    Case(
        S.SCOPE_CREEP,
        "assumed_included",
        DU,
        "Kannst du noch die Social-Media-Grafiken machen? Ich dachte, die sind inklusive.",
    ),
    Case(
        S.SCOPE_CREEP,
        "assumed_included",
        EN,
        "Could you add the blog setup? We figured that was part of the website package.",
    ),
    # --- scope_creep: praise
    Case(
        S.SCOPE_CREEP,
        "praise",
        SIE,
        "Die Broschüre sieht wirklich toll aus! Könnten Sie auch noch Plakate gestalten?",
    ),
    Case(
        S.SCOPE_CREEP,
        "praise",
        DU,
        "Super Arbeit! Kannst du jetzt auch noch die Visitenkarten machen?",
    ),
    Case(
        S.SCOPE_CREEP,
        "praise",
        EN,
        "We're really happy with the logo. Could you design the letterhead too?",
    ),
    # --- delay_complaint / urgent_pressure: a direct question for the date gets the date (a
    # blank), first
    Case(S.DELAY_COMPLAINT, "when_done", SIE, "Wann haben Sie die Broschüre fertig? Heute?"),
    Case(
        S.DELAY_COMPLAINT,
        "when_done",
        DU,
        "Bis wann bist du mit den Fotos durch? Ich bräuchte ein Datum.",
    ),
    Case(S.DELAY_COMPLAINT, "when_done", EN, "When will the newsletter be finished? Tomorrow?"),
    Case(
        S.URGENT_PRESSURE,
        "when_done",
        EN,
        "When can we expect the landing page? We need a date, it's urgent.",
    ),
    # --- boundary_overstep: reachable at days or hours the client sets
    Case(
        S.BOUNDARY_OVERSTEP,
        "set_hours",
        SIE,
        "Ab nächster Woche sollten Sie bitte auch sonntags erreichbar sein, da melden sich viele.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "set_hours",
        DU,
        "Sei bitte werktags von 7 bis 19 Uhr online, damit ich dich was fragen kann.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "set_hours",
        EN,
        "Please be available on Teams 9 to 7, weekends included.",
    ),
    # --- boundary_overstep: breaks reported and a daily meeting, like staff
    Case(
        S.BOUNDARY_OVERSTEP,
        "staff",
        SIE,
        "Bitte melden Sie sich künftig bei mir ab, wenn Sie in die Mittagspause gehen.",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "staff",
        DU,
        "Kannst du morgens zum Daily dazukommen, wie der Rest vom Team?",
    ),
    Case(
        S.BOUNDARY_OVERSTEP,
        "staff",
        EN,
        "Please let me know when you take your lunch break.",
    ),
    # --- delay_complaint: late again, and the client says it keeps happening
    Case(
        S.DELAY_COMPLAINT,
        "repeated",
        SIE,
        "Schon wieder schicken Sie den Bericht zu spät, das geht so nicht.",
    ),
    Case(
        S.DELAY_COMPLAINT,
        "repeated",
        DU,
        "Zum dritten Mal bist du mit den Grafiken verspätet.",
    ),
    Case(S.DELAY_COMPLAINT, "repeated", EN, "The newsletter is late again, this keeps happening."),
    # --- delay_complaint: the client sent its part and has heard nothing since
    Case(
        S.DELAY_COMPLAINT,
        "no_word",
        SIE,
        "Vor zwei Wochen haben wir Ihnen die Unterlagen geschickt, seitdem nichts mehr gehört.",
    ),
    Case(
        S.DELAY_COMPLAINT,
        "no_word",
        DU,
        "Hab dir die Fotos schon letzte Woche geschickt und noch keine Rückmeldung bekommen.",
    ),
    Case(
        S.DELAY_COMPLAINT,
        "no_word",
        EN,
        "We uploaded the brief ten days ago and haven't heard anything since.",
    ),
]

# What the draft of each kind must say, and must never say: a tuple holds every pattern in it; a
# "kind:shape" key holds the cases of that shape instead of the kind's own.
SAYS = {
    "watch": r"Zwischenst|auf dem Laufenden|keep you posted|progress|work in progress",
    "status": (
        r"Stand|Zwischenstand|status|how far",
        r"Stand|Nachfrage|status|checking in|asking",
        r"Stand|status|how far",
    ),
    "absence": r"Abwesenheit|time off|away|freie Tage|return|back",
    # an apology for the silence, then the answer today
    "no_reply": (
        r"(?:tut mir leid|entschuldig|sorry)[\s\S]*(?:heute|today)",
        r"tut mir leid|Entschuldig|sorry|apolog",
    ),
    "no_reply_emergency": (
        r"(?:tut mir leid|entschuldig|sorry)[\s\S]*(?:einer Stunde|an hour)",
        r"(?:tut mir leid|Entschuldig|sorry).*(?:Stunde|hour)",
    ),
    # not squeezed in on the spot, and today the client hears when
    "instant_demand": r"(?:spontan|zwischendurch|auf der stelle|drop everything|squeeze"
    r"|on the spot)[\s\S]*(?:heute|today)",
    # on it, looking now, and what can be done within the hour
    "emergency": r"(?:jetzt|now)[\s\S]*(?:einer Stunde|an hour)"
    r"|(?:einer Stunde|an hour)[\s\S]*(?:jetzt|now)",
    "deadline": (
        r"Termin|klappt|make it|deadline|date|in time",
        r"Termin|Samstag|Sonntag|Saturday|deadline|date|timing",
    ),
    "relaxed": (
        r"Termin|Kalender|schedule|date|plan",
        r"Kalender|schedule|plan",
    ),
    "question": r"heute|today",
    "arrived_late": r"später als geplant|länger gedauert|later than planned|took longer",
    "arrived_late_question": r"(?:später als geplant|länger gedauert|later than planned"
    r"|took longer)[\s\S]*(?:(?:Frage|question)[^.]*(?:heute|today)|(?:heute|today)[^.]*Frage)",
    "new_date": r"(?:prüfe|check)[^.]*(?:Donnerstag|Freitag|Friday)",
    "announced": r"worum es geht|what it is|what you have in mind",
    "absence_past": r"recht|right|fair",
    "personal_errands": r"privat|Erledigung|Auftrag|personal|errand|assignment",
    "overnight": r"heute Abend|tonight",
    "due_soon": r"in Kürze|gleich|shortly|now",
    "mild": r"später als geplant|later than planned",
    "assumed_included": r"nicht enthalten|nicht zum vereinbarten|wasn't part|isn't included"
    r"|wasn't in",
    "praise": r"freut|Feedback|gefällt|glad|kind words|pleased",
    "weekend": r"Wochenende|weekend",
    "ultimatum": r"Frist|deadline",
    "deadline_earlier": r"früher|jetzt|sooner|earlier|now",
    "reachable": r"Arbeitszeit|erreichbar|working hours|reachable|set times|response times",
    "off_hours": r"Arbeitszeit|working hours",
    "watch:software": r"Zwischenst|Fortschritt|progress|update",
    "staff": r"selbstständig|contractor|self-employed|freelance",
    "live_change": r"Umfang|agreed|scope",
    "missed_date": r"(recht|right).*(Termin|date).*\[(Tag|day)\]",
    "date_check": r"\[(Antwort|your answer)\]",
    "channel": r"bisherigen Weg|an einem Ort|channel we use|one place|where they are",
    "channel:hours": r"(?:bisherigen Weg|an einem Ort|channel we use|one place|where they are)"
    r"[^.]*(?:Arbeitszeit|working hours)",
    "when_done": r"\[Datum\]|\[day\]",
    "set_hours": r"\[Tage und Uhrzeiten\]|\[days and hours\]",
    "repeated": r"nicht das erste Mal|öfter|more than once|first time|keeps happening",
    "no_word": r"(?:melden müssen|Rückmeldung kommen müssen|got back to you|been in touch)"
    r"[\s\S]*(?:heute|today)",
}
NEVER = {
    "watch": r"Zeitfenster|set blocks|nicht warten|can't wait",
    "status": (
        r"Zeitfenster|set blocks|nicht warten|can't wait|entschuldig|sorry|apolog",
        r"Entschuldig|tut mir leid|sorry|apolog",
    ),
    "absence": r"Zeitfenster|set blocks",
    "no_reply": (
        r"Zeitfenster|set blocks|Arbeitszeit|working hours",
        r"Zeitfenster|set blocks",
    ),
    "no_reply_emergency": (
        r"später am Tag|heute noch|later today|Zeitfenster|set blocks|working hours",
        r"später am Tag|later today|Zeitfenster|set blocks",
    ),
    "instant_demand": r"Zeitfenster|set blocks|Dringendes zuerst|anything urgent first",
    # no weighing of what is realistic, no "right away" / „sofort“
    "emergency": r"ob und wann|whether and when|realistisch|realistic|zu viel zu versprechen"
    r"|promise too much|sofort|right away|bis morgen|by tomorrow",
    "deadline": (
        r"das ist dringend|this is urgent|wann Sie es haben|when you can have it",
        r"Wochenende|weekend",
    ),
    "relaxed": (
        r"dringend|urgent|eilt|rush job|Eil",
        r"dringend|urgent|eilt|rush",
    ),
    "question": r"ob und wann|whether and when|was ich rechtzeitig|what I can manage|bis morgen"
    r"|by tomorrow",
    "arrived_late": r"neuen Termin|new date|bis morgen|by tomorrow|wann Sie alles|wann du alles"
    r"|when you'll have",
    "arrived_late_question": r"neuen Termin|new date|bis morgen|by tomorrow|fehlt|missing",
    "new_date": r"Bis morgen bestätige|By tomorrow I'll confirm|alle zwei Tage|every two days",
    "announced": r"geht über|hinaus|outside|beyond|isn't part|separate add-on|gehört nicht",
    "absence_past": r"fest eingeplant|is planned|stays as planned",
    "personal_errands": r"Zeitfenster|set blocks",
    "overnight": r"nächsten Arbeitstag|next working day",
    "due_soon": r"bis morgen|by tomorrow|Entschuldig|sorry",
    "mild": r"zu lange dauert|taking too long|offen sagen|openly",
    "assumed_included": r"\{",
    "praise": r"Thanks for thinking of me|an mich denk",
    # no weekend rule without working hours in the profile
    "weekend": (
        r"arbeite ich nicht|nicht im Einsatz|halte ich mir frei|I don't work|I'm off|time off",
        r"außerhalb meiner Arbeitszeit|outside my working hours|n.t work|arbeite ich nicht",
    ),
    "ultimatum": r"Danke, dass Sie mir sagen, bis wann|Thanks for telling me when|Planung"
    r"|schedule",
    "deadline_earlier": r"proposing a time|Zeit vorschlagen",
    "reachable": r"Exklusiv|exclusiv|einen Kunden|one client",
    # no apology, and the freelancer's hours are not the client's to choose
    "off_hours": (
        r"Entschuldig|tut mir leid|sorry|apolog|passen (?:dir|Ihnen)|suit you|feste Zeiten"
        r"|set times|Ständige|constant",
        r"Entschuldig|tut mir leid|sorry|apolog|passen (?:dir|Ihnen)|suit you|feste Zeiten"
        r"|set times|Ständige|constant|Geduld|patience",
    ),
    "watch:software": r"\{",
    "staff": (r"Abwesenheit|absence|Wochenende|weekend|\{", r"Zeitfenster|set blocks"),
    "live_change": r"Entschuldig|tut mir leid|sorry|apolog|länger als geplant|longer than planned",
    "missed_date": r"bis morgen|by tomorrow|länger als geplant|longer than planned",
    "date_check": r"Entschuldig|tut mir leid|sorry|bis morgen|by tomorrow",
    "channel": r"\b(?:Mo|Mon)\b|9–17",
    "channel:hours": r"\b(?:Mo|Mon)\b|9–17|Entschuldig|tut mir leid|sorry|apolog",
    # the date now, not tomorrow; no apology for a delay nobody named
    "when_done": r"bis morgen|by tomorrow|tut mir leid|entschuldig|sorry",
    # no weekend rule, no round-the-clock answer to set hours
    "set_hours": r"rund um die Uhr|around the clock|Wochenende arbeite|work(?:ing)? weekends|"
    r"Dringendes zuerst|anything urgent first",
    "repeated": r"länger dauert als geplant|taking longer than planned|Geduld|patience",
    # the files are the client's, sent to you: nobody waits for them; no reply-time rule
    "no_word": r"warten auf|wartest auf|waiting for the|Werktag|working day|Zeitfenster",
}


class TestTimeKinds:
    @pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
    def test_the_kind_is_read(self, case: Case) -> None:
        assert incident_kind(case.situation, fold(case.text)) == case.kind

    @pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
    def test_the_draft_answers_the_kind(self, case: Case) -> None:
        assert_answers(case, SAYS[case.key], NEVER.get(case.key), voice=True)


# --- boundaries and near misses -------------------------------------------------------------

# Messages and the kind they must get (None: the default).
BOUNDARIES = [
    # --- messages that look close but keep the default kind
    (S.BOUNDARY_OVERSTEP, "Can you leave the header as it is?", None),
    (S.BOUNDARY_OVERSTEP, "Ich schaue mir Ihren Entwurf morgen an.", None),
    (S.URGENT_PRESSURE, "Den Entwurf brauche ich heute noch, bis 16 Uhr!", None),
    (S.URGENT_PRESSURE, "I need it right away, by Friday at the latest!", None),
    (S.URGENT_PRESSURE, "May I ask how soon you could start?", None),
    (S.URGENT_PRESSURE, "For me “no rush” means “today”.", None),
    (S.SCOPE_CREEP, "Können Sie noch zwei Seiten anlegen? Ist ja nur eine Kleinigkeit.", None),
    (S.SCOPE_CREEP, "One more thing: please add a contact form to the site.", None),
    (S.SCOPE_CREEP, "Ich hab noch eine Kleinigkeit: das Logo bitte auch als PNG.", None),
    # the contact is not the complaint when what was sent follows
    (
        S.BOUNDARY_OVERSTEP,
        "Ich habe Ihnen gestern geschrieben, dass das Logo blau sein soll.",
        None,
    ),
    (S.BOUNDARY_OVERSTEP, "I emailed you the brief last week.", None),
    # instant replies or a call, not an instant task
    (S.BOUNDARY_OVERSTEP, "Können Sie bitte sofort antworten, wenn ich schreibe?", None),
    (S.BOUNDARY_OVERSTEP, "Haben Sie kurz Zeit für ein Telefonat?", None),
    # a push dressed as a question, and a question that opens with a question word
    (S.URGENT_PRESSURE, "Can't you just do it faster? It's urgent!", None),
    (S.URGENT_PRESSURE, "Bis wann brauchst du es? Morgen früh muss es fertig sein.", None),
    (S.URGENT_PRESSURE, "Hast du kurz? Ich brauche dringend zwei Slogans.", None),
    # nothing has arrived; a missed date is no new one
    (S.DELAY_COMPLAINT, "We haven't received anything and it's three weeks late.", None),
    (S.DELAY_COMPLAINT, "We needed it by Friday, and it's still not done.", None),
    # a date or a person that "doesn't work" is no outage
    (S.URGENT_PRESSURE, "You are not working on it fast enough, I need it today!", None),
    (S.URGENT_PRESSURE, "Das geht so nicht mehr weiter, ich brauche es heute!", None),
    (S.URGENT_PRESSURE, "Monday is not working for us, it has to be today.", None),
    # --- messages that look close but keep another kind (or none)
    # a weekend demand stays one; a weekday named with it is the date
    (S.URGENT_PRESSURE, "Können Sie am Sonntag noch die Grafiken machen?", "weekend"),
    (S.URGENT_PRESSURE, "Any chance you could work on it over the weekend?", "weekend"),
    (S.URGENT_PRESSURE, "Send it by Friday please, the fair opens on Saturday.", "deadline"),
    # tonight without a morning deadline is plain after_hours
    (S.URGENT_PRESSURE, "Kannst du das heute Abend noch erledigen?", "after_hours"),
    # being online in the evening is no absence
    (S.BOUNDARY_OVERSTEP, "Du warst gestern online, warum kam nichts zurück?", None),
    # "bis heute" as "up to today" is no deadline in hours
    (S.DELAY_COMPLAINT, "Bis heute habe ich nichts von Ihnen bekommen.", None),
    # a past date in a status question keeps the default (owning the delay)
    (S.DELAY_COMPLAINT, "Wie sieht's aus? Die Texte sollten doch Freitag schon da sein.", None),
    (S.DELAY_COMPLAINT, "Was this meant to be done last week? Where are we at?", None),
    # a plain extra has no kind
    (S.SCOPE_CREEP, "Could you also add a newsletter signup form to the site?", None),
    # a weekday before the weekend is still the date, the weekend the occasion
    (S.URGENT_PRESSURE, "Bitte bis Donnerstag, die Feier ist am Samstag.", "deadline"),
    # a deadline without a threat stays a deadline
    (S.URGENT_PRESSURE, "I need your answer by Friday, the board decides then.", "deadline"),
    # a quoted "no rush" is no relaxed deadline
    (S.URGENT_PRESSURE, 'Your "no rush" is not ok, I need it now.', None),
    # a later date instead of today is no earlier deadline
    (S.URGENT_PRESSURE, "Let's do it tomorrow instead of today, I need it now though.", None),
    # working only for the client is exclusivity, not reachability
    (S.BOUNDARY_OVERSTEP, "We'd like you to work only for us from now on.", "exclusivity"),
    # a time tracker without screenshots is no surveillance
    (S.BOUNDARY_OVERSTEP, "Please log your hours in our time tracking tool.", None),
    # a delay that is named keeps the default, which owns it
    (S.DELAY_COMPLAINT, "Where is the logo? I expected it last week.", None),
    (S.DELAY_COMPLAINT, "Das dauert jetzt echt zu lange mit den Texten.", None),
    # a "when" with a delay named is the delay; „bis wann brauchst du“ is no question for the
    # date; "once again" is no repetition; a break the client offers is no staff rule
    (S.DELAY_COMPLAINT, "Wir warten seit drei Wochen. Wann ist es endlich fertig?", None),
    (S.URGENT_PRESSURE, "Bis wann brauchst du die Logos? Es eilt.", None),
    (S.DELAY_COMPLAINT, "Once again, thanks for the update, how far are you?", "status"),
    (S.BOUNDARY_OVERSTEP, "Mach ruhig mal Pause, du hast dir das verdient.", None),
    # a call not picked up at a set time is no request for set hours
    (S.BOUNDARY_OVERSTEP, "Why didn't you answer on Saturday at 10?", "off_hours"),
    # a channel already in use kept on at the weekend asks for the time, not for a move
    (S.BOUNDARY_OVERSTEP, "Please keep Telegram on at weekends, I get ideas then.", "off_hours"),
]

# Messages that look close to a kind but must not get it.
NEAR_MISSES = [
    # a progress update or hours on the invoice are no staff rules; not live yet is a delay
    (S.BOUNDARY_OVERSTEP, "Could you send me a short update every day this week?", "staff"),
    (S.BOUNDARY_OVERSTEP, "Could you send me a short update every day this week?", "live_change"),
    (S.BOUNDARY_OVERSTEP, "Bitte schreib deine Stunden auf die Rechnung.", "staff"),
    (S.BOUNDARY_OVERSTEP, "Bitte schreib deine Stunden auf die Rechnung.", "live_change"),
    (S.DELAY_COMPLAINT, "Three weeks and the site is still not live. Change that.", "staff"),
    (S.DELAY_COMPLAINT, "Three weeks and the site is still not live. Change that.", "live_change"),
    # a morning clock time is no night message
    (S.BOUNDARY_OVERSTEP, "Ich habe Sie um 09:30 angerufen und niemand ging ran.", "off_hours"),
    (S.BOUNDARY_OVERSTEP, "I rang at 10:15 and again at 14:40, no answer.", "off_hours"),
    # a payment date is money, not a delivery
    (S.DELAY_COMPLAINT, "The invoice was due on the 3rd, we know. Next week?", "missed_date"),
    # a date ahead, or one gone by, is no date check
    (S.DELAY_COMPLAINT, "Still waiting. You said Friday, is that still on?", "date_check"),
    (S.URGENT_PRESSURE, "Brauche es bis Freitag, schaffst du das?", "date_check"),
    # a message sent or a call made at the weekend is no weekend work
    (S.BOUNDARY_OVERSTEP, "Why didn't you answer? I called you on Saturday.", "weekend"),
    (S.BOUNDARY_OVERSTEP, "Kannst du am Wochenende erreichbar sein?", "weekend"),
    # a message sent on a messenger asks about that message
    (S.BOUNDARY_OVERSTEP, "Hab dir heute früh auf WhatsApp geschrieben, gesehen?", "channel"),
    # an unanswered message on a messenger, or a number given long ago, is no move of channel
    (S.BOUNDARY_OVERSTEP, "Warum hast du abends nie auf WhatsApp reagiert?", "channel"),
    (S.BOUNDARY_OVERSTEP, "You didn't answer my WhatsApp on Saturday, what happened?", "channel"),
    (
        S.BOUNDARY_OVERSTEP,
        "Meine Handynummer hab ich Ihnen gegeben, damit Sie samstags rangehen.",
        "channel",
    ),
    # the client's own deadline beside "when": whether it works is the answer, no blank date
    (S.URGENT_PRESSURE, "Wann ist das fertig? Ich muss es morgen früh präsentieren.", "when_done"),
    (S.DELAY_COMPLAINT, "When will it be done? I need it for Friday's board.", "when_done"),
    (S.URGENT_PRESSURE, "Wann bekommen wir den Plan? Wir müssen ihn morgen vorlegen.", "when_done"),
]


class TestNearMisses:
    @pytest.mark.parametrize(("situation", "text", "kind"), BOUNDARIES)
    def test_boundaries(self, situation: Situation, text: str, kind: str | None) -> None:
        assert incident_kind(situation, fold(text)) == kind

    @pytest.mark.parametrize(("situation", "text", "kind"), NEAR_MISSES)
    def test_near_misses(self, situation: Situation, text: str, kind: str) -> None:
        assert incident_kind(situation, fold(text)) != kind


class TestNearerKinds:
    def test_an_unanswered_message_without_an_emergency_is_plain_no_reply(self) -> None:
        for text in ("I called you three times today!", "Ich habe Ihnen gestern geschrieben!"):
            assert incident_kind(S.BOUNDARY_OVERSTEP, fold(text)) == "no_reply"

    def test_late_work_without_a_question_is_plain_arrived_late(self) -> None:
        text = "The posters finally arrived, two days late."
        assert incident_kind(S.DELAY_COMPLAINT, fold(text)) == "arrived_late"

    def test_an_emergency_comes_before_a_weekend_or_a_question(self) -> None:
        for text in (
            "Our site is down and it's Saturday, can you help?",
            "Notfall! Können Sie am Sonntag kurz draufschauen?",
        ):
            assert incident_kind(S.URGENT_PRESSURE, fold(text)) == "emergency"


class TestScopeDefault:
    TEXTS = (
        "Could you also build a members area for the site?",
        "Kannst du auch noch die Flyer für die Messe machen?",
        "Können Sie zusätzlich noch den Jahresbericht setzen?",
    )

    def test_the_default_says_what_it_costs_and_does_not_repeat_itself(self) -> None:
        for text in self.TEXTS:
            for _, _, coaching in all_drafts(text, situation=S.SCOPE_CREEP):
                draft = coaching.draft
                assert re.search(r"Preis|kostet|Angebot|price|cost|quote", draft), draft
                assert len(re.findall(r"add-on|\bextra\b|Zusatz", draft, re.I)) <= 1, draft
                assert (
                    len(
                        re.findall(
                            r"Termin und (?:eigenem )?Preis|timing and price|"
                            r"timeline and price",
                            draft,
                        )
                    )
                    <= 1
                ), draft
                assert len(re.findall(r"\bAuftrag\b", draft)) <= 2, draft


class TestBoundaryDefault:
    def test_the_default_next_step_does_not_ask_to_be_told_it_cannot_wait(self) -> None:
        text = "Ich brauche noch drei Überschriften, am besten sofort."
        for _, _, coaching in all_drafts(text, situation=S.BOUNDARY_OVERSTEP):
            assert not re.search(r"nicht warten|can't wait", coaching.draft), coaching.draft

    def test_the_default_does_not_answer_a_status_chase_nobody_made(self) -> None:
        for text in ("Why do you only answer during the day?", "Warum antworten Sie nie abends?"):
            for _, _, coaching in all_drafts(text, situation=S.BOUNDARY_OVERSTEP):
                assert not re.search(
                    r"don't need to ask|über den Stand auf dem Laufenden", coaching.draft
                ), coaching.draft


class TestDeadlineDrafts:
    def test_a_found_date_is_the_one_the_draft_asks_about(self) -> None:
        draft = default_coach("I need the flyer on Thursday.", situation=S.URGENT_PRESSURE).draft
        assert "whether I can make it on Thursday" in draft
        assert "urgent" not in draft

    def test_without_a_date_the_draft_says_your_deadline(self) -> None:
        text = "Our deadline still stands, and we'd like to keep it."
        draft = default_coach(text, situation=S.URGENT_PRESSURE, tone=Tone.NEUTRAL).draft
        assert re.search(r"deadline|date|in time", draft), draft
        assert "when you can have it" not in draft

    def test_an_urgent_question_does_not_commit_before_it_checks(self) -> None:
        for text in ("Können Sie mir die Datei heute noch schicken?", "Can you send it today?"):
            for _tone, _short, coaching in all_drafts(text, situation=S.URGENT_PRESSURE):
                assert coaching.detection.kind == "question"
                assert not re.search(
                    r"als Erstes|Vorrang|first task|top of my list|comes first|it's urgent|eilt",
                    coaching.draft,
                    re.I,
                ), coaching.draft


def dates(text: str, language: Language = Language.EN) -> tuple[str, ...]:
    return extract_slots(text, "", language, Formality.SIE).dates


class TestDates:
    def test_latest_tomorrow_is_a_date(self) -> None:
        assert dates("Die Folien bräuchten wir bis spätestens morgen.", Language.DE) == (
            "bis spätestens morgen",
        )

    def test_a_clock_time_deadline_is_a_date(self) -> None:
        assert dates("We have to send it out today, by 3:30pm.") == ("today, by 3:30pm",)
        assert dates("Wir brauchen es heute bis 14 Uhr.", Language.DE) == ("heute bis 14 Uhr",)
        assert dates("Let's talk at 4pm.") == ()  # a meeting time, no deadline

    def test_month_parts_and_this_week_are_dates(self) -> None:
        assert dates("We need the photos mid-March.") == ("mid-March",)
        assert dates("Are we still on track for the October third release?") == ("October third",)
        assert dates("I need the edits this week.") == ("this week",)

    def test_a_weekday_with_its_s_and_a_time_in_words_is_a_date(self) -> None:
        text = "Es genügt uns völlig, wenn die Texte bis dienstags früh um acht Uhr da sind."
        assert dates(text, Language.DE) == ("bis dienstags früh um acht Uhr",)
        assert dates("Wir treffen uns montags im Büro.", Language.DE) == ()
        draft = default_coach(text, situation=S.URGENT_PRESSURE).draft
        assert "bis Dienstag früh um acht Uhr" in draft, draft

    def test_a_new_date_in_a_delay_complaint_is_the_one_checked(self) -> None:
        text = "I want the slides done by Friday! This is taking ages."
        draft = default_coach(text, situation=S.DELAY_COMPLAINT).draft
        assert "whether I can have it all with you by Friday" in draft, draft

    def test_an_urgent_question_with_a_date_asks_about_that_date(self) -> None:
        text = "Es ist dringend: Schaffen Sie das bis 16 Uhr?"
        draft = default_coach(text, situation=S.URGENT_PRESSURE).draft
        assert "ob es bis 16 Uhr klappt" in draft, draft

    def test_the_day_material_arrives_is_not_the_deadline(self) -> None:
        text = "We need it by Friday, so we'll send you the texts tomorrow."
        assert dates(text) == ("by Friday",)
        text = "Morgen schicke ich dir die Bilder, fertig sein muss es bis Mittwoch."
        assert dates(text, Language.DE) == ("bis Mittwoch",)
        assert dates("The files will be in your inbox first thing tomorrow.") == ()


# --- rules the profile sets: a weekend rule or working hours only when the profile has them ----


class TestProfileRules:
    def test_an_urgent_weekend_rule_comes_only_from_the_profile(self) -> None:
        text = "I know it's Saturday, but could you finish the banners today? We launch Monday."
        plain = default_coach(text, situation=S.URGENT_PRESSURE)
        assert plain.detection.kind == "weekend"
        assert not re.search(r"don't work|I'm off|time off|next working day", plain.draft)
        assert re.search(r"today whether", plain.draft), plain.draft
        hours = Profile(name="Jana Roth", working_hours="Mo–Fr 9–17 Uhr")
        ruled = default_coach(text, situation=S.URGENT_PRESSURE, profile=hours).draft
        assert "I don't work at weekends; my working hours are Mon–Fri 9–17" in ruled, ruled

    def test_a_weekend_request_rule_comes_only_from_the_profile(self) -> None:
        text = "Could you get the banners done over the weekend?"
        plain = default_coach(text, situation=S.BOUNDARY_OVERSTEP)
        assert plain.detection.kind == "weekend"
        assert not re.search(r"don't work|working hours", plain.draft), plain.draft
        hours = Profile(name="Jana Roth", working_hours="Mo–Fr 9–17 Uhr")
        ruled = default_coach(text, situation=S.BOUNDARY_OVERSTEP, profile=hours).draft
        assert "my working hours are Mon–Fri 9–17" in ruled, ruled

    def test_the_channel_names_hours_only_from_the_profile(self) -> None:
        text = "Can I just text you on WhatsApp instead?"
        hours = Profile(name="Jana Roth", working_hours="Mo–Fr 9–17 Uhr")
        seen = set()
        for tone in Tone:
            draft = default_coach(
                text, situation=S.BOUNDARY_OVERSTEP, profile=hours, tone=tone
            ).draft
            seen.add("Mon–Fri 9–17" in draft)
        assert True in seen


class TestEarlierDates:
    @pytest.mark.parametrize(
        "text",
        [
            "Der Kunde will die Broschüre schon am Dienstag statt Ende des Monats. Geht das?",
            "They moved the review up to Monday instead of next Friday. Can you make it?",
        ],
    )
    def test_an_earlier_date_is_checked_not_decided(self, text: str) -> None:
        draft = default_coach(text, situation=S.URGENT_PRESSURE).draft
        assert not re.search(
            r"nicht seriös|cutting corners|realistisch|realistic|welche[nr]? Teil|which part", draft
        ), draft
        assert re.search(r"heute|today", draft, re.I), draft

    @pytest.mark.parametrize(
        "text",
        [
            "Heads-up: the launch moved up to next Tuesday instead of the 30th. Doable?",
            "Der Termin ist jetzt schon am Donnerstag statt Ende des Monats. Klappt das?",
        ],
    )
    def test_an_earlier_date_has_a_fallback(self, text: str) -> None:
        seen = set()
        for _tone, short, coaching in all_drafts(text, situation=S.URGENT_PRESSURE):
            if not short:
                seen.add(bool(re.search(r"falls nicht|if not", coaching.draft)))
        assert seen, text


class TestReachability:
    @pytest.mark.parametrize(
        "text",
        [
            "Warum gehen Sie nicht ans Telefon? Ich erwarte, dass Sie erreichbar sind.",
            "Wieso antwortest du nicht? Du musst schon erreichbar sein, wenn wir zusammenarbeiten.",
            "Why didn't you pick up this morning? I need you available when I call.",
        ],
    )
    def test_reachability_as_a_rule_gets_no_apology(self, text: str) -> None:
        coaching = default_coach(text, situation=S.BOUNDARY_OVERSTEP)
        assert coaching.detection.kind != "no_reply", coaching.draft
        assert not re.search(
            r"Entschuldig|tut mir leid|sorry|Geduld|patience", coaching.draft, re.I
        ), coaching.draft

    @pytest.mark.parametrize(
        "text",
        [
            "Wir haben Ihnen zweimal geschrieben und keine Antwort bekommen.",
            "I've messaged you twice now and heard nothing back.",
        ],
    )
    def test_the_silence_apology_thanks_no_patience(self, text: str) -> None:
        for _tone, _short, coaching in all_drafts(text, situation=S.BOUNDARY_OVERSTEP):
            assert not re.search(r"Geduld|patience", coaching.draft), coaching.draft


# --- the client needs to know by a time; worried about a missing answer ----------------------


class TestNeedToKnowAndWorried:
    def test_need_to_know_promises_the_date_not_the_delivery(self) -> None:
        for voice, text in (
            (SIE, "Bis wann ist es fertig? Ich muss es bis 14 Uhr der Leitung sagen können."),
            (DU, "Wann kann ich mit dem Ergebnis rechnen? Ich muss es heute meinem Team sagen."),
            (EN, "When can I expect it? I need to know by noon for the planning meeting."),
        ):
            case = Case(S.DELAY_COMPLAINT, "need_to_know", voice, text)
            assert_answers(case, r"Datum|date", never=r"morgen|tomorrow|deadline|Frist")

    def test_worried_reassures_and_answers_today(self) -> None:
        for voice, text in (
            (SIE, "Habe Ihnen spätabends geschrieben, nichts gehört – ist alles in Ordnung?"),
            (DU, "Hab dir am Sonntag geschrieben, keine Antwort. Alles ok bei dir?"),
            (EN, "Sent you a message late on Saturday, heard nothing back, is everything okay?"),
        ):
            case = Case(S.BOUNDARY_OVERSTEP, "worried", voice, text)
            assert_answers(case, r"Ordnung|alles gut|well|fine|good", never=r"morgen|tomorrow")
