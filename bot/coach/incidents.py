"""Incident kinds: what exactly happened inside a situation, so the draft answers the right thing.

A situation says what kind of hard moment a message is ("boundary overstep"); a kind says which
incident of it ("the client objects to my vacation"). The playbooks may override any stage per
kind (`[kind.absence.de.sie.neutral]` in `prompts/playbooks/boundary_overstep.toml`); a message
without a kind gets the situation's normal phrases, which are written for its default kind.

| situation         | default kind  | other kinds, in the order they are tried                     |
|-------------------|---------------|--------------------------------------------------------------|
| boundary_overstep | availability  | personal_errands, absence, exclusivity, off_hours,           |
|                   |               | no_reply_emergency, no_reply, watch, status, instant_demand  |
| payment_issue     | overdue       | ai_suspicion, declined, free_sample, contingent, expenses,   |
|                   |               | exposure, unpaid_work, refund, deduction, on_completion,     |
|                   |               | cash_flow, declined (can't afford, nothing owed), refusal,   |
|                   |               | disputed_item, no_contract, bank_check, awaits_work,         |
|                   |               | already_paid, promised, excuse, invoice_request              |
| price_pushback    | quote         | declined, rate_increase, volume, low_budget, discount,       |
|                   |               | value_doubt, before_quote, looks_easy                        |
| urgent_pressure   | today         | emergency, deadline_earlier, weekend, after_hours, relaxed,  |
|                   |               | deadline, question                                           |
| scope_creep       | extra_work    | announced                                                    |
| quality_criticism | specific      | ai_suspicion, process, vague, open_direction, direction      |
| delay_complaint   | late_delivery | no_reply, arrived_late_question, arrived_late, new_date,     |
|                   |               | status                                                       |
| unclear_request   | instruction   | new_brief, pdf_export, word_export, file_format,             |
|                   |               | wants_ideas, firm_change, concrete_change, price_question,   |
|                   |               | repeat_info, quick_question, question                        |
| harsh_tone        | heated        | violent_threat, legal_threat, no_contact, ai_suspicion,      |
|                   |               | insult, demands_action, insists, jab                         |
| revision_loop     | more_rounds   | accepts, revert, restart, sends_change, pending_review,      |
|                   |               | repeated, concrete_change, vague                             |
| termination       | ends          | offended, lost_bid, keeps_door_open                          |
| neutral           | general       | invoice_request, awaits_work, already_paid, rate_increase,   |
|                   |               | file_request, proposes_time, scheduling, event_booking,      |
|                   |               | enquiry, task, go_ahead, confirm_receipt, client_follows_up, |
|                   |               | status, view, gift, expectation, thanks, help_request,       |
|                   |               | alternative, problem, information, urgent_question,          |
|                   |               | question, apology_delay, apology, request, guarded_insult,   |
|                   |               | guarded                                                      |

A kind is recognised by a handful of general phrase shapes on the folded message text
(`normalize.fold`: lower case, "ü" → "ue", "ß" → "ss"), German and English. In the sources
below "ä", "ö", "ü" and "ß" match the folded spelling and the bare vowel ("läuft" matches
"laeuft" and "lauft"), so a client who types without umlauts is read the same.

Cost: only the primary situation is looked at, and each shape names a few stems (plain
substrings, one of which every match contains); its regular expression runs only when a stem
occurs. A typical message costs a few microseconds.

Pure and text-free: nothing here logs or keeps the client's words.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Mapping

from bot.coach.model import Situation

__all__ = ["DEFAULT_KINDS", "KINDS", "incident_kind"]

_UMLAUTS = {"ä": "ae?", "ö": "oe?", "ü": "ue?", "ß": "ss?"}
_FOLDED = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
_BARE = {"ä": "a", "ö": "o", "ü": "u", "ß": "s"}
# Within one sentence: a gap between two parts of a shape never crosses . ! ? or a new line.
_GAP = r"[^.!?\n]{0,60}?"


class _Shape:
    """A phrase shape: `pattern` can only match a text that contains one of its `stems`.

    Compiled on first use: most processes never meet most kinds, and compiling all of them
    would add ~30 ms to every start of `calm coach`.
    """

    __slots__ = ("_compiled", "_source", "stems")

    def __init__(self, stems: tuple[str, ...], source: str) -> None:
        self.stems = stems
        self._source = source
        self._compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source)
        return self._compiled


def _shape(stems: str, *sources: str) -> _Shape:
    """`stems` separated by "|" (every match contains one); `sources` are alternatives."""
    variants: list[str] = []
    for stem in stems.split("|"):
        for table in (_FOLDED, _BARE):
            variant = "".join(table.get(c, c) for c in stem)
            if variant not in variants:
                variants.append(variant)
    source = "|".join(f"(?:{s})" for s in sources)
    return _Shape(tuple(variants), "".join(_UMLAUTS.get(c, c) for c in source))


def _trie(words: list[str]) -> str:
    """A regex matching any of `words`, as a trie ("ab|ac" -> "a(?:b|c)"): one fast scan."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(c) + emit(sub) for c, sub in sorted(node.items()) if c]
        if not branches:
            return ""
        group = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        if "" not in node:
            return group
        return f"(?:{group})?" if len(branches) == 1 else f"{group}?"

    return emit(root)


class _Recogniser:
    """The kinds of one situation: one scan for all stems, then only the shapes they open."""

    def __init__(self, kinds: tuple[tuple[str, tuple[_Shape, ...]], ...]) -> None:
        # A kind may be tried at two places in the order (payment's "declined": first "never
        # mind", later "can't afford" once an amount owed has been ruled out); it is listed once.
        self.kinds = tuple(dict.fromkeys(name for name, _ in kinds))
        self._shapes = tuple((name, shape) for name, shapes in kinds for shape in shapes)
        owners: dict[str, int] = {}  # stem -> bit mask of the shapes it opens
        for index, (_, shape) in enumerate(self._shapes):
            for stem in shape.stems:
                owners[stem] = owners.get(stem, 0) | 1 << index
        # The scan finds the longest stem at a position; a shorter stem there opens its shapes too.
        self._opens = {
            stem: functools.reduce(
                operator.or_, (mask for other, mask in owners.items() if stem.startswith(other))
            )
            for stem in owners
        }
        self._stems = sorted(owners)
        self._scan: re.Pattern[str] | None = None  # compiled on first use, like the shapes

    def kind(self, folded: str) -> str | None:
        if self._scan is None:
            self._scan = re.compile(_trie(self._stems))
        opened = 0
        search = self._scan.search
        pos = 0
        while (m := search(folded, pos)) is not None:
            opened |= self._opens[m.group()]
            pos = m.start() + 1
        if opened:
            for index, (name, shape) in enumerate(self._shapes):
                if opened >> index & 1 and shape.pattern.search(folded):
                    return name
        return None


# --- boundary_overstep -------------------------------------------------------------------------

