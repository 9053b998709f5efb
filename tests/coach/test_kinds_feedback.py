"""Every kind test of the feedback family: harsh_tone, quality_criticism, revision_loop and
unclear_request.

harsh_tone: no_contact, ai_suspicion, insult (also a masked swear word), demands_action (taking
it on, without "that part is mine" or "without more back and forth"), insists, jab, `our_tone`,
`not_listened` (also a correction of what was said), `slow_fix`, `today`, a threat of violence
(`violent_threat`, which only ends the conversation), and the concrete-point default, which
neither asks back nor offers a call and answers today. quality_criticism: ai_suspicion, process,
vague (with adverbs or lukewarm – never on a named property or defect such as dark, blurred,
stiff or too literal –), open_direction, direction (also by comparison), `prefers_earlier`,
`not_working` for technical faults, `errors` (typos, wrong figures), and a default that presumes
nothing broken and promises no rework before checking. revision_loop: revert (only for one whole
earlier version, with or without a noun or a number – not for a mix of versions or one element
taken from an earlier one –, and its draft keeps the round limit and invites no more changes),
restart, sends_change (not for attached feedback or late rounds), pending_review, repeated,
concrete_change and vague. unclear_request: pdf_export, word_export, file_format, firm_change,
concrete_change (not for a vague quality), price_question, repeat_info, quick_question, question,
`tension` (also "less, but all of it", asked in plain German), `look_at`, and `wants_ideas`
("what would you suggest", or a client who does not know yet and gets ideas to choose from).
Also: `named_practice` (harsh_tone: no straight answer, empty updates, too many questions),
`ai_detector` / `ai_style` / `ai_suspicion` split by whether a detector is named or the text only
"reads like AI", `unsure_need` and `reference` (unclear_request), a legal threat that asks for no
"open points", and an unclear default that thanks for no „Anfrage“.
And: `restated` (harsh_tone: the restated instruction done as written), `attached` and
`example` (unclear_request), a reference with a tension gets `tension`, a named fault is never
`vague`, the quality default speaks of no "points", and the legal threat invites what else is open.
A harsh message with one concrete demand gets it taken up (`wants_call`, `wants_takedown`,
`wants_apology`; `demands_action` when niceties are rejected, never thanked), one more pass with
nothing named is asked where to start (`another_pass`), "like before, but different" asks what
stays (`same_but_different`), more contradictions are `tension`, a colour cast is a named defect;
the revision_loop default takes a change on (rounds only as a condition), an apology is
acknowledged, and money, a threat, an earlier deadline or unread notes get no yes.

The client messages are our own sentences. Each kind is read from the folded text of the
situation given, and its drafts (every tone, long and short) in German Sie, German du and English
must say what the kind needs and never what it must not.
"""

from __future__ import annotations

import re

import pytest

from bot.coach import Language, Situation, Tone, review_draft
from bot.coach import coach as default_coach
from bot.coach.incidents import incident_kind
from bot.coach.normalize import fold
from tests.coach.kind_cases import DU, EN, SIE, Case, S, all_drafts, assert_answers, assert_clean

Q, R, U, H = S.QUALITY_CRITICISM, S.REVISION_LOOP, S.UNCLEAR_REQUEST, S.HARSH_TONE

# --- one case per kind and voice, with what each kind's draft says and never says -------------

