"""Template folders: add or remove a synced or shared folder, read-only or writable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.base.file_errors import StorageError
from app.templates.shared_folders import add_folder, folders, remove_folder, set_writable
from app.ui import dialogs
from app.ui.i18n import current_language


class FoldersDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changed = False
        self.setWindowTitle(self.tr("Template folders"))
        intro = QLabel(
            self.tr(
                "Extra folders (for example one your sync tool keeps, or a team's share) "
                "with ja/ and en/ inside. Tick Writable to let Teinei save there."
            ),
            wordWrap=True,
        )
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Folder"), self.tr("Writable")])
        self.tree.setColumnWidth(0, 420)
        self.tree.itemChanged.connect(self._toggled)
        self.add_button = QPushButton(self.tr("Add folder…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet("color:#8a1c1c")
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.tree):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._fill()
        self.resize(620, 320)

    def _fill(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        for source in folders():
            item = QTreeWidgetItem(self.tree, [str(source.path), ""])
            item.setData(0, Qt.ItemDataRole.UserRole, str(source.path))
            item.setCheckState(
                1, Qt.CheckState.Checked if source.writable else Qt.CheckState.Unchecked
            )
        self.tree.blockSignals(False)

    def _run(self, action, refill: bool = True) -> None:  # type: ignore[no-untyped-def]
        try:
            action()
        except StorageError as error:
            self.message.setText(dialogs.error_text(error.message_in(current_language())))
            # Never rebuild the tree inside one of its own item signals.
            QTimer.singleShot(0, self, self._fill)
            return
        self.message.clear()
        self.changed = True
        if refill:
            self._fill()

    def _add(self) -> None:
        chosen = dialogs.open_path(self, self.tr("Choose a template folder"), folder=True)
        if chosen:
            self._run(lambda: add_folder(Path(chosen)))

    def _remove(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            path = Path(item.data(0, Qt.ItemDataRole.UserRole))
            self._run(lambda: remove_folder(path))

    def _toggled(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 1:
            path = Path(item.data(0, Qt.ItemDataRole.UserRole))
            writable = item.checkState(1) == Qt.CheckState.Checked
            self._run(lambda: set_writable(path, writable), refill=False)
