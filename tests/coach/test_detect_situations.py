"""Detection through the public `detect()` / `coach()` front doors.

Golden messages below are written for these tests (German with Sie and du, English); none comes
from the evaluation set. They check the situation a freelancer would name, not the cue that
fired, so rewording a cue table keeps them valid.
"""

from __future__ import annotations

import time

import pytest

from bot.coach import (
    EmptyMessageError,
    Formality,
    Language,
    NoWordsError,
    Profile,
    Situation,
    coach,
)
from bot.coach.detect import detect
from bot.coach.normalize import MAX_ANALYSED_CHARS, clean_text

S = Situation

GOLDEN: list[tuple[Situation, str]] = [
    # scope_creep
    (
        S.SCOPE_CREEP,
        "Könnten Sie zusätzlich noch die Broschüre ins Englische übertragen? Das "
        "gehört doch eigentlich mit dazu.",
    ),
    (S.SCOPE_CREEP, "Wo du gerade dabei bist: mach doch bitte auch noch die Visitenkarten neu."),
    (
        S.SCOPE_CREEP,
        "Could you also design a couple of Instagram templates? Should be quick "
        "since you already have the colours.",
    ),
    # urgent_pressure
    (
        S.URGENT_PRESSURE,
        "Wir brauchen die Folien spätestens heute um 16 Uhr, der Termin wurde vorverlegt.",
    ),
    (S.URGENT_PRESSURE, "Kannst du mir das bis heute Abend schicken? Ist echt dringend."),
    (
        S.URGENT_PRESSURE,
        "The client meeting got moved up, I need the deck within the next two hours.",
    ),
    # delay_complaint
    (
        S.DELAY_COMPLAINT,
        "Ich warte nun schon seit zwei Wochen auf die Korrekturfahnen. Wann "
        "bekomme ich sie endlich?",
    ),
    (S.DELAY_COMPLAINT, "Du wolltest mir den Text doch schon am Montag schicken, wo bleibt er?"),
    (
        S.DELAY_COMPLAINT,
        "It's been ten days and we still haven't received the translation. What is going on?",
    ),
    # quality_criticism
    (
        S.QUALITY_CRITICISM,
        "Ehrlich gesagt sind wir mit den Entwürfen nicht zufrieden, das wirkt "
        "alles sehr altbacken.",
    ),
    (S.QUALITY_CRITICISM, "Die Fotos gefallen mir leider gar nicht, die sind viel zu dunkel."),
    (
        S.QUALITY_CRITICISM,
        "Honestly the copy doesn't sound like us at all, it's bland and full of typos.",
    ),
    # revision_loop
    (
        S.REVISION_LOOP,
        "Mein Mann und meine Schwester finden die Schrift noch nicht ideal, "
        "können Sie noch eine Runde Änderungen machen?",
    ),
    (
        S.REVISION_LOOP,
        "Können wir doch wieder zur ersten Variante zurück? Und dann noch ein paar Anpassungen.",
    ),
    (
        S.REVISION_LOOP,
        "We're on round seven now, but my business partner would like yet another set of changes.",
    ),
    # payment_issue
    (S.PAYMENT_ISSUE, "Die Rechnung zahlen wir erst, wenn unser Kunde uns bezahlt hat."),
    (S.PAYMENT_ISSUE, "Sorry, die Überweisung hab ich total verschwitzt, mach ich nächsten Monat."),
    (
        S.PAYMENT_ISSUE,
        "We won't be paying the remaining invoice, the work is for your portfolio anyway.",
    ),
    # price_pushback
    (
        S.PRICE_PUSHBACK,
        "Ihr Angebot liegt deutlich über unserem Budget. Geht da noch was beim Preis?",
    ),
    (S.PRICE_PUSHBACK, "Puh, das ist echt zu teuer für uns. Kannst du mir einen Rabatt geben?"),
    (
        S.PRICE_PUSHBACK,
        "Your new rates are way too expensive, another agency quoted us half of that.",
    ),
    # harsh_tone
    (
        S.HARSH_TONE,
        "Sie sind ja völlig unfähig! Was für ein Saftladen, ich schalte meinen Anwalt ein.",
    ),
    (S.HARSH_TONE, "Bist du eigentlich bescheuert?? So ein Mist, echt."),
    (
        S.HARSH_TONE,
        "You are a useless idiot and I'll make sure everyone knows it. Bad review incoming.",
    ),
    # unclear_request
    (
        S.UNCLEAR_REQUEST,
        "Es soll irgendwie modern sein, aber auch klassisch, so was wie Apple "
        "nur in warm. Sie wissen schon.",
    ),
    (
        S.UNCLEAR_REQUEST,
        "Keine Ahnung, mach einfach irgendwas Schönes, vielleicht mit Blau oder so.",
    ),
    (
        S.UNCLEAR_REQUEST,
        "I'm not sure what I want, something fresh but not too trendy, you know what I mean?",
    ),
    # boundary_overstep
    (S.BOUNDARY_OVERSTEP, "Ich erwarte, dass Sie auch am Wochenende jederzeit erreichbar sind."),
    (S.BOUNDARY_OVERSTEP, "Warum gehst du abends nicht ans Handy? Ich hab dich dreimal angerufen."),
    (
        S.BOUNDARY_OVERSTEP,
        "Why didn't you answer my texts last night? I need you reachable at all hours.",
    ),
    # termination
    (S.TERMINATION, "Hiermit kündigen wir die Zusammenarbeit zum Monatsende."),
    (S.TERMINATION, "Wir haben uns für eine andere Agentur entschieden, danke trotzdem."),
    (S.TERMINATION, "We have decided to part ways. Please hand over all files by Friday."),
    # neutral
    (S.NEUTRAL, "Vielen Dank für die Dateien, sieht gut aus. Schönes Wochenende!"),
    (S.NEUTRAL, "Passt, danke dir! Bis nächste Woche."),
    (S.NEUTRAL, "Thanks, got it. I'll review it tomorrow and let you know."),
]