CASES = [
    # harsh_tone: insults with no concrete complaint
    Case(S.HARSH_TONE, "insult", SIE, "Sie sind ein Stümper, das sag ich Ihnen ganz ehrlich."),
    Case(S.HARSH_TONE, "insult", DU, "Du bist echt so was von unfähig."),
    Case(S.HARSH_TONE, "insult", EN, "Honestly, you are a clueless amateur."),
    # harsh_tone: the client wants action, not a question
    Case(S.HARSH_TONE, "demands_action", SIE, "Sie sind doch der Profi, machen Sie das einfach!"),
    Case(S.HARSH_TONE, "demands_action", DU, "Keine Ausreden mehr, bring das endlich in Ordnung."),
    Case(S.HARSH_TONE, "demands_action", EN, "What's so hard about this? Just fix it."),
    # harsh_tone: a bare jab that names nothing
    Case(S.HARSH_TONE, "jab", SIE, "Wissen Sie eigentlich, was Sie da tun?"),
    Case(S.HARSH_TONE, "jab", DU, "Na toll. Verstehst du das überhaupt?"),
    Case(S.HARSH_TONE, "jab", EN, "Do you even know what a style guide is?"),
    # quality_criticism: the way the work was done, not the result
    Case(S.QUALITY_CRITICISM, "process", SIE, "Bitte bauen Sie nichts mehr ohne Rücksprache ein."),
    Case(S.QUALITY_CRITICISM, "process", DU, "Halt dich bitte an das, was wir vereinbart haben."),
    Case(S.QUALITY_CRITICISM, "process", EN, "You added two pages without checking with us."),
    # revision_loop: starting again
    Case(S.REVISION_LOOP, "restart", SIE, "Können wir das Ganze noch einmal von vorne beginnen?"),
    Case(S.REVISION_LOOP, "restart", DU, "Ich glaube, wir machen das Plakat komplett neu."),
    Case(S.REVISION_LOOP, "restart", EN, "We'd like to start over with a completely new concept."),
    Case(S.REVISION_LOOP, "revert", SIE, "Die erste Fassung war besser, nehmen wir die wieder."),
    Case(S.REVISION_LOOP, "revert", DU, "Mach es doch wieder so wie vorher, das war schöner."),
    Case(S.REVISION_LOOP, "revert", EN, "Honestly, can we go back to the original layout?"),
    Case(S.UNCLEAR_REQUEST, "price_question", SIE, "Und was würde Sie so etwas ungefähr kosten?"),
    Case(S.UNCLEAR_REQUEST, "price_question", DU, "Wie teuer wäre das bei dir mit Shop?"),
    Case(S.UNCLEAR_REQUEST, "price_question", EN, "How much would a thing like that be?"),
    # harsh_tone: the client breaks off the conversation
    Case(S.HARSH_TONE, "no_contact", SIE, "Mit Ihnen rede ich nicht mehr, das war es."),
    Case(S.HARSH_TONE, "no_contact", DU, "Lass mich einfach in Ruhe mit dem Kram!"),
    Case(S.HARSH_TONE, "no_contact", EN, "I don't want to be talking to you anymore. Goodbye!"),
    Case(S.HARSH_TONE, "no_contact", EN, "Seriously, I'm done. Don't contact me again."),
    # harsh_tone and quality_criticism: the work is said to be made with AI
    Case(S.HARSH_TONE, "ai_suspicion", SIE, "Das hat doch ChatGPT geschrieben, unverschämt!"),
    Case(S.HARSH_TONE, "ai_suspicion", DU, "Der Blogtext ist doch KI-generiert, ehrlich jetzt!"),
    Case(S.HARSH_TONE, "ai_suspicion", EN, "You obviously used AI for this, what a rip-off!"),
    Case(S.QUALITY_CRITICISM, "ai_suspicion", SIE, "Haben Sie den Text etwa mit ChatGPT gemacht?"),
    Case(S.QUALITY_CRITICISM, "ai_suspicion", DU, "Hast du für den Newsletter KI benutzt?"),
    Case(S.QUALITY_CRITICISM, "ai_suspicion", EN, "Be honest, did you use AI for the blog post?"),
    # a detector, checker or score named: only here the "such tools misjudge" line
    Case(S.QUALITY_CRITICISM, "ai_detector", SIE, "Unser KI-Detektor schlägt bei Ihrem Text an."),
    Case(S.QUALITY_CRITICISM, "ai_detector", DU, "Laut GPTZero ist dein Artikel zu 70 % KI."),
    Case(S.QUALITY_CRITICISM, "ai_detector", EN, "The checker says 85% of the blog post is AI."),
    Case(S.HARSH_TONE, "ai_detector", EN, "Our AI detector flagged your essay, seriously?"),
    # "reads like AI" is about the voice, not an accusation (changed: was ai_suspicion)
    Case(S.QUALITY_CRITICISM, "ai_style", SIE, "Der Text klingt nach künstlicher Intelligenz."),
    Case(S.QUALITY_CRITICISM, "ai_style", DU, "Die Posts lesen sich, als hätte ChatGPT getippt."),
    Case(S.QUALITY_CRITICISM, "ai_style", EN, "The captions sound like a bot wrote them."),
    # harsh_tone: the client names a practice of yours (no straight answer, empty updates,
    # questions, long emails): answered today, no question back
    Case(S.HARSH_TONE, "named_practice", SIE, "Vier Mails, und keine klare Antwort!"),
    Case(S.HARSH_TONE, "named_practice", DU, "Hör auf, mir dauernd Fragen zu stellen, Mann."),
    Case(S.HARSH_TONE, "named_practice", EN, "Yet another update that tells me nothing. Great."),
    Case(S.HARSH_TONE, "named_practice", EN, "You clown. Two emails and not one straight answer."),
    # unclear_request: scope or budget still open: a call and an overview, no variants
    Case(S.UNCLEAR_REQUEST, "unsure_need", SIE, "Wir wissen noch nicht genau, was wir brauchen."),
    Case(S.UNCLEAR_REQUEST, "unsure_need", DU, "Mach mal ein paar Ideen, Budget klären wir noch."),
    Case(S.UNCLEAR_REQUEST, "unsure_need", EN, "Not sure what we need yet, a video or a flyer?"),
    # unclear_request: a reference to identify (last time, as discussed, the comments)
    Case(S.UNCLEAR_REQUEST, "reference", SIE, "Bitte die Broschüre wie beim letzten Mal."),
    Case(S.UNCLEAR_REQUEST, "reference", DU, "Pass die Grafik bitte laut den Anmerkungen an."),
    Case(S.UNCLEAR_REQUEST, "reference", EN, "Can you do the poster thing like last time?"),
    # harsh_tone: the client has decided or overrules
    Case(S.HARSH_TONE, "insists", SIE, "Das ist mir völlig egal, das will ich so haben!"),
    Case(S.HARSH_TONE, "insists", DU, "Ich kenne meine Kunden, die wollen das genau so!"),
    Case(S.HARSH_TONE, "insists", EN, "I don't care what you think. I know my audience."),
    Case(S.HARSH_TONE, "insists", EN, "We don't want a blog, full stop!"),
    # quality_criticism: a named direction, not a broken thing
    Case(S.QUALITY_CRITICISM, "direction", SIE, "Die Farben sind uns viel zu grell."),
    Case(S.QUALITY_CRITICISM, "direction", DU, "Das Plakat wirkt noch zu verspielt."),
    Case(S.QUALITY_CRITICISM, "direction", EN, "The flyer is way too busy, can you tone it down?"),
    # revision_loop: another round on top of earlier ones
    Case(S.REVISION_LOOP, "repeated", SIE, "Der Chef hat schon wieder Anmerkungen zum Katalog."),
    Case(S.REVISION_LOOP, "repeated", DU, "Können wir noch eine Runde an den Farben drehen?"),
    Case(S.REVISION_LOOP, "repeated", EN, "Could you change the headline again? Sorry!"),
    # revision_loop: the client sends the change itself
    Case(S.REVISION_LOOP, "sends_change", SIE, "Anbei die neue Preisliste, bitte so übernehmen."),
    Case(S.REVISION_LOOP, "sends_change", DU, "Im Anhang findest du den neuen Text für die Seite."),
    Case(S.REVISION_LOOP, "sends_change", EN, "Here is the new wording for the About page."),
    # revision_loop: the feedback is still being gathered
    Case(S.REVISION_LOOP, "pending_review", SIE, "Wir müssen das erst intern abstimmen."),
    Case(S.REVISION_LOOP, "pending_review", DU, "Ich geb das an unser Team weiter zur Freigabe."),
    Case(S.REVISION_LOOP, "pending_review", EN, "We'll circulate it internally and come back."),
    # unclear_request: a file format
    Case(S.UNCLEAR_REQUEST, "file_format", SIE, "Bitte schicken Sie uns das Ganze als EPS-Datei."),
    Case(S.UNCLEAR_REQUEST, "file_format", DU, "Kannst du mir die Tabelle im Excel-Format geben?"),
    Case(S.UNCLEAR_REQUEST, "file_format", EN, "I need the brochure as an InDesign file."),
    # unclear_request: an imperative after a "no", a spec with a number
    Case(S.UNCLEAR_REQUEST, "firm_change", SIE, "Nein, so nicht. Nehmen Sie das blaue Foto!"),
    Case(S.UNCLEAR_REQUEST, "firm_change", DU, "Wir wollen eine 2 Minuten lange Version."),
    Case(S.UNCLEAR_REQUEST, "firm_change", EN, "No, that's wrong. Use the square logo!"),
    Case(S.UNCLEAR_REQUEST, "firm_change", EN, "We want a 300 words summary on top."),
    Case(S.UNCLEAR_REQUEST, "firm_change", EN, "The intro needs to be 20 seconds, max."),
    # unclear_request: a tentative change, to try out
    Case(S.UNCLEAR_REQUEST, "concrete_change", SIE, "Könnten Sie das Foto etwas heller machen?"),
    Case(S.UNCLEAR_REQUEST, "concrete_change", DU, "Kannst du den Titel etwas größer machen?"),
    Case(S.UNCLEAR_REQUEST, "concrete_change", EN, "Couldn't we move the logo to the left?"),
    # unclear_request: something asked for again
    Case(S.UNCLEAR_REQUEST, "repeat_info", SIE, "Wie war nochmal die Adresse der Druckerei?"),
    Case(S.UNCLEAR_REQUEST, "repeat_info", DU, "Kannst du mir den Link nochmal schicken?"),
    Case(S.UNCLEAR_REQUEST, "repeat_info", EN, "Sorry, what was the login for the preview again?"),
    # unclear_request: a quick or short follow-up question
    Case(S.UNCLEAR_REQUEST, "quick_question", SIE, "Kurze Frage: Ist das Foto lizenzfrei?"),
    Case(S.UNCLEAR_REQUEST, "quick_question", DU, "Ach so, das geht also nicht? Warum nicht?"),
    Case(S.UNCLEAR_REQUEST, "quick_question", EN, "Quick one: which font did we pick?"),
    # unclear_request: a standard export
    Case(S.UNCLEAR_REQUEST, "pdf_export", SIE, "Können Sie mir die Preisliste als PDF schicken?"),
    Case(S.UNCLEAR_REQUEST, "pdf_export", DU, "Schick mir das Angebot bitte als PDF."),
    Case(S.UNCLEAR_REQUEST, "pdf_export", EN, "Could you convert it to a PDF, please?"),
    Case(S.UNCLEAR_REQUEST, "word_export", SIE, "Ich bräuchte den Text als Word-Datei."),
    Case(S.UNCLEAR_REQUEST, "word_export", DU, "Kannst du mir das im Word-Format geben?"),
    Case(S.UNCLEAR_REQUEST, "word_export", EN, "Please send the script in Word so I can edit it."),
    # revision_loop: one concrete change
    Case(S.REVISION_LOOP, "concrete_change", SIE, "Können wir den Kasten etwas kleiner machen?"),
    Case(S.REVISION_LOOP, "concrete_change", DU, "Könntest du das Foto etwas heller machen?"),
    Case(S.REVISION_LOOP, "concrete_change", EN, "Can't we make the button green instead?"),
    # revision_loop: disapproval that names no point
    Case(S.REVISION_LOOP, "vague", SIE, "So kann ich das leider nicht freigeben."),
    Case(S.REVISION_LOOP, "vague", DU, "Hm, so richtig überzeugt bin ich noch nicht."),
    Case(S.REVISION_LOOP, "vague", EN, "Hmm, none of these options works for me."),
    Case(S.REVISION_LOOP, "vague", EN, "Honestly, the one we wanted is not there."),
    # quality_criticism: a new direction with no target
    Case(S.QUALITY_CRITICISM, "open_direction", SIE, "Wir hätten gern eine andere Farbe dafür."),
    Case(S.QUALITY_CRITICISM, "open_direction", DU, "Nimm bitte eine andere Schrift."),
    Case(S.QUALITY_CRITICISM, "open_direction", EN, "It has the wrong vibe. A different shade?"),
    # unclear_request: a concrete question inside the job
    Case(S.UNCLEAR_REQUEST, "question", SIE, "Geht das Menü auch ohne Unterpunkte?"),
    Case(S.UNCLEAR_REQUEST, "question", DU, "Ich wollte mal fragen, wie wir die Bilder benennen."),
    Case(S.UNCLEAR_REQUEST, "question", EN, "Is it possible to have the form in two languages?"),
    # harsh_tone: a fault named inside the anger is taken up, never asked for again
    Case(S.HARSH_TONE, "named_fault", SIE, "Schon wieder das falsche Datum im Flyer!"),
    Case(S.HARSH_TONE, "named_fault", DU, "Mann, der Shop lädt immer noch nicht."),
    Case(S.HARSH_TONE, "named_fault", EN, "You posted it without asking me first. Unbelievable."),
    Case(S.HARSH_TONE, "named_fault", SIE, "Ein Witz, dass das Kontaktformular nicht geht."),
    Case(S.HARSH_TONE, "named_fault", DU, "Hab dir jetzt viermal geschrieben. Was ist los?"),
    Case(S.HARSH_TONE, "named_fault", EN, "I've messaged you four times now. This is ridiculous."),
    # harsh_tone: an instruction restated in the message is done as written (`restated`)
    Case(H, "restated", SIE, "Zum vierten Mal: die Telefonnummer gehört in die Fußzeile!"),
    Case(H, "restated", DU, "Ich hab dir doch geschrieben, dass der Termin rot markiert wird."),
    Case(H, "restated", EN, "Hello?? I said only two colours. Not five."),
    # unclear_request: material sent with the message is not asked for again (`attached`)
    Case(U, "attached", SIE, "Anbei die Liste. Machen Sie da bitte was Passendes draus."),
    Case(U, "attached", DU, "Im Anhang die Texte vom Team, kannst du das so umsetzen?"),
    Case(U, "attached", EN, "Attached are the notes from the workshop, do your thing."),
    # unclear_request: an outside example gets a request for its link (`example`)
    Case(U, "example", SIE, "Machen Sie es wie die Homepage von der Bäckerei am Markt."),
    Case(U, "example", DU, "Bau das wie den Shop von dem Schuhladen, du weißt schon welchen."),
    Case(U, "example", EN, "Could it look like the website of that yoga studio downtown?"),
    # harsh_tone: one concrete demand in a harsh message is taken up (a call, a takedown, an
    # apology); a client who rejects niceties is not thanked
    Case(S.HARSH_TONE, "wants_call", SIE, "Ich warte seit Tagen. Rufen Sie mich heute noch an!"),
    Case(S.HARSH_TONE, "wants_call", DU, "Ruf mich endlich zurück, ich hab's satt."),
    Case(S.HARSH_TONE, "wants_call", EN, "I'm sick of chasing you. Call me back today."),
    Case(S.HARSH_TONE, "wants_takedown", SIE, "Nehmen Sie den Beitrag sofort raus, unerhört!"),
    Case(S.HARSH_TONE, "wants_takedown", DU, "lösch den post auf unserer seite, sofort"),
    Case(S.HARSH_TONE, "wants_takedown", EN, "Who approved this?? Take that post down now."),
    Case(S.HARSH_TONE, "wants_apology", SIE, "Nicht mal eine Entschuldigung, unglaublich."),
    Case(S.HARSH_TONE, "wants_apology", DU, "Du hast dich nicht mal entschuldigt. Echt schwach."),
    Case(S.HARSH_TONE, "wants_apology", EN, "You messed up our launch and I expect an apology."),
    Case(S.HARSH_TONE, "demands_action", SIE, "Sparen Sie sich die Floskeln, machen Sie endlich."),
    Case(S.HARSH_TONE, "demands_action", DU, "Spar dir die Ausreden."),
    Case(S.HARSH_TONE, "demands_action", EN, "Spare me the pleasantries and get it done."),
    # revision_loop: one more pass with nothing named is asked where to start
    Case(S.REVISION_LOOP, "another_pass", SIE, "Bitte noch ein Blick darauf, nichts Bestimmtes."),
    Case(S.REVISION_LOOP, "another_pass", DU, "Schau bitte nochmal drüber, nichts Konkretes."),
    Case(S.REVISION_LOOP, "another_pass", EN, "One more pass please, nothing specific."),
    # unclear_request: "like before, but different" asks what stays and what changes
    Case(S.UNCLEAR_REQUEST, "same_but_different", SIE, "Bitte wie letztes Jahr, nur anders."),
    Case(S.UNCLEAR_REQUEST, "same_but_different", DU, "Mach das Ding nochmal, aber anders."),
    Case(S.UNCLEAR_REQUEST, "same_but_different", EN, "Same as last summer but different."),
    # harsh_tone: the insult names the task it is about – taken up, never "which point?"
    Case(S.HARSH_TONE, "named_fault", SIE, "Sind Sie zu dumm, die Lieferliste richtig zu pflegen?"),
    Case(S.HARSH_TONE, "named_fault", DU, "Was du mit meiner Kundendatei angestellt hast, echt."),
    Case(S.HARSH_TONE, "named_fault", EN, "Are you too lazy to update a simple rota?"),
    # harsh_tone: an imperative with „einfach“, or a shouted fix with dots, wants action
    Case(
        S.HARSH_TONE,
        "demands_action",
        SIE,
        "Reden Sie nicht lange, schicken Sie einfach die PDFs.",
    ),
    Case(S.HARSH_TONE, "demands_action", DU, "Lass diese Floskeln und liefer endlich."),
    Case(S.HARSH_TONE, "demands_action", EN, "FIX. THE. CONTACT. FORM. NOW."),
    # quality_criticism: no voice, or it looks like something else – a comparison: what gives
    # that impression is asked, the rework starts there
    Case(S.QUALITY_CRITICISM, "comparison", SIE, "Der Newsletter ist irgendwie nichtssagend."),
    Case(
        S.QUALITY_CRITICISM,
        "direction",
        DU,
        "Die Katze auf dem Etikett sieht eher aus wie ein Hase.",
    ),
    Case(S.QUALITY_CRITICISM, "comparison", DU, "Die Texte lesen sich wie aus dem Katalog."),
    Case(S.QUALITY_CRITICISM, "comparison", EN, "The captions are bland, zero personality."),
    # quality_criticism: asks to go through it together – yes first, a time asked for
    Case(
        S.QUALITY_CRITICISM,
        "walkthrough",
        SIE,
        "Können wir die Abrechnung gemeinsam durchgehen?",
    ),
    Case(
        S.QUALITY_CRITICISM,
        "walkthrough",
        DU,
        "Gehst du die Zahlen mal mit mir durch? Da passt was nicht.",
    ),
    Case(S.QUALITY_CRITICISM, "walkthrough", EN, "Could you walk me through the budget sheet?"),
    # unclear_request: the calendar or the appointments sorted
    Case(
        S.UNCLEAR_REQUEST,
        "calendar",
        SIE,
        "Mein Kalender ist ein einziges Chaos, bitte aufräumen.",
    ),
    Case(
        S.UNCLEAR_REQUEST,
        "calendar",
        DU,
        "Kannst du die Termine so umstellen, dass es ruhiger wird?",
    ),
    Case(S.UNCLEAR_REQUEST, "calendar", EN, "Please sort out my diary, it's all over the place."),
    # harsh_tone default (heated): no feeling made bigger than the message, nothing promised
    # before the point is known
    Case(H, None, SIE, "Das ist doch wirklich nicht zu fassen mit Ihnen.", shape="heated"),
    Case(H, None, DU, "Ehrlich, das ist unter aller Kanone.", shape="heated"),
    Case(H, None, EN, "Honestly, this is beyond a joke.", shape="heated"),
    # unclear_request default: many such asks are no design job (books, a ranking, a fault), so
    # no "two variants"
    Case(
        U,
        None,
        SIE,
        "Würden Sie sich das mit unserer Suchmaschinen-Sichtbarkeit mal ansehen und das Nötige "
        "machen?",
        shape="instruction",
    ),
    Case(U, None, DU, "Kannst du das mit dem Newsletter irgendwie regeln?", shape="instruction"),
    Case(U, None, EN, "Could you deal with the router thing at some point?", shape="instruction"),
]

