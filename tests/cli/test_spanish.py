"""Messages in Spanish (Mexico) when the user's language is Spanish."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.cli import assert_clean, lines, run_cli, run_process
from tests.helpers.vaults import PASSPHRASE


def test_wrong_passphrase_in_spanish(vault_dir: Path) -> None:
    refused = run_cli(
        "passwd", "--vault", vault_dir, "--passphrase-stdin",
        stdin=lines("no es", "otra"), lang="es_MX",
    )  # fmt: skip
    assert refused.status == 3
    assert "Frase de acceso incorrecta" in refused.stderr
    assert "clave de recuperación: casevault recover" in refused.stderr
    assert_clean(refused.stderr)


def test_info_labels_in_spanish(vault_dir: Path) -> None:
    shown = run_cli("info", "--vault", vault_dir, lang="es")
    assert shown.status == 0, shown.stderr
    assert f"Carpeta de la bóveda: {vault_dir}\n" in shown.stdout
    assert "Vinculación al equipo: desactivada (solo frase de acceso)\n" in shown.stdout
    assert "Espacios de clave: 4 (" in shown.stdout


def test_missing_vault_and_usage_in_spanish(tmp_path: Path) -> None:
    missing = run_cli("info", "--vault", tmp_path / "nada", lang="es_MX")
    assert missing.status == 1
    assert "No hay ninguna bóveda en esta carpeta" in missing.stderr
    assert "Para crear una bóveda ahí" in missing.stderr
    usage = run_cli("info", "--bogus", lang="es_MX")
    assert usage.status == 2
    assert "uso: casevault" in usage.stderr
    assert "argumentos no reconocidos" in usage.stderr


def test_help_in_spanish() -> None:
    helped = run_process("passwd", "--help", lang="es_MX")  # the language from the environment
    assert helped.status == 0
    assert "frase de acceso actual" in helped.stdout
    assert "--vault CARPETA" in helped.stdout


def test_success_message_in_spanish(vault_dir: Path) -> None:
    changed = run_cli(
        "passwd", "--vault", vault_dir, "--passphrase-stdin",
        stdin=lines(PASSPHRASE, "una frase nueva bastante larga y rara"), lang="es_MX",
    )  # fmt: skip
    assert changed.status == 0, changed.stderr
    assert "Frase de acceso cambiada" in changed.stderr


def test_import_problems_and_result_in_spanish(vault_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "casos.csv"
    bad.write_text("Código,Título,Estado\nA-1,Uno,Atlantis\n,Dos,abierto\n", encoding="utf-8")
    refused = run_cli(
        "import-csv", "cases", bad, "--vault", vault_dir, "--passphrase-stdin",
        stdin=lines(PASSPHRASE), lang="es_MX",
    )  # fmt: skip
    assert refused.status == 1
    assert (
        "Fila 2, columna “status”: “Atlantis” no es un valor conocido. Usa un código o una "
        "etiqueta en inglés o en español." in refused.stderr
    )
    assert "Fila 3, columna “code”: esta celda no puede estar vacía." in refused.stderr
    assert "No se importó nada: el archivo tiene 2 problemas." in refused.stderr
    assert_clean(refused.stderr)

    good = tmp_path / "bien.csv"
    good.write_text("Código,Título\nA-1,Uno\n", encoding="utf-8")
    imported = run_cli(
        "import-csv", "cases", good, "--vault", vault_dir, "--passphrase-stdin",
        stdin=lines(PASSPHRASE), lang="es_MX",
    )  # fmt: skip
    assert imported.status == 0, imported.stderr
    assert "Se importó 1 caso." in imported.stderr


def test_search_usage_error_in_spanish(vault_dir: Path) -> None:
    refused = run_cli("search", "x", "--state", "Atlantis", "--vault", vault_dir, lang="es_MX")
    assert refused.status == 2
    assert "“Atlantis” no es un valor conocido" in refused.stderr
    assert "uso: casevault search" in refused.stderr
