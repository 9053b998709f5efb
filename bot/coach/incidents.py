"""Incident kinds: what exactly happened inside a situation, so the draft answers the right thing.

A situation says what kind of hard moment a message is ("boundary overstep"); a kind says which
incident of it ("the client objects to my vacation"). The playbooks may override any stage per
kind (`[kind.absence.de.sie.neutral]` in `prompts/playbooks/boundary_overstep.toml`); a message
without a kind gets the situation's normal phrases, which are written for its default kind.

| situation         | default kind | other kinds, in the order they are tried                      |
|-------------------|--------------|---------------------------------------------------------------|
| boundary_overstep | availability | personal_errands, absence, exclusivity, off_hours             |
| payment_issue     | overdue      | declined, free_sample, contingent, unpaid_work, refund,       |
|                   |              | deduction, refusal, disputed_item, already_paid,              |
|                   |              | invoice_request                                               |
| price_pushback    | quote        | declined, rate_increase, low_budget, discount, before_quote   |
| urgent_pressure   | today        | deadline_earlier, weekend, after_hours                        |
| quality_criticism | specific     | vague                                                         |
| delay_complaint   | late_delivery| no_reply, status                                              |
| unclear_request   | instruction  | new_brief, wants_ideas, concrete_change                       |
| harsh_tone        | heated       | legal_threat                                                  |
| revision_loop     | more_rounds  | accepts                                                       |
| neutral           | general      | invoice_request, already_paid, rate_increase, file_request,   |
|                   |              | scheduling, enquiry, task, client_follows_up, status, thanks, |
|                   |              | information, question                                         |

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
        self.kinds = tuple(name for name, _ in kinds)
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
        r"|\breferenz\w*|\bfollower\w*|\binsta(?:gram)?\b"
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
        "zieh|abzug|kuerz|minderung|einbehalt",
        r"\babzieh\w*|\bzieh\w*" + _GAP + r"\bab\b|\babzug\w*|\b(?:ge)?kuerz\w*|\bminderung\w*"
        r"|\beinbehalt\w*",
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
        r"\b(?:nicht|nie) (?:so )?(?:vereinbart|abgemacht|besprochen)\b" + _GAP
        + r"\brechnung|\brechnung\b" + _GAP
        + r"\bnicht (?:so )?(?:vereinbart|abgemacht|besprochen)",
    ),
    _shape(
        "item|line|hours|charged|charge for|agreed|billed|quoted|settled|problem|issue",
        r"\b(?:line ?items?|items?|lines?|hours)\b" + _GAP + r"\b(?:invoice|bill|charged|billed|"
        r"wrong|agreed|why)\b",
        r"\b(?:why|how come)\b" + _GAP + r"\b(?:charg\w*|bill\w*|invoic\w*)",
        r"\b(?:charged|billed|invoiced) (?:me |us )?(?:for|extra)\b" + _GAP
        + r"\b(?:not|never|wasn'?t|didn'?t)\b",
        r"\b(?:never|not|wasn'?t|weren'?t) (?:\w+ )?agreed\b" + _GAP
        + r"\b(?:invoice|bill|charg)",
        # a figure agreed or quoted, and the invoice says another
        r"\b(?:agreed|quoted|settled) (?:on |to |upon )?(?:[$€£]\s?)?\d"
        r"|\b(?:problem|issue) with (?:this|the|your|that) (?:invoice|bill)\b",
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
        r"\b(?:schick|send|stell|mail|brauch|bekomm|benötig|hätte|könnt|kannst)\w*\b" + _GAP
        + r"\brechnung\b",
        r"\brechnung\b" + _GAP + r"\b(?:schicken|senden|zuschicken|zusenden|ausstellen|"
        r"bekommen|brauchen|benötigen)\b",
    ),
    _shape(
        "invoice",
        r"\b(?:send|email|e-mail|mail|need|get|have|issue|forward|resend)\w*\b" + _GAP
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
        r"\b(?:reichweite|sichtbarkeit|portfolio|referenz|werbung)\b" + _GAP
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
        _NOT_THE_CLIENTS_OWN + r"\b(?:schick|send|mail|zukommen lassen|hochlad|teil)\w*\b"
        + r"(?! (?:ich|wir|dir|ihnen|euch)\b)" + _GAP
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
        r"\b(?:angebot|kostenvoranschlag)\b" + _GAP + r"\?|\b(?:dich|sie) (?:\w+ )?buchen\b",
        r"\b(?:ein|einen|ihr|dein) (?:angebot|kostenvoranschlag)\b" + _GAP
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
        r"\b(?:hop|jump) on a\b|\b(?:when|are you free|do you have time)\b" + _GAP
        + r"\b(?:call|meet\w*|zoom|chat|talk)\b",
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
    ),
)

# Thanks and praise. A "Thanks, Priya" / "Danke, Kevin" that only signs off a request (the last
# words of a one-line paste) is no thanks for anything.
_NOT_A_SIGN_OFF = r"(?!,?\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[.!]?\s*$)"
_THANKS = (
    _shape(
        "danke|dank|toll|super|klasse|perfekt|gefällt|gefallen|schön|wunderbar|begeistert|"
        "gelungen|großartig|prima|zufrieden|vertrauen",
        rf"\bdanke\w*{_NOT_A_SIGN_OFF}|\bvielen dank\b|\bherzlichen dank\b"
        r"|\b(?:toll|super|klasse|perfekt|"
        r"wunderbar|großartig|prima|gelungen)\b|\bgefällt\b|\bgefallen\b|\bbegeistert\b"
        r"|\bzufrieden\b|\bvertrauen\b",
    ),
    _shape(
        "thank|thanks|great|love|perfect|awesome|amazing|wonderful|fantastic|nice|appreciat|"
        "brilliant|happy with|impressed|excellent|beautiful",
        rf"\bthanks?\b{_NOT_A_SIGN_OFF}|\bthank you\b|\b(?:great|perfect|awesome|amazing|"
        r"wonderful|fantastic|"
        r"nice|brilliant|excellent|beautiful)\b|(?<!would )(?<!'d )\blove (?:it|the|this|how)\b"
        r"|(?<!would )(?<!'d )\bappreciat\w*"
        r"|\bhappy with\b|\bimpressed\b",
    ),
)

# The client sends information or material: here is, attached, FYI.
_INFORMATION = (
    _shape(
        "anbei|anhang|angehängt|hier ist|hier sind|hier die|hier das|zur info|zur kenntnis|"
        "schicke|sende|geschickt|gesendet",
        r"\banbei\b|\bim anhang\b|\bangehängt\b|\bhier (?:ist|sind|die|das|der)\b"
        r"|\bzur (?:info|kenntnis)\b|\b(?:ich|wir) (?:schicke|sende)\w*\b|\bgeschickt\b"
        r"|\bgesendet\b",
    ),
    _shape(
        "attach|here is|here's|here are|fyi|for your info|just so you know|heads up|sent you|"
        "sending you",
        r"\battach\w*|\bhere(?:'s| is| are)\b|\bfyi\b|\bfor your info\w*|\bjust so you know\b"
        r"|\bheads[ -]up\b|\b(?:sent|sending) you\b",
    ),
)

# --- quality_criticism ---------------------------------------------------------------------------

# Dissatisfaction that names nothing: "gefällt mir nicht", "it just doesn't feel right". Most real
# complaints name what is wrong (the default kind), so only these get a question back.
_VAGUE = (
    _shape(
        "gefällt|gefallen|zufrieden|überzeugt|vorgestellt|erwartet|erhofft|langweilig|irgendwie|"
        "passt|stimmig|rund|trifft|fehlt|enttäusch|schrecklich|furchtbar",
        r"\bgefällt (?:\w+ ){0,3}(?:nicht|gar nicht|überhaupt nicht)\b"
        r"|\bnicht (?:so )?gefallen\b|\bnicht (?:\w+ )?zufrieden\b|\bzufrieden (?:\w+ ){0,2}nicht\b"
        r"|\bunzufrieden\b"
        r"|\büberzeugt (?:\w+ ){0,2}(?:noch )?nicht\b"
        r"|\b(?:so )?(?:habe|haben|hatte|hatten) (?:ich|wir) (?:mir|uns) das (?:\w+ )?nicht "
        r"vorgestellt\b|\bnicht (?:das|so),? was (?:ich|wir) (?:mir|uns) (?:\w+ )?"
        r"(?:vorgestellt|gewünscht|erhofft)|\b(?:mehr|anders) (?:erwartet|erhofft|vorgestellt)\b"
        r"|\blangweilig\w*|\birgendwie\b|\bnicht (?:ganz )?(?:stimmig|rund)\b"
        r"|\bpasst (?:\w+ ){0,2}(?:noch )?nicht\b|\btrifft (?:es|das) (?:\w+ )?nicht\b"
        r"|\bfehlt (?:\w+ ){0,3}(?:pep|gewisse|etwas|was|wow|seele|funke|besondere|schwung|"
        r"leben|gefühl|wirkung|stimmung)\b|\benttäusch\w*|\bschrecklich\b|\bfurchtbar\b",
    ),
    _shape(
        "like|happy|satisf|convinc|thrill|expect|imagin|mind|envision|feel|right|missing|off|"
        "boring|bland|meh|underwhelm|work for|there|wow|pop|disappoint|terrible|awful",
        r"\b(?:don'?t|do not|doesn'?t|does not|didn'?t|did not) (?:\w+ )?(?:like|love)\b"
        r"|\bnot (?:\w+ )?(?:happy|satisfied|convinced|thrilled)\b|\bunhappy\b"
        r"|\bnot what (?:i|we) (?:\w+ )?(?:expected|imagined|had in mind|envisioned|wanted|"
        r"pictured)\b|\b(?:doesn'?t|does not|don'?t|do not) (?:\w+ )?(?:feel|look|seem|sound) "
        r"(?:\w+ )?(?:right|like)\b|\b(?:doesn'?t|does not|isn'?t|is not) (?:\w+ )?working for "
        r"(?:me|us)\b|\b(?:doesn'?t|does not) work for (?:me|us)\b"
        r"|\bsomething(?:'s| is)? (?:\w+ )?(?:missing|off)\b|\bmissing something\b"
        r"|\bboring\b|\bbland\b|\bmeh\b|\bunderwhelm\w*|\bnot quite (?:right|there)\b"
        r"|\b(?:doesn'?t|does not) (?:\w+ )?(?:pop|wow)\b|\bnot feeling it\b"
        r"|\bdisappoint\w*|\bterrible\b|\bawful\b",
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
    _shape(
        "antwort|rückmeld|reaktion|meldest|melden|meldet|ignorier|funkstille|reagier",
        r"\b(?:keine|null|nie eine|noch keine) (?:antwort|rückmeldung|reaktion)\b",
        r"\b(?:antwortest|antworten sie|antwortet|meldest|melden sie sich|meldet|reagierst|"
        r"reagieren sie|reagiert)\b(?:\s+\w+){0,3}\s+(?:nicht|nie|einfach nicht|gar nicht)\b",
        r"\b(?:du|sie|ihr)\s+(?:antwortest|antworten|antwortet|meldest dich|melden sich|"
        r"meldet euch|reagierst|reagieren|reagiert)\b(?:\s+\w+){0,3}\s+(?:nicht|nie)\b",
        r"\bignorier\w*|\bfunkstille\b",
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

# A new project whose brief is still open: "wir möchten eine neue Website", "we want something like
# that". The default kind is an unclear instruction inside a running project.
_NEW_BRIEF = (
    _shape(
        "möchte|brauche|suche|hätte|wollen|will |plane|neue|anfrage|briefing|freien lauf|kreativ",
        r"\b(?:wir|ich) (?:möchten|möchte|brauchen|brauche|suchen|suche|hätten gern|hätte gern|"
        r"wollen|will|planen|plane)\b[^.!?\n]{0,30}\b(?:eine?n?|etwas|was|neue\w*)\b",
        r"\bneue[nrs]? (?:website|webseite|homepage|logo|projekt|auftritt|kampagne|shop|buch)\b"
        r"|\banfrage\b|\bbriefing\b|\bfreien lauf\b|\bseien sie kreativ\b|\bsei kreativ\b",
    ),
    _shape(
        "like|want|need|looking|new |best|creative|free rein|surprise",
        r"\b(?:we|i)(?:'d like| would like| want| need| are looking for| am looking for|"
        r"'m looking for|'re looking for) (?:\w+ )?(?:a|an|some|something|someone)\b",
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
_CONCRETE_CHANGE = (
    _shape(
        "können|könnten|kannst|könntest|mach",
        _NO_BUT + r"\b(?:können|könnten|kannst|könntest) (?:wir|sie|du|man) (?:\w+ ){0,4}"
        + _CHANGE_WORDS_DE + r"\b",
        _NO_BUT + r"\bmach(?:en sie|t)? (?:\w+ ){0,3}" + _CHANGE_WORDS_DE + r"\b",
    ),
    _shape(
        "can|could|make|increase|decrease|move",
        _NO_BUT + r"\b(?:can|could) (?:we|you) (?:\w+ ){0,2}(?:make|change|move|increase|"
        r"decrease|reduce|swap|turn|center|centre)\b",
        _NO_BUT + r"\bmake (?:it|this|that|the \w+) (?:more|less|bigger|smaller|brighter|darker|"
        r"wider|narrower|red|blue|green|white|black)\b",
    ),
)

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

# --- neutral (more) ------------------------------------------------------------------------------

# A small task: "please enter this number", "bitte tragen Sie … ein", "we need X sent".
_TASK = (
    _shape(
        "bitte|tragen sie|fügen sie|pflegen sie|trag |füg |pfleg ",
        r"\bbitte (?:\w+ ){0,4}(?:eintragen|ergänzen|ändern|austauschen|aktualisieren|"
        r"hochladen|einfügen|löschen|entfernen|korrigieren|drucken|weiterleiten|einpflegen)\b"
        r"|\b(?:tragen|ändern|tauschen|laden|fügen|löschen|leiten) sie (?:\w+ ){0,4}bitte\b"
        r"|\b(?:tragen|fügen|pflegen) sie (?:bitte )?(?:\w+ ){1,6}ein\b"
        r"|\b(?:trag|füg|pfleg) (?:bitte )?(?:\w+ ){1,6}ein\b",
    ),
    _shape(
        "please|need|to be ",
        r"\bplease (?:enter|add|update|change|replace|upload|insert|delete|remove|print|forward|"
        r"put|post|publish)\b|\bwe need (?:a|an|the|this|these|some) (?:\w+ ){0,2}(?:made|sent|"
        r"done|printed|posted|updated|uploaded)\b|\bto be (?:made|sent|done|printed|posted|"
        r"updated|uploaded)\b",
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
        )
    ),
    Situation.PAYMENT_ISSUE: _Recogniser(
        (
            ("declined", _DECLINED),
            ("free_sample", _FREE_SAMPLE),
            ("contingent", _CONTINGENT),
            ("expenses", _EXPENSES),
            ("unpaid_work", _UNPAID_WORK),
            ("refund", _REFUND),
            ("deduction", _DEDUCTION),
            ("refusal", _REFUSAL),
            ("disputed_item", _DISPUTED_ITEM),
            ("no_contract", _NO_CONTRACT),
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
        )
    ),
    Situation.URGENT_PRESSURE: _Recogniser(
        (
            ("deadline_earlier", _DEADLINE_EARLIER),
            ("weekend", _WEEKEND),
            ("after_hours", _AFTER_HOURS),
        )
    ),
    Situation.QUALITY_CRITICISM: _Recogniser((("vague", _VAGUE),)),
    Situation.DELAY_COMPLAINT: _Recogniser((("no_reply", _NO_REPLY), ("status", _STATUS))),
    Situation.UNCLEAR_REQUEST: _Recogniser(
        (
            ("new_brief", _NEW_BRIEF),
            ("wants_ideas", _WANTS_IDEAS),
            ("concrete_change", _CONCRETE_CHANGE),
        )
    ),
    Situation.HARSH_TONE: _Recogniser((("legal_threat", _LEGAL_THREAT),)),
    Situation.REVISION_LOOP: _Recogniser((("accepts", _ACCEPTS),)),
    Situation.NEUTRAL: _Recogniser(
        (
            ("invoice_request", _INVOICE_REQUEST),
            ("already_paid", _ALREADY_PAID),
            ("rate_increase", _RATE_INCREASE),
            ("file_request", _FILE_REQUEST),
            ("scheduling", _SCHEDULING),
            ("enquiry", _ENQUIRY),
            ("task", _TASK),
            ("client_follows_up", _CLIENT_FOLLOWS_UP),
            ("status", _STATUS),
            ("thanks", _THANKS),
            ("information", _INFORMATION),
            ("question", _QUESTION),
        )
    ),
}

# The kind a situation's normal phrases are written for (a message that matches no other kind).
DEFAULT_KINDS: Mapping[Situation, str] = {
    Situation.BOUNDARY_OVERSTEP: "availability",
    Situation.PAYMENT_ISSUE: "overdue",
    Situation.PRICE_PUSHBACK: "quote",
    Situation.URGENT_PRESSURE: "today",
    Situation.QUALITY_CRITICISM: "specific",
    Situation.DELAY_COMPLAINT: "late_delivery",
    Situation.UNCLEAR_REQUEST: "instruction",
    Situation.HARSH_TONE: "heated",
    Situation.REVISION_LOOP: "more_rounds",
    Situation.NEUTRAL: "general",
}

# The kinds a playbook may have a `[kind.…]` section for, per situation.
KINDS: Mapping[Situation, tuple[str, ...]] = {
    situation: recogniser.kinds for situation, recogniser in _RECOGNISERS.items()
}


def incident_kind(situation: Situation, folded_text: str) -> str | None:
    """The incident kind of a message of `situation`, or None for the default kind.

    `folded_text` is the message as `normalize.fold` returns it.
    """
    recogniser = _RECOGNISERS.get(situation)
    return recogniser.kind(folded_text) if recogniser is not None else None
