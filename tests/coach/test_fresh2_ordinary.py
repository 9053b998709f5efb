"""Second fresh round, ordinary family: sarcasm, closures, call slots, notice and threat shapes."""

from __future__ import annotations

import pytest

from bot.coach.incidents import incident_kind
from bot.coach.normalize import fold
from bot.coach.situations import Situation

N, T = Situation.NEUTRAL, Situation.TERMINATION

CASES = [
    # sarcasm is no thanks and no question to look into
    (N, "Super. Echt super gelaufen 👏", "guarded_insult"),
    (N, "Kannst du eigentlich lesen? Das stand doch in der Mail.", "guarded_insult"),
    (N, "Wow. Just great. Thanks for nothing.", "guarded_insult"),
    # a thank-you with a money-back demand or a complaint is no thanks
    (N, "Wir möchten den Rest der Anzahlung erstattet haben. Danke", "request"),
    (N, "Great effort but honestly we're disappointed, thanks", None),
    (N, "Great work on the launch 👏 thank you so much!", "thanks"),
    # a closure with dates is noted, not only wished back
    (N, "Wir haben vom 22.12. bis 6.1. geschlossen. Schöne Feiertage!", "client_away"),
    (N, "Heads up: we're closed over Easter until the 22nd. Happy Easter!", "client_away"),
    (N, "Frohe Ostern und schöne Feiertage!", "wishes"),
    # urgency that is denied
    (N, "Können Sie mir die Rohdaten schicken? Eilt aber nicht.", "file_request"),
    (N, "where do I find the final photos?", "file_request"),
    # a talk in a named week
    (N, "Hättest du in KW 12 Zeit für ein Gespräch?", "proposes_time"),
    # an update that asks nothing
    (N, "Quick update from our side: the launch moved, just flagging it.", "information"),
    # forwarded elsewhere, with thanks
    (N, "Received the files, I'll forward them to our printer. Thank you for the good work!",
     "thanks"),
    # termination: sarcasm is no ending; a threat without "if"; notice with a coming date
    (T, "sure, I'll just do it myself like always 🙄 what am I paying you for", None),
    (T, "Noch so ein Patzer und wir schauen uns nach jemand anderem um.", "threat"),
    (T, "One more late delivery and we go with someone else.", "threat"),
    (T, "Ab dem 1. des kommenden Monats machen wir das intern.", "notice"),
]


@pytest.mark.parametrize(("situation", "text", "kind"), CASES)
def test_kind(situation: Situation, text: str, kind: str | None) -> None:
    assert incident_kind(situation, fold(text)) == kind
