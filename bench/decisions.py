"""The decision drafts on the development set: kinds, remarks, evidence, presenter
sentences and follow-up points, for the tuning part and the held-aside fifth separately.

    PYTHONPATH=$PWD .venv/bin/python bench/decisions.py [--show dev|held]

The set is tests/data/decisions/devset.json (how it was made: its "about" line and
docs/minutes.md). The held-aside fifth was never used to tune the rules.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from decision_cases import score  # noqa: E402

FRESH = 153  # the first case of the newest batch


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    # Only the tuning part can be listed: the held-aside fifth is never looked at case by case.
    ap.add_argument("--show", action="store_true", help="list the tuning cases that came out wrong")
    args = ap.parse_args()
    print("| part | items | kind right | remark right | evidence quote right | presenter right | "
          "follow-up precision | follow-up recall |")
    print("|---|---|---|---|---|---|---|---|")
    # The cases from c153 on were written in one batch, before any rule was changed for them:
    # their held-aside part is the cleanest measure of the rules on speech they never saw.
    for split, since, part in (("dev", 0, "dev"), ("held", 0, "held"), ("held", FRESH, f"held, c{FRESH} on")):
        s = score(split, since)
        print(f"| {part} | {s.cases} | {s.kinds}/{s.cases} ({s.rate(s.kinds, s.cases):.0%}) | "
              f"{s.remarks}/{s.remark_cases} | {s.evidence}/{s.cases} | {s.presenters}/{s.presenter_cases} | "
              f"{s.followups_right}/{s.followups_found} ({s.precision:.2f}) | "
              f"{s.followups_recalled}/{s.followups_expected} ({s.recall:.2f}) |")
        if args.show and split == "dev":
            print("\n".join(s.wrong))


if __name__ == "__main__":
    main()