# A second hand-written batch: shapes without the obvious keywords (broken promises, 'happig',
# 'same budget', a colleague taking over, weekend expectations).
GOLDEN += [
    (
        S.SCOPE_CREEP,
        "Ach, und die Texte für die Website könnten Sie dann ja gleich mitschreiben, oder?",
    ),
    (
        S.SCOPE_CREEP,
        "Hey, kleine Bitte noch: kannst du auch die Speisekarte für den Sommer "
        "gestalten? Ist ja fast das Gleiche.",
    ),
    (
        S.SCOPE_CREEP,
        "Great, and since the booklet is done, we'd like a matching poster and a social banner.",
    ),
    (
        S.SCOPE_CREEP,
        "Quick question - could you also handle our newsletter from now on? Same budget of course.",
    ),
    (
        S.URGENT_PRESSURE,
        "Die Druckerei braucht die Daten schon morgen um 8, also bitte heute "
        "Nacht noch fertig machen.",
    ),
    (
        S.URGENT_PRESSURE,
        "Können Sie das bis Mittag erledigen? Unser Geschäftsführer wartet darauf.",
    ),
    (S.URGENT_PRESSURE, "Sorry for the short notice but we need the edited video by 9am tomorrow."),
    (S.URGENT_PRESSURE, "I need this back in an hour, drop everything else please."),
    (
        S.DELAY_COMPLAINT,
        "Seit drei Wochen höre ich nichts von Ihnen. Ist das Projekt eingeschlafen?",
    ),
    (S.DELAY_COMPLAINT, "Hallo? Der Entwurf war für Dienstag angekündigt, heute ist Freitag."),
    (S.DELAY_COMPLAINT, "We've been waiting on the new homepage for over a month now."),
    (S.DELAY_COMPLAINT, "Any news on the brochure? It was due last week."),
    (
        S.QUALITY_CRITICISM,
        "Die Übersetzung ist voller Fehler, so können wir das nicht veröffentlichen.",
    ),
    (S.QUALITY_CRITICISM, "Das Logo sieht aus wie Clipart von 1998. Das war nicht der Plan."),
    (
        S.QUALITY_CRITICISM,
        "The colours are all off and the text is hard to read. Not what we paid for.",
    ),
    (
        S.QUALITY_CRITICISM,
        "I'm really disappointed with the photos, half of them are out of focus.",
    ),
    (
        S.REVISION_LOOP,
        "Der Vorstand hat sich die Entwürfe angesehen und hat wieder neue Anmerkungen.",
    ),
    (
        S.REVISION_LOOP,
        "Kannst du die Farben nochmal ändern? Und dann doch lieber wie in Version 2.",
    ),
    (
        S.REVISION_LOOP,
        "My boss looked at it and wants to change the headline again, sorry, fifth time.",
    ),
    (
        S.REVISION_LOOP,
        "Can we go back to the previous layout but keep the new fonts? Then one more round.",
    ),
    (
        S.PAYMENT_ISSUE,
        "Ihre Rechnung ist bei uns leider untergegangen, wir zahlen Ende nächsten Monats.",
    ),
    (S.PAYMENT_ISSUE, "Wir ziehen 20 % von der Rechnung ab, weil es zwei Tage zu spät war."),
    (S.PAYMENT_ISSUE, "We only pay invoices net 90, that's company policy."),
    (S.PAYMENT_ISSUE, "Can you do this one for free? We'll send lots of clients your way."),
    (S.PRICE_PUSHBACK, "Für einen Flyer finde ich 400 Euro ganz schön happig."),
    (S.PRICE_PUSHBACK, "Dein Stundensatz ist mir zu hoch, ein Student macht das für die Hälfte."),
    (S.PRICE_PUSHBACK, "That's way more than we expected. Can you knock the price down a bit?"),
    (S.PRICE_PUSHBACK, "Why did your rate go up? We were fine with last year's price."),
    (S.HARSH_TONE, "Was für ein unprofessioneller Haufen! Ihr seid das Allerletzte."),
    (S.HARSH_TONE, "Sie können froh sein, wenn ich Sie nicht verklage."),
    (S.HARSH_TONE, "This is garbage. Are you even trying? Pathetic."),
    (S.HARSH_TONE, "I swear to god if this isn't fixed I will make your life hell."),
    (S.UNCLEAR_REQUEST, "Wir wollen was Besonderes, aber auch nicht zu auffällig. Verstehen Sie?"),
    (
        S.UNCLEAR_REQUEST,
        "Mach einfach mal, du weißt schon, so in die Richtung von dem anderen Ding.",
    ),
    (S.UNCLEAR_REQUEST, "Can it be bigger but take up less space?"),
    (S.UNCLEAR_REQUEST, "Something clean, but busy enough that people notice. Not sure really."),
    (S.BOUNDARY_OVERSTEP, "Ich schreibe Ihnen auch sonntags, da erwarte ich schon eine Antwort."),
    (S.BOUNDARY_OVERSTEP, "Du musst auch im Urlaub mal kurz drüberschauen können."),
    (
        S.BOUNDARY_OVERSTEP,
        "I texted you at 11pm and you didn't respond until morning. That's not ok.",
    ),
    (S.BOUNDARY_OVERSTEP, "From now on please keep your status green on Teams from 8 to 8."),
    (S.TERMINATION, "Wir werden das Projekt nicht weiterführen und bitten um die Schlussrechnung."),
    (S.TERMINATION, "Ab sofort übernimmt unsere Praktikantin das, danke für alles."),
    (S.TERMINATION, "We are ending the contract effective immediately."),
    (S.TERMINATION, "Thanks for everything, but we found another designer who fits better."),
    (S.NEUTRAL, "Alles klar, ich schicke Ihnen die Fotos morgen zu."),
    (S.NEUTRAL, "Super Arbeit, danke! Die Präsentation kam sehr gut an."),
    (S.NEUTRAL, "Looks good to me. Let's talk next week about the next steps."),
]

