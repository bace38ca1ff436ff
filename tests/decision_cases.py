"""The decision development set (tests/data/decisions/devset.json) as meetings, and how a
draft is scored against it. Used by tests/test_decisions_devset.py and bench/decisions.py."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from referat.minutes.build import draft_decisions
from referat.types import AgendaItem, DraftDecision, Meeting, Participant, Section, Utterance, Word

DEVSET = Path(__file__).resolve().parent / "data" / "decisions" / "devset.json"
SECONDS_PER_UTTERANCE = 6.0


def load_cases() -> list[dict]:
    return json.loads(DEVSET.read_text(encoding="utf-8"))["cases"]


def utterances(case: dict) -> tuple[Utterance, ...]:
    """The discussion as the pipeline would hand it over: timed words, one utterance a turn."""
    out = []
    for k, (speaker, text) in enumerate(case["discussion"]):
        start = 10.0 + k * SECONDS_PER_UTTERANCE
        tokens = text.split()
        step = (SECONDS_PER_UTTERANCE - 1.0) / len(tokens)
        words = tuple(Word(start + i * step, start + (i + 1) * step, (" " if i else "") + token)
                      for i, token in enumerate(tokens))
        out.append(Utterance(speaker, start, words[-1].end, words))
    return tuple(out)


def meeting_of(case: dict) -> Meeting:
    item = case["item"]
    sections = (Section("Indstilling", item["indstilling"]),) if item["indstilling"] else ()
    return Meeting(case["forum"], dt.date(2025, 6, 19),
                   participants=tuple(Participant(name, role) for name, role in case["participants"]),
                   items=(AgendaItem(item["number"], item["title"], sections=sections),))


def draft_of(case: dict) -> DraftDecision:
    meeting = meeting_of(case)
    said = utterances(case)
    return draft_decisions(meeting, {case["item"]["number"]: said}, said, speaker_names=case["names"])[
        case["item"]["number"]]


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def same_followup(found, expected: dict) -> bool:
    """Who matches (or neither is known), and most of the expected task's words are there."""
    who = (found.who or "").casefold()
    if (expected["who"] or "").casefold() != who:
        return False
    wanted = _words(expected["what"])
    return len(wanted & _words(found.what)) >= 0.6 * len(wanted)


@dataclass
class Score:
    cases: int = 0
    kinds: int = 0
    remarks: int = 0
    remark_cases: int = 0
    evidence: int = 0
    presenters: int = 0
    presenter_cases: int = 0
    followups_found: int = 0
    followups_right: int = 0
    followups_expected: int = 0
    followups_recalled: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, case: dict, draft: DraftDecision) -> None:
        expect = case["expect"]
        self.cases += 1
        problems = []
        if draft.kind == expect["kind"]:
            self.kinds += 1
        else:
            problems.append(f"kind {draft.kind} (expected {expect['kind']})")
        if expect["remark"]:
            self.remark_cases += 1
            if expect["remark"].casefold() in draft.text.casefold():
                self.remarks += 1
            else:
                problems.append(f"remark missing: {expect['remark']!r}")
        if expect["evidence"] and any(expect["evidence"].casefold() in e.text.casefold() for e in draft.evidence):
            self.evidence += 1
        elif expect["evidence"]:
            problems.append(f"evidence lacks {expect['evidence']!r}")
        presenter = expect["presenter"]
        if presenter or not case["names"]:
            self.presenter_cases += 1
            said = re.search(r"\b(?:orienterede om|præsenterede)\b", draft.text.split(". ")[0])
            if (presenter and draft.text.startswith(presenter)) or (not presenter and not said):
                self.presenters += 1
            else:
                problems.append(f"presenter: expected {presenter!r}")
        found = list(getattr(draft, "followups", ()))  # an older referat drafts none
        self.followups_found += len(found)
        self.followups_expected += len(expect["followups"])
        right = [f for f in found if any(same_followup(f, e) for e in expect["followups"])]
        self.followups_right += len(right)
        recalled = [e for e in expect["followups"] if any(same_followup(f, e) for f in found)]
        self.followups_recalled += len(recalled)
        if len(right) < len(found) or len(recalled) < len(expect["followups"]):
            problems.append(f"follow-ups {[(f.who, f.what, f.when) for f in found]} expected "
                            f"{[(e['who'], e['what'], e['when']) for e in expect['followups']]}")
        if problems:
            self.wrong.append(f"{case['id']} {case['item']['title'][:40]!r}: " + "; ".join(problems)
                              + f"\n      draft: {draft.text}")

    def rate(self, part: int, whole: int) -> float:
        return part / whole if whole else 1.0

    @property
    def precision(self) -> float:
        return self.rate(self.followups_right, self.followups_found)

    @property
    def recall(self) -> float:
        return self.rate(self.followups_recalled, self.followups_expected)


def score(split: str, since: int = 0, until: int = 10**6) -> Score:
    """The drafts of one part of the set; ``since`` and ``until`` keep the cases numbered
    between them (a batch)."""
    result = Score()
    for case in load_cases():
        if case["split"] == split and since <= int(case["id"][1:]) <= until:
            result.add(case, draft_of(case))
    return result
