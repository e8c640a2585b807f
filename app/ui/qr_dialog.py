"""Show as QR code: the finished message for the phone's camera, read as plain text."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from app.rendering.phone_qr import MAX_BYTES, QrMatrix, TooLongForQr, message_qr

if TYPE_CHECKING:
    from app.desk.model import Desk

# Large enough modules for a phone held a forearm away from a laptop screen.
_MODULE_PX = (6, 5, 4, 3)
_MAX_SIDE = 640


def qr_image(matrix: QrMatrix) -> QImage:
    """The code drawn black on white, each module a square of whole pixels."""
    scale = next((s for s in _MODULE_PX if matrix.size * s <= _MAX_SIDE), 2)
    side = matrix.size * scale
    lines = []
    for row in matrix.rows:
        line = bytes(0 if dark else 255 for dark in row for _ in range(scale))
        lines.extend([line] * scale)
    data = b"".join(lines)
    # QImage reads the bytes in place; copy() gives it its own before they go.
    return QImage(data, side, side, side, QImage.Format.Format_Grayscale8).copy()


class QrDialog(QDialog):
    """The code, a line on how to use it, and Close."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send from your phone"))
        self.text = text
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.image: QImage | None = None
        try:
            self.image = qr_image(message_qr(text))
        except TooLongForQr as error:
            self.note.setText(
                self.tr(
                    "This message is too long for one QR code (%1 bytes; at most %2). "
                    "Shorten it, or copy it instead."
                )
                .replace("%1", f"{error.size:,}")
                .replace("%2", f"{MAX_BYTES:,}")
            )
        else:
            self.picture.setPixmap(QPixmap.fromImage(self.image))
            self.note.setText(
                self.tr(
                    "Point your phone's camera at the code and open the text it finds. "
                    "Copy it there and paste it into the marketplace's app "
                    "(%n character(s)).",
                    "",
                    len(text),
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.picture, 1)
        column.addWidget(self.note)
        column.addWidget(buttons)


def show(
    desk: Desk, labels: Mapping[str, str], parent: QMainWindow
) -> tuple[QrDialog | None, tuple[str, str, str] | None]:
    """The dialog for the desk's message, after the copy's checks, and the message
    (template id, language, text) when a code could be shown."""
    from app.ui import copying

    status = parent.statusBar()
    ready = copying.ready_text(desk, labels, parent, status)
    if ready is None:
        return None, None
    dialog = QrDialog(ready[2], parent)
    dialog.open()
    if dialog.image is None:
        return dialog, None
    status.showMessage(
        QCoreApplication.translate("QrDialog", "Shown as a QR code for your phone."), 8000
    )
    return dialog, ready
