"""Text as the checks and the order-page reader read it: NFKC (full-width digits and
letters made plain, half-width kana made whole), with a map back to the original."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Half-width kana take their voiced marks as a separate character; join them first.
_VOICE_MARKS = "\uff9e\uff9f"
# ASCII not followed by a voiced mark: NFKC leaves it as it is, so it maps one to one.
_ASCII_RUN = re.compile(r"[\x00-\x7f]+(?![\uff9e\uff9f])")


@dataclass(frozen=True)
class NormalizedText:
    norm: str
    starts: tuple[int, ...]  # for each normalized character, where its source begins
    ends: tuple[int, ...]  # and where that source ends

    @classmethod
    def of(cls, text: str) -> NormalizedText:
        parts: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        i = 0
        while i < len(text):
            plain = _ASCII_RUN.match(text, i)
            if plain is not None:  # a long run costs one step, not one per character
                j = plain.end()
                parts.append(plain.group())
                starts.extend(range(i, j))
                ends.extend(range(i + 1, j + 1))
                i = j
                continue
            j = i + 1
            if j < len(text) and text[j] in _VOICE_MARKS:
                j += 1
            piece = unicodedata.normalize("NFKC", text[i:j])
            parts.append(piece)
            starts.extend([i] * len(piece))
            ends.extend([j] * len(piece))
            i = j
        return cls("".join(parts), tuple(starts), tuple(ends))

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that [start, end) of ``norm`` came from."""
        return self.starts[start], self.ends[end - 1]
