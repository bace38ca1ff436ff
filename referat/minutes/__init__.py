"""Pure rules from talk to minutes: split by agenda item, draft each Beslutning,
and the public version. No model and no I/O; imports only types and itself."""

from referat.minutes.build import build_minutes, draft_decisions, empty_meeting, public_minutes
from referat.minutes.decisions import DecisionOptions, draft_decision
from referat.minutes.segment import split_discussion

__all__ = ["DecisionOptions", "build_minutes", "draft_decision", "draft_decisions", "empty_meeting",
           "public_minutes", "split_discussion"]