SAYS = {
    "named_fault": r"bis morgen|by tomorrow",
    "insult": r"respektvoll|respectful",
    "demands_action": (r"heute|today", r"Verstanden|In Ordnung|Understood|Point taken"),
    "jab": r"hakt|nicht stimmt|passt es|missed the mark|isn't right|fall short",
    "process": r"vereinbar|Vereinbarte|agree",
    "restart": r"Angebot|quote",
    "revert": r"frühere|earlier",
    "price_question": r"Angebot|quote",
    "question": r"bis morgen|by tomorrow",
    "no_contact": r"Bescheid|wieder auf|let me know|tell me|pick this up|I'm here",
    "ai_suspicion": r"Entwürfe|drafts|wie der Text entstanden|how the text came",
    "ai_detector": r"Entwürfe|drafts|wie der Text entstanden|how the text came",
    "ai_style": r"Ton|Stimme|voice|Beispiel|example",
    "named_practice": r"heute|today",
    "unsure_need": r"Telefonat|Gespräch|Telefon|call",
    "reference": r"Datei|Link|file|link",
    "insists": r"entscheid|Entscheidung|your call|decision",
    "direction": r"überarbeit|rework|revised",
    "comparison": (r"\?", r"Eindruck|impression|feel that way"),
    "None:heated": r"\?",
    "None:instruction": r"\?",
    "repeated": r"bezahlte|kostenpflichtig|\bpaid\b|gesondert|separately",
    "sends_change": r"Version|version",
    "pending_review": r"einer Runde|one round|single round|one go",
    "file_format": r"Format|format",
    "concrete_change": r"Version|version",
    "firm_change": r"ändere es so|genau so|change it that way|build that in|exactly like that",
    "repeat_info": r"heute noch einmal|again today|email it to you again",
    "quick_question": r"heute|today",
    "pdf_export": r"als PDF|as a PDF",
    "word_export": r"als Word-Datei|as a Word file",
    "vague": r"Punkte|ansetze|ändern|points|start|change most",
    "open_direction": r"Farbton|Beispiel|Vorbild|shade|example",
    "restated": r"genau so|exactly",
    "attached": r"Anhang|schick|attachment|sending",
    "example": r"Link|link",
    "wants_call": r"rufe (?:Sie|dich) heute an|meinen Anruf|telefonisch|call you today|"
    r"call from me today|phone you today",
    "wants_takedown": r"herunter|offline|entferne|taking it down|coming down|removing it",
    "wants_apology": r"tut mir leid|entschuldig|sorry|apologi[sz]e|apology",
    "another_pass": r"Stelle|Teil|etwas aufgefallen|part|catch your eye",
    "same_but_different": r"bleiben|stay",
    "walkthrough": r"gemeinsam durch|zusammen durch|mit (?:Ihnen|dir) (?:zusammen )?durch|"
    r"go through it",
    "calendar": r"Überschneidung|Termine|overlap|clash|meetings|appointments",
}
NEVER = {
    "named_fault": r"\?|Danke|Thank|Telefonat|call\b",
    "insult": r"Telefonat|call\b|Entschuldig|sorry|apolog",
    "demands_action": (r"\?|wo es|was genau|where I|what exactly|Telefonat|call\b", r"danke|thank"),
    "jab": r"Telefonat|call\b",
    "process": r"überarbeit|Korrektur|rework|revis|fix\b",
    "restart": r"Schuld|fault|hätten|should have|aufgebraucht|verbraucht|used up",
    # an earlier version back is no new round: no quote, no billing, no question what to change
    "revert": r"Angebot|quote|Runde|round|bezahlt|paid|welche Punkte|which points",
    # no figure before the scope is known, and no "what should the result achieve?"
    "price_question": r"\d|bewirken|achieve",
    "question": r"was genau|schwebt|what exactly|have in mind|Varianten|variants",
    "no_contact": r"Telefonat|call\b|kümmere|look into|bis morgen|by tomorrow|\?",
    "ai_suspicion": r"Korrektur|überarbeit|in Ordnung|\bfix|rework|sort it out|put it right|"
    r"sorry|Entschuldig|leid|Prüf|Erkennung|Detektor|checker|detect|tools?\b",
    "ai_detector": r"Korrektur|überarbeit|in Ordnung|\bfix|rework|sort it out|put it right|"
    r"sorry|Entschuldig|leid",
    "ai_style": r"Prüf|Erkennung|Detektor|checker|detect|tools?\b|Entwürfe|drafts",
    "named_practice": r"\?|was genau|something specific|what exactly|Telefonat|call\b",
    "unsure_need": r"Variante|variant|zwei|two|Vorschläge",
    "reference": r"schwebt|have in mind|am meisten an|one thing|Varianten|variants",
    "insists": r"bis morgen|by tomorrow|gehe den Punkt|go through|\?",
    # … and says which way, not "accordingly"
    "direction": r"Ursache|woran es liegt|\bcause|Korrektur|the fix|put it right|sort it out|"
    r"entsprechend|accordingly",
    "comparison": r"entsprechend|accordingly|Ursache|\bcause|the fix|put it right",
    "None:heated": r"sehr verärgert|very upset|kümmere ich mich darum",
    "None:instruction": r"Varianten|variants",
    "repeated": r"aufgebraucht|verbraucht|used up",
    "sends_change": r"Erweiterung|extension|paid|bezahlt|Aufwand|effort|Runde|round|have in mind|"
    r"schwebt",
    "pending_review": r"bezahlt|\bpaid\b|Erweiterung|extension",
    "file_format": r"schwebt|have in mind|Varianten|variants|\?",
    "concrete_change": r"schwebt|have in mind|was genau|what exactly",
    "firm_change": r"zurück|bisherige|jetzige Version|switch back|previous|current version|"
    r"\btry|probier|Vergleich|prefer",
    "repeat_info": r"bis morgen|by tomorrow|properly|genau an|\?",
    "quick_question": r"bis morgen|by tomorrow|properly|rough guess|Ungefähres|raten|\bguess",
    "pdf_export": r"nichts verloren|möglich|gets lost|possible|bis morgen|by tomorrow|prüfe|check",
    "word_export": r"nichts verloren|möglich|gets lost|possible|bis morgen|by tomorrow|prüfe|check",
    "vague": r"noch einmal so genau|another close look|feedback on this|weitere Änderungsrunde|"
    r"another round",
    "open_direction": r"in diese Richtung|in that direction|Werktag|working day|übermorgen|"
    r"day after tomorrow",
    "restated": r"Nachrichten noch einmal|reread|messages|\?",
    "attached": r"welche Datei|Dateiname|which file|file name|link",
    "example": r"bewirken|achieve|Datei|file",
    "wants_call": r"sehe mir das|look at it|in Ruhe",
    "wants_takedown": r"sehe mir das|look at it|in Ruhe",
    "wants_apology": r"danke|thank",
    "another_pass": r"bündel|in einer Runde|one round|bezahlte|paid",
    "same_but_different": r"welche Datei|which file",
    # yes to going through it together; no fix or corrected version promised before the talk
    "walkthrough": r"korrigierte|bereinigte|corrected version|I'll fix|behebe",
    # a calendar is no filing: no question how they search, no variants
    "calendar": r"Kunde, Projekt|nach Datum|by client|Varianten|variants|Ordner|folder",
}


