"""Incident kinds: what exactly happened inside a situation, so the draft answers the right thing.

A situation says what kind of hard moment a message is ("boundary overstep"); a kind says which
incident of it ("the client objects to my vacation"). The playbooks may override any stage per
kind (`[kind.absence.de.sie.neutral]` in `prompts/playbooks/boundary_overstep.toml`); a message
without a kind gets the situation's normal phrases, which are written for its default kind.

| situation         | default kind  | other kinds, in the order they are tried                     |
|-------------------|---------------|--------------------------------------------------------------|
| boundary_overstep | availability  | personal_errands, staff, absence_past, absence, exclusivity, |
|                   |               | reachable, set_hours, weekend, worried, channel (asked with  |
|                   |               | an evening or weekend), off_hours, no_reply_emergency,       |
|                   |               | no_reply, channel, watch, status, instant_demand             |
| payment_issue     | overdue       | insolvency, ai_suspicion, declined, waiver, assumed_free,    |
|                   |               | free_sample,                                                 |
|                   |               | pay_when_paid, pay_later, contingent, expenses, exposure,    |
|                   |               | unpaid_work,                                                 |
|                   |               | unused, refund_results, refund, deduction, deduction (part   |
|                   |               | paid, called fair or given a grievance), instalment,         |
|                   |               | instalment_ask, partial_payment, split_invoice,              |
|                   |               | documented_terms, client_terms, disputed_item (a numbered    |
|                   |               | position), order_number_given, order_number,                 |
|                   |               | invoice_details, invoice_date, late_fee, on_completion,      |
|                   |               | deferral, payment_condition, internal_approval, cash_flow,   |
|                   |               | declined (can't afford,                                      |
|                   |               | nothing owed), disputed_item (a corrected invoice asked      |
|                   |               | for), refused_item, refusal, disputed_item, will_you_bill,   |
|                   |               | no_contract,                                                 |
|                   |               | bank_check, invoice_request (a resend), awaits_work,         |
|                   |               | already_paid, promised, excuse,                              |
|                   |               | invoice_request, payer_decides, contract_review,             |
|                   |               | no_money_owed                                                |
| price_pushback    | quote         | declined, instalment_ask, justification, breakdown, equity,  |
|                   |               | loyalty, rate_increase, rate_increase (a rise by its size or |
|                   |               | "more" from a month on),                                     |
|                   |               | delivered_discount, volume_discount, package, volume,        |
|                   |               | counter_offer, scope_proposed, budget_scope, competitor,     |
|                   |               | low_budget, exposure_discount, exposure,                     |
|                   |               | low_budget (no budget                                        |
|                   |               | at all), discount, value_doubt, before_quote, looks_easy,    |
|                   |               | rate_question                                                |
| urgent_pressure   | today         | no_reply_emergency, ultimatum, emergency, deadline_earlier,  |
|                   |               | weekend, overnight, after_hours, relaxed, date_check,        |
|                   |               | when_done, deadline, question                                |
| scope_creep       | extra_work    | new_order, announced, assumed_included, praise               |
| quality_criticism | specific      | ai_detector, machine_sounding, ai_style, ai_suspicion,       |
|                   |               | process, prefers_earlier, walkthrough, device_defect,        |
|                   |               | not_working,                                                 |
|                   |               | errors, vague, open_direction, direction, comparison         |
| delay_complaint   | late_delivery | live_change, no_word, no_reply, arrived_late_question,       |
|                   |               | arrived_late, need_to_know, due_soon, repeated, new_date,    |
|                   |               | missed_date, date_check, when_done, status, mild, status (no |
|                   |               | delay named)                                                 |
| unclear_request   | instruction   | unsure_need, attached, example, tension (with a reference),  |
|                   |               | same_but_different, reference, new_brief, tension,           |
|                   |               | calendar, organise, which_parts, pdf_export,                 |
|                   |               | word_export, file_format, wants_ideas, firm_change,          |
|                   |               | concrete_change, price_question, repeat_info, look_at,       |
|                   |               | quick_question, question                                     |
| harsh_tone        | heated        | violent_threat, legal_threat, no_contact, review_threat,     |
|                   |               | ai_detector, ai_suspicion, our_tone, named_practice,         |
|                   |               | restated, not_listened, not_in_quote, not_agreed,            |
|                   |               | quality_slipped, named_fault (a named task), wants_apology,  |
|                   |               | wants_takedown, unreachable,                                 |
|                   |               | wants_call, insult, demands_action, insists, slow_fix, jab,  |
|                   |               | today, named_fault                                           |
| revision_loop     | more_rounds   | accepts, revert, restart, sends_change, pending_review,      |
|                   |               | unfinished, another_pass, named_round, repeated,             |
|                   |               | concrete_change, vague, no_change, notes, apology            |
| termination       | unclear       | threat_vague, threat_deadline, threat, offended, lost_bid,   |
|                   |               | pause,                                                       |
|                   |               | asks_what_needed, notice_handover, stop_and_send,            |
|                   |               | handover_named, notice_warm, notice, keeps_door_open, ends,  |
|                   |               | complaint                                                    |
| neutral           | general       | invoice_details, details_tax, details_bank, invoice_request, |
|                   |               | awaits_work, paid_thanks, go_ahead (with a                   |
|                   |               | payment note), paid_question, already_paid, rate_increase,   |
|                   |               | received_check, choice (where to send), file_request,        |
|                   |               | capacity, enquiry_meet_time, time_offer, proposes_time,      |
|                   |               | postpone_unwell, postpone_reason, postpone,                  |
|                   |               | enquiry_meet, scheduling, call_request, event_booking,       |
|                   |               | new_work_offer, referral, enquiry, order_number, documents,  |
|                   |               | guarded_threat, guarded_insult (sarcasm), option_chosen,     |
|                   |               | choice, task,                                                |
|                   |               | approval, go_ahead, confirm_receipt, handed_over,            |
|                   |               | away_approvals, away_cover, client_away, noted_wishes,       |
|                   |               | sends_later, client_follows_up, status, view, gift,          |
|                   |               | expectation, farewell, wishes, confirms_time, thanks,        |
|                   |               | help_request,                                                |
|                   |               | alternative, problem, attachment_work, attachment_check,     |
|                   |               | information, urgent_question, thanks_question,               |
|                   |               | question_today, question, apology_delay, apology, request,   |
|                   |               | guarded_insult, guarded                                      |

A kind is recognised by a handful of general phrase shapes on the folded message text
(`normalize.fold`: lower case, "ü" → "ue", "ß" → "ss"), German and English. In the sources
below "ä", "ö", "ü" and "ß" match the folded spelling and the bare vowel ("läuft" matches
"laeuft" and "lauft"), so a client who types without umlauts is read the same.

Cost: only the primary situation is looked at, and each shape names a few stems (plain
substrings, one of which every match contains); its regular expression runs only when a stem
occurs. A typical message costs a few microseconds.

The package: `shape` holds the machinery (phrase shapes, the umlaut tables, the recogniser);
`money`, `timing`, `feedback` and `ordinary` hold the shapes of their situations, `common`
those that kinds of several of these families use; the table here puts them in order.

Pure and text-free: nothing here logs or keeps the client's words.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.coach.incidents.common import (
    AI_SUSPICION,
    ALREADY_PAID,
    AWAITS_WORK,
    INSULT,
    INVOICE_REQUEST,
    RATE_INCREASE,
    STATUS,
)
from bot.coach.incidents.feedback import (
    ACCEPTS,
    AI_DETECTOR,
    AI_NOT_STYLE,
    AI_STYLE,
    ANOTHER_PASS,
    ATTACHED,
    CALENDAR,
    COMPARISON,
    CONCRETE_CHANGE,
    DEMANDS_ACTION,
    DEVICE_DEFECT,
    DIRECTION,
    EARLIER_VERSION,
    ERRORS,
    EXAMPLE,
    FILE_FORMAT,
    FIRM_CHANGE,
    INSISTS,
    JAB,
    LEGAL_THREAT,
    LOOK_AT,
    MACHINE_SOUNDING,
    NAMED_FAULT,
    NAMED_PRACTICE,
    NAMED_ROUND,
    NAMED_TASK,
    NEW_BRIEF,
    NEW_BRIEF_WOULD,
    NO_CONTACT,
    NO_NICETIES,
    NO_POINT,
    NOT_AGREED,
    NOT_IN_QUOTE,
    NOT_LISTENED,
    NOT_WORKING,
    OPEN_DIRECTION,
    ORGANISE,
    OUR_TONE,
    PDF_EXPORT,
    PENDING_REVIEW,
    PREFERS_EARLIER,
    PRICE_QUESTION,
    PROCESS,
    QUALITY_SLIPPED,
    QUESTION_ASKED,
    QUICK_QUESTION,
    REFERENCE,
    REPEAT_INFO,
    REPEATED,
    RESTART,
    RESTATED,
    REVERT,
    REVIEW_THREAT,
    REVISION_NO_CHANGE,
    REVISION_NOTES,
    REVISION_SORRY,
    SAME_BUT_DIFFERENT,
    SENDS_CHANGE,
    SLOW_FIX,
    TENSION,
    TENSION_WITH_REFERENCE,
    TENTATIVE_CHANGE,
    TODAY,
    UNFINISHED,
    UNREACHABLE,
    UNSURE_NEED,
    VAGUE,
    VIOLENT_THREAT,
    WALKTHROUGH,
    WANTS_APOLOGY,
    WANTS_CALL,
    WANTS_IDEAS,
    WANTS_TAKEDOWN,
    WHICH_PARTS,
    WORD_EXPORT,
)
from bot.coach.incidents.money import (
    ASSUMED_FREE,
    BANK_CHECK,
    BEFORE_QUOTE,
    BREAKDOWN,
    BUDGET_WHOLE_SCOPE,
    CANT_AFFORD,
    CASH_FLOW,
    CLIENT_TERMS,
    COMPETITOR,
    CONTINGENT,
    CONTRACT_REVIEW,
    CORRECTION_ASKED,
    COUNTER_OFFER,
    DECLINED,
    DEDUCTION,
    DEDUCTION_JUSTIFIED,
    DEFERRAL,
    DELIVERED_DISCOUNT,
    DISCOUNT,
    DISCOUNT_MORE,
    DISPUTED_ITEM,
    DISPUTED_MORE,
    DISPUTED_NUMBERED,
    EQUITY,
    EXCUSE,
    EXPENSES,
    EXPOSURE,
    EXPOSURE_DISCOUNT,
    FREE_SAMPLE,
    INSOLVENCY,
    INSTALMENT,
    INSTALMENT_ASK,
    INTERNAL_APPROVAL,
    INVOICE_DATE,
    INVOICE_DETAILS,
    INVOICE_RESEND,
    JUSTIFICATION,
    LATE_FEE,
    LOOKS_EASY,
    LOW_BUDGET,
    LOW_BUDGET_MORE,
    LOYALTY,
    NO_BUDGET,
    NO_CONTRACT,
    NO_MONEY_OWED,
    ON_COMPLETION,
    ORDER_NUMBER_GIVEN,
    PACKAGE,
    PARTIAL_PAYMENT,
    PAY_LATER,
    PAY_WHEN_PAID,
    PAYER_DECIDES,
    PAYMENT_CONDITION,
    PAYMENT_GONE_OUT,
    PROMISED,
    RATE_QUESTION,
    RATE_RISE_MORE,
    REFUND,
    REFUND_RESULTS,
    REFUSAL,
    REFUSED_ITEM,
    SCOPE_PROPOSED,
    SPLIT_INVOICE,
    TERMS_FROM_DOCUMENTS,
    UNPAID_WORK,
    UNUSED,
    VALUE_DOUBT,
    VOLUME,
    VOLUME_DISCOUNT,
    VOLUME_MORE,
    WAIVER,
    WILL_YOU_BILL,
)
from bot.coach.incidents.ordinary import (
    ALTERNATIVE,
    APOLOGY,
    APOLOGY_DELAY,
    APPROVAL,
    ASKS_WHAT_NEEDED,
    ATTACHMENT_CHECK,
    ATTACHMENT_WORK,
    AWAY_APPROVALS,
    AWAY_COVER,
    CALL_REQUEST,
    CAPACITY,
    CHOICE,
    CLIENT_AWAY,
    CLIENT_FOLLOWS_UP,
    CLIENT_UPDATE,
    COMPLAINT_NO_ENDING,
    CONFIRM_RECEIPT,
    CONFIRMS_TIME,
    DETAILS_BANK,
    DETAILS_TAX,
    DOCUMENTS,
    ENDS,
    ENQUIRY,
    ENQUIRY_MEET,
    ENQUIRY_MEET_TIME,
    EVENT_BOOKING,
    EXPECTATION,
    FAREWELL,
    FILE_REQUEST,
    GIFT,
    GO_AHEAD,
    GO_AHEAD_PAID,
    GUARDED,
    GUARDED_INSULT,
    GUARDED_THREAT,
    HANDED_OVER,
    HANDOVER_NAMED,
    HANDOVER_NAMED_BARE,
    HELP_ASKED_BARE,
    INFORMATION,
    INVOICE_DETAILS_NAMED,
    INVOICE_REQUEST_NO_CHOICE,
    KEEPS_DOOR_OPEN,
    LOST_BID,
    NEW_ORDER,
    NEW_WORK_OFFER,
    NOTED_WISHES,
    NOTICE,
    NOTICE_HANDOVER,
    NOTICE_HANDOVER_BARE,
    NOTICE_WARM,
    OFFENDED,
    OPTION_CHOSEN,
    ORDER_NUMBER,
    PAID_QUESTION,
    PAID_THANKS,
    PAUSE,
    POSTPONE,
    POSTPONE_REASON,
    POSTPONE_UNWELL,
    PROBLEM,
    PROPOSES_TIME,
    QUESTION,
    QUESTION_MARKED_URGENT,
    QUESTION_TODAY,
    RECEIVED_CHECK,
    REFERRAL,
    REQUEST,
    SARCASM,
    SCHEDULING,
    SENDS_LATER,
    STOP_AND_SEND,
    TASK,
    THANKS,
    THANKS_QUESTION,
    THREAT,
    THREAT_DEADLINE,
    THREAT_VAGUE,
    TIME_OFFER,
    VIEW,
    WHERE_TO_SEND,
    WISHES,
)
from bot.coach.incidents.shape import Recogniser
from bot.coach.incidents.timing import (
    ABSENCE,
    ABSENCE_PAST,
    AFTER_HOURS,
    ANNOUNCED,
    ARRIVED_LATE,
    ARRIVED_LATE_QUESTION,
    ASSUMED_INCLUDED,
    BOUNDARY_NO_REPLY,
    CHANNEL,
    CHANNEL_ASKED,
    CHASING,
    DATE_CHECK,
    DEADLINE,
    DEADLINE_EARLIER,
    DUE_SOON,
    EMERGENCY,
    EXCLUSIVITY,
    INSTANT_DEMAND,
    LIVE_CHANGE,
    MILD,
    MISSED_DATE,
    NEED_TO_KNOW,
    NEW_DATE,
    NO_DELAY_NAMED,
    NO_REPLY,
    NO_REPLY_EMERGENCY,
    NO_WORD,
    OFF_HOURS,
    OVERNIGHT,
    PERSONAL_ERRANDS,
    PRAISE,
    REACHABLE,
    RELAXED,
    REPEATED_LATE,
    SET_HOURS,
    STAFF,
    ULTIMATUM,
    URGENT_QUESTION,
    WATCH,
    WEEKEND,
    WEEKEND_WORK,
    WHEN_DONE,
    WORRIED,
)
from bot.coach.model import Situation

__all__ = ["DEFAULT_KINDS", "KINDS", "incident_kind"]


# --- the table -----------------------------------------------------------------------------------

# The kinds of each situation, in the order they are tried; the first that matches wins.
_RECOGNISERS: Mapping[Situation, Recogniser] = {
    Situation.BOUNDARY_OVERSTEP: Recogniser(
        (
            ("personal_errands", PERSONAL_ERRANDS),
            ("staff", STAFF),
            ("absence_past", ABSENCE_PAST),
            ("absence", ABSENCE),
            ("exclusivity", EXCLUSIVITY),
            ("reachable", REACHABLE),
            ("set_hours", SET_HOURS),
            ("weekend", WEEKEND_WORK),
            ("worried", WORRIED),
            ("channel", CHANNEL_ASKED),
            ("off_hours", OFF_HOURS),
            ("no_reply_emergency", NO_REPLY_EMERGENCY),
            ("no_reply", BOUNDARY_NO_REPLY),
            ("channel", CHANNEL),
            ("watch", WATCH),
            ("status", CHASING),
            ("instant_demand", INSTANT_DEMAND),
        )
    ),
    Situation.PAYMENT_ISSUE: Recogniser(
        (
            ("insolvency", INSOLVENCY),
            ("ai_suspicion", AI_SUSPICION),
            ("declined", DECLINED),
            ("waiver", WAIVER),
            ("assumed_free", ASSUMED_FREE),
            ("free_sample", FREE_SAMPLE),
            ("pay_when_paid", PAY_WHEN_PAID),
            ("pay_later", PAY_LATER),
            ("contingent", CONTINGENT),
            ("expenses", EXPENSES),
            ("exposure", EXPOSURE),
            ("unpaid_work", UNPAID_WORK),
            ("unused", UNUSED),
            ("refund_results", REFUND_RESULTS),
            ("refund", REFUND),
            ("deduction", DEDUCTION),
            ("deduction", DEDUCTION_JUSTIFIED),
            ("instalment", INSTALMENT),
            ("instalment_ask", INSTALMENT_ASK),
            ("partial_payment", PARTIAL_PAYMENT),
            ("split_invoice", SPLIT_INVOICE),
            ("documented_terms", TERMS_FROM_DOCUMENTS),
            ("client_terms", CLIENT_TERMS),
            ("disputed_item", DISPUTED_NUMBERED),
            ("order_number_given", ORDER_NUMBER_GIVEN),
            ("order_number", ORDER_NUMBER),
            ("invoice_details", INVOICE_DETAILS),
            ("invoice_date", INVOICE_DATE),
            ("late_fee", LATE_FEE),
            ("on_completion", ON_COMPLETION),
            ("deferral", DEFERRAL),
            ("payment_condition", PAYMENT_CONDITION),
            ("internal_approval", INTERNAL_APPROVAL),
            ("cash_flow", CASH_FLOW),
            ("declined", CANT_AFFORD),
            ("disputed_item", CORRECTION_ASKED),
            ("refused_item", REFUSED_ITEM),
            ("refusal", REFUSAL),
            ("disputed_item", DISPUTED_ITEM),
            ("disputed_item", DISPUTED_MORE),
            ("will_you_bill", WILL_YOU_BILL),
            ("no_contract", NO_CONTRACT),
            ("bank_check", BANK_CHECK),
            ("invoice_request", INVOICE_RESEND),
            ("awaits_work", AWAITS_WORK),
            ("already_paid", ALREADY_PAID),
            ("already_paid", PAYMENT_GONE_OUT),
            ("promised", PROMISED),
            ("excuse", EXCUSE),
            ("invoice_request", INVOICE_REQUEST),
            ("payer_decides", PAYER_DECIDES),
            ("contract_review", CONTRACT_REVIEW),
            ("no_money_owed", NO_MONEY_OWED),
        )
    ),
    Situation.PRICE_PUSHBACK: Recogniser(
        (
            ("declined", DECLINED),
            ("instalment_ask", INSTALMENT_ASK),
            ("justification", JUSTIFICATION),
            ("breakdown", BREAKDOWN),
            ("equity", EQUITY),
            ("loyalty", LOYALTY),
            ("rate_increase", RATE_INCREASE),
            ("rate_increase", RATE_RISE_MORE),
            ("delivered_discount", DELIVERED_DISCOUNT),
            ("volume_discount", VOLUME_DISCOUNT),
            ("package", PACKAGE),
            ("volume", VOLUME),
            ("volume", VOLUME_MORE),
            ("counter_offer", COUNTER_OFFER),
            ("scope_proposed", SCOPE_PROPOSED),
            ("budget_scope", BUDGET_WHOLE_SCOPE),
            ("competitor", COMPETITOR),
            ("low_budget", LOW_BUDGET),
            ("low_budget", LOW_BUDGET_MORE),
            ("exposure_discount", EXPOSURE_DISCOUNT),
            ("exposure", EXPOSURE),
            ("low_budget", NO_BUDGET),
            ("discount", DISCOUNT),
            ("discount", DISCOUNT_MORE),
            ("value_doubt", VALUE_DOUBT),
            ("before_quote", BEFORE_QUOTE),
            ("looks_easy", LOOKS_EASY),
            ("rate_question", RATE_QUESTION),
        )
    ),
    Situation.URGENT_PRESSURE: Recogniser(
        (
            ("no_reply_emergency", NO_REPLY_EMERGENCY),
            ("ultimatum", ULTIMATUM),
            ("emergency", EMERGENCY),
            ("deadline_earlier", DEADLINE_EARLIER),
            ("weekend", WEEKEND),
            ("overnight", OVERNIGHT),
            ("after_hours", AFTER_HOURS),
            ("relaxed", RELAXED),
            ("date_check", DATE_CHECK),
            ("when_done", WHEN_DONE),
            ("deadline", DEADLINE),
            ("question", URGENT_QUESTION),
        )
    ),
    Situation.SCOPE_CREEP: Recogniser(
        (
            ("new_order", NEW_ORDER),
            ("announced", ANNOUNCED),
            ("assumed_included", ASSUMED_INCLUDED),
            ("praise", PRAISE),
        )
    ),
    Situation.QUALITY_CRITICISM: Recogniser(
        (
            ("ai_detector", AI_DETECTOR),
            ("machine_sounding", MACHINE_SOUNDING),
            ("ai_style", AI_STYLE),
            ("ai_suspicion", AI_SUSPICION),
            ("process", PROCESS),
            ("prefers_earlier", PREFERS_EARLIER),
            ("walkthrough", WALKTHROUGH),
            ("device_defect", DEVICE_DEFECT),
            ("not_working", NOT_WORKING),
            ("errors", ERRORS),
            ("vague", VAGUE),
            ("open_direction", OPEN_DIRECTION),
            ("direction", DIRECTION),
            ("comparison", COMPARISON),
        )
    ),
    Situation.DELAY_COMPLAINT: Recogniser(
        (
            ("live_change", LIVE_CHANGE),
            ("no_word", NO_WORD),
            ("no_reply", NO_REPLY),
            ("arrived_late_question", ARRIVED_LATE_QUESTION),
            ("arrived_late", ARRIVED_LATE),
            ("need_to_know", NEED_TO_KNOW),
            ("due_soon", DUE_SOON),
            ("repeated", REPEATED_LATE),
            ("new_date", NEW_DATE),
            ("missed_date", MISSED_DATE),
            ("date_check", DATE_CHECK),
            ("when_done", WHEN_DONE),
            ("status", STATUS),
            ("mild", MILD),
            ("status", NO_DELAY_NAMED),
        )
    ),
    Situation.UNCLEAR_REQUEST: Recogniser(
        (
            ("unsure_need", UNSURE_NEED),
            ("attached", ATTACHED),
            ("example", EXAMPLE),
            ("tension", TENSION_WITH_REFERENCE),
            ("same_but_different", SAME_BUT_DIFFERENT),
            ("reference", REFERENCE),
            ("new_brief", NEW_BRIEF),
            ("tension", TENSION),
            ("new_brief", NEW_BRIEF_WOULD),
            ("calendar", CALENDAR),
            ("organise", ORGANISE),
            ("which_parts", WHICH_PARTS),
            ("pdf_export", PDF_EXPORT),
            ("word_export", WORD_EXPORT),
            ("file_format", FILE_FORMAT),
            ("wants_ideas", WANTS_IDEAS),
            ("firm_change", FIRM_CHANGE),
            ("concrete_change", TENTATIVE_CHANGE),
            ("price_question", PRICE_QUESTION),
            ("repeat_info", REPEAT_INFO),
            ("look_at", LOOK_AT),
            ("quick_question", QUICK_QUESTION),
            ("question", QUESTION_ASKED),
        )
    ),
    Situation.HARSH_TONE: Recogniser(
        (
            ("violent_threat", VIOLENT_THREAT),
            ("legal_threat", LEGAL_THREAT),
            ("no_contact", NO_CONTACT),
            ("review_threat", REVIEW_THREAT),
            ("ai_detector", AI_DETECTOR),
            ("ai_suspicion", AI_NOT_STYLE),
            ("wants_apology", WANTS_APOLOGY),
            ("wants_takedown", WANTS_TAKEDOWN),
            ("unreachable", UNREACHABLE),
            ("wants_call", WANTS_CALL),
            ("demands_action", NO_NICETIES),
            ("our_tone", OUR_TONE),
            ("named_practice", NAMED_PRACTICE),
            ("restated", RESTATED),
            ("not_listened", NOT_LISTENED),
            ("not_in_quote", NOT_IN_QUOTE),
            ("not_agreed", NOT_AGREED),
            ("quality_slipped", QUALITY_SLIPPED),
            ("named_fault", NAMED_TASK),
            ("insult", INSULT),
            ("demands_action", DEMANDS_ACTION),
            ("insists", INSISTS),
            ("slow_fix", SLOW_FIX),
            ("jab", JAB),
            ("today", TODAY),
            ("named_fault", NAMED_FAULT),
        )
    ),
    Situation.REVISION_LOOP: Recogniser(
        (
            ("accepts", ACCEPTS),
            ("revert", REVERT + EARLIER_VERSION),
            ("restart", RESTART),
            ("sends_change", SENDS_CHANGE),
            ("pending_review", PENDING_REVIEW),
            ("unfinished", UNFINISHED),
            ("another_pass", ANOTHER_PASS),
            ("named_round", NAMED_ROUND),
            ("repeated", REPEATED),
            ("concrete_change", CONCRETE_CHANGE),
            ("vague", VAGUE + NO_POINT),
            ("no_change", REVISION_NO_CHANGE),
            ("notes", REVISION_NOTES),
            ("apology", REVISION_SORRY),
        )
    ),
    Situation.NEUTRAL: Recogniser(
        (
            ("invoice_details", INVOICE_DETAILS_NAMED),
            ("details_tax", DETAILS_TAX),
            ("details_bank", DETAILS_BANK),
            ("invoice_request", INVOICE_REQUEST_NO_CHOICE),
            ("awaits_work", AWAITS_WORK),
            ("paid_thanks", PAID_THANKS),
            ("go_ahead", GO_AHEAD_PAID),
            ("paid_question", PAID_QUESTION),
            ("already_paid", ALREADY_PAID),
            ("rate_increase", RATE_INCREASE),
            ("received_check", RECEIVED_CHECK),
            ("choice", WHERE_TO_SEND),
            ("file_request", FILE_REQUEST),
            ("capacity", CAPACITY),
            ("enquiry_meet_time", ENQUIRY_MEET_TIME),
            ("time_offer", TIME_OFFER),
            ("proposes_time", PROPOSES_TIME),
            ("postpone_unwell", POSTPONE_UNWELL),
            ("postpone_reason", POSTPONE_REASON),
            ("postpone", POSTPONE),
            ("enquiry_meet", ENQUIRY_MEET),
            ("scheduling", SCHEDULING),
            ("call_request", CALL_REQUEST),
            ("event_booking", EVENT_BOOKING),
            ("new_work_offer", NEW_WORK_OFFER),
            ("referral", REFERRAL),
            ("enquiry", ENQUIRY),
            ("order_number", ORDER_NUMBER),
            ("documents", DOCUMENTS),
            ("guarded_threat", GUARDED_THREAT),
            ("guarded_insult", SARCASM),
            ("option_chosen", OPTION_CHOSEN),
            ("choice", CHOICE),
            ("task", TASK),
            ("approval", APPROVAL),
            ("go_ahead", GO_AHEAD),
            ("confirm_receipt", CONFIRM_RECEIPT),
            ("handed_over", HANDED_OVER),
            ("away_approvals", AWAY_APPROVALS),
            ("away_cover", AWAY_COVER),
            ("client_away", CLIENT_AWAY),
            ("noted_wishes", NOTED_WISHES),
            ("sends_later", SENDS_LATER),
            ("client_follows_up", CLIENT_FOLLOWS_UP),
            ("information", CLIENT_UPDATE),
            ("status", STATUS),
            ("view", VIEW),
            ("gift", GIFT),
            ("expectation", EXPECTATION),
            ("farewell", FAREWELL),
            ("wishes", WISHES),
            ("confirms_time", CONFIRMS_TIME),
            ("thanks", THANKS),
            ("help_request", HELP_ASKED_BARE),
            ("alternative", ALTERNATIVE),
            ("problem", PROBLEM),
            ("attachment_work", ATTACHMENT_WORK),
            ("attachment_check", ATTACHMENT_CHECK),
            ("information", INFORMATION),
            ("urgent_question", QUESTION_MARKED_URGENT),
            ("thanks_question", THANKS_QUESTION),
            ("question_today", QUESTION_TODAY),
            ("question", QUESTION),
            ("apology_delay", APOLOGY_DELAY),
            ("apology", APOLOGY),
            ("request", REQUEST),
            ("guarded_insult", GUARDED_INSULT),
            ("guarded", GUARDED),
        )
    ),
    Situation.TERMINATION: Recogniser(
        (
            ("threat_vague", THREAT_VAGUE),
            ("threat_deadline", THREAT_DEADLINE),
            ("threat", THREAT),
            ("offended", OFFENDED),
            ("lost_bid", LOST_BID),
            ("pause", PAUSE),
            ("asks_what_needed", ASKS_WHAT_NEEDED),
            ("notice_handover", NOTICE_HANDOVER + NOTICE_HANDOVER_BARE),
            ("stop_and_send", STOP_AND_SEND),
            ("handover_named", HANDOVER_NAMED + HANDOVER_NAMED_BARE),
            ("notice_warm", NOTICE_WARM),
            ("notice", NOTICE),
            ("keeps_door_open", KEEPS_DOOR_OPEN),
            ("ends", ENDS),
            ("complaint", COMPLAINT_NO_ENDING),
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
    Situation.TERMINATION: "unclear",
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
