"""Shows an import plan (new, replaces, broken, refused) before anything is written."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.base.file_errors import StorageError
from app.templates.transfer import ImportPlan, apply_plan
from app.ui.i18n import current_language, localized


class ImportDialog(QDialog):
    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.written: list[object] = []
        self.setWindowTitle(self.tr("Import templates from {0}").format(plan.origin.name))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("File"), self.tr("What happens")])
        self.tree.setColumnWidth(0, 260)
        self._fill()
        self.replace = QCheckBox(
            self.tr("Replace my templates that have the same id (the old ones go to the trash)")
        )
        self.replace.setVisible(bool(plan.replaces))
        self.summary = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.replace.toggled.connect(self._update_button)
        self._update_button()
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.replace)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._say()
        self.resize(720, 420)

    def _update_button(self) -> None:
        """Import only when it would write something: new files, or replacements ticked."""
        plan = self.plan
        writes = bool(plan.new) or (bool(plan.replaces) and self.replace.isChecked())
        self.import_button.setEnabled(plan.ok and writes)

    def _group(self, title: str, rows: list[tuple[str, str]]) -> None:
        if not rows:
            return
        group = QTreeWidgetItem(self.tree, [f"{title} ({len(rows)})"])
        for name, what in rows:
            QTreeWidgetItem(group, [name, what])
        group.setExpanded(True)

    def _fill(self) -> None:
        plan = self.plan
        new_rows = []
        for item in plan.new:
            what = item.title
            if item.current is not None:
                what = self.tr("{0} (shown instead of {1} '{2}')").format(
                    item.title, item.current.source, item.current.title
                )
            new_rows.append((item.name, what))
        self._group(self.tr("New"), new_rows)
        self._group(
            self.tr("Would replace"),
            [
                (i.name, f"'{i.current.title if i.current else i.template_id}' → '{i.title}'")
                for i in plan.replaces
            ],
        )
        self._group(
            self.tr("Broken"), [(f"{b.path}:{b.line}", localized(b.message)) for b in plan.broken]
        )
        self._group(self.tr("Refused"), [(r.name, localized(r.message)) for r in plan.refused])

    def _say(self, text: str | None = None) -> None:
        if text is None:
            if not self.plan.ok:
                text = self.tr(
                    "Some files are broken or refused, so nothing will be imported. "
                    "Fix them and import again."
                )
            elif not (self.plan.new or self.plan.replaces):
                text = self.tr("There are no templates to import here.")
            else:
                text = self.tr("Nothing has been written yet.")
        self.summary.setText(text)

    def _apply(self) -> None:
        try:
            self.written = list(apply_plan(self.plan, replace=self.replace.isChecked()))
        except StorageError as error:
            self._say(error.message_in(current_language()))
            self.summary.setStyleSheet("color:#8a1c1c")
            return
        self.accept()
