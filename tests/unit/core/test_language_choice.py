"""The language code mirrored beside the vault for the CLI: only a code is written or read back,
the file is private, "as the system" removes it, and the vault's save writes it."""

from __future__ import annotations

import stat

import pytest

from app.core.language_choice import FILE_NAME, read_choice, write_choice
from app.policy.personal import PersonalSettings
from app.vault.operations.settings import save_personal


def test_a_code_goes_in_and_comes_back_and_nothing_else(tmp_path):
    assert read_choice(tmp_path) is None  # no file: as the system
    write_choice(tmp_path, "pt_BR")
    assert (tmp_path / FILE_NAME).read_text(encoding="ascii") == "pt_BR\n"
    assert stat.S_IMODE((tmp_path / FILE_NAME).stat().st_mode) == 0o600
    assert read_choice(tmp_path) == "pt_BR"
    write_choice(tmp_path, None)
    assert not (tmp_path / FILE_NAME).exists() and read_choice(tmp_path) is None


@pytest.mark.parametrize("content", ["de; rm -rf /\n", "../../etc\n", "\xff\xfe", "", "deutsch-sprache-lang\n"])
def test_anything_but_a_language_code_reads_as_the_system(tmp_path, content):
    (tmp_path / FILE_NAME).write_bytes(content.encode("latin-1"))
    assert read_choice(tmp_path) is None


def test_a_code_that_is_not_one_is_never_written(tmp_path):
    write_choice(tmp_path, "de")
    write_choice(tmp_path, "not a code")
    assert not (tmp_path / FILE_NAME).exists()


def test_an_unwritable_directory_does_not_fail_the_save(tmp_path):
    write_choice(tmp_path / "missing", "de")  # best effort: the vault holds the setting
    assert not (tmp_path / "missing").exists()


def test_saving_the_personal_settings_mirrors_the_language_beside_the_vault(vault_conn, data_dir):
    save_personal(vault_conn, PersonalSettings(language="de"), now=1.0)
    assert read_choice(data_dir.data_dir) == "de"
    save_personal(vault_conn, PersonalSettings(), now=2.0)  # as the system again
    assert not (data_dir.data_dir / FILE_NAME).exists()