# Personal errands, or being treated like household staff: coffee runs, dry cleaning, children.
_PERSONAL_ERRANDS = (
    _shape(
        "kaffe|tee|essen|brötchen|frühstück|snack|zigarette|blumen",
        r"\b(?:hol|bring|besorg)\w* (?:mir|uns) (?:\w+ ){0,3}"
        r"(?:kaffee?|tee|mittagessen|essen|brötchen|frühstück|snacks?|zigaretten|blumen)\b",
        r"\b(?:kaffee?|tee|mittagessen|brötchen|frühstück)\b (?:\w+ ){0,3}"
        r"(?:holen|bringen|mitbringen|besorgen|kochen|machen)\b",
    ),
    _shape(
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
    _shape(
        "cofe|coffe|tea|lunch|breakfast|dinner|food|sandwich|snack",
        r"\b(?:grab|get|fetch|bring|pick up|make)\b (?:me|us) (?:\w+ ){0,2}"
        r"(?:coff?ee?s?|tea|lunch|breakfast|dinner|food|sandwich\w*|snacks?)\b",
        r"\b(?:coff?ee|lunch|breakfast|sandwich\w*) runs?\b",
    ),
    _shape(
        "dry clean|dry-clean|dryclean|laundry|grocer|pick up|dog|pet sit|pet-sit|petsit|babysit|"
        "errand|personal|private",
        r"\bdry[ -]?clean\w*|\blaundry\b|\bgroceries\b|\bgrocery shopping\b",
        r"\bpick up (?:my|our|the) (?:kids?|children|son|daughter|parcel|package|car|suit)\b",
        r"\bwalk (?:my|our|the) dog\b|\bdog[ -]?(?:walk|sitt)\w*|\bpet[ -]?sitt\w*|\bbabysit\w*",
        r"\b(?:personal|private) (?:errand|favou?r|shopping|chore)s?\b|\berrands?\b",
    ),
)

# A (planned) absence of the freelancer that the client objects to: vacation, time off, away.
_ABSENCE = (
    _shape(
        "urlaub|ferien|auszeit|elternzeit|freie|tag frei|tage frei|woche frei|wochen frei|"
        "frei genommen|frei nehmen|abwesen|verreist|im büro",
        r"\burlaub\w*|\bferien\b|\bbetriebsferien\b|\bauszeit\b|\belternzeit\b",
        r"\bfreie\w* tage?n?\b|\b(?:tag|tage|woche|wochen) frei\b|\bfrei (?:genommen|nehmen)\b",
        r"\babwesen(?:heit|d)\w*|\bverreist\b|\bnicht im büro\b",
    ),
    _shape(
        "vac|holiday|annual leave|on leave|time off|day off|days off|week off|weeks off|"
        "out of office|out of the office|ooo|away|sabbatical",
        r"\bvac+ation\w*|\bvacay\b|\b(?<!bank )(?<!public )holidays?\b|\bannual leave\b",
        r"\bon leave\b|\btime off\b|\bdays? off\b|\bweeks? off\b|\bout of (?:the )?office\b"
        r"|\booo\b|\bsabbatical\b",
        r"\b(?:you(?:'re| are| were|'ll be| will be)|being) (?:\w+ )?away\b",
    ),
    # The client hears that the freelancer is leaving: "you're leaving us?", "decided to leave".
    # "leave" needs no object after it ("leave the header as it is" is an instruction).
    _shape(
        "leav",
        r"\byou(?:'re| are|'ll| will)? (?:\w+ ){0,8}?leav(?:e|ing)\b"
        r"(?=\s*(?:[.!?,;]|$|us\b|me\b|for good\b|the (?:project|team|company)\b))",
    ),
    _shape(
        "weg",
        r"\b(?:du bist|sie sind|du gehst|sie gehen) (?:\w+ ){0,2}weg\b",
    ),
)

# Availability or exclusivity demands: reachable at all times, working only for this client.
_EXCLUSIVITY = (
    _shape(
        "nur f|nur noch f|ausschließlich f|andere|weitere|xklusiv|xclusiv|konkurrenz",
        r"\b(?:nur|ausschließlich|exklusiv) (?:noch )?für (?:uns|mich|unser\w*)\b"
        + _GAP
        + r"\b(?:arbeite\w*|da|tätig|verfügbar|zuständig|reserviert)\b",
        r"\b(?:arbeite\w*|tätig)\b" + _GAP + r"\bnur (?:noch )?für (?:uns|mich)\b",
        r"\b(?:keine|nicht für) (?:anderen?|weitere) "
        r"(?:kunden|kundinnen|auftraggeber\w*|projekte|agenturen)\b",
        r"\bex[ck]lusiv\w*|\bkonkurrenz\w*",
    ),
    _shape(
        "jederzeit|immer|ständig|dauernd|permanent|durchgehend|rund um die uhr|24/7|24h|24 h|"
        "tag und nacht|abruf|bereitschaft",
        r"\b(?:jederzeit|immer|ständig|dauernd|permanent|durchgehend|rund um die uhr|24/7|24 ?h|"
        r"tag und nacht)\b" + _GAP + r"\b(?:er+eichbar|verfügbar|ansprechbar|online|da sein|"
        r"bereit|am handy|ans telefon)\w*",
        r"\b(?:er+eichbar|verfügbar|ansprechbar)\w*" + _GAP + r"\b(?:jederzeit|immer|ständig|"
        r"rund um die uhr|24/7|tag und nacht)\b",
        r"\bauf abruf\b|\bbereitschaft\w*|\brund um die uhr\b",
    ),
    _shape(
        "for us|for me|other client|other customer|no client|no customer|any client|"
        "any customer|competitor|xclusiv|compete",
        r"\b(?:only|exclusively|just) (?:work(?:ing)? )?for (?:us|me)\b",
        r"\b(?:no|any|other|another) (?:other )?(?:clients?|customers?|competitors?)\b",
        r"\bex[ck]lusiv\w*|\bnon[ -]?compete\b",
    ),
    _shape(
        "at all times|all the time|24/7|24 hours|round the clock|around the clock|day and night|"
        "day or night|anytime|any time|always|on call",
        r"\b(?:at all times|all the time|24/7|24 hours|round the clock|around the clock|"
        r"day (?:and|or) night|any ?time|always)\b" + _GAP + r"\b(?:reachable|available|on call|"
        r"online)\b",
        r"\b(?:reachable|available|on call|online)\b" + _GAP + r"\b(?:at all times|"
        r"all the time|24/7|round the clock|around the clock|day (?:and|or) night|any ?time|"
        r"always)",
        r"\b(?:answer|respond|reply|pick up)\w*" + _GAP + r"\b(?:at all times|24/7|"
        r"round the clock|around the clock|day (?:and|or) night|any ?time)\b",
        r"\bon call\b",
    ),
)

# The client wants to watch the work: sit beside the freelancer, see the screen, look over the
# shoulder. Answered with regular progress updates, so there is no need to watch.
_WATCH = (
    _shape(
        "schulter|zuschau|zusehen|zuguck|daneben|neben|bildschirm",
        r"\bueber die schulter\b|\bschulter (?:\w+ )?(?:schauen|gucken|sehen|blicken)\b",
        r"\b(?:dir|ihnen|euch) (?:\w+ ){0,3}(?:zuschauen|zusehen|zugucken)\b",
        r"\b(?:neben|hinter) (?:dir|ihnen|euch) (?:\w+ ){0,2}(?:sitzen|sitze|setzen)\b",
        r"\b(?:deinen|ihren|euren) bildschirm\b|\bbildschirm (?:\w+ )?(?:teilen|freigeben)\b",
    ),
    _shape(
        "sit|sat|watch|screen|shoulder|see what|see how|check on|check in on|eye on|monitor",
        r"\b(?:sit|sat|sitting) (?:\w+ )?(?:behind|beside|next to|with) you\b",
        r"\bwatch(?:ing)? (?:you|what you|how you)\b",
        r"\b(?:your|the) screen\b|\bscreen[ -]?shar\w*|\bover your shoulder\b",
        r"\bsee (?:what|how) you(?:'re| are) (?:\w+ )?(?:doing|working)\b",
        r"\bcheck (?:in )?on (?:you|what you|how you)\b|\bkeep an eye on (?:you|what you)\b",
        r"\bmonitor(?:ing)? (?:you|your (?:work|progress|screen|time|hours))\b",
    ),
)

# Status chasing: "done yet?", "aren't you supposed to be …", "bist du schon fertig?". The reply
# gives the status and when it is done, and keeps the client posted so they need not ask.
# (`_STATUS` of delay_complaint leaves out "supposed to", "already": here they are the chase.)
_CHASING = (
    _shape(
        "fertig|wie weit|stand|sollte|neuigkeit|woran|dran",
        r"\bschon fertig\b|\b(?:bist du|sind sie|seid ihr) (?:\w+ ){0,2}fertig\b",
        r"\bwie weit (?:bist du|sind sie|seid ihr|ist es|ist das)\b|\bwie ist der stand\b"
        r"|\bstand der dinge\b|\bgibt es (?:schon )?neuigkeiten\b",
        r"\b(?:solltest du|sollten sie|solltet ihr) nicht (?:\w+ ){0,4}(?:arbeiten|sitzen|dran|"
        r"machen|fertig)\w*",
        r"\bworan (?:arbeitest du|arbeiten sie)\b|\b(?:arbeitest du|arbeiten sie) "
        r"(?:\w+ )?(?:noch|ueberhaupt|schon) (?:dran|daran)\b",
    ),
    _shape(
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
_INSTANT_DEMAND = (
    _shape(
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
    _shape(
        "right now|right away|this minute|straight away|quick one|quickly|real quick|"
        "super quick|take long|take a minute|take a sec|take two|take five|take you|got a minute|"
        "got a sec|have a minute|have a sec",
        r"\b(?:need|want|send|finish|make|fix|write|have it|can you|could you)\b"
        r"(?!\s+(?:just\s+)?(?:pick up|answer|reply|respond|call|get back|be (?:reachable|"
        r"available)))" + _GAP + r"\b(?:right (?:now|away)|this minute|straight away)\b",
        r"\bquick one\b|\b(?:can|could) you (?:just )?(?:quickly|real quick)\b"
        r"|\b(?:real|super) quick\b",
        r"\b(?:won'?t|shouldn'?t|will not|should not|doesn'?t|does not) take (?:you )?"
        r"(?:long|a minute|a sec\w*|two minutes|five minutes)\b|\b(?:should|will) only take "
        r"(?:you )?(?:a minute|a sec\w*|two minutes|five minutes)\b",
        r"\b(?:got|have) (?:you )?a (?:minute|sec\w*)\s*\?",
    ),
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
_ANNOUNCED = (
    _shape(
        "kleinigkeit|bitte|sache|gefallen|anliegen",
        r"\bnoch (?:eine?|ne|'ne|n|'n) (?:kleine\w* |kurze\w* )?(?:kleinigkeit|bitte|sache|"
        r"anliegen)\b" + _NOTHING_NAMED,
        r"(?:^|[.!?…]\s*)(?:eine?|ne|'ne) (?:kleine\w* |kurze\w* )?(?:kleinigkeit|bitte|sache|"
        r"anliegen)(?: noch)?\b" + _NOTHING_NAMED,
        r"\b(?:mir|uns) (?:noch )?(?:einen|nen|'nen) (?:kleinen )?gefallen\b" + _NOTHING_NAMED,
    ),
    _shape(
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

# --- payment_issue -------------------------------------------------------------------------------

_PAY_DE = r"\b(?:zahl|bezahl|überweis|vergüt|honorar|rechnung|geld|gage|kohle)\w*"
_PAY_EN = r"\b(?:pay\w*|paid|invoice\w*|fees?|money|compensat\w*|settle\w*|remunerat\w*)\b"
_IF_DE = r"\b(?:wenn|sobald|falls|nachdem|nach|erst|abhängig|hängt|bis)\b"
_IF_EN = r"\b(?:when|once|if|after|as soon as|until|till|depend\w*|subject to|contingent|tied)\b"
# What the payment would wait for: the client's own success, somebody else's money, more work.
_OUTCOME_DE = (
    r"\b(?:läuft|laufen|anläuft|verkauf\w*|umsatz\w*|einnahmen|gewinn\w*|erfolg\w*|investor\w*|"
    r"finanzierung\w*|förder\w*|kredit\w*|kunde\w* (?:\w+ )?(?:zahlt|bezahlt|überwiesen)\w*|"
    r"geld (?:rein\w*|eingeht|eingegangen|da ist)|launch\w*|live|online|gestartet|"
    r"funktioniert|rechnet|auszahl\w*|"
    r"(?:nächste\w*|weitere\w*|noch einer?) (?:korrektur\w*|änderung\w*|runde\w*|überarbeitung\w*))"
)
_OUTCOME_EN = (
    r"\b(?:sells?|sold|sales|revenue\w*|profit\w*|success\w*|succeed\w*|investor\w*|"
    r"investment|funding|funds?|grant|loan|(?:client|customer)s? (?:has |have )?(?:pays?|paid)|"
    r"money (?:comes? in|is in|arrives)|(?:goes|go|is) live|launch\w*|takes? off|performs?|"
    r"pays? off|works? out|(?:next|another|more|further) (?:round|change|revision|edit)s?|"
    r"(?:making|makes|make|earning|earns) (?:\w+ )?money|turns? a profit|breaks? even|"
    r"(?:is|gets) up and running|picks? up)\b"
)
_CONTINGENT = (
    _shape(
        "läuft|laufen|verkauf|umsatz|einnahmen|gewinn|erfolg|investor|finanzierung|förder|"
        "kredit|kunde|geld rein|geld eingeht|geld eingegangen|geld da ist|launch|live|online|"
        "gestartet|funktioniert|rechnet|auszahl|korrektur|änderung|runde|überarbeitung",
        _PAY_DE + _GAP + _IF_DE + _GAP + _OUTCOME_DE,
        _IF_DE + _GAP + _OUTCOME_DE + _GAP + _PAY_DE,
    ),
    _shape(
        "sell|sold|sales|revenue|profit|succe|investor|investment|fund|grant|loan|client|"
        "customer|money come|money is in|money arrive|go live|goes live|is live|launch|take off|"
        "takes off|perform|pays off|pay off|works out|work out|round|change|revision|edit|"
        "money|profit|break even|breaks even|up and running|pick up|picks up",
        _PAY_EN + _GAP + _IF_EN + _GAP + _OUTCOME_EN,
        _IF_EN + _GAP + _OUTCOME_EN + _GAP + _PAY_EN,
    ),
    _shape(
        "erfolg|beteiligung|provision|success|shar|commission|no win",
        r"\berfolgsabhängig\w*|\berfolgsbasiert\w*|\b(?:umsatz|gewinn)beteiligung\b"
        r"|\bprovision\w*",
        r"\bsuccess[ -]?(?:fee|based)\b|\brevenue[ -]?shar\w*|\bprofit[ -]?shar\w*"
        r"|\bon commission\b|\bcommission[ -]?(?:only|based)\b|\bno win,? no fee\b",
    ),
)

# Work for free, for exposure, for a reference.
_UNPAID_WORK = (
    _shape(
        "kostenlos|gratis|umsonst|entgeltlich|unbezahlt|ehrenamt|ohne bezahl|ohne honorar|"
        "ohne vergüt|ohne geld|ohne rechnung|ohne kosten|für lau|für nix",
        r"\bkostenlos+\w*|\bgratis\b|\bumsonst\b|\bunentgeltlich\w*|\bunbezahlt\w*"
        r"|\behrenamtlich\w*",
        r"\bohne (?:bezahlung|honorar|vergütung|geld|rechnung|kosten)\b|\bfür lau\b|\bfür nix\b",
    ),
    _shape(
        "reichweite|sichtbarkeit|referenz|portfolio|erfahrung|werbung|gefallen|freundschaft|"
        "probearbeit|nulltarif|budget|pitch|follower|insta",
        r"\b(?:reichweite|sichtbarkeit|referenz|portfolio|erfahrung|werbung für (?:dich|sie))\b"
        + _GAP
        + r"\b(?:statt|anstatt|stattdessen|als bezahlung|als gegenleistung|dafür|"
        r"bezahl\w*|honorar|geld|bringt|lohnt|gut für)",
        r"\b(?:gut|toll|super|wertvoll) für (?:dein|ihr)\w* (?:portfolio|referenz\w*)",
        r"\bals (?:gefallen|freundschaftsdienst)\b|\bfreundschaftsdienst\b|\bprobearbeit\w*",
        r"\bwerbung für (?:sich|dich|euch)\b|\bnulltarif\b|\bkein (?:\w+ )?budget\b|\bpitch\w*"
        r"|\breferenz(?!nummer|nr)\w*|\bfollower\w*|\binsta(?:gram)?\b"
        r"|\b(?:einen|den) gefallen (?:\w+ ){0,2}(?:tun|tue|tust)\b",
    ),
    _shape(
        "for free|free of|unpaid|bono|no charge|without pay|exposure|visibility|shout|credit|"
        "mention|portfolio|testimonial|review|experience|favo|free trial|free test|free sample|"
        "budget|no cost",
        r"\bfor free\b|\bfree of charge\b|\bunpaid\b|\bpro bono\b|\bno charge\b|\bwithout pay\w*",
        r"\bno (?:\w+ )?budget\b|\bdon'?t have (?:a|any) budget\b|\bno cost to (?:you|yourself)\b"
        r"|\bexposure\b|\b(?:for|in exchange for|instead of \w+) (?:the |some |a )?(?:visibility|"
        r"shout-?outs?|credit|mention|your portfolio|testimonial|review|experience)\b",
        r"\b(?:great|good|nice) for your portfolio\b|\bas a favou?r\b"
        r"|\bpay (?:you |us )?(?:in|with) (?:visibility|exposure|experience|credit)\b"
        r"|\b(?:gain|get) (?:\w+ )?(?:valuable )?experience\b",
        r"\b(?:free|unpaid) (?:trial|test|sample)\b",
    ),
    # no money left for it, goods instead of a fee, a favour, interest in the pictures
    _shape(
        "budget|etat|gefallen|statt|anstelle|gutschein|produkt|ware|naturalien|sachleistung|"
        "bilder|fotos|aufnahmen|grafiken|videos|texten|illustrationen",
        r"\b(?:budget|etat)\b" + _GAP + r"\b(?:verplant|ausgeschöpft|aufgebraucht|eingefroren|"
        r"gebunden|überzogen|weg)\b",
        r"\b(?:tu|tue|tust|tun|tut|getan)\b (?:\w+ ){0,3}(?:einen|den|diesen) (?:\w+ )?gefallen\b",
        r"\b(?:statt|anstatt|anstelle)\w* (?:\w+ ){0,2}(?:honorar\w*|bezahlung|geld\w*|gage)\b"
        r"|\b(?:gutschein\w*|produkt\w*|ware\w*|naturalien|sachleistung\w*)\b"
        + _GAP
        + r"\b(?:statt|anstatt|als (?:bezahlung|gegenleistung|honorar|dankeschön))\b",
        r"\ban (?:\w+ )?(?:bildern|fotos|aufnahmen|grafiken|videos|texten|illustrationen)\b "
        r"(?:\w+ ){0,2}interessiert\b|\binteressiert an (?:\w+ )?(?:bildern|fotos|aufnahmen|"
        r"grafiken|videos|texten|illustrationen)\b",
    ),
    _shape(
        "budget|exchange|instead of|as payment|barter|in kind|trade|pay you in|pay you with|"
        "pay in|pay with|give you|offer you|interested",
        r"\bbudget\b" + _GAP + r"\b(?:tied up|frozen|used up|spent|gone|allocated|exhausted|"
        r"maxed out)\b|\b(?:tied up|frozen)\b" + _GAP + r"\bbudget\b",
        r"\bin exchange\b|\binstead of (?:a |the |your |any )?(?:fee|payment|money|cash)\b"
        r"|\bas payment\b|\bbarter\w*|\bin kind\b|\btrade (?:you|it|them)\b",
        r"\bpay (?:you )?(?:in|with) (?:\w+ )?(?:products?|goods|vouchers?|gift cards?|merch\w*|"
        r"cards)\b|\b(?:give|offer) you (?:some |free |our )?(?:products?|goods|vouchers?|"
        r"merch\w*)\b",
        r"\b(?:i|we) (?:have|'ve got|got) [^.!?\n]{0,40}[.!?]\s*(?:are|would) you (?:be )?"
        r"interested\b|\binterested in (?:\w+ )?(?:photos|pictures|images|shots|footage)\b",
    ),
)

# The client wants money back.
_REFUND = (
    _shape(
        "zurück|erstatt|rückbuch|rückzahl",
        r"\b(?:geld|betrag|anzahlung|honorar|zahlung) (?:\w+ ){0,2}zurück\w*"
        r"|\bzurück(?:zahl|überweis)\w*|\b(?:rück)?erstatt\w*|\brückbuch\w*|\brückzahlung\w*",
    ),
    _shape(
        "refund|money back|charge back|chargeback|reimburs",
        r"\brefund\w*|\bmoney back\b|\bcharge ?back\w*|\breimburs\w*",
    ),
)

# A cut or a deduction: the client pays less than the invoice.
_DEDUCTION = (
    _shape(
        # "kuerz" as folded from "kürz": a bare "kurz" ("bitte kurz prüfen") is no cut
        "zieh|abzug|kuerz|minderung|einbehalt|reduzierung|nachlass",
        # "kuerzer", "kuerzere" compare a length ("das Telefonat war kürzer"): no cut
        r"\babzieh\w*|\bzieh\w*" + _GAP + r"\bab\b|\babzug\w*|\b(?:ge)?kuerz(?!ere?[nmrs]?\b)\w*"
        r"|\bminderung\w*|\beinbehalt\w*",
        # a reduction demanded of the invoice: „ich erwarte einen deutlichen Nachlass“
        r"\b(?:erwarte|verlange|fordere|bitte um|bestehe auf)\w* (?:\w+ ){0,2}(?:reduzierung|"
        r"(?:preis)?nachlass)\b",
    ),
    _shape(
        "weniger|nur ",
        r"\b(?:zahl|bezahl|überweis)\w* (?:\w+ ){0,3}(?:weniger|"
        r"nur (?:die hälfte|einen teil|\d+ ?(?:%|prozent)))\b",
        r"\b(?:weniger|nur die hälfte|nur einen teil) (?:\w+ ){0,2}"
        r"(?:zahlen|bezahlen|überweisen)\b",
    ),
    _shape(
        "deduct|knock|take|taking|reduc|cut|lower|dock|withhold|only pay|partial|pay less|"
        "pay you less",
        r"\bdeduct\w*|\bknock\w* (?:\S+ ){0,3}off\b|\b(?:take|takes|taking) (?:\S+ ){0,3}off "
        r"(?:the|your)\b",
        r"\b(?:reduc\w*|cut\w*|lower\w*|dock\w*) (?:\w+ ){0,2}(?:invoice|fee|bill|payment|rate|"
        r"amount|price)\b",
        # a reduction demanded of the invoice: "I expect a considerable reduction"
        r"\b(?:expect|want|need|demand|insist on|ask for|request)\w* (?:a |an )?(?:\w+ )?"
        r"reduction\b(?! (?:of|in) (?:the |our )?(?:scope|work|hours|workload))",
        r"\bwithhold\w*|\bonly pay (?:\w+ )?(?:half|part|\d+)|\bpartial payment\b"
        r"|\bpay (?:you )?less\b",
    ),
)

# A refusal to pay the invoice at all.
_REFUSAL = (
    _shape(
        "nicht|kein|nichts|nix|verweiger|wieso|warum|weshalb",
        r"\b(?:zahl|bezahl|überweis)\w* (?:\w+ ){0,3}(?:nicht|keinen? cent|nichts|nix)\b",
        r"\b(?:nicht|nichts|nix|keinen cent) (?:\w+ ){0,2}(?:zahlen|bezahlen|überweisen)\b",
        r"\bverweiger\w*",
        r"\b(?:wieso|warum|weshalb) soll(?:te)?n? (?:ich|wir) (?:\w+ ){0,5}(?:zahlen|bezahlen)\b",
    ),
    _shape(
        "won't|wont|will not|not going to|refus|don't|do not|not paying|going to pay|why",
        r"\b(?:won'?t|will not|not going to|refus\w* to|don'?t|do not) (?:\w+ )?pay\b"
        r"|\bnot paying\b|\brefus\w* (?:\w+ )?(?:payment|invoice)"
        r"|\b(?:aren'?t|are not|isn'?t|is not|am not|'m not|'re not) going to pay\b"
        r"|\bwhy (?:should|would) (?:i|we) (?:\w+ )?pay\b",
    ),
)

# One item of the invoice is disputed: hours, a position, something not agreed.
_DISPUTED_ITEM = (
    _shape(
        "position|posten|stunden|berechnet|in rechnung|vereinbart|abgemacht|besprochen|ausgemacht",
        r"\b(?:position|posten|stunden)\w*" + _GAP + r"\b(?:rechnung|berechnet|nicht|warum|"
        r"wieso|falsch|zu viel|zu hoch|vereinbart)",
        r"\b(?:berechnet|in rechnung gestellt)\b" + _GAP + r"\b(?:nicht|warum|wieso|obwohl)\b",
        r"\b(?:warum|wieso|weshalb)\b" + _GAP + r"\b(?:berechnet|in rechnung|auf der rechnung)",
        r"\b(?:vereinbart|abgemacht|ausgemacht) (?:waren|war|hatten)\b[^.!?\n]{0,20}\d"
        r"|\b\d[\d.,]* (?:€|euro|eur|stunden)? ?(?:waren|war) (?:\w+ )?(?:vereinbart|abgemacht|"
        r"ausgemacht)\b",
        r"\b(?:nicht|nie) (?:so )?(?:vereinbart|abgemacht|besprochen)\b"
        + _GAP
        + r"\brechnung|\brechnung\b"
        + _GAP
        + r"\bnicht (?:so )?(?:vereinbart|abgemacht|besprochen)",
    ),
    _shape(
        "item|line|hours|charged|charge for|agreed|billed|quoted|settled|problem|issue",
        r"\b(?:line ?items?|items?|lines?|hours)\b" + _GAP + r"\b(?:invoice|bill|charged|billed|"
        r"wrong|agreed|why)\b",
        r"\b(?:why|how come)\b" + _GAP + r"\b(?:charg\w*|bill\w*|invoic\w*)",
        r"\b(?:charged|billed|invoiced) (?:me |us )?(?:for|extra)\b"
        + _GAP
        + r"\b(?:not|never|wasn'?t|didn'?t)\b",
        r"\b(?:never|not|wasn'?t|weren'?t) (?:\w+ )?agreed\b" + _GAP + r"\b(?:invoice|bill|charg)",
        # a figure agreed or quoted, and the invoice says another
        r"\b(?:agreed|quoted|settled) (?:on |to |upon )?(?:[$€£]\s?)?\d"
        r"|\b(?:problem|issue) with (?:this|the|your|that) (?:invoice|bill)\b",
    ),
    # the time billed: hours not used, a late start the client disputes
    _shape(
        "stunden|zeit|später|spät|überstunden",
        r"\b(?:stunden|zeit|überstunden)\w*\b" + _GAP + r"\b(?:abgerechnet|aufgeschrieben|"
        r"gebraucht|genutzt|gearbeitet)\b",
        r"\b(?:später|zu spät)\b (?:\w+ ){0,3}(?:angefangen|begonnen|gestartet|losgegangen)\b"
        r"|\b(?:angefangen|begonnen|gestartet|losgegangen)\b (?:\w+ ){0,3}(?:später|zu spät)\b",
    ),
    _shape(
        "hour|minute|time|overtime|late|early|over|longer",
        r"\b(?:bill\w*|charg\w*|invoic\w*)\b (?:\w+ ){0,3}(?:for )?(?:\w+ ){0,2}(?:hours?|"
        r"overtime|minutes|extra time)\b",
        r"\b(?:hours?|time|minutes)\b (?:\w+ ){0,4}(?:didn'?t|did not|never|weren'?t|wasn'?t) "
        r"(?:\w+ )?(?:use|used|need|needed|book|booked|work|worked|spend|spent)\b",
        r"\b(?:claim\w*|say\w*|said|insist\w*)\b" + _GAP + r"\b(?:started|began|start|arrived|"
        r"finished|ran|went)\b" + _GAP + r"\b(?:late|over|early|longer|overtime)\b",
    ),
)

# The client says the invoice is already paid.
_ALREADY_PAID = (
    _shape(
        "bezahlt|überwiesen|gezahlt|beglichen|ist raus|angewiesen|überweise|zahle|zahlen",
        r"\b(?:schon|bereits|längst|gestern|heute|doch|habe|haben|hab|ist|wurde)\b"
        r"(?: \w+){0,3} (?:bezahlt|überwiesen|gezahlt|beglichen|angewiesen)\b",
        r"\b(?:zahlung|überweisung|geld)\b" + _GAP + r"\bist raus\b",
        # announced for today or now: the reply confirms once it has arrived
        r"\b(?:überweise|überweisen|zahle|zahlen|bezahle|bezahlen)\b (?:\w+ ){0,3}(?:noch heute|"
        r"heute|gleich|jetzt|sofort)\b",
    ),
    _shape(
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
_INVOICE_REQUEST = (
    _shape(
        "rechnung",
        r"\b(?:schick|send|stell|mail|brauch|bekomm|benötig|hätte|könnt|kannst)\w*\b"
        + _GAP
        + r"\brechnung\b",
        r"\brechnung\b" + _GAP + r"\b(?:schicken|senden|zuschicken|zusenden|ausstellen|"
        r"bekommen|brauchen|benötigen)\b",
    ),
    _shape(
        "invoice",
        r"\b(?:send|email|e-mail|mail|need|get|have|issue|forward|resend)\w*\b"
        + _GAP
        + r"\binvoice\b",
        r"\binvoice\b" + _GAP + r"\b(?:please|asap|needs? it|by)\b",
    ),
)

# The client refuses the expenses (travel, hotel, mileage) on top of the fee.
_EXPENSES = (
    _shape(
        "spesen|fahrtkosten|reisekosten|nebenkosten|übernachtung|hotel|anfahrt|kilometer",
        r"\bkeine\w* (?:\w+ )?(?:spesen|fahrtkosten|reisekosten|nebenkosten|übernachtungs\w*|"
        r"hotel\w*|anfahrt\w*|kilometer\w*)",
        r"\b(?:spesen|fahrtkosten|reisekosten|nebenkosten|übernachtung\w*|hotel\w*|anfahrt\w*|"
        r"kilometer\w*)\b" + _GAP + r"\b(?:übernehm\w*|zahl\w*|bezahl\w*|erstatt\w*|drin|"
        r"vorgesehen|inklusive|enthalten)\b (?:\w+ ){0,4}(?:nicht|kein\w*)\b",
        r"\b(?:spesen|fahrtkosten|reisekosten|nebenkosten|übernachtung\w*|hotel\w*|anfahrt\w*|"
        r"kilometer\w*)\b" + _GAP + r"\b(?:nicht|kein\w*) (?:\w+ )?(?:übernehm\w*|zahl\w*|"
        r"bezahl\w*|erstatt\w*|drin|vorgesehen|inklusive|enthalten|im budget)",
    ),
    _shape(
        "expense|travel|mileage|hotel|accommodation|per diem",
        r"\bno (?:\w+ )?(?:expenses|travel (?:costs|expenses)|mileage|hotel|accommodation|"
        r"per diems?)\b",
        r"\b(?:won'?t|will not|don'?t|do not|can'?t|cannot|aren'?t going to|are not going to) "
        r"(?:\w+ ){0,2}(?:pay|cover|reimburse|refund)\w* (?:\w+ ){0,2}(?:expenses|travel|mileage|"
        r"hotel|accommodation|per diems?)\b",
        r"\b(?:expenses|travel (?:costs|expenses)|mileage|hotel|accommodation|per diems?)\b"
        + _GAP
        + r"\b(?:not|isn'?t|aren'?t|won'?t be) (?:\w+ )?(?:covered|included|reimbursed|paid|"
        r"in the budget)\b",
    ),
)

# The client says when they will pay, a day that is not today ("nächste Woche", "end of the
# month"); today or now is `already_paid`. The time may follow in the next short sentence.
_PROMISE_GAP = r"[^\n]{0,80}?"
_WHEN_DE = (
    r"\b(?:nächste\w* (?:woche|monat|montag|dienstag|mittwoch|donnerstag|freitag)|"
    r"(?:ende|anfang|mitte) (?:der|dieser|nächster|kommender) woche|"
    r"(?:ende|anfang|mitte) (?:des|dieses|nächsten|kommenden) monats|"
    r"(?:am|bis|diesen|kommenden) (?:montag|dienstag|mittwoch|donnerstag|freitag)|"
    r"(?<!guten )morgen|übermorgen|in (?:ein paar|wenigen|zwei|drei|\d+) (?:tagen|wochen)|"
    r"(?:am|bis zum) \d{1,2}\.|zum monatsende|monatsende|anfang \w+ monat\w*)\b"
)
_WHEN_EN = (
    r"\b(?:next (?:week|month|monday|tuesday|wednesday|thursday|friday)|"
    r"(?:end|beginning|start|middle) of (?:the|this|next) (?:week|month)|"
    r"(?:on|by|this|coming) (?:monday|tuesday|wednesday|thursday|friday)|tomorrow|"
    r"in (?:a few|a couple of|two|three|\d+) (?:days|weeks)|(?:on|by) the \d{1,2}(?:st|nd|rd|th)?|"
    r"month[- ]end)\b"
)
# Not a promise but a deferral past the terms ("erst nächsten Monat", "not until next month"):
# that keeps the default reply, which restates the terms.
_DEFER_DE = (
    r"\b(?:erst|frühestens) (?:\w+ ){0,3}(?:nächst|ende|anfang|mitte|in |am |morgen|übermorgen)"
    r"|\bnicht vor\b"
)
_DEFER_EN = (
    r"\bnot (?:\w+ ){0,2}(?:until|till|before)\b|\bonly (?:\w+ ){0,3}(?:next|at the end|in \w+ "
    r"(?:days|weeks))|\bcan'?t (?:\w+ ){0,3}(?:until|till)\b|\bno earlier than\b"
    r"|\bat the earliest\b"
)
# "Rechnung"/"invoice" alone is no payment word here: "die Rechnung bis Freitag" asks for it.
_PAY_WORD_DE = r"\b(?:zahl|bezahl|überweis|geld|betrag|scheck|begleich)\w*"
_PAY_WORD_EN = r"\b(?:pay\w*|paid|transfer\w*|cheques?|checks?|money|settle\w*|wir(?:e|ing))\b"
_PROMISED = (
    _shape(
        "nächst|ende|anfang|mitte|montag|dienstag|mittwoch|donnerstag|freitag|morgen|"
        "tagen|wochen|am |bis zum|monat",
        rf"^(?![\s\S]*(?:{_DEFER_DE}))[\s\S]*?(?:{_PAY_WORD_DE}{_PROMISE_GAP}{_WHEN_DE}"
        rf"|{_WHEN_DE}{_PROMISE_GAP}{_PAY_WORD_DE})",
    ),
    _shape(
        "next|end of|beginning of|start of|middle of|monday|tuesday|wednesday|thursday|friday|"
        "tomorrow|days|weeks|the 1|the 2|the 3|the 4|the 5|the 6|the 7|the 8|the 9|month",
        rf"^(?![\s\S]*(?:{_DEFER_EN}))[\s\S]*?(?:{_PAY_WORD_EN}{_PROMISE_GAP}{_WHEN_EN}"
        rf"|{_WHEN_EN}{_PROMISE_GAP}{_PAY_WORD_EN})",
    ),
)

# The client apologises for the late payment, or forgot it.
_EXCUSE = (
    _shape(
        "vergessen|vergaß|vergass|passiert nicht|leid|entschuldig|sorry|untergegangen|übersehen|"
        "verschwitzt|durchgerutscht|verpennt|fehler|versäumt",
        r"\bvergessen\b|\bvergaß\b|\bpassiert (?:\w+ )?nicht (?:noch ?(?:ein)?mal|wieder)\b"
        r"|\b(?:tut|tat) (?:mir|uns) (?:\w+ )?leid\b|\bentschuldig\w*|\bsorry\b"
        r"|\buntergegangen\b|\bübersehen\b|\bverschwitzt\b|\bdurchgerutscht\b|\bverpennt\b"
        r"|\b(?:mein|unser) fehler\b|\bversäumt\b",
    ),
    _shape(
        "forg|slipped|sorry|apolog|my bad|my mistake|our mistake|our bad|overlook|"
        "won't happen|wont happen|will not happen|fell through|my fault|our fault",
        r"\bforg[eo]t\w*|\bslipped (?:through|my mind|our minds?)\b|\bsorry\b|\bapolog\w*"
        r"|\b(?:my|our) (?:bad|mistake|fault)\b|\boverlook\w*"
        r"|\b(?:won'?t|will not) happen again\b|\bfell through the cracks\b",
    ),
)

# The client refuses a written contract.
_NO_CONTRACT = (
    _shape(
        "vertr",
        r"\b(?:keinen?|ohne) (?:\w+ )?vertr(?:ag|äge)\w*|\bvertr(?:ag|äge)\w* (?:\w+ ){0,3}"
        r"(?:brauche|brauchen|unterschreibe|unterschreiben|mache|machen) (?:ich|wir) "
        r"(?:\w+ )?(?:nicht|nie)\b",
    ),
    _shape(
        "contract",
        r"\b(?:don'?t|do not|never|won'?t|will not) (?:\w+ )?(?:do|sign|like|want|need|use) "
        r"(?:\w+ )?contracts?\b|\bcontracts? of any kind\b|\bno (?:\w+ )?contracts?\b"
        r"|\bwithout a contract\b|\bsent (?:me |us )?a contract\b",
    ),
)

# The client says they pay (now, or did) and asks for the work: "pay now, please send it".
_PAID_DE = (
    r"\b(?:(?:schon|bereits|gestern|habe|haben|hab|ist|wurde)(?: \w+){0,3} (?:bezahlt|überwiesen|"
    r"gezahlt)|(?:überweise|überweisen|zahle|zahlen|bezahle|bezahlen) (?:\w+ ){0,3}(?:heute|"
    r"gleich|jetzt|sofort))\b"
)
_WORK_DE = (
    r"\b(?:schick|send|bekomm|krieg|liefer)\w*\b" + _GAP + r"\b(?:arbeit|ergebnis|dateien|datei|"
    r"bilder|fotos|texte?|übersetzung|entwurf|entwürfe|unterlagen|video)\w*"
    r"|\b(?:arbeit|ergebnis|dateien|datei|bilder|fotos|texte?|übersetzung|entwurf|entwürfe|"
    r"unterlagen|video)\w*\b" + _GAP + r"\b(?:schick|send|bekomm|krieg|liefer)\w*"
)
_PAID_EN = (
    r"\b(?:(?:already|have|has|i|we|just) (?:\w+ )?(?:paid|transferred)|(?:transferring|wiring|"
    r"sending) (?:the |your )?(?:payment|money|it)|sent (?:the |a |your )?payment|"
    r"(?:will|'ll|going to) pay (?:you |it )?(?:today|now))\b"
)
_WORK_EN = (
    r"\b(?:send|deliver|release|receive|get|have)\w*\b" + _GAP + r"\b(?:work|files?|photos?|"
    r"pictures?|images?|designs?|drafts?|results?|documents?|videos?|translations?|texts?)\b"
)
_AWAITS_WORK = (
    _shape(
        "bezahlt|überwiesen|gezahlt|überweise|zahle|zahlen",
        r"^(?=[\s\S]*" + _PAID_DE + r")(?=[\s\S]*(?:" + _WORK_DE + r"))",
    ),
    _shape(
        "paid|transferr|sent the payment|sent payment|sent your payment|sent a payment|wiring|"
        "sending|pay",
        r"^(?=[\s\S]*" + _PAID_EN + r")(?=[\s\S]*" + _WORK_EN + r")",
    ),
)

# Work offered for exposure, a reference, experience or followers instead of a fee (tried before
# `unpaid_work`, whose reply names no currency: goods, a favour or nothing at all).
_EXPOSURE = (
    _shape(
        "reichweite|sichtbarkeit|referenz|portfolio|erfahrung|werbung|follower|insta",
        r"\b(?:reichweite|sichtbarkeit|referenz|portfolio|erfahrung|werbung für (?:dich|sie))\b"
        + _GAP
        + r"\b(?:statt|anstatt|stattdessen|als bezahlung|als gegenleistung|dafür|"
        r"bezahl\w*|honorar|geld|bringt|lohnt|gut für)",
        r"\b(?:gut|toll|super|wertvoll|gute|tolle)\w* (?:\w+ )?(?:für (?:dein|ihr)\w* )?"
        r"(?:portfolio|referenz\w*)",
        r"\bwerbung für (?:sich|dich|euch)\b|\breferenz(?!nummer|nr)\w*|\bfollower\w*"
        r"|\binsta(?:gram)?\b",
    ),
    _shape(
        "exposure|visibility|shout|credit|mention|portfolio|testimonial|review|experience",
        r"\bexposure\b|\b(?:for|in exchange for|instead of \w+) (?:the |some |a )?(?:visibility|"
        r"shout-?outs?|credit|mention|your portfolio|testimonial|review|experience)\b",
        r"\b(?:great|good|nice) for your portfolio\b"
        r"|\bpay (?:you |us )?(?:in|with) (?:visibility|exposure|experience|credit)\b"
        r"|\b(?:gain|get) (?:\w+ )?(?:valuable )?experience\b|\bshout-?outs?\b",
    ),
)

# Payment only once everything is done: a staged or upfront payment refused.
_DONE_DE = r"(?:fertig|gemacht|erledigt|geliefert|abgeschlossen|vollständig|abgenommen)\b"
_DONE_EN = r"(?:done|finished|complete[d]?|delivered|ready|over)\b"
_ON_COMPLETION = (
    _shape(
        "fertig|gemacht|erledigt|geliefert|abgeschlossen|vollständig|abgenommen",
        r"\b(?:solange|so lange|bevor|bis|ehe)\b (?:\w+ ){0,4}"
        + _DONE_DE
        + _GAP
        + r"\b(?:zahl|bezahl|überweis)\w*",
        r"\b(?:zahl|bezahl|überweis)\w*\b" + _GAP + r"\b(?:erst|nur|nicht|nix|nichts)\b"
        r"[^.!?\n]{0,30}?\b(?:wenn|sobald|nachdem|bevor|bis)\b (?:\w+ ){0,4}" + _DONE_DE,
    ),
    _shape(
        "done|finished|complete|delivered|ready|over",
        r"\b(?:not|won'?t|don'?t|do not|will not|never|nothing|only)\b[^.!?\n]{0,30}?\bpay\w*\b"
        + _GAP
        + r"\b(?:before|until|till|unless|when|once|after)\b (?:\S+ ){0,4}"
        + _DONE_EN,
        r"\b(?:i'?ll|we'?ll|i will|we will)\b (?:only )?pay (?:you )?(?:\w+ )?(?:when|once|after)"
        r"\b (?:\w+ ){0,3}(?:all|everything|the whole \w+)\b (?:\w+ ){0,2}" + _DONE_EN,
    ),
)

# The client is short of money right now: no date named, no refusal of the invoice itself.
# An amount already owed: the invoice, "yet", "late", „noch nicht“, „offen“.
_OWED_DE = (
    r"(?:\brechnung\w*|\bnoch nicht\b|\bnoch offen\b|\bist offen\b|\boffene\w* (?:\w+ )?"
    r"(?:betrag|summe|posten|rate|zahlung)|\bbetrag\b|\brestbetrag\b|\bfällig\w*|\braten?\b"
    r"|\bzahlung\w*|\bschulde\w*|\bverspät\w*|\bim verzug\b)"
)
_OWED_EN = (
    r"(?:\binvoices?\b|\bbills?\b|\byet\b|\blate\b|\bowe\w*|\bowing\b|\boverdue\b"
    r"|\boutstanding\b|\bbalance\b|\bpayments?\b|\binstal?lments?\b)"
)
_NO_DATE_DE = r"^(?![\s\S]*" + _WHEN_DE + r")[\s\S]*?"
_NO_DATE_EN = r"^(?![\s\S]*" + _WHEN_EN + r")[\s\S]*?"
_CASH_FLOW = (
    _shape(
        "liquidität|zahlungsschwierig|finanziell|engpass|knapp bei kasse|kasse|klamm|geld|"
        "können|kann|könnten|leisten",
        _NO_DATE_DE
        + r"(?:\bliquidität\w*|\bzahlungsschwierigkeit\w*|\bfinanzielle\w* (?:schwierigkeit|"
        r"problem|engp(?:a|ä)ss|lage|sorge)\w*|\b(?:finanz|liquiditäts|geld)engp(?:a|ä)ss\w*"
        r"|\bfinanziell (?:\w+ )?(?:eng|knapp|schwierig|angespannt)\b|\bknapp bei kasse\b"
        r"|\b(?:geld|kasse) ist (?:\w+ )?(?:knapp|leer)\b|\bklamm\b"
        r"|\b(?:fehlt|fehlen) (?:uns |mir )?(?:\w+ ){0,2}(?:das )?geld\b|\bgeld fehlt\b"
        r"|\b(?:können|kann|könnten)\b (?:\w+ ){0,3}(?:gerade|momentan|derzeit|aktuell|zurzeit|"
        r"im moment|noch) (?:\w+ ){0,2}nicht (?:\w+ ){0,2}(?:zahlen|bezahlen|überweisen|"
        r"begleichen)\b)",
    ),
    # "nicht leisten" only with an amount owed: before any work it is a "no" to the price
    _shape(
        "leisten",
        _NO_DATE_DE
        + r"(?=[\s\S]*"
        + _OWED_DE
        + r")[\s\S]*?\b(?:können|kann|könnten)\b (?:\w+ ){0,4}nicht (?:\w+ ){0,2}leisten\b",
    ),
    _shape(
        "afford|cash|money|fund|financ|can't pay|cannot pay|can not pay|unable to pay|"
        "not able to pay",
        _NO_DATE_EN
        + r"(?:\b(?:can'?t|cannot|can not|unable to|not able to) (?:\w+ ){0,2}pay\b (?:\w+ ){0,3}"
        r"(?:yet|right now|at the moment|currently|just now|for now)\b"
        r"|\b(?:short|tight|low) on (?:cash|money|funds)\b|\bcash[- ]?flow\b|\bstrapped for cash\b"
        r"|\b(?:money|cash)(?:'s| is) (?:\w+ )?(?:tight|short)\b"
        r"|\bfinancial (?:difficult\w*|trouble|problems?|issues?|hardship|situation)\b"
        r"|\b(?:issues?|problems?|trouble|difficult\w*)\b" + _GAP + r"\b(?:finances|funds)\b)",
    ),
    # "can't afford" and "don't have the money" only with an amount owed ("can't afford to pay
    # you yet", "the invoice"): before any work they are a "no" to the price (_CANT_AFFORD)
    _shape(
        "afford|money|funds|cash",
        _NO_DATE_EN
        + r"(?=[\s\S]*"
        + _OWED_EN
        + r")[\s\S]*?(?:\b(?:can'?t|cannot|can not|unable to|not able to) (?:\w+ )?afford\b"
        r"|\bdon'?t have the (?:money|funds|cash)\b)",
    ),
)

# Before any work the client can't afford it ("we can't afford you", „können wir uns nicht
# leisten“, "won't work for our budget"): no amount is owed, so it is a "no", answered as
# `declined`. Tried after cash_flow, which takes the same words when an amount is owed.
_CANT_AFFORD = (
    _shape(
        "leisten|budget|etat",
        r"\b(?:können|kann|könnten)\b (?:\w+ ){0,4}nicht (?:\w+ ){0,2}leisten\b",
        r"\b(?:sprengt|übersteigt|überschreitet) (?:\w+ ){0,2}(?:budget|etat)\b"
        r"|\b(?:über|außerhalb) (?:unseres|meines|unserem|meinem) (?:budgets?|etats?)\b",
    ),
    _shape(
        "afford|budget|money|funds",
        r"\b(?:can'?t|cannot|can not|unable to|not able to) (?:\w+ ){0,2}afford\b",
        r"\b(?:won'?t|doesn'?t|does not|will not) (?:\w+ )?(?:work|fit) (?:\w+ )?(?:for|in|with|"
        r"into) (?:my|our|the) budget\b"
        r"|\b(?:beyond|over|outside|out of|above) (?:my|our|the) budget\b"
        r"|\bdon'?t have the (?:money|funds|budget)\b",
    ),
)

# The client is checking with their bank where the payment went.
_BANK_CHECK = (
    _shape(
        "bank",
        r"\b(?:meine[rnm]?|unsere[rnm]?|der|die)\b (?:\w+ )?bank\b"
        + _GAP
        + r"\b(?:nachfragen|fragen|frage|anrufen|rufe|kontaktieren|kontaktiere|klären|kläre|"
        r"nachsehen|nachhaken|erkundigen|melden|prüfen|sprechen)\b",
        r"\b(?:frag|ruf|klär|erkundig|meld|sprech|hak)\w* (?:\w+ ){0,3}(?:bei|mit) (?:meiner|"
        r"unserer|der) bank\b",
    ),
    _shape(
        "bank",
        r"\b(?:check\w*|contact\w*|call\w*|ring\w*|speak\w*|talk\w*|ask\w*|get(?:ting)? in touch"
        r"|look\w* into it)\b (?:\w+ ){0,2}(?:with |to )?(?:my|our|the) bank\b",
        r"\b(?:my|our) bank\b" + _GAP + r"\b(?:check|look into|find out|investigat|trac)\w*",
    ),
)

# --- price_pushback ------------------------------------------------------------------------------

# An existing client objects to a rate increase.
_RATE_INCREASE = (
    _shape(
        "erhöh|teurer|aufschlag|bisher|alten|alte |vorher|statt|sprung|letztes jahr|mehr als",
        r"\b(?:preis|stunden|honorar|tages)?erhöhung\w*|\berhöh\w*|\bpreissteigerung\w*",
        r"\b(?:bisherig\w*|alten?|vorherig\w*|gewohnt\w*) (?:\w+ )?(?:preis|satz|stundensatz|"
        r"honorar|tarif|konditionen)\w*",
        r"\b\d+ (?:€ |euro )?(?:statt|anstatt|anstelle von) \d+\b|\b(?:großer|ziemlicher|"
        r"heftiger|deutlicher) sprung\b",
    ),
    _shape(
        "increase|raise|raising|hike|old rate|previous rate|current rate|usual rate|instead of|"
        "jump|used to pay|went up|go up|going up|more than before|last year",
        r"\b(?:rate|price|fee)s? (?:increase|raise|rise|hike)\w*|\b(?:increas|rais|hik)\w* "
        r"(?:\w+ )?(?:rates?|prices?|fees?)\b",
        r"\b(?:old|previous|current|usual|existing|original) (?:\w+ )?(?:rates?|prices?|fees?|"
        r"pricing)\b",
        r"\b\d+ instead of \d+\b|\b(?:big|huge|steep|large) (?:jump|increase)\b"
        r"|\bused to pay\b|\b(?:went|go|going|gone) up\b",
    ),
)

# Work for exposure, or a budget far below the price.
_LOW_BUDGET = (
    _shape(
        "budget|reichweite|sichtbarkeit|portfolio|referenz|werbung",
        r"\b(?:budget|etat)\b" + _GAP + r"\b(?:nur|klein\w*|knapp\w*|begrenzt\w*|gering\w*|"
        r"maximal|höchstens|nicht mehr als)\b",
        r"\b(?:nur|kleine\w*|knapp\w*|begrenzte\w*|geringe\w*) (?:\w+ )?(?:budget|etat)\b",
        r"\b(?:reichweite|sichtbarkeit|portfolio|referenz|werbung)\b"
        + _GAP
        + r"\b(?:statt|dafür|bringt|gut für|als gegenleistung)\b",
    ),
    _shape(
        "budget|exposure|portfolio|visibility|shout",
        r"\bbudget\b" + _GAP + r"\b(?:only|small|tiny|tight|limited|low|max\w*|no more than)\b",
        r"\b(?:only|small|tiny|tight|limited|low|shoestring) (?:\w+ )?budget\b",
        r"\bexposure\b|\b(?:great|good|nice) for your portfolio\b|\bshout-?outs?\b",
    ),
)

# A discount or a better price for the same work.
_DISCOUNT = (
    _shape(
        "rabatt|nachlass|günstiger|billiger|entgegenkommen|preisnachlass|skonto|runter",
        r"\brabatt\w*|\b(?:preis)?nachlass\w*|\bgünstiger\b|\bbilliger\b|\bentgegenkommen\b"
        r"|\bmit dem preis (?:\w+ )?runter\b",
    ),
    _shape(
        "discount|cheaper|better price|better deal|better rate|lower price|lower rate|knock|"
        "come down|bring down|deal",
        r"\bdiscount\w*|\bcheaper\b|\bbetter (?:price|deal|rate)\b"
        r"|\blower (?:the )?(?:price|rate)\b|\b(?:come|bring) (?:\w+ )?down\b"
        r"|\bgive (?:me|us) a deal\b",
    ),
)

# The client expects it to be cheap before any price was named: "was kostet das, ist ja ganz
# einfach", "it's simple, so it shouldn't be expensive". Tried last: a named rate or quote wins.
_BEFORE_QUOTE = (
    _shape(
        "kostet|kosten|teuer",
        r"\bwas (?:kostet|würde|wird)\b[^.!?\n]{0,40}?\bkost\w*|\bwas kostet\b"
        r"|\bnicht (?:so |allzu |besonders |sehr |viel )?(?:teuer|viel kosten)\b"
        r"|\b(?:sollte|dürfte|kann|wird)\b[^.!?\n]{0,30}\b(?:nicht|kaum) (?:\w+ )?(?:teuer|viel "
        r"kosten)\b",
        r"\bwie ?viel (?:\w+ ){0,4}(?:kosten|kostet) (?:würde|wird)\b|\bwie ?viel kostet\b"
        r"|\bwas (?:\w+ ){0,2}kosten (?:würde|wird)\b",
    ),
    _shape(
        "cost|expensive|how much|cheap",
        r"\b(?:shouldn'?t|should not|won'?t|can'?t|wouldn'?t) (?:be|cost) (?:\w+ )?(?:expensive|"
        r"much|a lot)\b|\bhow much (?:would|will|does|do) (?:it|this|that|an?)\b"
        r"|\bwhat (?:would|does|will) (?:it|this|that|an? \w+) cost\b|\bshould be cheap\b"
        r"|\bhow much (?:it|this|that) (?:would|will) cost\b",
    ),
)

# The client offers more or follow-up work for a better price: "anschließend kommt noch …",
# "several jobs", "long-term project".
_VOLUME = (
    _shape(
        "anschließend|danach|weitere|mehrere|regelmäßig|viele|laufend|künftig|folge|langfristig|"
        "dauerhaft|mengenrabatt|auf dauer",
        r"\b(?:anschließend|danach) (?:\w+ )?(?:kommt|kommen|folgt|folgen|noch)\b",
        r"\b(?:weitere|mehrere|regelmäßige|viele|laufende|künftige|zukünftige) (?:\w+ )?"
        r"(?:aufträge|projekte|jobs|texte|übersetzungen|shootings)\b|\bfolgeauftr\w*"
        r"|\blangfristig\w*|\bdauerhaft\w* (?:zusammenarbeit|auftr\w*|kund\w*)|\bmengenrabatt\w*"
        r"|\bauf dauer\b",
    ),
    _shape(
        "long term|long-term|longterm|ongoing|more|further|future|regular|repeat|lots of|"
        "plenty of|steady|follow|several|bulk|volume|after that|after this",
        r"\blong[- ]?term\b|\bongoing (?:basis|project|work|collaboration|relationship)\b",
        r"\b(?:more|further|future|regular|repeat|lots of|plenty of|steady|follow-up|follow-on) "
        r"(?:\w+ )?(?:work|jobs|projects|business|orders|assignments)\b"
        r"|\bseveral (?:\w+ )?(?:jobs|projects|orders|pieces|assignments)\b",
        r"\bbulk\b|\bvolume (?:discount|deal|rate|pricing)\b"
        r"|\bafter (?:that|this),? (?:there(?:'s| is| will be)|we(?:'ll| will) (?:need|have))\b",
    ),
)

# The client doubts the work is worth its price, or wants a result guaranteed.
_VALUE_DOUBT = (
    _shape(
        "garant|bringt|bringen|lohnt|wert|verkauf|umsatz|kunden|anfragen|davon|mehrwert",
        r"\bgarant\w*|\bmehrwert\b",
        r"\b(?:was|wie viel) bring(?:t|en) (?:\w+ ){0,2}(?:das|es|mir|uns)\b"
        r"|\bbringt (?:das|es) (?:\w+ ){0,2}(?:was|etwas|überhaupt)\b|\blohnt sich das\b"
        r"|\bist (?:das|es) (?:\w+ ){0,3}(?:wert|das geld wert)\b",
        r"\bmehr verkauf\w*|\bmehr (?:umsatz|kunden|anfragen)\b"
        r"|\bwas (?:habe ich|haben wir) davon\b",
    ),
    _shape(
        "guarantee|worth|get for|get out of|bring|sell|increase|boost|pay off|make us|make me|"
        "sales|customers|clients|leads|visitors|revenue",
        r"\bguarantee\w*",
        r"\b(?:is|was) (?:it|this|that) (?:\w+ ){0,2}worth\b|\bworth (?:the|that|this) (?:money|"
        r"price|cost|investment)\b|\bwhat (?:do|will|would) (?:i|we) (?:actually |really )?get "
        r"(?:for|out of)\b",
        r"\bwill (?:it|this|that) (?:\w+ )?(?:bring|sell|increase|boost|pay off|make (?:us|me) "
        r"(?:more|money|any))\b|\b(?:more|extra) (?:sales|customers|clients|leads|visitors|"
        r"revenue)\b|\bsell (?:a single|one|any) more\b",
    ),
)

# The client thinks the work is quick or easy: "ist doch ganz einfach", "just add …", "surely
# that takes less than an hour". Tried after `before_quote`: a price not yet named wins.
_NOT_NEG = r"(?:(?!not\b|nicht\b)\w+ ){0,2}"
_LOOKS_EASY = (
    _shape(
        "einfach|simpel|schnell|fix|ruckzuck|kurz|lange|stunde|minute|geht|eben|nur",
        r"(?<!nicht )\b(?:ist|sind|wäre|klingt|sieht|wirkt|scheint)\b "
        + _NOT_NEG
        + r"(?:einfach|simpel)(?=\s*(?:[.!?,;…)]|$|und\b|gemacht|zu machen|erledigt|umzusetzen"
        r"|aus\b))",
        r"\b(?:geht|ginge|dauert|machst|machen|mach|erledig\w*)\b (?:\w+ ){0,3}(?:doch|ja|nur|"
        r"eben) (?:\w+ )?(?:schnell|fix|ruckzuck|kurz)\b|\bschnell gemacht\b|\bruckzuck\b",
        r"\b(?:dauert|dauern|braucht|brauchen)\b (?:\w+ ){0,3}(?:nicht|kaum) (?:\w+ ){0,2}lange?\b"
        r"|\bnicht (?:so |allzu |besonders )?lange? dauern\b",
        r"\b(?:nur|weniger als|höchstens|maximal|keine) (?:\w+ ){0,2}(?:eine?r?|einem|zwei|drei|"
        r"ein paar|wenige|wenigen|fünf|zehn|halbe|\d+) (?:stunden?|minuten)\b"
        r"|\bin (?:\w+ ){0,2}(?:minuten|einer stunde)\b",
        r"\bgeht\S* (?:\w+ ){0,2}auch (?:in|mit) (?:weniger|einer|einem|zwei|drei|vier|fünf|"
        r"\d+)\b",
        r"\b(?:nur|mal eben|eben|schnell) (?:\w+ ){0,3}(?:hinzufügen|einfügen|ändern|austauschen|"
        r"tauschen|ergänzen|einbauen|anpassen|reinsetzen)\b",
    ),
    _shape(
        "easy|simple|quick|basic|straightforward|just|surely|hour|minute|long|faster|five",
        r"(?<!not )(?<!n't )\b(?:it'?s|it is|that'?s|that is|this is|is|looks|seems|sounds|really|"
        r"so|pretty|super|"
        r"quite)\b " + _NOT_NEG + r"(?:easy|simple|quick|basic|straightforward)\b",
        r"\bjust (?:add|change|swap|put|move|copy|paste|type|drop|tweak|fix|resize|throw|stick|"
        r"slap)\b|\bsurely (?:you|it|that|this)\b",
        r"\b(?:less than|under|within|only|just|only need|only take) (?:\w+ ){0,2}(?:an?|one|"
        r"half an|a few|a couple of|two|three|five|ten|\d+) (?:hours?|minutes?|mins?)\b",
        r"\b(?:can'?t|cannot|shouldn'?t|won'?t|wouldn'?t|doesn'?t|does not|should not)\b "
        r"(?:\w+ ){0,2}(?:take|be) (?:\w+ ){0,2}(?:that|so|very|too) long\b"
        r"|\b(?:shouldn'?t|won'?t|should not|will not) take (?:you )?(?:more than|longer than|"
        r"long|much)\b",
        r"\b(?:any|a bit|much|a little) faster\b|\bquick (?:job|fix|thing|task)\b"
        r"|\bfive[- ]minute\b",
    ),
)

# --- urgent_pressure -----------------------------------------------------------------------------

# The client moves a deadline earlier.
_DEADLINE_EARLIER = (
    _shape(
        "früher|vorzieh|vorgezogen|vorverleg|vorgelegt|eher",
        r"\bfrüher\b" + _GAP + r"\b(?:termin|deadline|abgabe|fertig|brauch|liefer|haben)\w*",
        r"\b(?:termin|deadline|abgabe|liefertermin)\w*" + _GAP + r"\b(?:früher|vorgezogen|"
        r"vorverlegt|nach vorne)\b",
        r"\bvorzieh\w*|\bvorgezogen\b|\bvorverleg\w*|\bschon (?:\w+ )?eher\b",
    ),
    _shape(
        "earlier|moved up|move up|brought forward|bring forward|pushed up|sooner",
        r"\b(?:deadline|due date|launch|date|delivery)\b" + _GAP + r"\b(?:earlier|moved up|"
        r"brought forward|pushed up|sooner)\b",
        r"\b(?:move|moved|moving|bring|brought|push|pushed) (?:\w+ ){0,3}(?:up|forward)\b"
        r"|\bearlier than (?:planned|agreed|expected)\b|\bsooner than (?:planned|agreed)\b",
    ),
)

# The client wants work over the weekend.
_WEEKEND = (
    _shape(
        "wochenende|samstag|sonntag|feiertag",
        r"\b(?:am|übers|über das|dieses|diesem|nächstes|das) wochenende\b"
        r"|\b(?:am |diesen |kommenden )?(?:samstag|sonntag)\b|\bfeiertag\w*",
    ),
    _shape(
        "weekend|saturday|sunday|holiday",
        r"\b(?:the|this|over the|on the|next) weekend\b|\bsaturday\b|\bsunday\b"
        r"|\bbank holiday\b|\bpublic holiday\b",
    ),
)

# The client wants something tonight, at night, or outside normal hours.
_AFTER_HOURS = (
    _shape(
        "abend|nacht|feierabend|mitternacht|spät",
        r"\bheute abend\b|\bheute nacht\b|\bnachts\b|\bin der nacht\b|\bnach feierabend\b"
        r"|\bbis mitternacht\b|\bspät(?:abends|er abend)\b",
    ),
    _shape(
        "tonight|night|evening|midnight|after hours|late",
        r"\btonight\b|\bovernight\b|\b(?:at|late at|during the) night\b|\bthis evening\b"
        r"|\bby midnight\b|\bafter hours\b|\blate (?:tonight|this evening)\b",
    ),
)

# The deadline is comfortable: "es reicht uns völlig, wenn …", "kein Stress", "there's no rush",
# "take your time". The reply thanks for the date and confirms it, with no word of urgency.
_RELAXED = (
    _shape(
        "reicht|stress|eile|zeit|genügt",
        r"\breicht (?:uns |mir )?(?:völlig|vollkommen|auch|locker|ganz)\b|\bkein(?:en)? stress\b"
        r"|\bkeine eile\b|\blass(?:en sie)? (?:dir|sich) (?:ruhig )?zeit\b"
        r"|\bgenügt (?:uns |mir )?(?:völlig|vollkommen|auch)\b",
    ),
    _shape(
        "rush|hurry|take your time|whenever",
        r"\b(?:there's|there is|it's|it is) no (?:big |huge |real )?(?:rush|hurry)\b"
        r"|\bno (?:big |huge |real )?(?:rush|hurry)(?: at all)?,|\btake your time\b"
        r"|\bwhenever (?:you can|suits you|it suits)\b",
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
_DEADLINE = (
    _shape(
        "bis |termin|deadline|abgabe|woche|am |zum |" + _MONTHS_DE[3:-1],
        _NOT_URGENT + r"\bbis (?:spätestens |zum |zur )?(?:morgen|übermorgen|montag|dienstag|"
        r"mittwoch|donnerstag|freitag|samstag|sonntag|ende|anfang|mitte|nächste|kommende|diese|"
        r"\d)",
        _NOT_URGENT + r"\b(?:am|zum) (?:montag|dienstag|mittwoch|donnerstag|freitag|\d{1,2}\.)",
        _NOT_URGENT + r"\b(?:termin|deadline|abgabe\w*)\b|\b(?:diese|nächste|kommende) woche\b"
        r"|\b" + _MONTHS_DE + r"\b",
    ),
    _shape(
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
_URGENT_QUESTION = (
    _shape(
        "?",
        r"(?:^|[.!?…:,\n]\s*|\b(?:bitte|please|hi|hey|hallo)\s+)"
        r"(?:haben|hast|habt|können|kannst|könnten|könntest|gibt|ist|sind|wäre|würden|würdest|"
        r"schaffen|schaffst|kriegen|kriegst|kommen|kommst|machen|machst|"
        r"can|could|would|will|do|does|is|are|have|has|any chance)\b"
        r"(?!'t|n'?t)(?![^.!?\n]*\b(?:nicht|not)\b)"
        r"(?! (?:du|sie|ihr|you) (?:mal )?(?:ganz )?(?:kurz|a (?:minute|sec)))[^.!?\n]*\?",
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
_EMERGENCY = (
    _shape(
        "notfall|nichts mehr|nicht mehr|down|offline|ausgefallen|abgestürzt|abgeschmiert|"
        "lahmgelegt|kaputt",
        *_EMERGENCY_DE,
    ),
    _shape(
        "emergenc|working|loading|responding|worked|work|load|works|down|offline|broken|crashed",
        *_EMERGENCY_EN,
    ),
)
# The same words as a condition on another kind's shapes: anywhere in the message.
_EMERGENCY_WORDS = "".join(
    _UMLAUTS.get(c, c) for c in "|".join(f"(?:{s})" for s in (*_EMERGENCY_DE, *_EMERGENCY_EN))
)


def _requiring(condition: str, shapes: tuple[_Shape, ...]) -> tuple[_Shape, ...]:
    """`shapes` that match only where `condition` (a translated source) is found in the text."""
    return tuple(
        _Shape(shape.stems, rf"^(?=[\s\S]*?(?:{condition}))[\s\S]*?(?:{shape._source})")
        for shape in shapes
    )


# Boundary overstep at a named evening, night or weekend time ("Samstag", "um 22 Uhr", "tonight").
_OFF_HOURS = (
    *_WEEKEND,
    *_AFTER_HOURS,
    _shape(
        "abend|uhr|evening|pm|night",
        r"\babends\b|\bam abend\b|\b(?:um|gegen|nach) (?:2[0-3]|1[89]|0?[0-5])(?:[:.]\d\d)? uhr\b"
        r"|\bin the evenings?\b|\bevenings\b|\bnights\b|\bat (?:1[01]|[6-9])(?::\d\d)? ?pm\b",
    ),
)

# --- neutral -------------------------------------------------------------------------------------

# The client asks for a file: the final version, the documents, the source files.
# "ich schicke", "I'll send": the client sends something; that is no request for a file.
_NOT_THE_CLIENTS_OWN = (
    r"(?<!\bich )(?<!\bwir )(?<!\bi )(?<!\bwe )(?<!\bi'll )(?<!\bwe'll )(?<!\bi will )"
    r"(?<!\bwe will )(?<!\bi'm going to )"
)
_FILE_REQUEST = (
    _shape(
        "schick|send|mail|zukommen|hochlad|teilen|bräucht|brauch|benötig",
        _NOT_THE_CLIENTS_OWN
        + r"\b(?:schick|send|mail|zukommen lassen|hochlad|teil)\w*\b"
        + r"(?! (?:ich|wir|dir|ihnen|euch)\b)"
        + _GAP
        + r"\b(?:datei\w*|dateien|version|unterlagen|dokument\w*|pdf|fotos|bilder|"
        r"entwurf|entwürfe|texte?|link|zugang|zugangsdaten|präsentation|logo)\b",
        r"\b(?:brauch|bräucht|benötig)\w*\b" + _GAP + r"\b(?:die |den |das )?(?:datei\w*|"
        r"finale version|unterlagen|pdf|originaldatei\w*)\b",
        r"\b(?:datei\w*|version|unterlagen|dokument\w*|pdf|fotos|bilder|entwurf|entwürfe|"
        r"zugangsdaten|präsentation)\b" + _GAP + r"\b(?:schicken|senden|zuschicken|zusenden|"
        r"mailen|hochladen|teilen|zukommen lassen)\b",
    ),
    _shape(
        "send|mail|share|upload|forward|need the|need your|need a copy",
        _NOT_THE_CLIENTS_OWN
        + r"\b(?:send|e-?mail|mail|share|upload|forward)\w*\b (?:me |us )?(?:back )?"
        r"(?:the |your |a |all )?(?:\w+ )?(?:files?|final version|version|documents?|pdfs?|"
        r"photos|images|drafts?|copy|link|access|slides|deck|logo|source files)\b",
        r"\bneed (?:the|your|a copy of the) (?:\w+ )?(?:files?|final version|documents?|pdfs?)\b"
        r"|\b(?:send|e-?mail|mail|forward)\w* (?:it|them) back\b",
    ),
)

# A new enquiry: can you do X, what do you charge, are you available.
_ENQUIRY = (
    _shape(
        "verlang|kosten|kostet|nimmst|nehmen sie|preis|angebot|buchen|zeit für|kapazität|"
        "verfügbar|frei|hast du|haben sie|hättest du|hätten sie",
        r"\bwas (?:verlangst|verlangen|kostet)\b|\bwas\b[^.!?\n]{0,30}\bkosten\b"
        r"|\bwas (?:nimmst du|nehmen sie)\b",
        r"\b(?:angebot|kostenvoranschlag)\b" + _GAP + r"\?|\b(?:dich|sie) (?:\w+ ){0,3}buchen\b",
        r"\b(?:ein|einen|ihr|dein) (?:angebot|kostenvoranschlag)\b"
        + _GAP
        + r"\b(?:erstellen|schicken|senden|machen|zukommen|geben)\b",
        r"\b(?:hast du|haben sie|hättest du|hätten sie)\b" + _GAP + r"\b(?:zeit|kapazität\w*|"
        r"lust|interesse)\b" + _GAP + r"\?",
    ),
    _shape(
        "charge|rate|quote|price|cost|available|availability|capacity|interested|book you|hire|"
        "estimate|pricing|reach|touch|contact|hoping|wondering|need you|want you|like you",
        r"\bwhat (?:do|would) you charge\b|\bwhat(?:'s| is| are) your (?:rates?|prices?|fees?)\b"
        r"|\bhow much (?:do|would|will) (?:you|it)\b",
        r"\b(?:a|your) (?:quote|estimate|price)\b" + _GAP + r"\?|\b(?:book|hire) you\b",
        r"\b(?:send|give|prepare|put together|get) (?:me |us )?(?:a|an|your) (?:quote|estimate)\b"
        r"|\b(?:looking for|need|want|would like|like to get|hoping for|request(?:ing)?) (?:a|an|"
        r"some) (?:quote|estimate|pricing|price)\b|\b(?:quote|estimate|pricing) for\b",
        r"\b(?:i|we) (?:need|want|would like) you to (?:design|make|write|create|build|shoot|"
        r"photograph|film|edit|translate|draw|do)\b",
        r"\b(?:reach(?:ing)? out to you|get in touch with you|contact(?:ing)? you) (?:\w+ ){0,2}"
        r"(?:for|about|regarding)\b|\b(?:hoping|wondering) (?:if |whether )?you (?:would|could|"
        r"might) (?:be able to )?(?:help|provide|take on|do)\b",
        r"\b(?:are you|would you be) (?:\w+ )?(?:available|interested|free|open)\b"
        r"|\bdo you have (?:the )?(?:capacity|availability|time)\b",
    ),
)

# A call, a meeting, a time to talk.
_SCHEDULING = (
    _shape(
        "termin|telefon|anruf|call|treffen|besprechung|meeting|zoom|teams",
        r"\b(?:telefonat|telefonieren|anruf|anrufen|call|treffen|besprechung|meeting|zoom|"
        r"videocall|termin)\w*\b" + _GAP + r"\b(?:passt|geht|zeit|wann|morgen|woche|heute|"
        r"vereinbaren|machen|\?)",
        r"\b(?:wann|passt|geht|hast du|haben sie)\b" + _GAP + r"\b(?:telefonat|telefonieren|"
        r"anruf|call|treffen|besprechung|meeting|zoom|termin)\w*",
    ),
    _shape(
        "call|meet|zoom|chat|catch up|catch-up|hop on|jump on",
        r"\b(?:call|meeting|meet|zoom|chat|catch[ -]up)\b" + _GAP + r"\b(?:when|works?|suit|"
        r"free|available|time|tomorrow|week|today|\?)",
        r"\b(?:hop|jump) on a\b|\b(?:when|are you free|do you have time)\b"
        + _GAP
        + r"\b(?:call|meet\w*|zoom|chat|talk)\b",
    ),
)

# The client names a day or a time for a call or a meeting ("Können wir das Meeting auf Donnerstag
# 14 Uhr legen?", "can we move our call to Friday at 3?"): the reply checks and confirms it,
# instead of asking for times the client has just given.
_MEET_DE = (
    r"\b(?:telefonat|telefonieren|anruf|call|treffen|besprechung|meeting|zoom|videocall|termin|"
    r"gespräch)\w*"
)
_MEET_WHEN_DE = (
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\w*|\b(?:um|gegen|ab) "
    r"\d{1,2}(?:[:.]\d\d)?\b|\b\d{1,2}(?:[:.]\d\d)? ?uhr\b"
)
_MEET_EN = r"\b(?:call|meeting|meet|zoom|chat|catch[ -]up|appointment|session)\b"
_MEET_WHEN_EN = (
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b"
    r"|\b(?:at|around|from) \d{1,2}(?::\d\d)?\b|\b\d{1,2}(?::\d\d)? ?(?:am|pm)\b"
)
_PROPOSES_TIME = (
    _shape(
        "termin|telefon|anruf|call|treffen|besprechung|meeting|zoom|gespräch",
        _MEET_DE + _GAP + "(?:" + _MEET_WHEN_DE + ")",
        "(?:" + _MEET_WHEN_DE + ")" + _GAP + _MEET_DE,
    ),
    _shape(
        "call|meet|zoom|chat|catch up|catch-up|appointment|session",
        _MEET_EN + _GAP + "(?:" + _MEET_WHEN_EN + ")",
        "(?:" + _MEET_WHEN_EN + ")" + _GAP + _MEET_EN,
    ),
)

# The client will come back to the user: review, decide, let them know.
_CLIENT_FOLLOWS_UP = (
    _shape(
        "melde|gebe|sage|bescheid|rückmeld|schaue|sehe|überleg|entscheid|prüfe|zurück|schicke|"
        "sende|maile",
        r"\bich (?:melde mich|gebe (?:dir|ihnen|euch) bescheid|sage (?:dir|ihnen) bescheid|"
        r"schaue? (?:mir )?(?:das|es|alles)|sehe mir|überlege|entscheide|prüfe|komme? "
        r"(?:\w+ )?zurück)\b",
        r"\b(?:wir|ich) (?:melden|geben|sagen) (?:\w+ )?(?:uns|bescheid)\b"
        r"|\bgebe?n? (?:\w+ )?rückmeldung\b|\bmelde mich\b|\bschaue? (?:ihn|sie|es) mir\b",
        # the client will send something later: nothing has arrived yet
        r"\b(?:ich|wir) (?:schicke|sende|maile)n? (?:dir|ihnen|euch)\b[^.!?\n]{0,40}\b(?:morgen|"
        r"später|gleich|nachher|bald|heute|noch|nächste\w*|montag|dienstag|mittwoch|donnerstag|"
        r"freitag)\b|\b(?:schicke|sende|maile)n? (?:ich|wir) (?:dir|ihnen|euch)\b[^.!?\n]{0,40}"
        r"\b(?:morgen|später|gleich|nachher|bald|heute|noch|nächste\w*)\b",
    ),
    _shape(
        "get back|let you know|review|decide|think about|look over|look at it|come back|revert|"
        "send|email|e-mail|mail|forward",
        r"\b(?:i'll|i will|we'll|we will|i'm going to|we're going to|i'd|let me) (?:\w+ ){0,2}"
        r"(?:get back|let you know|review|decide|think about|look over|look at|come back|"
        r"revert|make (?:my|a|our) (?:choice|decision))\b",
        r"\b(?:i'll|i will|we'll|we will|i'm going to|we're going to|let me) (?:\w+ )?(?:send|"
        r"email|e-mail|mail|forward)\b",
        # "… and will send it to you this afternoon": the subject is further back
        r"(?<!you )(?<!they )(?<!he )(?<!she )\bwill (?:send|email|e-mail|mail|forward) "
        r"(?:it|them|this|that|the \w+)\b",
    ),
)

# Thanks and praise. A "Thanks, Priya" / "Danke, Kevin" that only signs off a request (the last
# words of a one-line paste) is no thanks for anything.
_NOT_A_SIGN_OFF = r"(?!,?\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[.!]?\s*$)"
# A thank-you that comes with a request ("danke – können Sie …", "thanks, could you …") is the
# request's message: the kinds after it (or the question) answer it, not a thank-you.
_NO_REQUEST = (
    r"^(?![\s\S]*\b(?:können sie|könnten sie|kannst du|könntest du|can you|could you|"
    r"would you)\b)[\s\S]*?"
)
# "Great exposure for you", "super Werbung für dich": praise words around a free-work, exposure
# or insult cue are no thanks (the `guarded` kind answers them).
_PUSHBACK_IN_PRAISE = (
    r"\bexposure\b|\bwerbung für (?:sich|dich|euch)\b|\breichweite\b|\bfor free\b|\bumsonst\b"
    r"|\bnulltarif\b|\bfrech\w*|\bunverschämt\w*|\blächerlich\w*|\brude\b|\bridiculous\b"
)
_NO_PUSHBACK = rf"^(?![\s\S]*(?:{_PUSHBACK_IN_PRAISE}))[\s\S]*?"
_NO_PUSHBACK_NOR_REQUEST = rf"^(?![\s\S]*(?:{_PUSHBACK_IN_PRAISE})){_NO_REQUEST[1:]}"
_THANKS = (
    _shape(
        "danke|dank|toll|super|klasse|perfekt|gefällt|gefallen|schön|wunderbar|begeistert|"
        "gelungen|großartig|prima|zufrieden|vertrauen|beste|dankbar",
        _NO_PUSHBACK_NOR_REQUEST
        + rf"(?:\bdanke\w*{_NOT_A_SIGN_OFF}|\bvielen dank\b|\bherzlichen dank\b"
        r"|\b(?:toll|super|klasse|perfekt|"
        r"wunderbar|großartig|prima|gelungen)\b|\bgefällt\b|(?<!einen )(?<!ein )\bgefallen\b"
        r"|\bbegeistert\b|\bzufrieden\b|\bvertrauen\b|\bdankbar\w*)",
        # "die beste Texterin, die wir je hatten", "mit Abstand der Beste"
        _NO_PUSHBACK + r"(?:\bbeste\w* (?:\w+ ){0,3}(?:den|die|das|der) (?:wir|ich) (?:\w+ )?je\b"
        r"|\bmit abstand (?:der|die|das) beste\w*)",
    ),
    _shape(
        "thank|thanks|great|love|perfect|awesome|amazing|wonderful|fantastic|nice|appreciat|"
        "brilliant|happy with|impressed|excellent|beautiful|best|grat",
        _NO_PUSHBACK_NOR_REQUEST
        + rf"(?:\bthanks?\b{_NOT_A_SIGN_OFF}|\bthank you\b|\b(?:great|perfect|"
        r"awesome|amazing|wonderful|fantastic|"
        r"nice|brilliant|excellent|beautiful)\b|(?<!would )(?<!'d )\blove (?:it|the|this|how)\b"
        r"|(?<!would )(?<!'d )\bappreciat\w*"
        r"|\bhappy with\b|\bimpressed\b|\bgratitude\b|\bgrateful\b)",
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
_INFORMATION = (
    _shape(
        "anbei|anhang|angehängt|hier ist|hier sind|hier die|hier das|zur info|zur kenntnis|"
        "schicke|sende|geschickt|gesendet",
        _NO_HELP_ASKED + r"(?:\banbei\b|\bim anhang\b|\bangehängt\b"
        r"|\bhier (?:ist|sind|die|das|der)\b"
        + _NO_SELF_INTRODUCTION
        + r"|\bzur (?:info|kenntnis)\b"
        r"|\b(?:ich|wir) (?:schicke|sende)\w*\b|\bgeschickt\b|\bgesendet\b)",
    ),
    _shape(
        "attach|here is|here's|here are|fyi|for your info|just so you know|heads up|sent you|"
        "sending you",
        _NO_HELP_ASKED + r"(?:\battach\w*|\bhere(?:'s| is| are)\b|\bfyi\b|\bfor your info\w*"
        r"|\bjust so you know\b|\bheads[ -]up\b|\b(?:sent|sending) you\b)",
    ),
)

# --- quality_criticism ---------------------------------------------------------------------------

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
    r"thin|red|blue|green|yellow|grey|gray|black|white|pink|brown|orange|purple)"
)
_COMPARATIVES = (
    r"(?:größer|kleiner|heller|dunkler|breiter|schmaler|bunter|ruhiger|kräftiger|"
    r"brighter|darker|lighter|bigger|larger|smaller|bolder|whiter|wider|narrower|shorter|longer|"
    r"louder|quieter|warmer|cooler|simpler|cleaner|calmer|softer|stronger|thicker|thinner)"
)
_NO_PROPERTY = (
    r"^(?![\s\S]*(?:\b(?:zu|so|nicht so|viel zu|etwas zu|ein bisschen zu) "
    + _PROPERTIES_DE
    + r"|\b(?:too|so|a bit|way too|overly) "
    + _PROPERTIES_EN
    + r"\b|\bnot (?:\w+ )?"
    + _PROPERTIES_EN
    + r" enough\b"
    + r"|\b(?:sein|be|könnte|sollte|müsste|can|could|should|needs to) (?:\w+ ){0,2}"
    + _COMPARATIVES
    + r"\b))[\s\S]*?"
)

# Dissatisfaction that names nothing: "gefällt mir nicht", "it just doesn't feel right". Most real
# complaints name what is wrong (the default kind), so only these get a question back; a named
# property (above) keeps the default.
_VAGUE = (
    _shape(
        "gefällt|gefallen|zufrieden|überzeugt|vorgestellt|erwartet|erhofft|langweilig|irgendwie|"
        "passt|stimmig|rund|trifft|fehlt|enttäusch|schrecklich|furchtbar",
        _NO_PROPERTY + r"(?:\bgefällt (?:\w+ ){0,3}(?:nicht|gar nicht|überhaupt nicht)\b"
        r"|\bnicht (?:so )?gefallen\b|\bnicht (?:\w+ )?zufrieden\b|\bzufrieden (?:\w+ ){0,2}nicht\b"
        r"|\bunzufrieden\b"
        r"|\büberzeugt (?:\w+ ){0,2}(?:noch )?nicht\b"
        r"|\b(?:so )?(?:habe|haben|hatte|hatten) (?:ich|wir) (?:mir|uns) das (?:\w+ )?nicht "
        r"vorgestellt\b|\bnicht (?:das|so),? was (?:ich|wir) (?:mir|uns) (?:\w+ )?"
        r"(?:vorgestellt|gewünscht|erhofft)|\b(?:mehr|anders) (?:erwartet|erhofft|vorgestellt)\b"
        r"|\blangweilig\w*|\birgendwie\b|\bnicht (?:ganz )?(?:stimmig|rund)\b"
        r"|\bpasst (?:\w+ ){0,2}(?:noch )?nicht\b|\btrifft (?:es|das) (?:\w+ )?nicht\b"
        r"|\bfehlt (?:\w+ ){0,3}(?:pep|gewisse|etwas|was|wow|seele|funke|besondere|schwung|"
        r"leben|gefühl|wirkung|stimmung)\b|\benttäusch\w*|\bschrecklich\b|\bfurchtbar\b)",
    ),
    _shape(
        "like|happy|satisf|convinc|thrill|expect|imagin|mind|envision|feel|right|missing|off|"
        "boring|bland|meh|underwhelm|work for|there|wow|pop|disappoint|terrible|awful",
        _NO_PROPERTY
        + r"(?:\b(?:don'?t|do not|doesn'?t|does not|didn'?t|did not) (?:\w+ )?(?:like|love)\b"
        r"|\bnot (?:\w+ )?(?:happy|satisfied|convinced|thrilled)\b|\bunhappy\b"
        r"|\bnot what (?:i|we) (?:\w+ )?(?:expected|imagined|had in mind|envisioned|wanted|"
        r"pictured)\b|\b(?:doesn'?t|does not|don'?t|do not) (?:\w+ )?(?:feel|look|seem|sound) "
        r"(?:\w+ )?(?:right|like)\b|\b(?:doesn'?t|does not|isn'?t|is not) (?:\w+ )?working for "
        r"(?:me|us)\b|\b(?:doesn'?t|does not) work for (?:me|us)\b"
        r"|\bsomething(?:'s| is)? (?:\w+ )?(?:missing|off)\b|\bmissing something\b"
        r"|\bboring\b|\bbland\b|\bmeh\b|\bunderwhelm\w*|\bnot quite (?:right|there)\b"
        r"|\b(?:doesn'?t|does not) (?:\w+ )?(?:pop|wow)\b|\bnot feeling it\b"
        r"|\bdisappoint\w*|\bterrible\b|\bawful\b)",
    ),
)

# The complaint is about how the work was done, not the result: things done without asking,
# not sticking to what was agreed ("ohne Rücksprache", "an das halten, was wir vereinbaren",
# "without checking with us", "stick to what we agreed"). Nothing to rework: the draft says the
# agreement is kept and questions come first.
_PROCESS = (
    _shape(
        "rücksprache|absprache|abstimmung|fragen|vereinbar|abgesprochen|abgestimmt|besprochen|"
        "eigenmächtig|leiten|verlangt|bestellt|gewollt|beauftragt",
        r"\bohne (?:\w+ ){0,2}(?:rücksprache|absprache|abstimmung|nachzufragen|zu fragen)\b",
        r"\bhalt\w*\b" + _GAP + r"\bvereinbar\w*|\bvereinbar\w*" + _GAP + r"\bhalten\b",
        r"\b(?:nicht|nie|gar nicht) (?:\w+ )?(?:abgesprochen|abgestimmt|vereinbart|besprochen)\b"
        r"|\beigenmächtig\w*|\bnicht (?:\w+ ){0,3}ableiten\b|\bab(?:zu)?leiten\b",
        r"\b(?:das|dies) (?:habe|hatte|haben|hatten) (?:ich|wir) (?:so )?(?:nie|nicht|gar nicht) "
        r"(?:verlangt|bestellt|gewollt|beauftragt)\b",
    ),
    _shape(
        "without|stick to|keep to|agreed|ask",
        r"\bwithout (?:\w+ )?(?:checking|asking|consulting|talking to|running it by|telling)\b",
        r"\b(?:stick|keep) to (?:what (?:we|was) (?:\w+ )?agreed|(?:the|our) (?:agreement|brief|"
        r"plan|scope))\b|\b(?:just )?do what (?:we|was) (?:\w+ )?agreed\b",
        r"\b(?:i|we) (?:never|didn'?t|did not) ask(?:ed)? (?:you )?(?:for|to)\b",
    ),
)

# The client objects to the direction and names it: a property ("zu bunt", "nicht so jung", "too
# edgy", "could be whiter", "more professional", "tone it down"). The draft reworks it in that
# direction; the default kind's words (check, find the cause, fix) are for things that are broken.
_DIRECTION = (
    _shape(
        "zu |so |sein |könnte|sollte|müsste|mehr |weniger |andere",
        r"\b(?:zu|so|viel zu|etwas zu|ein bisschen zu) " + _PROPERTIES_DE,
        r"\b(?:sein|könnte|sollte|müsste) (?:\w+ ){0,2}" + _COMPARATIVES + r"\b",
        r"\b(?:mehr|weniger) (?:modern|seriös|professionell|verspielt|elegant|edel|schlicht|"
        r"farbe|farbig|bunt|ruhig|freundlich|klassisch|lebendig|dynamisch)\w*"
        r"|\b(?:eine?n? )?andere[ns]? (?:farbe|schrift|grün|blau|rot|ton|farbton|stil)\b",
    ),
    _shape(
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
)

# A new direction with no target: only "a different green", „eine andere Farbe“, "the wrong
# energy". No comparative or property says which way, so the draft asks for a shade or an example
# or offers two or three options.
_OPEN_DIRECTION = (
    _shape(
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

# The complaint is about silence: messages unanswered, not a late delivery.
_NO_REPLY = (
    _shape(
        "answer|repl|respon|heard|hear back|get back|ignor|silence|ghost",
        r"\b(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not|don'?t|do not|never|not)\s+"
        r"(?:\w+\s+){0,2}(?:answer\w*|repl\w*|respond\w*|heard back|hear back|got(?:ten)? back|"
        r"get back)\b",
        r"\bno (?:answer|reply|replies|response|word)\b|\bnot (?:answering|replying|responding)\b",
        r"\bignor\w* (?:my|our|me|us)\b|\bradio silence\b|\bghost\w*\b",
    ),
    # "I emailed you yesterday!", "we've called you three times": the contact itself is the
    # complaint, so nothing (no file, no brief) follows before the clause ends.
    _shape(
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
        r"\bfinally\b" + _GAP + r"\b(?:respond|reply|replie|answer|get back|got back|hear from|"
        r"heard from)\w*",
    ),
    _shape(
        "antwort|rückmeld|reaktion|meldest|melden|meldet|ignorier|funkstille|reagier",
        r"\b(?:keine|null|nie eine|noch keine) (?:antwort|rückmeldung|reaktion)\b",
        r"\b(?:antwortest|antworten sie|antwortet|meldest|melden sie sich|meldet|reagierst|"
        r"reagieren sie|reagiert)\b(?:\s+\w+){0,3}\s+(?:nicht|nie|einfach nicht|gar nicht)\b",
        r"\b(?:du|sie|ihr)\s+(?:antwortest|antworten|antwortet|meldest dich|melden sich|"
        r"meldet euch|reagierst|reagieren|reagiert)\b(?:\s+\w+){0,3}\s+(?:nicht|nie)\b",
        r"\bignorier\w*|\bfunkstille\b",
    ),
    # „Ich habe Ihnen gestern geschrieben!“, „ich hab dich dreimal angerufen“, „endlich meldest
    # du dich“: the clause ends with the contact, nothing (no file, no brief) follows it.
    _shape(
        "geschrieben|gemailt|geschickt|angerufen|erreich|endlich",
        r"\b(?:ich|wir) (?:habe|hab|haben|hatte|hatten) (?:dir|ihnen|euch) (?:\w+ ){0,4}?"
        r"(?:geschrieben|gemailt|eine (?:e-?mail|mail|nachricht) geschickt)\s*(?=[.!?)]|$)",
        r"\b(?:ich|wir) (?:habe|hab|haben|hatte|hatten) (?:dich|sie|euch) (?:\w+ ){0,4}?"
        r"angerufen\b",
        r"\b(?:habe|hab|haben) (?:dich|sie|euch) (?:\w+ ){0,3}?(?:nicht|nie) erreicht\b|"
        r"\b(?:versucht|probiert),? (?:dich|sie|euch) (?:\w+ )?zu erreichen\b",
        r"\bendlich (?:meldest du dich|melden sie sich|meldet ihr euch|antwortest|antworten sie|"
        r"eine antwort)\b|\b(?:meldest du dich|melden sie sich|antwortest du|antworten sie) "
        r"(?:auch )?(?:mal )?endlich\b",
    ),
)

# boundary_overstep: the unanswered message was about an emergency („Notfall“, "the site is
# down", "I have an emergency and you've been AWOL"): the answer comes within the hour, not
# "later today".
_NO_REPLY_EMERGENCY = _requiring(_EMERGENCY_WORDS, _NO_REPLY)

# The work has arrived, late: "received it (late!)", "finally got the files", „kam zu spät an“.
# The reply is sorry it came later than planned and names no new date.
_ARRIVED_LATE = (
    _shape(
        "late|finally",
        r"(?<!n't )(?<!not )(?<!never )\b(?:received|got|arrived|came|reached (?:me|us))\b"
        r"(?! nothing| anything)" + _GAP + r"\b(?:late|later than)\b",
        r"\bfinally (?:got|received|arrived|came|here|reached)\b"
        r"|\b(?:it|they|the \w+) (?:has |have )?finally (?:arrived|came|come|got here)\b",
    ),
    _shape(
        "spät|endlich",
        r"\b(?:kam|kamen|ist|sind|war|waren)\b" + _GAP + r"\b(?:zu |sehr |viel zu )?spät "
        r"(?:bei (?:mir|uns) )?(?:an(?:gekommen)?|eingetroffen|angeliefert|geliefert)\b",
        r"\b(?:habe|haben|hab) (?:\w+ ){0,3}endlich (?:bekommen|erhalten)\b"
        r"|\bendlich (?:angekommen|eingetroffen|da)\b",
    ),
)

# The late work arrived and the client also asks something about it ("Received it (late!). Why
# is it …?"): the reply answers that question today instead of asking what is missing.
_ARRIVED_LATE_QUESTION = _requiring(r"\?", _ARRIVED_LATE)

# The client says by when they now need it: "I want this done by the end of the week", „ich
# brauche es bis Freitag“. The date after "by"/„bis“ is a new one, not the missed deadline, so the
# draft may say it checks whether it can have everything with the client by then.
_NEW_DATE = (
    _shape(
        "need|want|must|has to|have to|got to",
        r"\b(?:i|we) (?:\w+ )?(?:need|want|must have|have to have|got to have)\b"
        r"(?: (?:it|this|that|them|these|everything|all|the \w+))?(?: (?:done|finished|ready|"
        r"delivered|back))? (?:by|until|before|no later than)\b"
        r"|\b(?:it|this|that|everything) (?:must|has to|needs to) be (?:done|finished|ready|"
        r"delivered|here) (?:by|before|no later than)\b",
    ),
    _shape(
        "brauch|bräuch|benötig|muss|müss",
        r"\b(?:ich|wir) (?:brauche|brauchen|bräuchte|bräuchten|benötige|benötigen)\b"
        r"(?: (?:\w+ ){0,3}?)?(?:bis|spätestens)\b"
        r"|\b(?:es|das|alles|sie|er) (?:muss|müssen|müsste|müssten) (?:\w+ ){0,3}?"
        r"(?:bis|spätestens)\b[^.!?\n]{0,40}\b(?:fertig|da|bei (?:mir|uns)|geliefert|vorliegen)\b",
    ),
)

# The client asks how far the work is, without saying it is late: answered with the status and
# when it will be done, not with an apology for a delay. A message that also says it is late
# ("immer noch", "still waiting", "overdue") keeps the default kind.
_NOT_LATE = (
    r"^(?![\s\S]*(?:immer noch|noch immer|\bseit\b|wochen|verspät|verzöger|überfällig|versprochen|"
    r"sollte doch|eigentlich schon|längst|endlich|\bwarte|\bstill\b|\blate\b|overdue|delay|weeks|"
    r"days ago|promised|supposed to|deadline|already|\bages\b|forever|what'?s taking|waiting))"
    r"[\s\S]*?"
)
_STATUS = (
    _shape(
        "stand|update|fertig|wie weit|wie sieht|wie siehts|neuigkeit|läuft|wann|schon",
        _NOT_LATE + r"\b(?:stand der dinge|aktuellen stand|zwischenstand|"
        r"wie ist (?:\w+ ){0,2}stand|update|schon fertig|bald fertig|fertig\?|wie weit|"
        r"wie sieht(?:'?s| es) aus|"
        r"neuigkeiten|wie läuft(?:'?s| es)|wann\b[^.!?\n]{0,40}\bfertig|schon (?:etwas|was) "
        r"(?:zu )?sehen)",
    ),
    _shape(
        "update|status|progress|done|ready|finished|how far|how's it|how is it|where are we|news|"
        "eta|when will|anything|something",
        _NOT_LATE + r"\b(?:any update|an update|the update|status|progress|done yet|ready yet|"
        r"finished yet|done\?|how far along|how's it going|how is it going|where are we|"
        r"any news|eta|when will (?:it|this|that|the \w+) be (?:done|ready|finished)|"
        r"(?:anything|something) (?:to see|i can see|we can see))\b",
    ),
)

# Any other question: the reply says when it will be answered.
_QUESTION = (_shape("?", r"\?"),)

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
_NEW_BRIEF = (
    _shape(
        "möchte|brauche|suche|hätte|wollen|will |plane|neue|anfrage|briefing|freien lauf|kreativ",
        r"\b(?:wir|ich) (?:möchten|möchte|brauchen|brauche|suchen|suche|hätten gern|hätte gern|"
        r"wollen|will|planen|plane)\b[^.!?\n]{0,30}\b(?:etwas|was|neue\w*"
        r"|eine?n? (?:\w+ )?" + _DELIVERABLES_DE + r")\b",
        r"\bneue[nrs]? (?:website|webseite|homepage|logo|projekt|auftritt|kampagne|shop|buch)\b"
        r"|\banfrage\b|\bbriefing\b|\bfreien lauf\b|\bseien sie kreativ\b|\bsei kreativ\b",
    ),
    _shape(
        "like|want|need|looking|new |best|creative|free rein|surprise",
        r"\b(?:we|i)(?:'d like| would like| want| need| are looking for| am looking for|"
        r"'m looking for|'re looking for) (?:\w+ )?(?:something|someone|(?:a|an|some) (?:new\b|"
        r"(?:(?!\w+er )[\w-]+ ){0,2}" + _DELIVERABLES_EN + r"\b))",
        r"\bnew (?:website|site|logo|brand|project|book|campaign|shop|store)\b"
        r"|\bdo (?:whatever|what) you think (?:is )?best\b|\bbe creative\b|\bfree rein\b"
        r"|\bsurprise (?:me|us)\b",
    ),
)


# --- kinds several situations share ---------------------------------------------------------------

# The client has already said no: "hat sich erledigt", "dann eben nicht", "never mind".
_DECLINED = (
    _shape(
        "erledigt|dann eben nicht|dann nicht|machen wir|machen das|lassen wir das|vergessen sie|"
        "vergiss es",
        r"\bhat sich (?:das|der fall|die sache|es) (?:\w+ ){0,3}erledigt\b|\bdann (?:eben )?nicht\b"
        r"|\bmachen (?:wir|das) (?:\w+ )?(?:selbst|selber|intern)\b|\blassen wir das\b"
        r"|\bvergessen sie(?:'s| es)\b|\bvergiss es\b",
    ),
    _shape(
        "never mind|nevermind|forget it|elsewhere|ourselves|myself|go with|another",
        r"\bnever ?mind\b|\bforget (?:it|about it)\b|\b(?:we'll|we will|i'll|i will) (?:\w+ )?"
        r"(?:go|look) elsewhere\b|\b(?:do|handle) it (?:ourselves|myself|in-house)\b"
        r"|\b(?:decided|going) to go with (?:another|someone else|a different)\b",
    ),
)

# --- harsh_tone ----------------------------------------------------------------------------------

# A threat of violence („ich weiß, wo Sie wohnen“, "I'll hurt you", a bomb): no longer a client
# conversation. The reminder tells the user to keep the message, end contact and get help; the
# draft only ends the conversation.
_VIOLENT_THREAT = (
    _shape(
        "bring|umbring|abstech|erschieß|abknall|bombe|spreng|luft jagen|wo du wohn|wo sie wohn|"
        "antun|aufs maul|schlag",
        r"\bbring\w* (?:ich |wir )?(?:dich|sie|euch) um\b|\bumbringen\b|\babstechen\b|\berschieß\w*"
        r"|\babknall\w*|\bbombe\b|\b(?:spreng|jag)\w* (?:\w+ ){0,3}(?:in die luft|weg)\b"
        r"|\bin die luft (?:jagen|sprengen)\b|\bwo (?:du|sie) wohn\w*"
        r"|\b(?:dir|ihnen|euch) (?:\w+ )?(?:was|etwas) antun\b|\baufs maul\b"
        r"|\bschlag\w* (?:dich|sie|euch) (?:tot|zusammen|krankenhausreif)\b",
    ),
    _shape(
        "kill|hurt|shoot|beat you|bomb|where you live|blow",
        r"\b(?:kill|hurt|shoot|stab) (?:you|u)\b|\bbeat (?:you|u) up\b|\bbomb threat\b"
        r"|\bplant\w* a bomb\b|\b(?:a|the) bomb (?:in|at|under|on)\b"
        r"|\bknow where (?:you|u) live\b|\bblow (?:you|your \w+|the place) up\b",
    ),
)

# A lawyer, a court, legal steps.
_LEGAL_THREAT = (
    _shape(
        "anwalt|anwält|rechtlich|gericht|klage|verklag|abmahn",
        r"\banw(?:a|ä)lt\w*|\brechtliche\w* (?:schritte|konsequenzen)\b|\bgericht\w*|\bklage\w*"
        r"|\bverklag\w*|\babmahn\w*",
    ),
    _shape(
        "lawyer|attorney|legal|court|sue|lawsuit|solicitor",
        r"\blawyers?\b|\battorneys?\b|\blegal (?:action|steps|proceedings)\b|\bcourt\b"
        r"|\bsu(?:e|ing)\b|\blawsuit\b|\bsolicitors?\b",
    ),
)

# The client breaks off the conversation ("will nicht mehr mit Ihnen reden", "lassen Sie mich in
# Ruhe", "I don't want to talk to you", "don't contact me again"): a short, calm acknowledgement
# and the door left open. No call, no "I'll look into it", nothing promised.
_NO_CONTACT = (
    _shape(
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
    _shape(
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

# The client says the work was made with AI ("KI-generiert", "ChatGPT", "AI detector says 80%"):
# the draft neither concedes nor fixes anything; detection tools misjudge human writing, so it
# offers to look at the text and the drafts together.
_AI_SUSPICION = (
    _shape(
        "ki|künstliche|chatgpt|chat gpt|gpt|detektor|erkennungs",
        r"\bki\b(?:-?\w+)?|\bkünstliche\w* intelligenz\b|\bchat ?gpt\b|\bgpt\b|\bki-?detektor\w*"
        r"|\b(?:ki-?)?erkennungs(?:software|tool|programm)\w*",
    ),
    _shape(
        "ai|a.i.|artificial|chatgpt|chat gpt|gpt|detector|detection|checker",
        r"\b(?:ai|a\.i\.)(?:-generated|-written)?\b|\bartificial intelligence\b|\bchat ?gpt\b"
        r"|\bgpt\b|\bdetectors?\b|\bdetection (?:software|tool|service)s?\b"
        r"|\bchecker\b[^.!?\n]{0,40}\d+ ?%",
    ),
)

# The client has decided or insists ("mir egal", „das will ich so“, „ich kenne meine Kunden“, "I
# don't care", "I know my market", "I don't want a …", "that's how I want it"): the decision is
# theirs; the draft accepts it and goes ahead, it does not defer it to a later answer.
_INSISTS = (
    _shape(
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
    _shape(
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

# Insults at the person with no concrete complaint ("Stümper", "unfähig", "you idiot"): the draft
# asks for a respectful exchange and for the concrete point, if there is one. A message that also
# wants something, or names a thing to fix, keeps another kind.
_NO_DEMAND = (
    r"^(?![\s\S]*\b(?:want|need|refund|back|fix\w*|broken|wrong|missing|work(?:s|ing)?|invoice|"
    r"deadline|file|site|website|logo|text|design|zurück|will|wollen|möchte\w*|brauch\w*|fehlt|"
    r"falsch|kaputt|funktioniert|geht nicht|angebot|rechnung|termin|datei|seite|entwurf|bitte|"
    r"please)\b)[\s\S]*?"
)
_INSULT = (
    _shape(
        "idiot|stümper|unfähig|inkompetent|amateur|dilettant|versager|betrüger|abzocker|lügner|"
        "trottel|depp|arschloch|witzfigur|nichtsnutz|pfuscher|sind sie|bist du|seid ihr",
        _NO_DEMAND + r"(?:\b(?:voll)?idiot\w*|\bstümper\w*|\bunfähig\w*|\binkompetent\w*"
        r"|\bamateur\w*|\bdilettant\w*|\bversager\w*|\bbetrüger\w*|\babzocker\w*|\blügner\w*"
        r"|\btrottel\w*|\bdepp\w*|\barschloch\b|\bwitzfigur\w*|\bnichtsnutz\w*|\bpfuscher\w*"
        r"|\b(?:sind sie|bist du|seid ihr) (?:\w+ ){0,2}(?:bescheuert|blöd|dumm|irre|verrückt)\b)",
    ),
    _shape(
        "idiot|moron|incompetent|clueless|asshole|arsehole|jerk|loser|cheat|scam|fraud|liar|"
        "amateur|useless|stupid|dumb|pathetic|joke|f*|f#|f%|f@|f$|f!|f-",
        _NO_DEMAND + r"(?:\bidiots?\b|\bmorons?\b|\bincompetent\b|\bclueless\b|\bassholes?\b"
        r"|\bf[*#%@$!-]{2,}\w*"
        r"|\barseholes?\b|\bjerks?\b|\blosers?\b|\bcheats?\b|\bscam(?:mer)?s?\b|\bfrauds?\b"
        r"|\bliars?\b|\byou(?:'re| are|r)? (?:\w+ ){0,3}(?:amateur\w*|useless|stupid|dumb|pathetic"
        r"|a joke)\b)",
    ),
)

# The client wants the freelancer to act, not to be asked ("mach das einfach", "Sie sind doch der
# Profi", "just fix it", "you're supposed to be the expert", "what's so difficult"): the draft
# takes it on and says when the client hears back; it does not ask what is wrong.
_DEMANDS_ACTION = (
    _shape(
        "mach|profi|expert|fachmann|fachfrau|fachleute|kümmer|in ordnung|ausrede|schwer|job|"
        "reparier|beheb|korrigier|erledig|woher",
        r"\bmach(?:en sie|t)? (?:das|es|den \w+|die \w+) (?:\w+ )?(?:einfach|endlich|jetzt|halt)\b"
        r"|\bmach(?:en sie|t)? (?:doch )?(?:einfach|endlich) (?:\w+ )?(?:ihren|deinen|euren) job\b",
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
    _shape(
        "fix|expert|profession|pro|difficult|hard|complicated|sort|excuse|just|job|get it done|"
        "know|figure out|work out",
        r"\bfix (?:it|this|that|the \w+)\b",
        r"\b(?:you'?re|you are|aren'?t you) (?:supposed to be |meant to be )?(?:the |an? )?"
        r"(?:\w+ )?(?:expert|professional|pro)\b",
        r"\bwhat'?s so (?:difficult|hard|complicated)\b|\bhow (?:hard|difficult) can it be\b",
        r"\bsort (?:it|this|that) out\b|\bexcuses\b|\bjust (?:do|make|get) (?:it|this|that)\b"
        r"|\b(?:can'?t|cannot|why can'?t) you just\b|\bget it done\b|\bdo your job\b",
        r"\bhow (?:do you expect me|am i supposed|should i|would i) (?:to )?know\b"
        r"|\b(?:figure|work) out what\b",
    ),
)

# A bare jab or sarcasm that names nothing ("Kennen Sie das Programm überhaupt?", "what great
# customer service"), in a short message: the one case where the draft asks where it went wrong.
# By default (the message names a concrete point) it says the point is looked into.
_SHORT = r"^(?=[\s\S]{0,160}$)[\s\S]*?"
_JAB = (
    _shape(
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
    _shape(
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

# --- payment_issue -------------------------------------------------------------------------------

# A free sample, a test piece, a pitch before any paid work.
_FREE_SAMPLE = (
    _shape(
        "probe|test|pitch|vorab kostenlos",
        r"\bprobe(?:text|shooting|aufgabe|arbeit|artikel|übersetzung|seite|entwurf)\w*"
        r"|\btest(?:aufgabe|text|artikel|übersetzung)\w*|\bpitch\w*|\bvorab kostenlos\b",
    ),
    _shape(
        "sample|test|trial|pitch|spec work|on spec",
        r"\b(?:free |unpaid )?sample (?:edit|piece|article|text|chapter|design|page|shoot|"
        r"translation)s?\b|\bfree sample\b|\b(?:test|trial) (?:piece|article|task|project|"
        r"assignment)\b|\bpitch\w*|\bspec work\b|\bon spec\b",
    ),
)

# --- revision_loop -------------------------------------------------------------------------------

# The client keeps it as it is: no further round.
_ACCEPTS = (
    _shape(
        "lassen|passt so|so lassen|bleibt so",
        r"\blassen (?:wir|es|das) (?:\w+ )?so\b|\bpasst so\b|\bso lassen\b|\bbleibt so\b",
    ),
    _shape(
        "leave it|keep it|as it is|as is",
        r"\b(?:leave|keep) it (?:\w+ )?(?:as it is|as is|like (?:this|that))\b"
        r"|\b(?:leave|keep) it\b[^.!?\n]{0,30}\b(?:used to|fine|like it)\b",
    ),
)

# The client wants to start again ("von vorne", "komplett neu machen", "start over", "from
# scratch", "a completely different direction"): a restart is a new round with its own quote.
_RESTART = (
    _shape(
        "von vorn|neu|andere|zurück auf",
        r"\bvon vorne?\b|\bneustart\b|\bneuanfang\b|\bneu (?:anfangen|beginnen|starten|aufsetzen)\b"
        r"|\b(?:komplett|ganz|völlig|noch ?mal) (?:\w+ )?neu(?:[.!?,\n]|$| (?:machen|gestalten"
        r"|entwerfen|denken|aufsetzen)\b)",
        r"\b(?:ganz|völlig|komplett) andere\w* (?:richtung|idee|ansatz|konzept)\b"
        r"|\bzurück auf (?:los|anfang)\b",
    ),
    _shape(
        "start|scratch|different|new direction|new approach|drawing board|scrap",
        r"\bstart (?:\w+ )?(?:over|again|afresh|from scratch)\b|\bfrom scratch\b"
        r"|\bstart(?:ing)? fresh\b|\bback to (?:the )?drawing board\b",
        r"\b(?:completely|totally|entirely) (?:different|new) (?:\w+ )?"
        r"(?:direction|approach|concept|idea)\b"
        r"|\bscrap (?:it|this|that|everything|the whole \w+)\b",
    ),
)

# A price question inside an open request („Was würde das kosten?“, "how much would that be?"):
# the price depends on the scope, so the reply asks for what it should do and by when, and
# promises a quote – not "what should the result achieve?".
_PRICE_QUESTION = (
    _shape(
        "kost|teuer|preis|verlang",
        r"\bwas (?:kostet|würde|wird|verlangen|verlangst|nehmen|nimmst)\b[^.!?\n]{0,40}\?"
        r"|\bwas (?:kostet|würde|wird)\b[^.!?\n]{0,40}\bkosten\b|\bwie teuer\b"
        r"|\bwie viel (?:\w+ ){0,3}kost\w*|\b(?:ihr|dein|der) preis\b[^.!?\n]{0,30}\?"
        r"|\bmit welche[nm] kosten\b",
    ),
    _shape(
        "cost|how much|price|charge|quote",
        r"\bhow much (?:would|will|does|do|is|are)\b|\bwhat (?:would|does|will) (?:it|this|that)"
        r" (?:\w+ )?cost\b|\bwhat(?:'s| is| would be) (?:the|your) (?:price|rate|fee)\b"
        r"|\bwhat do you charge\b|\b(?:get|give me) a (?:quote|price)\b",
    ),
)

# The client wants an earlier version back („doch wieder die erste Version“, „wie vorher“, "go
# back to the original", "the first draft was better"): that version is sent again, small tweaks
# on top if wanted. No new round, no quote.
_REVERT = (
    _shape(
        "erste|ursprünglich|original|vorher|alte|zurück",
        r"\b(?:doch )?(?:wieder )?(?:die|den|das|zur|zum|zu der) (?:erste\w*|ursprünglich\w*|"
        r"original\w*|alte\w*|vorherige\w*) (?:version|fassung|entwurf|variante|idee|design)\b"
        r"(?![^.!?\n]{0,30}\b(?:neu|ändern|anders)\b)",
        r"\b(?:wieder )?(?:so )?wie (?:vorher|davor|am anfang|zuerst)\b"
        r"|\bzurück (?:zur|zum|zu der) (?:ersten|alten|ursprünglichen|vorherigen)\b",
        r"\b(?:erste|ursprüngliche|alte) (?:version|fassung|entwurf|variante) "
        r"(?:\w+ ){0,3}(?:war|gefiel|fand\w*) (?:\w+ ){0,3}besser\b",
    ),
    _shape(
        "back to|original|first|earlier|previous|old|as it was",
        r"\b(?:go|going|switch|revert|change it|get) back to (?:the |your |my )?(?:original|first|"
        r"earlier|previous|old|initial)\b|\brevert\w*\b",
        r"\b(?:the )?(?:original|first|earlier|previous|old|initial) (?:version|draft|design|"
        r"concept|one|idea) (?:\w+ ){0,2}(?:was|looked|is) (?:\w+ )?better\b|\bas it was\b",
    ),
)

# The client sends the change itself ("anbei die neue Version", "im Anhang", "here is the new
# text", "I've attached", "let's go with this one"): thanks, it is worked in, the updated version
# follows. No talk of rounds.
_SENDS_CHANGE = (
    _shape(
        "anbei|anhang|angehängt|hier ist|hier sind|hier die|hier der|hier das|schicke ihnen|"
        "schick dir|schicke dir|nehmen wir|nehmen sie|nimm",
        r"\banbei\b|\bim anhang\b|\bangehängt\b",
        r"\bhier (?:ist |sind )?(?:die|der|das) (?:neue|aktuelle|überarbeitete|finale|korrigierte)"
        r"\w*\b|\b(?:ich )?schick(?:e)? (?:ihnen|dir) (?:\w+ )?(?:die|den|das) (?:neue|aktuelle|"
        r"überarbeitete|finale|korrigierte)\w*\b",
        r"\b(?:nehmen wir|nehmen sie|nimm) (?:bitte )?(?:die|den|das|diese[nrs]?) (?:\w+ )?"
        r"(?:hier|version|variante|entwurf|text|datei|vorlage)\b",
    ),
    _shape(
        "attach|here is|here's|here are|go with|enclosed",
        r"\battach(?:ed|ing)?\b|\benclosed\b",
        r"\bhere(?:'s| is| are) (?:the|my|our) (?:new|updated|revised|final|corrected|amended)\b",
        r"\b(?:we|i)(?:'d| would)? (?:like to |want to |will |'ll )?go with (?:this|that|the|"
        r"these|option|version)\b|\blet'?s go with\b",
    ),
)

# The feedback is still being collected ("wir lassen das durch die Abteilungen gehen", "intern
# abstimmen", "we'll circulate it internally", "run it by the board"): fine – the client
# gathers it, and everything is worked in in one round.
_PENDING_REVIEW = (
    _shape(
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
    _shape(
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
_REPEATED = (
    _shape(
        "wieder|erneut|noch eine|noch ne|noch 'ne|weitere runde|weiteren runde|dritte|vierte|"
        "fünfte",
        r"\bschon wieder\b|\bwieder (?:\w+ )?(?:änderung|anmerkung|korrektur|feedback|was|etwas)"
        r"\w*|\berneut\b",
        r"\bnoch (?:eine|ne|'ne) (?:\w+ )?(?:runde|korrekturrunde|änderungsrunde|schleife|"
        r"korrektur|änderung)\b|\bweitere\w* (?:\w+ )?(?:runde|korrekturrunde|änderungsrunde)\b"
        r"|\b(?:dritte|vierte|fünfte)\w* (?:runde|korrektur\w*|version|entwurf)\b",
    ),
    _shape(
        "again|another|one more|yet more|third|fourth|fifth|more changes|more revisions",
        r"\bagain\b|\banother (?:\w+ )?(?:round|set|revision|pass|change|version|tweak)\w*\b"
        r"|\bone more (?:\w+ )?(?:round|revision|change|tweak|time|pass|thing)\b|\byet more\b"
        r"|\b(?:third|fourth|fifth) (?:round|revision|version|draft|time)\b"
        r"|\bmore (?:changes|revisions|tweaks)\b",
    ),
)

# Disapproval of a revision that names no point ("the one I want is not there", "I'm not sure I
# can approve this", „so kann ich das nicht freigeben“; with the quality shapes: "boring",
# "I don't like it"): the draft asks which points matter most, before any talk of rounds.
_NO_POINT = (
    _shape(
        "there|approve|none of",
        r"\b(?:the one|what) (?:i|we) (?:want|wanted|like|had in mind|was looking for) "
        r"(?:is|isn'?t) (?:not )?(?:there|in there|among them|here)\b"
        r"|\b(?:can'?t|cannot|can not|not sure (?:i|we) can|unable to) (?:\w+ )?approve\b"
        r"|\bnone of (?:them|these|those|the)(?: \w+)? (?:is|are|works?|fits?|feels?)\b",
    ),
    _shape(
        "freigeben|freigabe|keine davon|keiner davon|nicht dabei",
        r"\b(?:kann|können|könnte|möchte) (?:ich|wir) (?:\w+ ){0,3}(?:so )?nicht freigeben\b"
        r"|\bkeine freigabe\b|\bkeine?r? davon\b"
        r"|\b(?:das|der|die),? (?:was|den|die|das) (?:ich|wir) (?:\w+ ){0,2}(?:will|wollen|möchte|"
        r"suche|suchen)\w*,? (?:ist|war) (?:\w+ )?nicht dabei\b",
    ),
)

# --- unclear_request -----------------------------------------------------------------------------

# A concrete change: "can we make it red", "mach das Logo größer", "increase the contrast".
# A change that contradicts itself ("größer, aber nicht größer") stays an unclear instruction.
_NO_BUT = (
    r"^(?![\s\S]*\b(?:aber (?:nicht|trotzdem|gleichzeitig|ohne)|but (?:not|keep|still|without|"
    r"leave)|while keeping)\b)[\s\S]*?"
)
_CHANGE_WORDS_DE = (
    r"(?:größer|kleiner|heller|dunkler|breiter|schmaler|höher|tiefer|bunter|ruhiger|mehr|weniger|"
    r"anders|rot|blau|grün|gelb|schwarz|weiß)"
)
# A tentative change, asked or suggested: "can we make it red", "couldn't we move it", „mach
# das Logo größer“, „kann man das nicht etwas kleiner machen?“. The draft tries it out and keeps
# the current version to switch back to.
_TENTATIVE_CHANGE = (
    _shape(
        "kann|können|könnten|kannst|könntest|mach",
        _NO_BUT
        + r"\b(?:kann|können|könnten|kannst|könntest) (?:wir|sie|du|man) (?:\w+ ){0,5}"
        + _CHANGE_WORDS_DE
        + r"\b",
        _NO_BUT + r"\bmach(?:en sie|t)? (?:\w+ ){0,3}" + _CHANGE_WORDS_DE + r"\b",
    ),
    _shape(
        "can|could|make|increase|decrease|move",
        _NO_BUT + r"\b(?:can|could)(?:n?'t|not| not)? (?:we|you) (?:\w+ ){0,2}(?:make|change|move|"
        r"increase|decrease|reduce|swap|turn|center|centre)\b",
        _NO_BUT + r"\bmake (?:it|this|that|the \w+) (?:more|less|bigger|smaller|brighter|darker|"
        r"wider|narrower|red|blue|green|white|black)\b",
    ),
)
# A firm change: what to do instead after a "no" ("No, that won't do. Order equal amounts!",
# „Nein, so nicht. Nehmen Sie das blaue!“), or a spec with a number ("I want a 5% keyword
# density", „wir brauchen eine 3-seitige …“, "it needs to be 30 seconds"). Nothing to try out or
# switch back to: the draft says it will be done that way.
_FIRM_CHANGE = (
    _shape(
        "no|nein|nee",
        r"\bno\b[^?\n]{0,80}?[.!]\s*(?:just |please |instead,? )?(?:order|make|use|put|change|move|"
        r"add|remove|replace|swap|delete|take out|switch|keep|cut|leave out)\b",
        r"\b(?:nein|nee)\b[^?\n]{0,80}?[.!]\s*(?:bitte |einfach |lieber )?"
        r"(?:(?:nehmen|machen|setzen|ändern|bestellen|tauschen|verschieben|löschen|entfernen|"
        r"streichen|lassen) sie"
        r"|nimm|mach|setz|änder|bestell|tausch|verschieb|lösch|entfern|streich|lass)\b",
    ),
    _shape(
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
_CONCRETE_CHANGE = _FIRM_CHANGE + _TENTATIVE_CHANGE

# The client asks for something again: "what's the website again?", "remind me", „schicken Sie
# mir den Link nochmal?“. The draft sends it again today; nothing to look into.
_REPEAT_INFO = (
    _shape(
        "again|remind|resend",
        r"\bagain\s*\?|\bremind (?:me|us)\b|\bresend\b"
        r"|\bwhat (?:was|were|is|'s|are) [^.!?\n]{0,40}\bagain\b"
        r"|\b(?:send|forward|share|give) (?:me|us) (?:\w+ ){0,3}again\b",
    ),
    _shape(
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


def _format_request(formats: str) -> tuple[_Shape, ...]:
    """The shapes of a request for a file in one of `formats` (a regex group)."""
    return (
        _shape(
            "als |format|in ",
            r"\bals (?:eine?r? |einem )?" + formats + r"(?:-?(?:datei|dokument|format|version))?\b"
            r"|\b" + formats + r"-?format\b",
            r"\b(?:brauche|brauchen|bräuchte|bräuchten|hätte gern|hätten gern|möchte|möchten|bitte|"
            r"können sie|könnten sie|kannst du|könntest du|schicken sie|schick)\b[^.!?\n]{0,40}"
            r"\bin (?:eine?r? |einem )?" + formats + r"\b",
        ),
        _shape(
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


_FILE_FORMAT = _format_request(_FORMATS)
# A standard export, PDF or Word: nothing to check; the draft sends it in that format today.
_PDF_EXPORT = _format_request(r"(?:pdf)")
_WORD_EXPORT = _format_request(r"(?:(?:ms-? ?)?word|docx?)")

# The client wants ideas: "cook something up", "can we add something", "mach mal was Schönes".
_WANTS_IDEAS = (
    _shape(
        "ideen|idee|was schönes|was kreatives|etwas schönes|etwas kreatives|was einfallen",
        r"\bideen\b|\b(?:eine|ein paar) idee\b|\b(?:was|etwas) (?:schönes|kreatives|"
        r"nettes|hübsches)\b|\bwas einfallen\b",
    ),
    _shape(
        "cook|come up|ideas|something",
        r"\bcook (?:something|anything) up\b|\bcome up with\b|\b(?:some|any|your) ideas\b"
        r"|\b(?:add|put|do) something\b|\bsomething (?:we|you) (?:can|could) (?:add|do|put)\b",
    ),
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
_QUESTION_ASKED = (
    _shape(
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
    _shape(
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
_QUICK_QUESTION = (
    _shape(
        "quick|why|kurze frage|schnelle frage|warum|wieso|weshalb",
        _NOT_PRICE_OR_JAB + r"(?:^\s*(?:ok(?:ay)?,? |so,? )?(?:quick|a quick one)\b[^\n]{0,150}\?"
        r"|\bquick question\b|\bkurze frage\b|\bschnelle frage\b"
        r"|(?:^|[.!?\n]\s*)(?:and |but |und |aber )?"
        r"(?:why|warum|wieso|weshalb)(?: not| nicht)?\s*\?)",
    ),
)

# --- neutral (more) ------------------------------------------------------------------------------

# A small task: "please enter this number", "bitte tragen Sie … ein", "we need X sent".
_TASK = (
    _shape(
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
    _shape(
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
_GO_AHEAD = (
    _shape(
        "los|machen wir|fangen|fang |anfangen|starten|beginnen|grünes licht|grünen licht",
        r"\b(?:legen sie|leg|legt) (?:\w+ ){0,2}los\b|\bloslegen\b" + _NOT_ASKED,
        r"\bmachen wir (?:es |das )?so\b|\b(?:fangen sie|fang|fangt) (?:\w+ ){0,2}an\b"
        r"|\bgrüne[ns]? licht\b",
        r"\b(?:sie können|du kannst|ihr könnt) (?:\w+ ){0,2}(?:anfangen|starten|beginnen)\b"
        + _NOT_ASKED,
    ),
    _shape(
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
_APOLOGY = (
    _shape(
        "leid|entschuldig|fehler|verzeih",
        r"\b(?:tut|tat) (?:mir|uns) (?:\w+ )?leid\b(?!,? (?:aber|doch)\b)",
        r"\bentschuldig(?:en sie|e|t) (?:bitte )?(?:die|dass|meine|unsere|mich|uns)\b"
        r"|\bentschuldigung für\b|\b(?:muss|möchte|will) (?:mich|uns) (?:\w+ )?entschuldigen\b",
        r"\b(?:mein|unser) fehler\b|\bverzeih(?:en sie|ung)\b",
    ),
    _shape(
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
_VIEW = (
    _shape(
        "meinen sie|denken sie|halten sie|empfehlen sie|meinst du|denkst du|hältst du|"
        "empfiehlst du|warum|wieso|meinung|einschätzung|siehst du|sehen sie",
        r"\bwas (?:meinen|denken|halten|empfehlen) sie\b|\bwas (?:meinst|denkst|hältst|empfiehlst)"
        r" du\b|\bwie (?:sehen sie|siehst du) das\b",
        r"\b(?:warum|wieso) (?:gefällt|gefallen|findest|finden|würden|würdest|empfehlen|"
        r"empfiehlst|bevorzug)\w*\b",
        r"\b(?:ihre|deine|eure) (?:meinung|einschätzung|empfehlung)\b" + _GAP + r"\?",
    ),
    _shape(
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
_REQUEST = (
    _shape(
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
    _shape(
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
_APOLOGY_DELAY = (
    _shape(
        "leid|entschuldig|verzeih",
        r"(?:" + _SORRY_OPENS + r")[^\n]{0,120}?\b(?:warte\w*|noch nicht|erst (?:morgen|später|"
        r"nächste\w*|am|ende)|verspät\w*|verzöger\w*|später)\b",
        r"\b(?:entschuldig\w*|sorry) (?:für|wegen) (?:die|den|meine|unsere) "
        r"(?:verspätung|verzögerung|späte\w*)\b",
    ),
    _shape(
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
_PROBLEM = (
    _shape(
        "funktioniert|geht|läuft|klappt|lädt|öffne|kaputt|fehler|falsch|zu spät|zu langsam|"
        "langsam|inperformant|warte|helfen|zu helfen",
        _NOT_SORRY + r"(?:\b(?:funktioniert|geht|läuft|klappt|lädt|öffnet)\b (?:\w+ ){0,4}"
        r"(?:nicht|kaum|nur langsam)\b|\bkaputt\w*|(?<!mein )(?<!unser )\bfehler(?:meldung)?\b"
        r"|\bfalsch\w*|\bzu (?:spät|langsam)\b|\binperformant\b"
        r"|\b(?:warte|warten) (?:\w+ )?(?:noch|immer noch|seit)\b)",
        _HELP_ASKED_DE,
    ),
    _shape(
        "broken|error|wrong|too late|too slow|slow|not work|not load|not open|n't work|n't load|"
        "n't open|cannot|can't|waiting|help|%|detector|checker",
        _NOT_SORRY + r"(?:\bbroken\b|\berrors?\b|(?<!my )(?<!our )\bwrong\b|\btoo (?:late|slow)\b"
        r"|\bnot (?:working|loading|opening)\b|\b(?:doesn't|does not|isn't|is not|won't|will not"
        r"|can't|cannot|hasn't|has not) (?:\w+ )?(?:work|load|open)\w*\b"
        r"|\b(?:can't|cannot) (?:get in|log ?in|access|reach|see|find|download)\b"
        r"|\b(?:still|been) waiting\b)",
        _HELP_ASKED_EN,
        # a detector's verdict: "the checker says 100 % AI"
        r"\b\d{1,3} ?%" + _GAP + r"\b(?:ai|ki|chatgpt|plagiar\w*|plagiat\w*|probability|"
        r"wahrscheinlich\w*|match\w*|generated|generiert)\b|\b(?:ai|ki|plagiarism|plagiats?)[ -]?"
        r"(?:detector|checker|check|prüfung)\b|\b(?:detector|checker)\b" + _GAP + r"\b\d{1,3} ?%",
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
_HELP_ASKED_BARE = (
    _shape(
        "helfen",
        _GREETING_OPENS + r"(?:(?:kannst|könntest) du|(?:können|könnten) sie|könnt ihr)"
        r"(?: (?:mir|uns|da|dabei|mal|bitte|vielleicht|eventuell|kurz|noch|bei (?:etwas|was)))*"
        r" (?:helfen|weiterhelfen)\W*$",
        _GREETING_OPENS + r"(?:ist|wäre) (?:mir|uns) (?:(?:noch|denn|überhaupt) )*zu helfen\W*$",
    ),
    _shape(
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
    r"(?:\bbei (?:mir|uns)\b|\b(?:mein|meine|unser|unsere)\b)" + _GAP + r"\b(?:geht|funktioniert"
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
_ALTERNATIVE = (
    _shape(
        "auch|stattdessen|alternativ|lieber|wenn",
        rf"^(?=[\s\S]*?(?:{_OWN_MISHAP}))[\s\S]*?(?:\b(?:kann|könnte|darf|dürfte) (?:ich|wir) "
        r"(?:\w+ ){0,5}(?:auch|stattdessen|alternativ|lieber)\b[^.!?\n]{0,60}\?"
        r"|\b(?:ist|wäre) es (?:auch )?(?:ok|okay|in ordnung|recht),? wenn (?:ich|wir)\b)",
    ),
    _shape(
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
_GUARDED_INSULT = (
    *_INSULT,
    # rude without calling names: "frech", "lächerlich", "rude", "ridiculous"
    _shape(
        "frech|unverschämt|dreist|lächerlich|engstirnig|arrogan|dumm|unprofession|rude|cheeky|"
        "ridiculous|useless|stupid|pathetic|childish",
        r"\bfrech\w*|\bunverschämt\w*|\bdreist\w*|\blächerlich\w*|\bengstirnig\w*|\barrogan\w*"
        r"|\bdumm\w*|\bunprofessionell\w*|\brude\b|\bcheeky\b|\bridiculous\b|\buseless\b"
        r"|\bstupid\b|\bpathetic\b|\bchildish\b|\bunprofessional\b",
    ),
)
_GUARDED = (
    _shape(
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
_QUESTION_MARKED_URGENT = (
    _shape(
        "?",
        r"^(?=[\s\S]*\?)[\s\S]*?\b(?:dringend\w*|sofort|eilig\w*|eilt|schnellstmöglich|"
        r"so schnell wie möglich|umgehend|urgent\w*|asap|as soon as possible|right away|"
        r"immediately|emergency)\b",
    ),
)

# An expectation ("wenn wir schon zahlen, soll es richtig sein", "das muss perfekt passen", "we
# expect top quality"): not a piece of news to note – "that is my standard too".
_EXPECTATION = (
    _shape(
        "soll|muss|erwart|anspruch",
        r"\b(?:(?:soll|sollte|muss|müsste) (?:es|das|alles)|(?:es|das|alles) (?:soll|muss)) "
        r"(?:(?!nicht\b|noch\b)\w+ ){0,3}(?:richtig|perfekt|passen|sitzen|stimmen|top|"
        r"erstklassig|professionell)\b" + _NOT_ASKED,
        r"\b(?:wir|ich) erwarte\w* (?:\w+ ){0,4}(?:qualität|professionell\w*|perfekt\w*|"
        r"sorgfalt|das beste|erstklassig\w*|hochwertig\w*|niveau)\b|\b(?:hohe\w*|unser\w*) "
        r"(?:ansprüche|anspruch)\b",
    ),
    _shape(
        "expect|has to be|have to be|needs to be|must be|standard",
        r"\b(?:we|i) expect (?:\w+ ){0,4}(?:quality|professional\w*|perfect\w*|the best|"
        r"top|excellen\w*|high\w*|standard)\b",
        r"\b(?:it|this|everything|the \w+) (?:has to|have to|needs to|must) be (?:\w+ )?(?:perfect|"
        r"right|spot on|flawless|top|professional)\b" + _NOT_ASKED + r"|\bhigh standards?\b",
    ),
)

# The client will send something and asks to have its arrival confirmed ("can you acknowledge it
# when it arrives?", "sag mir kurz, ob es angekommen ist"): "I'll confirm as soon as it arrives".
_CONFIRM_RECEIPT = (
    _shape(
        "ankommt|ankommen|da ist|da sind|eingeht|eingehen",
        r"\b(?:bestätig|bescheid|meld)\w*\b" + _GAP + r"\b(?:wenn|sobald) (?:es|sie|alles|die \w+|"
        r"das \w+|der \w+) (?:\w+ )?(?:ankommt|ankommen|da ist|da sind|eingeht|eingehen)\b",
    ),
    _shape(
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
_EVENT_BOOKING = (
    _shape(
        "hochzeit|heirat|feier|fest|event|veranstaltung|party|geburtstag|taufe|konzert|auftritt|"
        "messe|gala|jubiläum",
        _EVENTS_DE + r"[^\n]{0,150}?" + _BOOK_DE,
        _BOOK_DE + r"[^\n]{0,150}?" + _EVENTS_DE,
    ),
    _shape(
        "wedding|party|parties|birthday|event|gig|concert|ceremony|reception|gala|conference|"
        "christening|anniversary",
        _EVENTS_EN + r"[^\n]{0,150}?" + _BOOK_EN,
        _BOOK_EN + r"[^\n]{0,150}?" + _EVENTS_EN,
    ),
)

# A gift in the freelancer's name (a donation, a tree): thanked as a gesture, not as feedback.
_GIFT = (
    _shape(
        "spende|gespendet|geschenk",
        r"\b(?:spende\w*|gespendet|geschenk)\b" + _GAP + r"\bin (?:ihrem|deinem) namen\b"
        r"|\bin (?:ihrem|deinem) namen\b" + _GAP + r"\b(?:spende\w*|gespendet)\b",
    ),
    _shape(
        "gift|donat",
        r"\b(?:gift|donation|donated)\b" + _GAP + r"\bin your (?:name|honou?r)\b"
        r"|\bin your (?:name|honou?r)\b" + _GAP + r"\b(?:gift|donation|donated)\b",
    ),
)

# --- termination ---------------------------------------------------------------------------------

# A lost bid: the client chose someone else, with no sign of work that was running ("so far",
# "the rest", "bisher", "Rechnung"): a gracious goodbye, nothing about stopping or invoicing.
_NO_RUNNING_WORK = (
    r"^(?![\s\S]*(?:\bso far\b|\bthe rest\b|\bremaining\b|\bfinish|\bfrom now on\b|\bstop\b"
    r"|\binvoice|\bwhat you(?:'ve| have) done\b|\bbisher\w*|\bden rest\b|\brestlich\w*"
    r"|\bab sofort\b|\bab jetzt\b|\brechnung|\bfertigstell\w*|\bweiterführ\w*))[\s\S]*?"
)
_LOST_BID = (
    _shape(
        "entschieden|vergeben",
        _NO_RUNNING_WORK + r"\bfür (?:eine?n? )?(?:jemand|andere|anderen|einen anderen|eine andere"
        r"|ein anderes)\w*\b(?: \w+){0,2} entschieden\b",
        _NO_RUNNING_WORK + r"\b(?:anderweitig|an jemand anderen|an eine andere \w+|an einen "
        r"anderen \w+|an ein anderes \w+) vergeben\b",
    ),
    _shape(
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
_OFFENDED = (
    _shape(
        "beleidig|gekränkt|unverschämt|frechheit|respektlos|unhöflich|herablassend|verletzt",
        r"\b(?:beleidigt|beleidigend|gekränkt|unverschämt\w*|frechheit|respektlos\w*|"
        r"unhöflich\w*|herablassend\w*|verletzt)\b",
    ),
    _shape(
        "insult|offend|rude|disrespect|condescend|patroniz|patronis",
        r"\b(?:insult\w*|offend\w*|offensive|rude|rudely|disrespect\w*|condescending|"
        r"patroni[sz]ing)\b",
    ),
)

# The client stops new work but keeps the door open ("we may still call on you for existing
# clients", "vielleicht kommen wir später wieder auf Sie zu"): thanks, glad to help when they
# need it – no talk of invoicing what is done.
_KEEPS_DOOR_OPEN = (
    _shape(
        "zurück|melden|brauchen|kommen|komme|anfragen|buchen|beauftragen",
        r"\b(?:vielleicht|eventuell|gelegentlich|ab und zu|bei bedarf|weiterhin|trotzdem|später|"
        r"in zukunft|künftig)\b" + _GAP + r"\b(?:(?:kommen|komme) (?:wir|ich) (?:\w+ ){0,3}(?:auf "
        r"(?:sie|dich|euch) )?(?:zurück|zu)|melden (?:wir|ich) (?:uns|mich)|brauchen (?:wir|ich) "
        r"(?:sie|dich|euch)|(?:auf (?:sie|dich|euch)) (?:\w+ )?zurück(?:kommen|greifen)"
        r"|(?:sie|dich|euch) (?:\w+ ){0,2}(?:anfragen|buchen|beauftragen))\b",
    ),
    _shape(
        "call on|reach out|come back|get back|contact|need you|use you|work with you|"
        "from time to time|now and then|occasionally",
        r"\b(?:may|might|could|will|would|'ll)(?: still| occasionally| sometimes| also)? "
        r"(?:call on|reach out to|come back to|get back to|contact|need|use|work with) you\b"
        r"(?! (?:about|regarding) (?:the|your) (?:invoice|bill|payment)\b)",
        r"\b(?:from time to time|now and then|occasionally)\b" + _GAP + r"\byou\b",
    ),
)

# --- the table -----------------------------------------------------------------------------------

# The kinds of each situation, in the order they are tried; the first that matches wins.
_RECOGNISERS: Mapping[Situation, _Recogniser] = {
    Situation.BOUNDARY_OVERSTEP: _Recogniser(
        (
            ("personal_errands", _PERSONAL_ERRANDS),
            ("absence", _ABSENCE),
            ("exclusivity", _EXCLUSIVITY),
            ("off_hours", _OFF_HOURS),
            ("no_reply_emergency", _NO_REPLY_EMERGENCY),
            ("no_reply", _NO_REPLY),
            ("watch", _WATCH),
            ("status", _CHASING),
            ("instant_demand", _INSTANT_DEMAND),
        )
    ),
    Situation.PAYMENT_ISSUE: _Recogniser(
        (
            ("ai_suspicion", _AI_SUSPICION),
            ("declined", _DECLINED),
            ("free_sample", _FREE_SAMPLE),
            ("contingent", _CONTINGENT),
            ("expenses", _EXPENSES),
            ("exposure", _EXPOSURE),
            ("unpaid_work", _UNPAID_WORK),
            ("refund", _REFUND),
            ("deduction", _DEDUCTION),
            ("on_completion", _ON_COMPLETION),
            ("cash_flow", _CASH_FLOW),
            ("declined", _CANT_AFFORD),
            ("refusal", _REFUSAL),
            ("disputed_item", _DISPUTED_ITEM),
            ("no_contract", _NO_CONTRACT),
            ("bank_check", _BANK_CHECK),
            ("awaits_work", _AWAITS_WORK),
            ("already_paid", _ALREADY_PAID),
            ("promised", _PROMISED),
            ("excuse", _EXCUSE),
            ("invoice_request", _INVOICE_REQUEST),
        )
    ),
    Situation.PRICE_PUSHBACK: _Recogniser(
        (
            ("declined", _DECLINED),
            ("rate_increase", _RATE_INCREASE),
            ("volume", _VOLUME),
            ("low_budget", _LOW_BUDGET),
            ("discount", _DISCOUNT),
            ("value_doubt", _VALUE_DOUBT),
            ("before_quote", _BEFORE_QUOTE),
            ("looks_easy", _LOOKS_EASY),
        )
    ),
    Situation.URGENT_PRESSURE: _Recogniser(
        (
            ("emergency", _EMERGENCY),
            ("deadline_earlier", _DEADLINE_EARLIER),
            ("weekend", _WEEKEND),
            ("after_hours", _AFTER_HOURS),
            ("relaxed", _RELAXED),
            ("deadline", _DEADLINE),
            ("question", _URGENT_QUESTION),
        )
    ),
    Situation.SCOPE_CREEP: _Recogniser((("announced", _ANNOUNCED),)),
    Situation.QUALITY_CRITICISM: _Recogniser(
        (
            ("ai_suspicion", _AI_SUSPICION),
            ("process", _PROCESS),
            ("vague", _VAGUE),
            ("open_direction", _OPEN_DIRECTION),
            ("direction", _DIRECTION),
        )
    ),
    Situation.DELAY_COMPLAINT: _Recogniser(
        (
            ("no_reply", _NO_REPLY),
            ("arrived_late_question", _ARRIVED_LATE_QUESTION),
            ("arrived_late", _ARRIVED_LATE),
            ("new_date", _NEW_DATE),
            ("status", _STATUS),
        )
    ),
    Situation.UNCLEAR_REQUEST: _Recogniser(
        (
            ("new_brief", _NEW_BRIEF),
            ("pdf_export", _PDF_EXPORT),
            ("word_export", _WORD_EXPORT),
            ("file_format", _FILE_FORMAT),
            ("wants_ideas", _WANTS_IDEAS),
            ("firm_change", _FIRM_CHANGE),
            ("concrete_change", _TENTATIVE_CHANGE),
            ("price_question", _PRICE_QUESTION),
            ("repeat_info", _REPEAT_INFO),
            ("quick_question", _QUICK_QUESTION),
            ("question", _QUESTION_ASKED),
        )
    ),
    Situation.HARSH_TONE: _Recogniser(
        (
            ("violent_threat", _VIOLENT_THREAT),
            ("legal_threat", _LEGAL_THREAT),
            ("no_contact", _NO_CONTACT),
            ("ai_suspicion", _AI_SUSPICION),
            ("insult", _INSULT),
            ("demands_action", _DEMANDS_ACTION),
            ("insists", _INSISTS),
            ("jab", _JAB),
        )
    ),
    Situation.REVISION_LOOP: _Recogniser(
        (
            ("accepts", _ACCEPTS),
            ("revert", _REVERT),
            ("restart", _RESTART),
            ("sends_change", _SENDS_CHANGE),
            ("pending_review", _PENDING_REVIEW),
            ("repeated", _REPEATED),
            ("concrete_change", _CONCRETE_CHANGE),
            ("vague", _VAGUE + _NO_POINT),
        )
    ),
    Situation.NEUTRAL: _Recogniser(
        (
            ("invoice_request", _INVOICE_REQUEST),
            ("awaits_work", _AWAITS_WORK),
            ("already_paid", _ALREADY_PAID),
            ("rate_increase", _RATE_INCREASE),
            ("file_request", _FILE_REQUEST),
            ("proposes_time", _PROPOSES_TIME),
            ("scheduling", _SCHEDULING),
            ("event_booking", _EVENT_BOOKING),
            ("enquiry", _ENQUIRY),
            ("task", _TASK),
            ("go_ahead", _GO_AHEAD),
            ("confirm_receipt", _CONFIRM_RECEIPT),
            ("client_follows_up", _CLIENT_FOLLOWS_UP),
            ("status", _STATUS),
            ("view", _VIEW),
            ("gift", _GIFT),
            ("expectation", _EXPECTATION),
            ("thanks", _THANKS),
            ("help_request", _HELP_ASKED_BARE),
            ("alternative", _ALTERNATIVE),
            ("problem", _PROBLEM),
            ("information", _INFORMATION),
            ("urgent_question", _QUESTION_MARKED_URGENT),
            ("question", _QUESTION),
            ("apology_delay", _APOLOGY_DELAY),
            ("apology", _APOLOGY),
            ("request", _REQUEST),
            ("guarded_insult", _GUARDED_INSULT),
            ("guarded", _GUARDED),
        )
    ),
    Situation.TERMINATION: _Recogniser(
        (
            ("offended", _OFFENDED),
            ("lost_bid", _LOST_BID),
            ("keeps_door_open", _KEEPS_DOOR_OPEN),
        )
    ),
}

# The kind a situation's normal phrases are written for (a message that matches no other kind).
DEFAULT_KINDS: Mapping[Situation, str] = {
    Situation.BOUNDARY_OVERSTEP: "availability",
    Situation.PAYMENT_ISSUE: "overdue",
    Situation.PRICE_PUSHBACK: "quote",
    Situation.URGENT_PRESSURE: "today",
    Situation.SCOPE_CREEP: "extra_work",
    Situation.QUALITY_CRITICISM: "specific",
    Situation.DELAY_COMPLAINT: "late_delivery",
    Situation.UNCLEAR_REQUEST: "instruction",
    Situation.HARSH_TONE: "heated",
    Situation.REVISION_LOOP: "more_rounds",
    Situation.NEUTRAL: "general",
    Situation.TERMINATION: "ends",
}

# The kinds a playbook may have a `[kind.…]` section for, per situation.
KINDS: Mapping[Situation, tuple[str, ...]] = {
    situation: recogniser.kinds for situation, recogniser in _RECOGNISERS.items()
}


def incident_kind(situation: Situation, folded_text: str) -> str | None:
    """The incident kind of a message of `situation`, or None for the default kind.

    `folded_text` is the message as `normalize.fold` returns it.
    """
    return _RECOGNISERS[situation].kind(folded_text)
