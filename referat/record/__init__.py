"""The meeting record: one typed value per meeting, its JSON, and its views.

``build_record`` makes it from a transcript and an agenda; ``load_record``
reads any version referat wrote; ``minutes_of`` and ``transcript_of`` give the
views the writers render.
"""

from referat.record.build import build_record, redraft, split_by_agenda
from referat.record.model import SCHEMA_VERSION, ItemDecision, Line, MeetingRecord, Split
from referat.record.store import load_record, record_json
from referat.record.views import minutes_of, transcript_of, utterances_of

__all__ = ["SCHEMA_VERSION", "ItemDecision", "Line", "MeetingRecord", "Split", "build_record", "load_record",
           "minutes_of", "record_json", "redraft", "split_by_agenda", "transcript_of", "utterances_of"]