# Messages and the kind they must get (None: the default).
BOUNDARIES = [
    # a concrete point named: named_fault, which asks nothing back
    (S.HARSH_TONE, "Das Logo ist schon wieder verpixelt, das ist doch lächerlich!", "named_fault"),
    (
        S.HARSH_TONE,
        "Die Rechnung ist doppelt so hoch wie abgesprochen, unverschämt!",
        "named_fault",
    ),
    (S.HARSH_TONE, "Seriously? The invoice is twice what we agreed on!", "named_fault"),
    # an insult with a demand is about the demand
    (S.HARSH_TONE, "You idiot, just fix the header.", "demands_action"),
    # a jab in a long message that names the point is about the point
    (
        S.HARSH_TONE,
        "Kennen Sie das Programm überhaupt? Seit dem Update stürzt der Export bei jedem Versuch "
        "ab, die Kunden beschweren sich schon, und die Dateien für die Messe fehlen immer noch "
        "komplett.",
        "named_fault",
    ),
    # a named property is not vague: it names the direction
    (S.QUALITY_CRITICISM, "Gefällt mir nicht, viel zu dunkel.", "direction"),
    (
        S.QUALITY_CRITICISM,
        "So hab ich mir das nicht vorgestellt, nicht so bunt bitte.",
        "direction",
    ),
    (S.QUALITY_CRITICISM, "I don't like it, the text is too small.", "direction"),
    (S.QUALITY_CRITICISM, "Not happy with it, the photo is not bright enough.", "direction"),
    (S.QUALITY_CRITICISM, "Not quite right yet, the background could be whiter.", "direction"),
    # a broken thing keeps the default (check, fix)
    (S.QUALITY_CRITICISM, "Der Link im Footer führt ins Leere.", None),
    (S.QUALITY_CRITICISM, "The logo on the invoice template is the old one.", None),
    # still vague when nothing is named
    (S.QUALITY_CRITICISM, "Irgendwie gefällt mir das nicht.", "vague"),
    (S.QUALITY_CRITICISM, "It just doesn't feel right to me.", "vague"),
    # a request or a suggestion is no question
    (S.UNCLEAR_REQUEST, "Can you make the title bigger?", "concrete_change"),
    (S.UNCLEAR_REQUEST, "What if we put the logo on the left instead?", None),
    (S.UNCLEAR_REQUEST, "Why don't you try a few options there?", None),
    (S.UNCLEAR_REQUEST, "Wie wäre es größer, aber nicht größer?", None),
    # another round is not a restart
    (S.REVISION_LOOP, "Können wir noch eine Runde am Text machen?", "repeated"),
    (S.REVISION_LOOP, "One more round on the colours, please.", "repeated"),
    # one small request is no repeated round: a concrete change
    (S.REVISION_LOOP, "Könnten Sie die Überschrift etwas kleiner setzen?", "concrete_change"),
    (S.REVISION_LOOP, "Can you swap the two photos on page three?", "concrete_change"),
    # a repeated round with a change stays a repeated round
    (S.REVISION_LOOP, "Could you make the title bigger again?", "repeated"),
    # a named point keeps the revision default
    (S.REVISION_LOOP, "Bitte noch das Datum im Footer ergänzen.", None),
    # a target named: direction, not open_direction
    (S.QUALITY_CRITICISM, "A different green, please – a bit darker.", "direction"),
    (S.QUALITY_CRITICISM, "Eine andere Farbe, gern etwas heller.", "direction"),
    # a plain question keeps the question kind; a tentative change keeps concrete_change
    (S.UNCLEAR_REQUEST, "Why does the footer show last year's date?", "question"),
    (S.UNCLEAR_REQUEST, "Could you make the photo brighter?", "concrete_change"),
    # "again" in a change request is no repeat_info
    (S.UNCLEAR_REQUEST, "Can you make the logo bigger again?", "concrete_change"),
    # a price question is no question about the job: it is answered with what the price needs
    (S.UNCLEAR_REQUEST, "Hallo, was kostet denn so ein Imagefilm?", "price_question"),
    (S.UNCLEAR_REQUEST, "How much would a landing page cost?", "price_question"),
    (S.UNCLEAR_REQUEST, "Das ist doch Unsinn! Was können Sie eigentlich?", None),
    # "I want a" + a spec is no new brief; a deliverable or "new" is
    (S.UNCLEAR_REQUEST, "And I want a darker shade in the header.", None),
    (S.UNCLEAR_REQUEST, "Ich möchte eine Schrift, die freundlicher wirkt.", None),
    (S.UNCLEAR_REQUEST, "We need a brochure for the trade fair.", "new_brief"),
    (S.UNCLEAR_REQUEST, "Wir brauchen einen neuen Flyer für den Sommer.", "new_brief"),
    # a "no" with no imperative after it stays unclear
    (S.UNCLEAR_REQUEST, "No, no. It just has to feel magical somehow.", None),
    # "in a word" is no file format
    (S.UNCLEAR_REQUEST, "In a word: it should feel lighter.", None),
    # a format only mentioned is no format request
    (S.UNCLEAR_REQUEST, "Sie hat das Plakat in Word gemacht, ist das okay?", "question"),
    (S.UNCLEAR_REQUEST, "My nephew made the menu in Canva. Make it nicer.", None),
    # harsh_tone: a masked swear word without a concrete point is an insult
    (S.HARSH_TONE, "You are a f***ing joke, mate.", "insult"),
    # a masked swear word with a concrete point is about the point
    (S.HARSH_TONE, "The f***ing export still crashes on every file!", "named_fault"),
    # unclear_request: a reference with a tension asks about the tension
    (U, "Das Ding von neulich nochmal, aber seriös und gleichzeitig verspielt.", "tension"),
    (U, "The thing we discussed, but playful and at the same time serious.", "tension"),
    # more contradictions are a tension
    (U, "Bitte sinngemäß, also nicht zu wörtlich, aber auch nicht zu frei.", "tension"),
    (U, "Mach es moderner, aber so, dass es trotzdem nach uns aussieht.", "tension"),
    (U, "Natural for native readers, but exact and word for word.", "tension"),
    (U, "Keep it minimal. But every one of our 9 offers has to be on it.", "tension"),
    # a pointer without "but different" stays a reference
    (U, "Kannst du das wie besprochen umsetzen?", "reference"),
    # chasing several times is not being listened to
    (S.HARSH_TONE, "Ich renne dir jeder Antwort zweimal hinterher.", "not_listened"),
    (S.HARSH_TONE, "Why do I always have to chase you?", "not_listened"),
    # the n-th time of explaining it is not being listened to
    (H, "Das ist nun schon das vierte Mal, dass ich Ihnen das schreibe.", "not_listened"),
    (H, "Echt jetzt? Das zweite Mal, dass ich dir das sagen muss.", "not_listened"),
    (H, "This is the third time I've had to explain the sizes to you.", "not_listened"),
    (H, "Fine, I'll spell it out again since it didn't sink in the first time.", "not_listened"),
    # an insult that names no task stays an insult
    (S.HARSH_TONE, "Sind Sie zu blöd oder was?", "insult"),
    # sums that don't add up, an item listed twice: plain errors
    (S.QUALITY_CRITICISM, "Die Summen stimmen nicht, die Miete taucht zweimal auf.", "errors"),
    (S.QUALITY_CRITICISM, "The mileage is counted twice in the report.", "errors"),
    # a subjunctive "we'd need something for …" is a new brief
    (S.UNCLEAR_REQUEST, "Wir bräuchten was für unseren Messestand.", "new_brief"),
    # an earlier version with something new is a change, not a revert
    (S.REVISION_LOOP, "Go back to the first draft, but with the new photos.", None),
    (S.REVISION_LOOP, "Bitte wieder die erste Fassung, aber mit dem neuen Logo.", None),
    # a late version counted: a named round
    (
        S.REVISION_LOOP,
        "Das ist jetzt schon die sechste Fassung, aber bitte noch das Foto.",
        "named_round",
    ),
    (S.REVISION_LOOP, "I know this is the fifth draft, one small thing though.", "named_round"),
    # a few unnamed things noticed: notes nobody has read
    (S.REVISION_LOOP, "Uns sind noch ein paar Stellen aufgefallen.", "notes"),
    (S.REVISION_LOOP, "Our team spotted a few things in the layout.", "notes"),
    # a calendar sorted "as discussed" is no calendar question; a tension keeps its question
    (S.UNCLEAR_REQUEST, "Den Kalender bitte so umstellen, wie besprochen.", "reference"),
    (S.UNCLEAR_REQUEST, "Wir bräuchten was Neues, verspielt aber auch seriös.", "tension"),
    # a deadline of tomorrow set by the client is answered today
    (S.HARSH_TONE, "Wenn die Seite bis morgen nicht online ist, bin ich weg.", "today"),
    (S.HARSH_TONE, "If the invoice isn't corrected by tomorrow, we're done.", "today"),
]

