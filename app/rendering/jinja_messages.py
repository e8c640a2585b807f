"""jinja2's syntax errors, which are English only, as Messages a seller can read.

The English stays jinja2's own sentence; the common mistakes get a Japanese sentence
that names the fix, and anything else a Japanese lead-in with jinja2's words after it.
"""

from __future__ import annotations

import re

from app.base.messages import Message, say

_UNCLOSED = re.compile(r"needs to be closed is '(\w+)'")
_WANTED_END = re.compile(r"following tags: .*'(end\w+)'")
_UNKNOWN_TAG = re.compile(r"^Encountered unknown tag '(\w+)'")
_EXTRA = re.compile(r"^expected token 'end of print statement', got '([^']+)'")


def syntax_message(detail: str | None) -> Message:
    """The Message for a jinja2 TemplateSyntaxError's ``message``."""
    detail = detail or "template syntax error"
    unclosed, wanted = _UNCLOSED.search(detail), _WANTED_END.search(detail)
    if unclosed and wanted and detail.startswith("Unexpected end of template"):
        return say("unclosed_block", detail=detail, block=unclosed.group(1), end=wanted.group(1))
    tag = _UNKNOWN_TAG.match(detail)
    if tag and tag.group(1).startswith("end"):
        opener = tag.group(1).removeprefix("end")
        return say("stray_end", detail=detail, tag=tag.group(1), opener=opener)
    if tag:
        return say("unknown_tag", detail=detail, tag=tag.group(1))
    if detail.startswith("unexpected end of template, expected 'end of print statement'"):
        return say("unclosed_print", detail=detail)
    if detail.startswith("Expected an expression, got 'end of statement block'"):
        return say("empty_statement", detail=detail)
    if detail.startswith("Expected an expression, got 'end of print statement'"):
        return say("empty_print", detail=detail)
    extra = _EXTRA.match(detail)
    if extra:
        return say("extra_in_print", detail=detail, got=extra.group(1))
    return say("syntax_error", detail=detail)