# A third batch: minimising effort, equity instead of cash, replies at midnight.
GOLDEN += [
    (
        S.SCOPE_CREEP,
        "Könnten Sie die Präsentation auch gleich noch auf Französisch anlegen? Die "
        "Vorlage haben Sie ja schon.",
    ),
    (
        S.SCOPE_CREEP,
        "Hab noch 15 Produktfotos angehängt, die müssten auch freigestellt werden, danke!",
    ),
    (
        S.SCOPE_CREEP,
        "Oh, we also need the app icons in all sizes, I assumed that comes with the logo.",
    ),
    (S.URGENT_PRESSURE, "Der Kunde kommt morgen um 9, bis dahin muss alles stehen."),
    (S.URGENT_PRESSURE, "We're going live in two hours, can you push the fix now?"),
    (S.DELAY_COMPLAINT, "Laut Plan sollten wir die Texte längst haben. Was ist da los?"),
    (S.DELAY_COMPLAINT, "Three reminders and still no files. This is getting frustrating."),
    (
        S.QUALITY_CRITICISM,
        "Die Bilder sind unscharf und die Farben stimmen nicht mit unserem CI überein.",
    ),
    (S.QUALITY_CRITICISM, "Meh. It looks like every other template out there."),
    (
        S.REVISION_LOOP,
        "Nach Rücksprache mit dem Team hätten wir gern doch die blaue Variante, "
        "aber mit der Schrift aus Entwurf 1.",
    ),
    (S.REVISION_LOOP, "Sorry, one last tweak (promise!): can we swap the photos back?"),
    (
        S.PAYMENT_ISSUE,
        "Die Zahlung verzögert sich leider, unser Kunde hat selbst noch nicht bezahlt.",
    ),
    (S.PAYMENT_ISSUE, "We'd rather pay you in equity, cash is tight right now."),
    (
        S.PRICE_PUSHBACK,
        "Für den Preis mache ich das ja fast selbst. Da müssen Sie nochmal rangehen.",
    ),
    (S.PRICE_PUSHBACK, "Is that your best price? Other freelancers on Fiverr charge $50."),
    (S.HARSH_TONE, "Hören Sie auf, mir Ausreden zu erzählen, und machen Sie endlich Ihren Job!"),
    (S.HARSH_TONE, "Are you incompetent or just lazy? Fix it. NOW."),
    (S.UNCLEAR_REQUEST, "Irgendwas mit Natur, aber bitte nicht grün. Und modern, aber gemütlich."),
    (S.UNCLEAR_REQUEST, "We want it to pop but also be understated. Does that make sense?"),
    (
        S.BOUNDARY_OVERSTEP,
        "Ich habe dir um Mitternacht geschrieben, warum antwortest du erst jetzt?",
    ),
    (S.BOUNDARY_OVERSTEP, "Please join our daily 8am call, we like all our freelancers on it."),
    (
        S.TERMINATION,
        "Wir haben beschlossen, das Projekt intern weiterzuführen. Bitte schicken "
        "Sie uns die offenen Dateien.",
    ),
    (S.TERMINATION, "Unfortunately we need to cancel the remaining work effective today."),
    (S.NEUTRAL, "Kurze Info: Ich bin ab Montag wieder im Büro, dann besprechen wir alles."),
    (S.NEUTRAL, "Received the files, thank you. Everything looks fine."),
]