# Messages that look close to a kind but must not get it.
NEAR_MISSES = [
    # a plain back reference is no outside example
    (U, "Bring me the thing for Monday, you know the one.", "example"),
    (U, "Mach das Teil von letztens nochmal.", "example"),
    # a named defect is not vague (and not the default either)
    (Q, "Nicht so toll. Das Formular lädt auf dem Tablet gar nicht.", "vague"),
    (Q, "Nicht so toll. Das Formular lädt auf dem Tablet gar nicht.", None),
    (Q, "Honestly disappointing, the contact form breaks on mobile.", "vague"),
    (Q, "Honestly disappointing, the contact form breaks on mobile.", None),
    (Q, "Sehr enttäuscht, da sind 12 Fehler im Katalog.", "vague"),
    (Q, "Sehr enttäuscht, da sind 12 Fehler im Katalog.", None),
    # a colour cast is a named defect
    (Q, "Irgendwie sind alle Bilder gelbstichig.", "vague"),
    (Q, "Somehow they all have a colour cast.", "vague"),
    # harsh_tone: no demand kind on its negation
    (H, "Ruf mich bloß nicht an, schreib mir.", "wants_call"),
    (H, "Ruf mich bloß nicht an, schreib mir.", "demands_action"),
    (H, "Don't call me, email only.", "wants_call"),
    (H, "Don't call me, email only.", "demands_action"),
    (H, "Ich habe bis heute keine Erklärung bekommen.", "wants_call"),
    (H, "Ich habe bis heute keine Erklärung bekommen.", "demands_action"),
    (H, "Lassen Sie mir bis Freitag eine Erklärung zukommen.", "wants_call"),
    (H, "Lassen Sie mir bis Freitag eine Erklärung zukommen.", "demands_action"),
    # a fault for the third time is no message gone unread
    (H, "That's the third time the upload has failed this week.", "not_listened"),
    (H, "Das ist das dritte Mal, dass der Server ausfällt.", "not_listened"),
]


class TestFeedbackKinds:
    @pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
    def test_the_kind_is_read(self, case: Case) -> None:
        assert incident_kind(case.situation, fold(case.text)) == case.kind

    @pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
    def test_the_draft_answers_the_kind(self, case: Case) -> None:
        assert_answers(case, SAYS[case.key], NEVER.get(case.key))

    @pytest.mark.parametrize(("situation", "text", "kind"), BOUNDARIES)
    def test_boundaries(self, situation: Situation, text: str, kind: str | None) -> None:
        assert incident_kind(situation, fold(text)) == kind

    @pytest.mark.parametrize(("situation", "text", "kind"), NEAR_MISSES)
    def test_near_misses(self, situation: Situation, text: str, kind: str | None) -> None:
        assert incident_kind(situation, fold(text)) != kind


# --- more kinds and shapes, tried on messages nobody tuned them on -----------------------------

SHAPES = [
    # quality: an earlier version was better
    Case(Q, "prefers_earlier", SIE, "Ehrlich gesagt gefiel mir die erste Fassung deutlich besser."),
    Case(Q, "prefers_earlier", DU, "Hm, vorher fand ich das irgendwie besser."),
    Case(Q, "prefers_earlier", EN, "To be honest I preferred the original layout."),
    # quality: something technical does not work
    Case(Q, "not_working", SIE, "Das Kontaktformular auf der Seite funktioniert leider nicht."),
    Case(
        Q, "not_working", DU, "Der Download-Link geht bei mir nicht, kommt nur eine Fehlermeldung."
    ),
    Case(Q, "device_defect", EN, "The checkout button won't load on my phone."),
    # quality: plain errors
    Case(Q, "errors", SIE, "In der Broschüre ist unser Firmenname falsch geschrieben."),
    Case(
        Q,
        "errors",
        DU,
        "Auf Seite zwei sind ein paar Tippfehler, und die Telefonnummer ist falsch.",
    ),
    Case(Q, "errors", EN, "The totals in table 3 don't add up, and my surname is misspelt."),
    # quality: vague, with an adverb or lukewarm
    Case(Q, "vague", SIE, "Das ist leider nicht ganz das, was wir uns gedacht hatten."),
    Case(Q, "vague", DU, "Das war so nicht wirklich meine Idee."),
    Case(Q, "vague", EN, "Hmm, it's not exactly what we were hoping for."),
    # quality: direction by comparison
    Case(Q, "comparison", SIE, "Die Slogans wirken ziemlich austauschbar."),
    Case(Q, "comparison", DU, "Die Bilder sehen aus wie aus einem Katalog."),
    Case(Q, "comparison", EN, "The homepage copy feels generic, it could be for any agency."),
    # revision: back to an earlier version
    Case(R, "revert", SIE, "Können wir bitte zurück auf die alte? Die war doch stimmiger."),
    Case(R, "revert", DU, "Nimm doch lieber wieder den Entwurf von vor zwei Wochen."),
    Case(R, "revert", EN, "Could we switch back to option 1 after all?"),
    # revision: a late round with feedback attached is a round by number – beyond the included
    # ones, an estimate first
    Case(R, "named_round", SIE, "Im Anhang unsere Anmerkungen zur Runde 4."),
    Case(R, "named_round", DU, "Anbei die Korrekturen für die 6. Runde."),
    Case(R, "named_round", EN, "Attached are our notes for round 4."),
    Case(R, "named_round", SIE, "Das wäre die fünfte Korrekturrunde, nur Kleinigkeiten."),
    Case(R, "named_round", EN, "Okay, this is the seventh round, but these are the last tweaks."),
    # revision: the version before the last one
    Case(R, "revert", SIE, "Könnten wir bitte die vorletzte Fassung nehmen?"),
    Case(R, "revert", DU, "Stell doch bitte wieder die Variante davor her."),
    Case(R, "revert", EN, "Honestly, can we use the draft before the last one?"),
    # revision: it does not feel finished, nothing named
    Case(R, "unfinished", SIE, "Irgendwie wirkt das noch nicht fertig, keine Ahnung warum."),
    Case(R, "unfinished", DU, "Schau bitte nochmal drüber, irgendwas fehlt noch."),
    Case(R, "unfinished", EN, "Can you take another look? It still doesn't feel finished to me."),
    # quality: a visible defect on a device or in a browser
    Case(Q, "device_defect", SIE, "Im Firefox überlappen sich die Bilder auf der Startseite."),
    Case(Q, "device_defect", DU, "Auf meinem Tablet ist das Kontaktformular total verzerrt."),
    Case(Q, "device_defect", EN, "On my iPad the menu is cut off on the right."),
    # quality: reads machine-translated
    Case(Q, "machine_sounding", SIE, "Die Broschüre liest sich wie maschinell übersetzt."),
    Case(Q, "machine_sounding", DU, "Ehrlich, das klingt nach DeepL und nicht nach uns."),
    Case(Q, "machine_sounding", EN, "Half of the brochure sounds machine-translated."),
    # harsh: a bad review threatened
    Case(H, "review_threat", SIE, "Dafür bekommen Sie von mir eine entsprechende Bewertung!"),
    Case(H, "review_threat", DU, "Mal sehen, was ich auf Trustpilot über dich schreibe."),
    Case(H, "review_threat", EN, "Expect a one-star rating from me, that's all I'll say."),
    # harsh: nobody picks up
    Case(H, "unreachable", SIE, "Seit zwei Tagen sind Sie nicht erreichbar, unglaublich!"),
    Case(H, "unreachable", DU, "Warum geht bei dir eigentlich nie jemand ans Telefon?!"),
    Case(H, "unreachable", EN, "I've been trying all morning and I can't reach you. Ridiculous."),
    # harsh: not in the quote / not what was agreed
    Case(H, "not_in_quote", SIE, "Das stand so aber nirgends in Ihrem Angebot, also bitte!"),
    Case(H, "not_in_quote", DU, "Die Extrakosten waren nicht im Kostenvoranschlag, geht's noch?"),
    Case(H, "not_in_quote", EN, "None of this was in the quote, don't try that with me."),
    Case(H, "not_agreed", SIE, "So war das überhaupt nicht vereinbart, das ist eine Frechheit."),
    Case(H, "not_agreed", DU, "Das war nie so abgemacht, und das weißt du genau."),
    Case(H, "not_agreed", EN, "This is not what we agreed, not even close."),
    # harsh: quality has slipped
    Case(H, "quality_slipped", SIE, "Früher war Ihre Arbeit deutlich sorgfältiger, was ist los?"),
    Case(H, "quality_slipped", DU, "Seit ein paar Wochen wird das immer schlampiger bei dir."),
    Case(H, "quality_slipped", EN, "Your work used to be great, now it's getting sloppy."),
    # unclear: tidying files or folders
    Case(U, "organise", SIE, "Könnten Sie unsere Ordnerstruktur auf dem Server neu organisieren?"),
    Case(U, "organise", DU, "Unsere Ablage ist ein einziges Chaos, kannst du das übernehmen?"),
    Case(U, "organise", EN, "Could you tidy up our Dropbox folders at some point?"),
    # unclear: only the important parts
    Case(U, "which_parts", SIE, "Übersetzen Sie bitte nur die wesentlichen Abschnitte."),
    Case(U, "which_parts", DU, "Lies bitte nur die relevanten Kapitel gegen, der Rest passt."),
    Case(U, "which_parts", EN, "Just proofread the key sections, the appendix is fine."),
    # unclear: two wishes across a sentence break
    Case(U, "tension", EN, "Can the poster be louder? But still calm, please."),
    # unclear: two wishes pulling apart
    Case(U, "tension", SIE, "Das Design soll edel wirken, aber auch nahbar und günstig."),
    Case(U, "tension", DU, "Mach es bitte verspielt und gleichzeitig ganz sachlich."),
    Case(U, "tension", EN, "We'd like it bold but also understated, if possible."),
    # unclear: please have a look
    Case(U, "look_at", SIE, "Könnten Sie bei Gelegenheit mal über den Entwurf drüberschauen?"),
    Case(U, "look_at", DU, "Kannst du dir die Präsentation mal anschauen?"),
    Case(U, "look_at", EN, "Could you have a quick look at the landing page?"),
    # unclear: what would you suggest
    Case(U, "wants_ideas", SIE, "Für den Stand brauchen wir noch was. Was schlagen Sie vor?"),
    Case(U, "wants_ideas", DU, "Was würdest du uns für den Blog empfehlen?"),
    Case(U, "wants_ideas", EN, "What would you suggest for the newsletter banner?"),
    # harsh: the client objects to the freelancer's tone
    Case(H, "our_tone", SIE, "Ihr Ton in der letzten Mail war ziemlich herablassend."),
    Case(H, "our_tone", DU, "So lasse ich nicht mit mir reden, echt nicht."),
    Case(H, "our_tone", EN, "Your reply yesterday was frankly condescending."),
    # harsh: not read, not listened to
    Case(H, "not_listened", SIE, "Das habe ich Ihnen doch schon dreimal geschrieben!"),
    Case(H, "not_listened", DU, "Hörst du mir eigentlich zu? Wie oft denn noch?"),
    Case(H, "not_listened", EN, "As I already said twice, the logo goes top left."),
    # harsh: sarcasm about a mistake that took several tries
    Case(H, "slow_fix", SIE, "Super, beim dritten Anlauf stimmt endlich das Datum."),
    Case(H, "slow_fix", DU, "Hat ja nur vier Versuche gebraucht, bis der Preis richtig war."),
    Case(H, "slow_fix", EN, "Wow, only took five emails to get the address right."),
    # harsh: today named as the deadline
    Case(H, "today", SIE, "Das muss bis heute Abend erledigt sein, sonst reicht es mir."),
    Case(H, "today", DU, "Ich erwarte, dass das heute noch geklärt wird. Langsam reicht es."),
    Case(H, "today", EN, "I expect this fixed by today, or I'm done being patient."),
]

