"""Export through the dialog: to head office's key (opened with the real `age`), to a
passphrase, cancelled (no file left), and the recipients dialog refusing bad keys."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from casevault.core import exchange
from casevault.gui.exchange.export_dialog import ExportDialog
from casevault.gui.exchange.recipients_dialog import RecipientsDialog
from casevault.i18n import translations
from tests.helpers.gui_exchange import (
    decrypt_with_age,
    head_office_key,
    new_vault,
    pool_held,
    wait_idle,
)
from tests.helpers.gui_main_window import CANARY, add_known_cases, open_session
from tests.helpers.waits import WAIT_MS


def open_export(qtbot: QtBot, dialog: ExportDialog, target: Path) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    dialog.form.target.setText(str(target))


def test_whole_vault_to_head_office_opens_with_age(
    qtbot: QtBot, vault_dir: Path, tmp_path: Path
) -> None:
    session = open_session(vault_dir)
    known = add_known_cases(session)
    identity, public = head_office_key(tmp_path)
    exchange.add_recipient(session.vault, public, "Head office Oaxaca")
    dialog = ExportDialog(session, known["maria"])
    target = tmp_path / "out" / "export.age"
    target.parent.mkdir()
    open_export(qtbot, dialog, target)
    assert dialog.form.selected.isChecked()  # the selected case is offered first
    dialog.form.whole.setChecked(True)
    assert dialog.form.encryption.chosen_keys() == (public,)
    assert dialog.export_button.isEnabled(), dialog.message.text()
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=WAIT_MS)

    assert dialog.pages.currentWidget() is dialog.result_view
    data = target.read_bytes()
    assert CANARY.encode() not in data
    digest = hashlib.sha256(data).hexdigest()
    assert dialog.result_view.sha256.text().replace(" ", "") == digest
    assert dialog.result_view.file.text() == str(target)
    assert Path(dialog.result_view.signature.text()).is_file()
    assert dialog.result_view.signer.text() == exchange.signing_fingerprint(session.vault)
    with tarfile.open(fileobj=io.BytesIO(decrypt_with_age(identity, target))) as tar:
        names = tar.getnames()
        manifest = json.loads(tar.extractfile("manifest.json").read())  # type: ignore[union-attr]
        records = tar.extractfile("records.jsonl").read().decode()  # type: ignore[union-attr]
    assert "records.jsonl" in names
    assert manifest["vault_id"] == session.vault.header.vault_id
    assert CANARY in records  # the whole vault, every case
    session.lock()


@pytest.mark.slow
def test_one_case_to_a_passphrase_imports_elsewhere(
    qtbot: QtBot, vault_dir: Path, tmp_path: Path
) -> None:
    session = open_session(vault_dir)
    known = add_known_cases(session)
    dialog = ExportDialog(session, known["jose"])
    target = tmp_path / "jose.age"
    open_export(qtbot, dialog, target)
    assert not dialog.export_button.isEnabled()  # no recipient saved yet
    assert "recipient" in dialog.message.text()
    dialog.form.encryption.to_passphrase.setChecked(True)
    dialog.form.encryption.passphrase.setText("river lantern orchard velvet")
    dialog.form.encryption.confirmation.setText("river lantern orchard")
    assert not dialog.export_button.isEnabled() and "not the same" in dialog.message.text()
    dialog.form.encryption.confirmation.setText("river lantern orchard velvet")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=WAIT_MS)
    assert dialog.form.encryption.passphrase.text() == ""  # not kept once used
    other = new_vault(tmp_path / "other")
    preview = exchange.preview_import(
        other.vault, target, passphrase="river lantern orchard velvet"
    )
    assert preview.cases == ("CHP-2024-001",)
    session.lock()
    other.lock()


def test_cancel_leaves_no_file(qtbot: QtBot, vault_dir: Path, tmp_path: Path) -> None:
    session = open_session(vault_dir)
    add_known_cases(session)
    _identity, public = head_office_key(tmp_path)
    exchange.add_recipient(session.vault, public, "Head office")
    dialog = ExportDialog(session)
    target = tmp_path / "out" / "cancelled.age"
    target.parent.mkdir()
    open_export(qtbot, dialog, target)
    with pool_held():
        dialog.export_button.click()
        assert dialog.busy and dialog.progress.cancel_button.isEnabled()
        dialog.reject()  # Escape / Close while running means Cancel
        assert not dialog.progress.cancel_button.isEnabled()
    wait_idle(qtbot, dialog)
    assert "cancelled" in dialog.message.text()
    assert dialog.pages.currentWidget() is dialog.form
    assert list(target.parent.iterdir()) == []
    session.lock()


def test_recipients_refuse_bad_keys_and_show_fingerprints(
    qtbot: QtBot, vault_dir: Path, tmp_path: Path
) -> None:
    session = open_session(vault_dir)
    _identity, public = head_office_key(tmp_path)
    dialog = RecipientsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.signing.text() == exchange.signing_fingerprint(session.vault)

    dialog.key.setText("age1notakey")
    dialog.label.setText("Head office")
    dialog.add_button.click()
    assert dialog.error.isVisible() and dialog.error.text()
    assert dialog.table.rowCount() == 0 and exchange.list_recipients(session.vault) == []

    dialog.key.setText("AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ")
    dialog.add_button.click()
    assert "private key" in dialog.error.text() and dialog.key.text() == ""

    dialog.key.setText(public)
    dialog.label.setText("")
    dialog.add_button.click()
    assert "label" in dialog.error.text()

    with qtbot.waitSignal(dialog.changed, timeout=WAIT_MS):
        dialog.label.setText("Head office Oaxaca")
        dialog.add_button.click()
    assert not dialog.error.isVisible()
    assert dialog.table.rowCount() == 1
    saved = exchange.list_recipients(session.vault)[0]
    assert dialog.table.item(0, 0).text() == "Head office Oaxaca"
    assert dialog.table.item(0, 1).text() == saved.fingerprint
    assert dialog.recipient_keys() == [public]

    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.changed, timeout=WAIT_MS):
        dialog.remove_button.click()
    assert dialog.table.rowCount() == 0 and exchange.list_recipients(session.vault) == []
    session.lock()


def test_export_dialog_speaks_spanish(qtbot: QtBot, vault_dir: Path) -> None:
    translations.install("es_MX")
    session = open_session(vault_dir)
    add_known_cases(session)
    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Exportar"
    assert dialog.form.whole.text() == "&Toda la bóveda (un respaldo completo)"
    assert dialog.message.text() == ("Marca al menos un destinatario, o elige una frase de acceso.")
    dialog.form.chosen.setChecked(True)
    assert dialog.message.text() == "Marca al menos un caso para exportar."
    session.lock()