class TestSituations:
    @pytest.mark.parametrize(
        ("gold", "text"), GOLDEN, ids=[f"{g.value}-{i}" for i, (g, _) in enumerate(GOLDEN)]
    )
    def test_golden_messages(self, gold: Situation, text: str) -> None:
        """Each hand-written message is read as the situation a freelancer would name."""
        assert detect(text).situation is gold

    def test_harsh_delay_names_both(self) -> None:
        """A delay complaint in an insulting tone keeps both situations in view."""
        d = detect(
            "Where the hell is my website?! You are completely useless, still waiting "
            "after three weeks!!!"
        )
        assert {d.situation, *d.secondary} >= {S.DELAY_COMPLAINT, S.HARSH_TONE}

    def test_scores_are_transparent(self) -> None:
        """Scores name the situations with numbers only, highest first."""
        d = detect("Das ist viel zu teuer, da zahlen wir nicht.")
        values = [v for _, v in d.scores]
        assert values == sorted(values, reverse=True)
        assert all(isinstance(s, Situation) for s, _ in d.scores)


class TestHeat:
    def test_insults_are_hotter_than_polite_questions(self) -> None:
        """Profanity, capitals and !!! raise heat; polite wording keeps it low."""
        hot = detect("WHAT THE F*** IS THIS?!?! You scammer, I'm calling my lawyer!!!").heat
        calm = detect("Could you please let me know when the draft will be ready? Thanks!").heat
        assert hot >= 75 > 40 > calm

    def test_heat_is_bounded(self) -> None:
        """Heat stays within 0..100 whatever the input."""
        d = detect("IDIOT!!! " * 200)
        assert 0 <= d.heat <= 100