# Messages that must NOT get the kind named (or must keep the default).
NOT_CASES = [
    (Q, "Ich habe heute die Texte gelesen – die Einleitung ist mir zu lang.", "direction"),
    (Q, "This design doesn't really work for us.", "vague"),
    (Q, "Thanks, but the headline should be shorter.", "direction"),
    (R, "Anbei die neue Version des Textes, bitte so einbauen.", "sends_change"),
    (R, "I've attached the photo we want to use instead.", "sends_change"),
    (U, "Can you make it look fresher somehow?", None),
    (U, "Kannst du das etwas moderner machen?", None),
    (U, "Könnten Sie die Überschrift etwas größer machen?", "concrete_change"),
    (U, "Ich brauche das Logo als PNG, aber auch als SVG.", "file_format"),
    (H, "I bought a new laptop today and nothing you sent opens. Useless.", "named_fault"),
    (H, "Sorry for my tone yesterday, but the files are still wrong.", "named_fault"),
    (H, "I'll review the draft tonight and write my comments, it's a mess.", "review_threat"),
    (H, "Ihr Angebot war gut, aber die Umsetzung ist eine Katastrophe.", "not_in_quote"),
    (Q, "The phone number on the flyer is wrong.", "device_defect"),
    (R, "In der vorletzten Version war das Logo größer, das fand ich besser.", "revert"),
    (U, "Können Sie sich um die Unterlagen für den Antrag kümmern?", "organise"),
    (R, "Bitte wieder Variante A, aber mit der Schrift aus Runde 3.", "named_round"),
    (R, "Can we bring back the intro from round 4?", "named_round"),
    (H, "Fix the booking form by tonight or I'm leaving a one-star review.", "review_threat"),
    (H, "Wenn das bis Freitag nicht läuft, gibt es eine schlechte Bewertung.", "review_threat"),
    (H, "Der Shop ist schon wieder nicht erreichbar, das kostet uns Umsatz!", "unreachable"),
]

# What each kind's draft must say and must never say (every tone, long and short).
SHAPE_SAYS = {
    "prefers_earlier": (r"früher|earlier", r"überarbeite es entsprechend|rework it accordingly"),
    "not_working": (r"Ursache|woran|woher|cause|caus", None),
    "errors": (r"korrigier|correct|fix", r"Ursache|woran es liegt|\bcause"),
    "vague": (r"\?", r"Ursache|\bcause"),
    "direction": (r"überarbeit|passe|rework|adjust", r"Ursache|\bcause"),
    "comparison": (r"Eindruck|impression|feel that way", r"entsprechend|accordingly|\bcause"),
    "revert": (r"frühere|earlier", None),
    "repeated": (r"Runde|round", r"So ist klar|makes it clear"),
    "tension": (
        r"Vorrang|wichtiger|Ton angeben|win|matters more|lead",
        r"Was genau schwebt|what exactly do you have in mind",
    ),
    "look_at": (
        r"an(zu)?sehen|anschauen|schaue|look|Einschätzung|assessment|thoughts|stands",
        r"bewirken|achieve",
    ),
    "wants_ideas": (r"Variante|Vorschläge|Ideen|einfallen|idea|option|suggestion|variant", None),
    "our_tone": (r"leid|bedauere|sorry|regret", None),
    "not_listened": (r"heute|today", r"\?"),
    "slow_fix": (r"leid|Entschuldig|entschuldig|sorry|Apologies", r"herausfinde|what I find"),
    "today": (r"heute|today|end of the day", r"bis morgen|by tomorrow"),
    "named_round": (r"Aufwand|estimate", r"in einer Runde|in one round|gesondert|separately"),
    "unfinished": (r"unfertig|nicht fertig|fehlt|unfinished|isn't done|missing", None),
    "device_defect": (r"Screenshot", r"in Ruhe"),
    "machine_sounding": (r"natürlich|flüssig|naturally|smoothly", r"Entwürfe|Notizen|drafts|notes"),
    "review_threat": (r"Bewert|review", r"bitte nicht|please don'?t"),
    "unreachable": (r"zurück|erreich|call you|reach you", None),
    "not_in_quote": (r"Angebot|quote", None),
    "not_agreed": (r"vereinbart|Vereinbarung|agreed|agreement", None),
    "quality_slipped": (r"Sorgfalt|Qualität|care|quality", r"noch heute|today"),
    "organise": (r"suchen|suchst|search|look for", r"bewirken|achieve|Variante|variant"),
    "which_parts": (r"Teile|Abschnitte|parts|sections", r"bewirken|achieve|Variante|variant"),
}


class TestShapes:
    @pytest.mark.parametrize("case", SHAPES, ids=lambda c: c.id)
    def test_the_kind_is_read(self, case: Case) -> None:
        assert incident_kind(case.situation, fold(case.text)) == case.kind

    @pytest.mark.parametrize(("situation", "text", "kind"), NOT_CASES)
    def test_near_misses_keep_their_reading(self, situation, text: str, kind: str | None) -> None:
        got = incident_kind(situation, fold(text))
        if kind is None:
            assert got is None, got
        elif kind in ("sends_change", "concrete_change", "file_format", "named_fault"):
            assert got == kind, got
        else:
            assert got != kind or kind == "direction", got

    @pytest.mark.parametrize("case", SHAPES, ids=lambda c: c.id)
    def test_the_draft_answers_the_kind(self, case: Case) -> None:
        must, never = SHAPE_SAYS[case.kind]
        for tone, short, coaching in all_drafts(case.text, situation=case.situation):
            assert coaching.detection.kind == case.kind
            assert_clean(coaching, short)
            if not short or case.kind in ("prefers_earlier", "tension", "look_at", "our_tone"):
                assert re.search(must, coaching.draft, re.I), (tone, short, coaching.draft)
            if never:
                body = coaching.draft.split("\n", 2)[-1]
                assert not re.search(never, body, re.I), (tone, short, coaching.draft)


