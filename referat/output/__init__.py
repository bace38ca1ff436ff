"""Outputs: the Word referat and transcript document, markdown and HTML, the
plain transcript formats, and the plan of what one run writes."""

from referat.output.plan import OutputPlan, check_plan, referat_plan, transcript_plan, write_plan

__all__ = ["OutputPlan", "check_plan", "referat_plan", "transcript_plan", "write_plan"]