class TestLanguageAndRegister:
    @pytest.mark.parametrize(
        ("text", "language", "formality"),
        [
            (
                "Koennten Sie mir bitte bis Freitag die Datei schicken? Gruesse",
                Language.DE,
                Formality.SIE,
            ),
            ("kannst du mir das nochmal schicken? danke dir", Language.DE, Formality.DU),
            ("WARUM HABEN SIE MIR DAS NICHT GESAGT?", Language.DE, Formality.SIE),
            # a sentence-initial "Ihr" before a noun is "Your"; before a verb it is plural "ihr"
            ("Ihr neues Angebot ist uns zu hoch.", Language.DE, Formality.SIE),
            ("Ihr habt das toll gemacht, danke euch!", Language.DE, Formality.DU),
            ("Jetzt hör mir mal zu, so geht das nicht.", Language.DE, Formality.DU),
            ("Hallo Frau Brandt, die Bilder sind angekommen. LG Petra", Language.DE, Formality.SIE),
            (
                "Sehr geehrte Frau Krause, anbei die Unterlagen. Mit freundlichen Grüßen",
                Language.DE,
                Formality.SIE,
            ),
            (
                "Hallo Herr Brandt, kannst du mir dein Angebot nochmal schicken?",
                Language.DE,
                Formality.DU,
            ),
            ("Habt ihr das Briefing schon gelesen?", Language.DE, Formality.DU),
            # a du-imperative opening a sentence or clause, no pronoun anywhere
            ("Das reicht jetzt. Gib mir einfach die offenen Dateien.", Language.DE, Formality.DU),
            ("Passt schon, mach das einfach bis Montag fertig.", Language.DE, Formality.DU),
            ("Schicken Sie mir die Dateien bis Montag.", Language.DE, Formality.SIE),
            # chat German drops the pronoun: the verb form alone says du
            ("Kannst mal die Schrift etwas größer machen?", Language.DE, Formality.DU),
            ("Brauchst dich nicht beeilen, weißt eh wie das läuft.", Language.DE, Formality.DU),
            # a du-imperative after "und"; "und melde mich" is the client's own plan
            ("Hör auf zu diskutieren und schick einfach die Entwürfe.", Language.DE, Formality.DU),
            ("Ich schaue es mir an und melde mich morgen.", Language.DE, Formality.NONE),
            # "Guten Morgen Frau/Herr …" with no pronoun: business German, Sie
            (
                "Guten Morgen Herr Albers, der Termin für die Fotos ist nun doch der Dienstag.",
                Language.DE,
                Formality.SIE,
            ),
            ("Please send me the final files by Monday.", Language.EN, Formality.NONE),
            (
                "Hi Lena, the deadline is next week, ok? Ich brauche das wirklich dringend, bitte "
                "schick es mir bis Mittwoch.",
                Language.DE,
                Formality.DU,
            ),
        ],
    )
    def test_language_and_register(
        self, text: str, language: Language, formality: Formality
    ) -> None:
        """Umlaut-less, all-caps and mixed messages get the client's language and register."""
        d = detect(text)
        assert (d.language, d.formality) == (language, formality)

    def test_foreign_language_keeps_profile_language(self) -> None:
        """French is named as foreign; coaching continues in the user's language."""
        d = detect(
            "Bonjour, je n'ai toujours pas reçu la facture, c'est très urgent pour nous.",
            profile=Profile(language=Language.EN),
        )
        assert d.foreign_language == "fr"
        assert d.language is Language.EN

    def test_spanish_is_foreign(self) -> None:
        """Spanish is recognised as well."""
        d = detect("Hola, necesito el diseño para mañana, por favor. Gracias.")
        assert d.foreign_language == "es"

    def test_no_evidence_falls_back_to_profile(self) -> None:
        """A message with no language evidence uses the profile's language."""
        assert detect("OK!!", profile=Profile(language=Language.EN)).language is Language.EN
        assert detect("OK!!", profile=Profile(language=Language.DE)).language is Language.DE


class TestCleaning:
    def test_slack_markup_is_removed(self) -> None:
        """Mentions, links, emoji codes, bold and entities do not reach detection."""
        raw = (
            "<@U123ABC> *Wo bleibt* der Flyer? :angry: Siehe <https://example.com/x|Entwurf> "
            "&amp; <#C42|projekt>"
        )
        text = clean_text(raw)
        assert "U123ABC" not in text and "https" not in text and ":angry:" not in text
        assert "Wo bleibt der Flyer?" in text and "Entwurf" in text and "&" in text
        assert detect(raw).situation is S.DELAY_COMPLAINT

    def test_quoted_mail_and_signature_are_cut(self) -> None:
        """Only the new message counts, not the quoted thread or the signature."""
        raw = (
            "Hallo Jana,\n\nvielen Dank, das passt so.\n\nViele Grüße\nTom Becker\nBecker GmbH\n"
            "Tel. 030 1234567\n\nAm 3. März 2025 um 10:00 schrieb Jana <j@example.com>:\n"
            "> Die Rechnung ist seit drei Wochen überfällig, bitte zahlen Sie sofort!!!\n"
        )
        text = clean_text(raw)
        assert "Rechnung" not in text and "Becker GmbH" not in text
        assert detect(raw).situation is S.NEUTRAL

    def test_outlook_header_and_disclaimer_are_cut(self) -> None:
        """An Outlook reply header and a legal disclaimer are not the client's words."""
        raw = (
            "We still haven't received the banner files.\n\n"
            "This email and any attachments is confidential and intended solely for the "
            "addressee.\n"
            "From: Ana\nSent: Monday\nTo: Client\nSubject: Invoice\n\nYou are fired!"
        )
        d = detect(raw)
        assert d.situation is S.DELAY_COMPLAINT
        assert "confidential" not in clean_text(raw)

    def test_html_remnants(self) -> None:
        """HTML tags and entities are turned into plain text."""
        assert clean_text("<p>Das Logo ist <b>zu&nbsp;klein</b></p>") == "Das Logo ist zu klein"