class TestHarshTone:
    @pytest.mark.parametrize(
        "text",
        [
            "Das Logo ist schon wieder verpixelt, das ist doch lächerlich!",
            "Du hast schon wieder die falsche Schrift genommen, echt jetzt?",
            "Seriously? The invoice is twice what we agreed on!",
        ],
    )
    def test_heated_default_neither_asks_back_nor_offers_a_call(self, text: str) -> None:
        """A client who named the point (named_fault) is not asked where it went wrong, and
        nobody gets a call."""
        for tone, short, coaching in all_drafts(text, situation=S.HARSH_TONE):
            assert coaching.detection.kind == "named_fault"
            assert_clean(coaching, short)
            assert not re.search(
                r"Telefonat|\bcall\b|wo es (?:gerade )?hakt|missed the mark|missed something|"
                r"welcher Punkt|which point|\?",
                coaching.draft,
            ), (tone, short, coaching.draft)

    @pytest.mark.parametrize(
        "text",
        [
            "Was soll dieser Mist? Das hätte mein Neffe besser gemacht.",
            "Ernsthaft, du hast doch null Ahnung.",
            "My cat could have done a better job. Pathetic effort.",
        ],
    )
    def test_heated_default_asks_what_to_put_right_and_thanks_for_nothing(self, text: str) -> None:
        """Most angry messages name nothing: one calm sentence, no thanks for the words, one
        question about what to put right, and no "today" promise about nothing."""
        for tone, short, coaching in all_drafts(text, situation=H):
            assert coaching.detection.kind is None, coaching.detection.kind
            assert_clean(coaching, short)
            body = coaching.draft.split("\n", 2)[-1]
            assert "?" in body, (tone, short, coaching.draft)
            assert not re.search(r"Danke|danke|Thank|offene|open words|heute|today", body), (
                tone, short, coaching.draft
            )

    @pytest.mark.parametrize(
        "text",
        [
            "Das Video hat ab Minute zwei einen Hall in der Stimme.",
            "The newsletter header looks squashed on the landing page.",
        ],
    )
    def test_quality_default_makes_no_meta_promise(self, text: str) -> None:
        """The quality default says what is checked and by tomorrow what can be fixed and by
        when, never "you'll hear what happens next"."""
        for tone, short, coaching in all_drafts(text, situation=Q):
            if coaching.detection.kind is not None:
                continue
            assert not re.search(r"weitergeht|happens next|how I'll handle", coaching.draft), (
                tone, short, coaching.draft
            )
            assert re.search(r"beheben|korrigieren|fix|correct", coaching.draft), (
                tone, short, coaching.draft
            )

    @pytest.mark.parametrize(
        "text",
        [
            "Machen Sie einfach, was man Ihnen sagt.",
            "Mach das jetzt einfach, keine Ausreden.",
            "Just fix it, I don't want excuses.",
        ],
    )
    def test_taking_it_on_is_no_jab(self, text: str) -> None:
        for tone, short, coaching in all_drafts(text, situation=H):
            assert not re.search(
                r"Hin und Her|Rückfragen|back and forth|no more questions|not more questions",
                coaching.draft,
                re.I,
            ), (tone, short, coaching.draft)

    @pytest.mark.parametrize(
        "text",
        [
            "Warum ist die Einladung an die falsche Liste gegangen???",
            "Du hast schon wieder den falschen Preis eingetragen, unglaublich.",
            "WHY does the banner still show last year's date.",
        ],
    )
    def test_a_heated_default_answers_today(self, text: str) -> None:
        for tone, short, coaching in all_drafts(text, situation=H):
            if coaching.detection.kind is not None:
                continue
            assert not re.search(
                r"bis morgen|by tomorrow|den Punkt, den|point you raise", coaching.draft
            ), (tone, short, coaching.draft)

    @pytest.mark.parametrize(
        "text",
        [
            "Ich hatte Grün gesagt, nicht Oliv. Wie oft noch.",
            "Wir wollten Hochformat, nicht Querformat!",
            "I asked for the PDF. not the Word file. Again.",
        ],
    )
    def test_a_correction_of_what_was_said_is_restated(self, text: str) -> None:
        # the instruction is in the message, so the draft does it as written
        assert incident_kind(H, fold(text)) == "restated"

    @pytest.mark.parametrize(
        "text",
        ["Ich wollte das eigentlich nicht so haben.", "We wanted it done, not really a big ask."],
    )
    def test_a_plain_not_is_no_correction(self, text: str) -> None:
        assert incident_kind(H, fold(text)) not in ("not_listened", "restated")

    def test_no_english_draft_says_the_translated_phrases(self) -> None:
        texts = [
            (H, "You are an absolute clown, honestly."),
            (H, "Don't ever email me again."),
            (H, "Stop making excuses and just do your job."),
            (Q, "The colours are too loud."),
        ]
        for situation, text in texts:
            for _, _, coaching in all_drafts(text, situation=situation):
                assert not re.search(
                    r"has reached me|day after tomorrow|part of the job is mine|that part is mine",
                    coaching.draft,
                ), coaching.draft

    @pytest.mark.parametrize(
        "text",
        [
            "Noch ein Patzer bei der Abrechnung und mein Anwalt meldet sich bei Ihnen.",
            "You wrecked the launch video and I'm talking to my lawyer about it.",
        ],
    )
    def test_a_legal_threat_does_not_ask_for_what_it_names(self, text: str) -> None:
        for tone, short, coaching in all_drafts(text, situation=H):
            assert coaching.detection.kind == "legal_threat"
            never = r"offen sind|ungeklärt|unresolved|points you|\?"
            assert not re.search(never, coaching.draft), (
                tone,
                short,
                coaching.draft,
            )

    @pytest.mark.parametrize(
        "text",
        [
            "Ich hab dir extra Grün gesagt, nicht Blau. Unfähig.",
            "I said landscape, not portrait. Useless.",
        ],
    )
    def test_a_correction_with_an_insult_is_restated(self, text: str) -> None:
        # `restated`, split from not_listened, does it as written
        assert incident_kind(H, fold(text)) == "restated"

    @pytest.mark.parametrize(
        "text",
        ["Wenn das nicht bis Freitag läuft, hören Sie von meinem Anwalt.", "I'll sue you."],
    )
    def test_a_legal_threat_invites_what_else_is_open_without_also(self, text: str) -> None:
        for _tone, short, coaching in all_drafts(text, situation=H):
            assert coaching.detection.kind == "legal_threat"
            assert not re.search(r"\balso\b|auch kurz", coaching.draft), coaching.draft
            if not short:
                assert re.search(r"darüber hinaus|anything else", coaching.draft), coaching.draft


class TestViolentThreat:
    @pytest.mark.parametrize(
        ("text", "language"),
        [
            ("Ich weiß, wo Sie wohnen. Überlegen Sie sich gut, was Sie jetzt tun.", Language.DE),
            ("Pass bloß auf, sonst bring ich dich um.", Language.DE),
            ("If you post those photos I will hurt you. I know where you live.", Language.EN),
        ],
    )
    def test_a_threat_of_violence_ends_the_conversation(
        self, text: str, language: Language
    ) -> None:
        """No apology, no offer, no call: the draft only ends the conversation, and the user is told
        to keep the message and get help."""
        assert incident_kind(S.HARSH_TONE, fold(text)) == "violent_threat"
        for tone in Tone:
            for short in (False, True):
                coaching = default_coach(text, situation=S.HARSH_TONE, tone=tone, short=short)
                assert coaching.reply_language is language
                draft = coaching.draft
                assert review_draft(draft, language=coaching.reply_language) == [], draft
                assert re.search(r"Drohung|threat", draft), draft
                assert not re.search(
                    r"leid|Entschuldig|sorry|apolog|Telefonat|call|Angebot|quote|verstehe|understand",
                    draft,
                    re.I,
                ), draft
                assert re.search(r"Polizei|police", coaching.boundary), coaching.boundary

    @pytest.mark.parametrize(
        "text",
        ["Your photos were the bomb, thanks!", "Can you blow up the photo to A3 for the lobby?"],
    )
    def test_slang_and_enlargements_are_no_threat(self, text: str) -> None:
        assert incident_kind(S.HARSH_TONE, fold(text)) != "violent_threat"


