"""A vote as JSON text: how the paragraphs table stores it and how the editor's vote object
keeps it (one codec for both, so a vote survives the way between them unchanged)."""

from __future__ import annotations

import json

from .model import Vote


def vote_to_json(vote: Vote | None) -> str | None:
    """A vote as the JSON text the paragraphs table stores (also used by the benchmark archive)."""
    if vote is None:
        return None
    return json.dumps(
        {
            "yes": vote.yes,
            "no": vote.no,
            "abstain": vote.abstain,
            "method": vote.method,
            "label": vote.label,
            "ballots": vote.ballots,
            **({"time": vote.time} if vote.time else {}),
            **({"override": vote.override} if vote.override else {}),
            **({"kind": vote.kind} if vote.kind else {}),
        },
        ensure_ascii=False,
    )


def vote_from_json(text: str | None) -> Vote | None:
    if not text:
        return None
    d = json.loads(text)
    return Vote(
        yes=d["yes"],
        no=d["no"],
        abstain=d["abstain"],
        method=d.get("method", "open"),
        label=d.get("label", ""),
        ballots=dict(d.get("ballots", {})),
        time=d.get("time") or None,
        override=d.get("override", ""),
        kind=d.get("kind", "") or "",
    )