class TestInput:
    def test_empty(self) -> None:
        """Whitespace only is an empty message."""
        with pytest.raises(EmptyMessageError):
            detect("  \n\t ")

    @pytest.mark.parametrize("text", ["<@U1> <https://x.io>", ":tada: :rocket: !!!", "👍🙏", "?!"])
    def test_no_words(self, text: str) -> None:
        """Only mentions, links, emoji or punctuation: nothing to read."""
        with pytest.raises(NoWordsError):
            detect(text)

    def test_huge_input_is_fast_and_bounded(self) -> None:
        """100 kB of text is analysed within the limit and quickly."""
        text = "Wann ist der Flyer endlich fertig? " * 3000
        assert len(clean_text(text)) > MAX_ANALYSED_CHARS
        start = time.perf_counter()
        d = detect(text)
        assert time.perf_counter() - start < 0.5
        assert d.situation is S.DELAY_COMPLAINT

    @pytest.mark.parametrize(
        "text",
        [
            "\u202e\u0000abc def",
            "𝕳𝖆𝖑𝖑𝖔 𝖜𝖊𝖑𝖙",
            "ÄÖÜ ß ẞ ﬁ",
            "日本語のテキストです",
            "a" * 9000,
            "<" * 500 + "Hallo du",
            "&#x1F600; &bogus; &amp;&amp;",
        ],
    )
    def test_odd_unicode_never_crashes(self, text: str) -> None:
        """Arbitrary Unicode gives a detection or a friendly input error, never a crash."""
        try:
            d = detect(text)
        except (EmptyMessageError, NoWordsError):
            return
        assert d.situation in Situation


class TestCoachFrontDoor:
    def test_coach_uses_detection(self) -> None:
        """`coach()` carries the detection of the message it coaches."""
        c = coach("Kannst du mir bitte bis morgen früh noch die Flyer machen? Ist dringend.")
        assert c.detection.situation is S.URGENT_PRESSURE
        assert c.detection.formality is Formality.DU


class TestOrdinaryTimesAreNotBoundaries:
    """Office hours are not late: "4pm" and the colloquial "um 3 Uhr" (15:00) stay neutral."""

    @pytest.mark.parametrize(
        "text",
        [
            "Can we move our call to 4pm?",
            "Können wir uns um 3 Uhr treffen?",
            "Passt dir Donnerstag um 2 Uhr für die Abnahme?",
        ],
    )
    def test_daytime_appointments(self, text: str) -> None:
        assert detect(text).situation is Situation.NEUTRAL

    @pytest.mark.parametrize(
        "text",
        [
            "Ruf mich um 23 Uhr an, dann gehen wir die Folien durch.",
            "I texted you at 2am, why no answer?",
        ],
    )
    def test_the_small_hours(self, text: str) -> None:
        assert detect(text).situation is Situation.BOUNDARY_OVERSTEP


class TestNearMisses:
    """Phrases that sound like a situation but are not: a count is no price, a partial hire no
    goodbye."""

    def test_a_count_of_pages_is_not_a_counter_offer(self) -> None:
        assert detect("I was thinking around 3 pages for the site").situation is not (
            Situation.PRICE_PUSHBACK
        )
        assert detect("I was thinking more like 300 for the whole thing").situation is (
            Situation.PRICE_PUSHBACK
        )

    def test_someone_for_another_part_is_no_termination(self) -> None:
        text = "We found someone who can do the photos, so you only need to do the copy."
        assert detect(text).situation is not Situation.TERMINATION
        assert detect("We found someone else, thanks for everything.").situation is (
            Situation.TERMINATION
        )