class TestQualityCriticism:
    @pytest.mark.parametrize(
        "text",
        [
            "Die Fotos der Produktseite wirken blass und das Team-Bild ist unscharf.",
            "Deine Zusammenfassung lässt die Ergebnisse vom März weg.",
            "The summary section is much weaker than the rest of the report.",
        ],
    )
    def test_the_default_presumes_nothing_broken(self, text: str) -> None:
        """A named point that is neither technical nor a plain error: revised, no cause hunted."""
        for tone, short, coaching in all_drafts(text, situation=Q):
            assert coaching.detection.kind is None
            assert_clean(coaching, short)
            assert not re.search(
                r"Ursache|woran es liegt|\bcause|day after tomorrow", coaching.draft, re.I
            ), (tone, short, coaching.draft)

    @pytest.mark.parametrize(
        "text",
        [
            "Die Bilder sind recht dunkel geworden, und zwei sind verwackelt.",
            "Der Text klingt ziemlich steif, irgendwie nicht nach uns.",
            "The copy reads quite stiff, not what we expected.",
            "The subtitles are too literal, honestly a bit disappointing.",
            "Die Farben wirken irgendwie blass, so hatten wir uns das nicht vorgestellt.",
        ],
    )
    def test_a_named_property_is_not_vague(self, text: str) -> None:
        assert incident_kind(Q, fold(text)) != "vague"
        for tone, short, coaching in all_drafts(text, situation=Q):
            body = coaching.draft.split("\n", 2)[-1]
            assert not re.search(r"am meisten|bother you most", body), (tone, short, coaching.draft)

    @pytest.mark.parametrize(
        "text",
        [
            "Gefällt mir irgendwie nicht.",
            "It just doesn't feel right.",
            "Das haut mich nicht vom Hocker.",
        ],
    )
    def test_nothing_named_stays_vague(self, text: str) -> None:
        assert incident_kind(Q, fold(text)) == "vague"

    @pytest.mark.parametrize(
        "text",
        [
            "Die Aufnahmen vom Sommerfest sind fast alle unscharf.",
            "Auf dem Tablet verrutscht bei dir die ganze Navigation.",
            "The product shots came out blurry.",
        ],
    )
    def test_the_default_promises_no_rework_before_checking(self, text: str) -> None:
        for tone, short, coaching in all_drafts(text, situation=Q):
            if coaching.detection.kind is not None:
                continue
            assert_clean(coaching, short)
            assert not re.search(
                r"überarbeitete Version|bessere es nach|revised version|improve it",
                coaching.draft,
            ), (tone, short, coaching.draft)

    @pytest.mark.parametrize(
        "text",
        ["Passt nicht. Die Bilder wirken billig.", "Not what we had hoped, the tone is off."],
    )
    def test_the_default_presumes_no_list_of_points(self, text: str) -> None:
        for tone, short, coaching in all_drafts(text, situation=Q):
            if coaching.detection.kind is not None:
                continue
            assert not re.search(
                r"Ihre Punkte|deine Punkte|your points|point by point|"
                r"Punkt für Punkt",
                coaching.draft,
            ), (tone, short, coaching.draft)


class TestRevisionLoop:
    @pytest.mark.parametrize(
        "text",
        [
            "Könnten wir das Grün aus Entwurf 1 nehmen und den Aufbau aus Entwurf 3?",
            "Kannst du bitte wieder die Schrift aus Version 3 nehmen?",
            "Let's use v4 again, but with the header image from v2.",
            "Could we bring back the headline from the first draft?",
            "Bitte wieder die Überschrift wie in der ersten Fassung.",
        ],
    )
    def test_a_mix_or_one_element_is_no_revert(self, text: str) -> None:
        assert incident_kind(R, fold(text)) != "revert"

    @pytest.mark.parametrize(
        "text",
        [
            "Können wir doch wieder die erste Fassung nehmen?",
            "Lass uns lieber zurück zu Version 2 gehen.",
            "Could we go back to draft 3, please?",
        ],
    )
    def test_one_whole_version_is_a_revert(self, text: str) -> None:
        assert incident_kind(R, fold(text)) == "revert"
        for tone, short, coaching in all_drafts(text, situation=R):
            assert_clean(coaching, short)
            body = coaching.draft.split("\n", 2)[-1]
            assert not re.search(
                r"Kleinigkeit|kleine Anpassung|small tweak|anything small", body, re.I
            ), (tone, short, coaching.draft)
            if not short:
                assert re.search(r"Aufwand|effort", body), (tone, short, coaching.draft)


class TestUnclearRequest:
    @pytest.mark.parametrize(
        "text",
        [
            "Ich weiß selbst nicht so genau, wie es aussehen soll. Lass dir was einfallen.",
            "Wir wissen es auch noch nicht. Schauen Sie mal, ob Ihnen etwas einfällt.",
            "Honestly I don't know what I need for the banner. See what you come up with.",
        ],
    )
    def test_not_knowing_gets_ideas_not_a_question(self, text: str) -> None:
        assert incident_kind(U, fold(text)) == "wants_ideas"
        for tone, short, coaching in all_drafts(text, situation=U):
            assert not re.search(r"schwebt|have in mind", coaching.draft), (
                tone,
                short,
                coaching.draft,
            )

    def test_not_knowing_what_the_freelancer_meant_is_no_wish_for_ideas(self) -> None:
        text = "Ich weiß nicht genau, was Sie mit dem Entwurf B meinen."
        assert incident_kind(U, fold(text)) != "wants_ideas"

    @pytest.mark.parametrize(
        "text",
        [
            "Wir brauchen Flyer, modern und gleichzeitig klassisch.",
            "Die Seite soll verspielt sein, aber auch seriös wirken.",
        ],
    )
    def test_the_tension_question_is_plain_german(self, text: str) -> None:
        for tone, short, coaching in all_drafts(text, situation=U):
            assert not re.search(r"reiben|Rückmeldung", coaching.draft), (
                tone,
                short,
                coaching.draft,
            )

    @pytest.mark.parametrize(
        "text",
        [
            "Die Präsentation soll kürzer werden, aber bitte noch zwei Folien zum Budget dazu.",
            "Weniger Text auf der Startseite, aber alle Angebote sollen sichtbar bleiben.",
            "Keep the flyer minimal but list every opening time and all prices.",
        ],
    )
    def test_less_but_all_of_it_is_a_tension(self, text: str) -> None:
        assert incident_kind(U, fold(text)) == "tension"

    @pytest.mark.parametrize(
        "text",
        ["Mach es bitte kürzer.", "Can you make the intro shorter?", "Bitte etwas weniger Text."],
    )
    def test_plain_shortening_is_no_tension(self, text: str) -> None:
        assert incident_kind(U, fold(text)) != "tension"

    @pytest.mark.parametrize(
        "text",
        [
            "Wenn das so bleibt, gibt es eine Bewertung, die sich gewaschen hat.",
            "Jetzt reicht es mir langsam mit dir, jedes Mal dasselbe.",
        ],
    )
    def test_the_unclear_default_thanks_for_no_request(self, text: str) -> None:
        for tone, short, coaching in all_drafts(text, situation=U):
            assert "Anfrage" not in coaching.draft, (tone, short, coaching.draft)

    @pytest.mark.parametrize(
        "text",
        [
            "Can you help with the launch? Not sure what we need, maybe ads or a landing page.",
            "Wir bräuchten Ideen für die Messe, Budget steht noch nicht fest.",
        ],
    )
    def test_an_open_scope_gets_no_variants(self, text: str) -> None:
        assert incident_kind(U, fold(text)) == "unsure_need"
        for tone, short, coaching in all_drafts(text, situation=U):
            assert not re.search(r"Variante|variant|option.{0,20}choose", coaching.draft), (
                tone,
                short,
                coaching.draft,
            )


# --- the revision_loop default takes the change on; apology; no_change ---------------------------


class TestRevisionDefault:
    def test_default_says_yes_and_rounds_only_as_a_condition(self) -> None:
        for voice, text in (
            (SIE, "Könnten wir die Überschrift doch in Dunkelrot setzen?"),
            (DU, "Mach das Foto oben bitte etwas heller, ja?"),
            (EN, "Could the subtitle be in italics instead?"),
        ):
            case = Case(S.REVISION_LOOP, None, voice, text)
            assert_answers(
                case,
                r"setze (?:ich|sie|das)|übernehme ich|baue ich|happy to|work (?:that|them) in"
                r"|take care|make that change",
                never=r"eine[rn]? Runde|one round|consolidated|ausgeschöpft|used up",
            )

    def test_apology_is_acknowledged(self) -> None:
        for voice, text in (
            (SIE, "Entschuldigung, dass ich nochmal komme: die Telefonnummer bitte ohne Vorwahl."),
            (DU, "Sorry, kannst du das Bild doch links setzen?"),
            (EN, "Sorry about this, could the photo go on the left instead?"),
        ):
            case = Case(S.REVISION_LOOP, "apology", voice, text)
            assert_answers(case, r"entschuldigen|apologi|sorry")

    def test_money_or_threat_gets_no_yes(self) -> None:
        for voice, text in (
            (SIE, "Wir nehmen doch eine andere Agentur, bitte erstatten Sie uns die Anzahlung."),
            (DU, "Die zweite Variante zahle ich nicht, die nehmen wir ja nicht."),
            (EN, "If the next version isn't right we will look elsewhere."),
        ):
            case = Case(S.REVISION_LOOP, "no_change", voice, text)
            assert_answers(case, r".", never=r"setze ich gern|happy to do|take care of that")

    def test_a_deadline_moved_earlier_gets_no_yes(self) -> None:
        """Read as a revision, "now on the 3rd, not the 17th" must not be agreed to."""
        for voice, text in (
            (SIE, "Die Präsentation ist jetzt schon am 5., nicht am 19. Schaffen Sie das?"),
            (DU, "Der Termin ist doch schon am 2., nicht erst am 12."),
            (EN, "The board meeting is now on the 4th, not the 18th."),
        ):
            case = Case(S.REVISION_LOOP, "no_change", voice, text)
            assert_answers(case, r".", never=r"setze ich gern|happy to do|take care of that")
            assert incident_kind(S.URGENT_PRESSURE, fold(text)) == "deadline_earlier"

    def test_notes_nobody_has_read_get_no_yes(self) -> None:
        """Someone else's notes or a batch of comments: looked at first, no yes in advance."""
        for voice, text in (
            (SIE, "Unsere Marketingleiterin hat nochmal drübergeschaut, Details folgen."),
            (DU, "Hab dir ein paar Anmerkungen geschickt, siehe Anhang."),
            (EN, "Our CEO had a look over the weekend and has some notes."),
        ):
            case = Case(S.REVISION_LOOP, "notes", voice, text)
            assert_answers(
                case,
                r"aufgefallen|Punkte|noticed|spotted|points",
                never=r"setze ich gern|happy to do|take care of that|Gut zu wissen|Good to know",
            )
