"""The secretary's settings: template, output folder, labels, majority rule, verbs, signature."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import documents as documents_pkg
from ...domain.followups import LAND_NAMES, summer_break_text
from ...domain.model import DEFAULT_OUTCOMES
from ...domain.rules import MAJORITY_RULES
from ...errors import KnownError
from ...settings import DEFAULT_VERBS, Settings
from ..translations import majority_rule_label
from .form_parts import error_label, show_error

if TYPE_CHECKING:
    from ...session import Operations

LANGUAGES = (("de", "Deutsch"), ("en", "English"))


class EditableList(QWidget):
    """A list of short texts: add, edit in place (F2 / double-click), remove, move, reset."""

    def __init__(self, defaults: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.defaults = list(defaults)
        self.model = QStringListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.add_button = QPushButton(self.tr("Hinzufügen"))
        self.remove_button = QPushButton(self.tr("Entfernen"))
        self.up_button = QPushButton(self.tr("Nach oben"))
        self.down_button = QPushButton(self.tr("Nach unten"))
        self.reset_button = QPushButton(self.tr("Standard"))
        self.reset_button.setToolTip(self.tr("Die mitgelieferte Liste wiederherstellen"))
        buttons = QVBoxLayout()
        for b in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.reset_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.reset_button.clicked.connect(lambda: self.set_items(self.defaults))

    def items(self) -> list[str]:
        """The non-empty entries, trimmed, without repeats."""
        seen: list[str] = []
        for text in self.model.stringList():
            text = text.strip()
            if text and text not in seen:
                seen.append(text)
        return seen

    def set_items(self, items: list[str]) -> None:
        self.model.setStringList(list(items))

    def add(self) -> None:
        row = self.model.rowCount()
        self.model.insertRows(row, 1)
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

    def remove(self) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            self.model.removeRows(row, 1)

    def move_selected(self, delta: int) -> None:
        row = self.view.currentIndex().row()
        target = row + delta
        items = self.model.stringList()
        if row < 0 or not 0 <= target < len(items):
            return
        items.insert(target, items.pop(row))
        self.model.setStringList(items)
        self.view.setCurrentIndex(self.model.index(target, 0))


class SettingsDialog(QDialog):
    """Edit `Settings`; saved through the operations with "Speichern"."""

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = operations
        self.settings = operations.stored_settings()
        self.setWindowTitle(self.tr("Einstellungen"))
        self.resize(640, 520)
        self._build()
        self._fill(self.settings)

    @classmethod
    def edit(cls, parent: QWidget | None, operations: Operations) -> bool:
        """Show the dialog; True when the settings were saved."""
        return cls(operations, parent).exec() == QDialog.DialogCode.Accepted

    @staticmethod
    def choose_template(parent: QWidget, current: str) -> str:
        """The file dialog for the template (tests replace it); "" when cancelled."""
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("SettingsDialog", "Vorlage wählen"),
            current,
            QCoreApplication.translate("SettingsDialog", "Word-Dokumente (*.docx)"),
        )
        return path

    @staticmethod
    def choose_layout_folder(parent: QWidget, current: str) -> str:
        """The folder dialog for a city's own layout (tests replace it); "" when cancelled."""
        return QFileDialog.getExistingDirectory(
            parent,
            QCoreApplication.translate(
                "SettingsDialog", "Ordner mit auszug.docx und niederschrift.docx wählen"
            ),
            current,
        )

    @staticmethod
    def choose_folder(parent: QWidget, current: str) -> str:
        """The folder dialog for the output folder (tests replace it); "" when cancelled."""
        return QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("SettingsDialog", "Ablageordner wählen"), current
        )

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        tabs = QTabWidget()

        # documents
        self.template_edit = QLineEdit()
        self.template_edit.setPlaceholderText(self.tr("mitgelieferte Vorlage"))
        self.template_button = QPushButton(self.tr("Auswählen …"))
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_edit, 1)
        template_row.addWidget(self.template_button)
        self.output_edit = QLineEdit()
        self.output_edit.setPlaceholderText(self.tr("Ordner „Dokumente“"))
        self.output_button = QPushButton(self.tr("Auswählen …"))
        output_row = QHBoxLayout()
        output_row.addWidget(self.output_edit, 1)
        output_row.addWidget(self.output_button)
        self.secretary_name_edit = QLineEdit()
        self.secretary_role_combo = QComboBox()
        self.secretary_role_combo.setEditable(True)
        self.secretary_role_combo.addItems(
            [self.tr("Schriftführerin"), self.tr("Schriftführer"), self.tr("Schriftführung")]
        )
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("z. B. Potsdam"))
        self.signing_date_edit = QLineEdit()
        self.signing_date_edit.setPlaceholderText(self.tr("Datum der Sitzung (sonst TT.MM.JJJJ)"))
        self.layout_combo = QComboBox()
        for shipped in documents_pkg.shipped_layouts():
            self.layout_combo.addItem(shipped.label, shipped.name)
        self.layout_button = QPushButton(self.tr("Eigener Ordner …"))
        self.check_button = QPushButton(self.tr("Vorlage &prüfen"))
        self.check_button.setToolTip(
            self.tr("Schreibt eine Beispielsitzung mit der Vorlage, ohne eine Datei anzulegen")
        )
        layout_row = QHBoxLayout()
        layout_row.addWidget(self.layout_combo, 1)
        layout_row.addWidget(self.layout_button)
        layout_row.addWidget(self.check_button)
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        self.check_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        documents = QWidget()
        form = QFormLayout(documents)
        template_label = QLabel(self.tr("Word-&Vorlage:"))
        template_label.setBuddy(self.template_edit)
        output_label = QLabel(self.tr("&Ablageordner:"))
        output_label.setBuddy(self.output_edit)
        layout_label = QLabel(self.tr("&Layout:"))
        layout_label.setBuddy(self.layout_combo)
        form.addRow(layout_label, layout_row)
        form.addRow("", self.check_label)
        form.addRow(template_label, template_row)
        form.addRow(output_label, output_row)
        form.addRow(self.tr("&Name der Schriftführung:"), self.secretary_name_edit)
        form.addRow(self.tr("&Bezeichnung:"), self.secretary_role_combo)
        form.addRow(self.tr("&Ort für die Unterschrift:"), self.place_edit)
        form.addRow(self.tr("&Datum der Unterschrift:"), self.signing_date_edit)
        tabs.addTab(documents, self.tr("&Dokumente"))

        # votes and outcomes
        self.rule_combo = QComboBox()
        for key in MAJORITY_RULES:
            self.rule_combo.addItem(majority_rule_label(key), key)
        self.outcomes = EditableList(list(DEFAULT_OUTCOMES))
        votes = QWidget()
        votes_layout = QVBoxLayout(votes)
        rule_form = QFormLayout()
        rule_form.addRow(self.tr("&Mehrheit:"), self.rule_combo)
        votes_layout.addLayout(rule_form)
        group = QGroupBox(self.tr("Ergebnisse eines Tagesordnungspunkts"))
        QVBoxLayout(group).addWidget(self.outcomes)
        votes_layout.addWidget(group, 1)
        tabs.addTab(votes, self.tr("Abstimmung und &Ergebnis"))

        # reporting verbs
        self.verbs = EditableList(list(DEFAULT_VERBS))
        verbs = QWidget()
        verbs_layout = QVBoxLayout(verbs)
        hint = QLabel(
            self.tr(
                "Diese Wendungen bietet der Protokolleditor nach einem Namen an "
                "(„… erklärt, dass“). „…“ markiert die Stelle, an der weitergeschrieben wird."
            )
        )
        hint.setWordWrap(True)
        verbs_layout.addWidget(hint)
        verbs_layout.addWidget(self.verbs, 1)
        tabs.addTab(verbs, self.tr("&Redewendungen"))

        # language
        self.language_combo = QComboBox()
        for code, label in LANGUAGES:
            self.language_combo.addItem(label, code)
        self.language_note = QLabel(
            self.tr("Die Sprache der Oberfläche ändert sich beim nächsten Programmstart.")
        )
        self.language_note.setWordWrap(True)
        language = QWidget()
        language_form = QFormLayout(language)
        language_form.addRow(self.tr("Sprache der &Oberfläche:"), self.language_combo)
        language_form.addRow("", self.language_note)
        self.typography_check = QCheckBox(
            self.tr("&Typografie beim Schreiben: „…“, ‚…‘, Gedankenstrich – und Auslassung …")
        )
        self.spelling_check = QCheckBox(self.tr("Rechtschreibprüfung (&Deutsch)"))
        language_form.addRow("", self.typography_check)
        language_form.addRow("", self.spelling_check)
        tabs.addTab(language, self.tr("S&prache"))

        # follow-ups (Wiedervorlagen): what "nach der Sommerpause" and "nächste Sitzung" mean
        self.land_combo = QComboBox()
        for code, name in LAND_NAMES.items():
            self.land_combo.addItem(name, code)
        self.summer_edit = QLineEdit()
        self.next_meeting_spin = QSpinBox()
        self.next_meeting_spin.setRange(1, 365)
        self.next_meeting_spin.setSuffix(self.tr(" Tage"))
        followups = QWidget()
        followups_form = QFormLayout(followups)
        followups_form.addRow(self.tr("&Bundesland:"), self.land_combo)
        followups_form.addRow(self.tr("&Sommerpause (TT.MM.–TT.MM.):"), self.summer_edit)
        followups_form.addRow(
            self.tr("„&Nächste Sitzung“ ohne geplante Sitzung:"), self.next_meeting_spin
        )
        followups_hint = QLabel(
            self.tr(
                "Wiedervorlagen aus dem Beschlusstext: „vor/nach der Sommerpause“ richtet sich "
                "nach der Sommerpause, leer: die übliche Ihres Bundeslandes. „In der nächsten "
                "Sitzung“ ist die nächste geplante Sitzung des Gremiums, sonst so viele Tage "
                "nach der Sitzung. „Vorlage prüfen“ nennt, was die Kommunalverfassung des "
                "Bundeslandes in der Niederschrift verlangt und die Vorlage nie druckt."
            )
        )
        followups_hint.setWordWrap(True)
        followups_form.addRow(followups_hint)
        self.land_combo.currentIndexChanged.connect(lambda _i: self._show_land_summer())
        tabs.addTab(followups, self.tr("&Wiedervorlagen"))

        self.error_label = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Speichern"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))

        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.tabs = tabs

        self.template_button.clicked.connect(self._pick_template)
        self.layout_button.clicked.connect(self._pick_layout_folder)
        self.check_button.clicked.connect(self.check_templates)
        self.output_button.clicked.connect(self._pick_folder)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _fill(self, s: Settings) -> None:
        self.template_edit.setText(s.template)
        self.output_edit.setText(s.output_dir)
        self.secretary_name_edit.setText(s.secretary_name)
        self.secretary_role_combo.setCurrentText(s.secretary_role)
        self.place_edit.setText(s.place)
        self.signing_date_edit.setText(s.signing_date)
        self._select_layout(s.layout or documents_pkg.DEFAULT_LAYOUT)
        self.rule_combo.setCurrentIndex(max(self.rule_combo.findData(s.majority_rule), 0))
        self.outcomes.set_items(s.outcomes)
        self.verbs.set_items(s.verbs)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(s.language), 0))
        self.typography_check.setChecked(s.typography)
        self.spelling_check.setChecked(s.spelling)
        self.land_combo.setCurrentIndex(max(self.land_combo.findData(s.land), 0))
        self.summer_edit.setText(s.summer_break)
        self.next_meeting_spin.setValue(s.next_meeting_days)
        self._show_land_summer()

    def _show_land_summer(self) -> None:
        """The Land's usual summer break, shown where hers is typed."""
        land = str(self.land_combo.currentData() or "BB")
        self.summer_edit.setPlaceholderText(
            self.tr("üblich: {dates}").format(dates=summer_break_text(land))
        )

    def _pick_template(self) -> None:
        path = self.choose_template(self, self.template_edit.text())
        if path:
            self.template_edit.setText(path)

    def _select_layout(self, name: str) -> None:
        index = self.layout_combo.findData(name)
        if index < 0:  # a city's own folder
            self.layout_combo.addItem(self.tr("Eigenes Layout: {path}").format(path=name), name)
            index = self.layout_combo.count() - 1
        self.layout_combo.setCurrentIndex(index)

    def _layout_name(self) -> str:
        """The chosen layout; "" for the reference layout (the default follows updates)."""
        name = str(self.layout_combo.currentData() or "")
        return "" if name == documents_pkg.DEFAULT_LAYOUT else name

    def _pick_layout_folder(self) -> None:
        path = self.choose_layout_folder(self, str(self.layout_combo.currentData() or ""))
        if path:
            self._select_layout(path)

    def check_templates(self) -> None:
        """ "Vorlage prüfen": the Word template if one is set, else both of the layout; for a
        template that works, what the Bundesland's code requires that it never prints."""
        settings = self.current()
        try:
            if settings.template:
                files = [Path(settings.template).expanduser()]
            else:
                files = list(documents_pkg.layout_files(settings.layout).values())
        except KnownError as exc:
            self.check_label.setText(str(exc))
            return
        lines = []
        for path in files:
            findings = documents_pkg.check_template(path)
            if findings:
                lines.append(
                    self.tr("„{name}“ kann so nicht verwendet werden:").format(name=path.name)
                )
                lines.extend(f"  • {finding}" for finding in findings)
            else:
                lines.append(self.tr("„{name}“ ist in Ordnung.").format(name=path.name))
                # what the Land's municipal code requires and the template never prints
                lines.extend(
                    f"  • {warning}" for warning in documents_pkg.law_warnings(path, settings.land)
                )
        self.check_label.setText("\n".join(lines))

    def _pick_folder(self) -> None:
        path = self.choose_folder(self, self.output_edit.text())
        if path:
            self.output_edit.setText(path)

    # -- validation and saving -------------------------------------------------------------

    def current(self) -> Settings:
        """The settings as the form shows them."""
        return Settings(
            template=self.template_edit.text().strip(),
            output_dir=self.output_edit.text().strip(),
            outcomes=self.outcomes.items(),
            majority_rule=str(self.rule_combo.currentData() or "simple"),
            verbs=self.verbs.items(),
            secretary_name=self.secretary_name_edit.text().strip(),
            secretary_role=self.secretary_role_combo.currentText().strip(),
            place=self.place_edit.text().strip(),
            signing_date=self.signing_date_edit.text().strip(),
            layout=self._layout_name(),
            language=str(self.language_combo.currentData() or "de"),
            typography=self.typography_check.isChecked(),
            spelling=self.spelling_check.isChecked(),
            land=str(self.land_combo.currentData() or "BB"),
            summer_break=self.summer_edit.text().strip(),
            next_meeting_days=self.next_meeting_spin.value(),
        )

    def problems(self) -> list[str]:
        """What keeps the form's settings from being saved (the session's rule)."""
        return self.ops.settings_problems(self.current())

    def save(self) -> None:
        problems = self.problems()
        if problems:
            self._show_error("\n".join(problems))
            return
        settings = self.current()
        try:
            self.ops.save_settings(settings)
        except KnownError as exc:
            self._show_error(str(exc))
            return
        self.settings = settings
        self.accept()

    def _show_error(self, text: str) -> None:
        show_error(self.error_label, text)