class TestRound3Shapes:
    """Cue families added after the third batch of fresh messages (own wording, not the batch)."""

    @pytest.mark.parametrize(
        ("situation", "text"),
        [
            (S.BOUNDARY_OVERSTEP, "Bring mir doch bitte noch ein Mittagessen mit, danke!"),
            (S.BOUNDARY_OVERSTEP, "Könnten Sie auf dem Weg meine Hemden aus der Reinigung holen?"),
            (S.BOUNDARY_OVERSTEP, "Could you pick up my dry cleaning after our call?"),
            (S.HARSH_TONE, "Just so we're clear, I'm the one paying you, remember that."),
            (S.HARSH_TONE, "Vergessen Sie nicht, wer hier der Auftraggeber ist."),
            (S.HARSH_TONE, "Großartig. Ganz großes Kino, wirklich."),
            (
                S.HARSH_TONE,
                "Ich überlege ernsthaft, ob du für diese Aufgabe überhaupt geeignet bist.",
            ),
            (S.HARSH_TONE, "Du bringst mich echt zur Weißglut mit deinen Ausreden."),
            (S.BOUNDARY_OVERSTEP, "You up? Need to talk about tomorrow."),
            (
                S.BOUNDARY_OVERSTEP,
                "Ich weiß, du hast heute frei, aber kannst du kurz drüberschauen?",
            ),
            (S.BOUNDARY_OVERSTEP, "Warum ist dein Handy am Wochenende immer aus?"),
            (S.BOUNDARY_OVERSTEP, "Could you walk my dog at lunch? You're home anyway."),
            (S.TERMINATION, "Honestly this isn't working out. Let's finish March and part ways."),
            (S.TERMINATION, "We won't be renewing the contract when it expires in June."),
            (S.TERMINATION, "Ab Januar übernehmen wir die Buchhaltung wieder selbst intern."),
            (S.TERMINATION, "Unser Projekt wurde gecancelt, bitte stoppen Sie alles."),
            (S.DELAY_COMPLAINT, "I thought we'd have the mockups by now."),
            (S.DELAY_COMPLAINT, "Du wolltest mir die Fotos doch letzte Woche schicken."),
            (S.DELAY_COMPLAINT, "You promised the edit on Tuesday. It's Friday now."),
            (S.URGENT_PRESSURE, "Can we have it Monday instead of next Wednesday?"),
            (S.URGENT_PRESSURE, "Ich weiß, das ist knapp, aber wir brauchen es bis morgen früh."),
            (S.PRICE_PUSHBACK, "Wait, you're raising your fees in January?"),
            (S.PRICE_PUSHBACK, "Müsste das mit den neuen Tools nicht deutlich günstiger sein?"),
            (S.PRICE_PUSHBACK, "Why should we pay you $80 an hour when others charge $40?"),
            (S.QUALITY_CRITICISM, "The retouching makes her look older and tired."),
            (S.QUALITY_CRITICISM, "Die Präsentation ist ein einziges Durcheinander."),
            (S.QUALITY_CRITICISM, "Für das Geld hätte ich mir ehrlich gesagt mehr erwartet."),
            (S.REVISION_LOOP, "One last pass? I promise it's the final one."),
            (
                S.REVISION_LOOP,
                "Das Logo ist seit Mai freigegeben, aber wir möchten die Farbe ändern.",
            ),
            (S.SCOPE_CREEP, "Die Flyer gehören doch irgendwie zum Paket dazu, oder?"),
            (S.SCOPE_CREEP, "Kannst du das Template auch für unsere anderen Standorte anpassen?"),
            (S.UNCLEAR_REQUEST, "We need a new website. What does it cost?"),
            (S.UNCLEAR_REQUEST, "Mach das einfach schöner."),
            (S.PAYMENT_ISSUE, "Wir überweisen 50 % der vereinbarten Summe, der Rest ist zu viel."),
        ],
    )
    def test_new_shapes(self, situation: Situation, text: str) -> None:
        assert detect(text).situation is situation

    @pytest.mark.parametrize(
        "text",
        [
            "Our designer is on holiday until Monday, she'll send the assets then.",
            "Have a great weekend!",
            "Schönes Wochenende und bis Montag!",
            "The invoice was paid yesterday, you should see it soon.",
            "Wir kündigen die Aktion morgen im Newsletter an.",
            "Sorry for my late reply, I was travelling.",
            "Kein Stress, das hat Zeit bis nach Ostern.",
            "Kannst du mir bitte die Rechnung nochmal schicken?",
            "The last delivery came a day early, thanks!",
            "We've worked with you for years and always been happy.",
            "Die Broschüre ist freigegeben, vielen Dank!",
        ],
    )
    def test_near_misses_stay_neutral(self, text: str) -> None:
        assert detect(text).situation is Situation.NEUTRAL


