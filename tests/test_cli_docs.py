"""Docs that cannot drift: every CLI command has help text and appears in the README."""

from __future__ import annotations

from pathlib import Path

from typer.main import get_command
from typer.testing import CliRunner

from warta.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands() -> dict[str, object]:
    command = get_command(app)
    return dict(command.commands)  # type: ignore[attr-defined]


def test_every_command_has_help_and_is_in_the_readme() -> None:
    runner = CliRunner()
    commands = _commands()
    assert {"analyze", "run", "search", "show", "export", "serve"} <= set(commands)
    for name in commands:
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, (name, result.output)
        assert "Usage" in result.output
        assert f"warta {name}" in README, f"README does not document `warta {name}`"


def test_every_option_has_help_text() -> None:
    for name, command in _commands().items():
        for param in command.params:  # type: ignore[attr-defined]
            if param.param_type_name == "option" and param.name != "help":
                assert param.help, f"warta {name} --{param.name} has no help text"


def test_readme_names_the_two_commands() -> None:
    assert "make demo" in README
    assert "make test" in README
