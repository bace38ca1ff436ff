from click.testing import CliRunner

from referat import __version__
from referat.cli import main


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_help_lists_purpose():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "offline" in result.output
