"""Finding a rule's pattern in long text in time that grows linearly with the text.

Python's regular expressions try a pattern at every start position; a pattern such as
``[a-z0-9.-]+ ?@`` then reads to the end of a long run of hyphens from each of them, so
100,000 characters cost billions of steps. Two things keep every rule linear:

* A pattern that begins with a repeated character class (``C+``, ``C*``, ``C{m,}``) can
  only match first where a run of C begins: a match inside the run extends back to the
  run's start. Such a pattern is searched with ``(?<!C)`` in front, which rejects the
  inside of a run at once; the one start that may fall inside a run (where the last
  match ended) is tried with the pattern as written. The matches are the same.
* Every search reads at most ``SPAN`` characters ahead. A window's end looks like the
  text's end to ``$``, ``\b`` and a lookahead, so a match that ends within ``_EDGE`` of
  it is read again from its own start, or, found at the window's start, in a window
  twice as long. One longer than ``SPAN`` is still found, though perhaps only in part.
  Each start is tried in at most three windows, so the work is bounded by the text
  length times ``SPAN``, whatever the pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

SPAN = 1024  # the longest stretch one search reads; a URL or address is far shorter
_OVERLAP = SPAN // 2  # a failed window's last part is read again with what follows it
_EDGE = 64  # farther than any rule's lookahead, ``$`` or ``\b`` reads past a match's end
_LEADING_RUN = re.compile(
    r"(\[(?:\\.|[^\]\\])+\]|\\[dwsDWS]|\\[^A-Za-z0-9]|[^\\\[\](){}|?*+.^$])"
    r"(?:\+|\*|\{\d+,\})(?![?+])"
)


@dataclass(frozen=True)
class Scan:
    """A compiled pattern with what it needs to be searched in linear time."""

    pattern: re.Pattern[str]
    at_run_start: re.Pattern[str] | None = None  # the pattern behind (?<!C)
    run_char: re.Pattern[str] | None = None  # C, to see whether a start is inside a run

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Scan:
        lead = _LEADING_RUN.match(pattern.pattern)
        if lead is None or not _single_branch(pattern):
            return cls(pattern)
        atom = lead.group(1)
        try:
            at_run_start = re.compile(f"(?<!{atom})(?:{pattern.pattern})", pattern.flags)
            run_char = re.compile(atom, pattern.flags)
        except re.error:
            return cls(pattern)
        return cls(pattern, at_run_start, run_char)

    def _search(self, text: str, pos: int, end: int) -> re.Match[str] | None:
        if self.at_run_start is None or self.run_char is None:
            return self.pattern.search(text, pos, end)
        if pos > 0 and self.run_char.match(text, pos - 1, pos):
            found = self.pattern.match(text, pos, end)
            if found is not None:
                return found
        return self.at_run_start.search(text, pos, end)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches ``pattern.finditer(text)`` gives, each read within ``SPAN``."""
        size = len(text)
        pos = 0
        while pos <= size:
            end = min(size, pos + SPAN)
            found = self._search(text, pos, end)
            if found is None:
                if end >= size:
                    return
                pos = end - _OVERLAP
                continue
            if end < size and found.end() >= end - _EDGE:
                # What follows the window may change or undo it: read it from its start.
                if found.start() > pos:
                    pos = found.start()
                    continue
                longer = min(size, pos + 2 * SPAN)
                found = self._search(text, pos, longer) or found
            yield found
            pos = found.end() if found.end() > found.start() else found.start() + 1


def _single_branch(pattern: re.Pattern[str]) -> bool:
    """Whether the pattern is one sequence (no ``|`` at its top level)."""
    depth = 0
    escaped = in_class = False
    for char in pattern.pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return False
    return True
