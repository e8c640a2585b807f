"""The finished message as a QR code, for a seller who answers from the marketplace's app.

The text goes in byte mode as UTF-8 without an ECI marker: phone cameras (iOS and
Android) read such codes as text, Japanese included. Error correction is the lowest
level because a code on a screen is clean; it is raised when the text leaves room.
"""

from __future__ import annotations

from dataclasses import dataclass

import segno

# The most bytes one code (version 40, level L) holds in byte mode.
MAX_BYTES = 2953


class TooLongForQr(ValueError):
    """The message does not fit in one QR code; ``size`` is its length in UTF-8 bytes."""

    def __init__(self, size: int) -> None:
        super().__init__(f"{size} bytes; one QR code holds at most {MAX_BYTES}")
        self.size = size


@dataclass(frozen=True)
class QrMatrix:
    """Rows of dark (True) and light modules, with the quiet zone around them."""

    rows: tuple[tuple[bool, ...], ...]
    version: int

    @property
    def size(self) -> int:
        return len(self.rows)


def fits(text: str) -> bool:
    return len(text.encode("utf-8")) <= MAX_BYTES


def message_qr(text: str, border: int = 4) -> QrMatrix:
    """The code for ``text``; raises ``TooLongForQr`` when it cannot hold it."""
    size = len(text.encode("utf-8"))
    if size > MAX_BYTES:
        raise TooLongForQr(size)
    try:
        code = segno.make(
            text, mode="byte", encoding="utf-8", error="l", boost_error=True, micro=False
        )
    except segno.DataOverflowError:
        raise TooLongForQr(size) from None
    rows = tuple(tuple(bool(module) for module in row) for row in code.matrix_iter(border=border))
    return QrMatrix(rows, int(code.version))
