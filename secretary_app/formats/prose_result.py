"""Vote counts inside a result written as prose, as council systems publish it.

"Einstimmig bei 17 Ja-Stimmen und 6 Enthaltungen", "Mehrheitlich bei 16 Ja-Stimmen, einer
Nein-Stimme und 6 Enthaltungen lt. Beschlussvorschlag", "mit 18 Nein-Stimmen und 5
Enthaltungen Beschluss abgelehnt": the text stays the outcome; the counts are only offered
as a suggested vote, because prose can always be read in more than one way.
"""

from __future__ import annotations

from ..domain.counts import UNANIMOUS, named_counts
from ..domain.model import Vote


def suggested_vote(result: str) -> Vote | None:
    """The counts a prose result names, or None when it names none (or contradicts itself).

    A count the text does not name is 0: "einstimmig bei 17 Ja-Stimmen" has no no-votes, and
    "mit 18 Nein-Stimmen und 5 Enthaltungen abgelehnt" no yes-votes.
    """
    named = named_counts(result)
    if any(len(found) > 1 for found in named.values()):
        return None  # "3 Ja-Stimmen ... 5 Ja-Stimmen": two votes in one text
    counts = {kind: found[0] for kind, found in named.items()}
    if not counts:
        return None
    vote = Vote(yes=counts.get("yes", 0), no=counts.get("no", 0), abstain=counts.get("abstain", 0))
    if UNANIMOUS.search(result) and vote.no:
        return None  # "einstimmig" with no-votes: not for us to decide which is right
    return vote


def describe(vote: Vote) -> str:
    """ "Ja 17 · Nein 0 · Enthaltung 6" for previews and notes."""
    return f"Ja {vote.yes} · Nein {vote.no} · Enthaltung {vote.abstain}"