class TestOrdinaryRequests:
    """Everyday requests that share words with a situation (own wording)."""

    @pytest.mark.parametrize(
        "text",
        [
            "Could you also forward me the contract as a PDF?",
            "Kannst du mir noch kurz den Link zur Datei schicken?",
            "Könnten Sie uns auch die Zugangsdaten zukommen lassen? Danke!",
            "Can you send us a quote for the brochure?",
            "Schicken Sie mir gern ein Angebot für die Übersetzung.",
            "Alles klar, bis morgen!",
            "Great, talk to you tomorrow.",
            "Ruf mich bitte morgen früh kurz an.",
            "Kurze Info: Die Überweisung ist raus, sollte morgen bei dir sein.",
            "Your invoice has been approved and goes out with Friday's payments.",
            "Got the invoice, payment's scheduled for the 15th.",
            "Ich schick dir heute Abend noch die Logins, falls was hakt, melde dich.",
        ],
    )
    def test_stay_neutral(self, text: str) -> None:
        assert detect(text).situation is Situation.NEUTRAL

    @pytest.mark.parametrize(
        ("situation", "text"),
        [
            (S.PAYMENT_ISSUE, "Wir ziehen Ihnen 15 % ab, die Lieferung kam zu spät."),
            (S.PAYMENT_ISSUE, "We're deducting 10% from your fee for the missed deadline."),
            (S.BOUNDARY_OVERSTEP, "Kannst du mir noch ein Brötchen mitbringen?"),
            (S.BOUNDARY_OVERSTEP, "Could you grab me a coffee on your way in?"),
            # A deadline said as such stays urgent, also next to a farewell.
            (S.URGENT_PRESSURE, "Wir brauchen die Folien bis morgen 9 Uhr. Bis dann!"),
            (S.SCOPE_CREEP, "Could you also send me five more banner sizes?"),
        ],
    )
    def test_still_read(self, situation: Situation, text: str) -> None:
        assert detect(text).situation is situation

    def test_errand_is_not_also_scope_creep(self) -> None:
        detection = detect("Kannst du mir noch einen Tee holen?")
        assert detection.situation is S.BOUNDARY_OVERSTEP
        assert S.SCOPE_CREEP not in detection.secondary


class TestRound4Shapes:
    """Shapes added after reading everyday and difficult messages in round 4 (own wording)."""

    @pytest.mark.parametrize(
        ("situation", "text"),
        [
            (S.TERMINATION, "Ab März übernehmen wir die Pflege der Website selbst. Danke!"),
            (S.TERMINATION, "We need to suspend the contract for the summer, sorry."),
            (S.TERMINATION, "Wir möchten die Zusammenarbeit für ein paar Monate ruhen lassen."),
            (S.SCOPE_CREEP, "Die Übersetzung ist doch im Angebot mit drin, oder?"),
            (S.URGENT_PRESSURE, "Bis Montag muss das alles fertig sein, sonst wird es eng."),
        ],
    )
    def test_read(self, situation: Situation, text: str) -> None:
        assert detect(text).situation is situation

    @pytest.mark.parametrize(
        "text",
        [
            "Danke, ich lese es mir morgen früh in Ruhe durch.",
            "Could we catch up tomorrow about the next newsletter?",
        ],
    )
    def test_stay_neutral(self, text: str) -> None:
        assert detect(text).situation is Situation.NEUTRAL

    def test_a_weak_word_names_no_secondary(self) -> None:
        # "Buchhaltung" alone is no payment problem next to a clear termination.
        detection = detect("Ab nächstem Monat machen wir die Buchhaltung wieder selbst.")
        assert detection.situation is S.TERMINATION
        assert detection.secondary == ()


class TestUnansweredMessages:
    """Silence is a delay in replying; silence after hours is the user's boundary (own wording)."""

    @pytest.mark.parametrize(
        "text",
        [
            "Sie melden sich einfach nicht zurück, das ist jetzt die dritte Mail.",
            "Du antwortest seit Tagen nicht auf meine Fragen.",
        ],
    )
    def test_silence_is_a_delay(self, text: str) -> None:
        detection = detect(text)
        assert detection.situation is S.DELAY_COMPLAINT
        assert detection.kind == "no_reply"

    @pytest.mark.parametrize(
        "text",
        [
            "Why don't you reply on weekends? Our shop is open then.",
        ],
    )
    def test_silence_after_hours_is_a_boundary(self, text: str) -> None:
        assert detect(text).situation is S.BOUNDARY_OVERSTEP

    @pytest.mark.parametrize(
        "text", ["Danke, keine Antwort nötig.", "No reply needed, just keeping you posted."]
    )
    def test_no_reply_needed_is_ordinary(self, text: str) -> None:
        assert detect(text).situation is Situation.NEUTRAL
