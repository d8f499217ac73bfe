"""The house rules on who may import whom, checked on the source itself (STYLE.md, Boundaries)."""

import ast
from pathlib import Path

import pytest

from conftest import ROOT

# The command line is an edge like web/: it alone (verifier/cli/) may use click and rich, and
# it starts the web server.
EDGE_PACKAGE = "verifier/cli/"
EDGE_ONLY = {"web", "flask", "gunicorn", "click", "rich"}


def imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def modules(package: str):
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("path", modules("index"), ids=lambda p: p.name)
def test_index_knows_nothing_of_motions_or_the_web(path):
    bad = [n for n in imports(path) if n.split(".")[0] in {"verifier", "web", "flask"}]
    assert bad == []


@pytest.mark.parametrize("path", modules("verifier"), ids=lambda p: p.name)
def test_verifier_uses_index_only_through_its_public_names(path):
    names = imports(path)
    assert [n for n in names if n.startswith("index.")] == []
    if not str(path.relative_to(ROOT)).startswith(EDGE_PACKAGE):
        assert [n for n in names if n.split(".")[0] in EDGE_ONLY] == []


@pytest.mark.parametrize("path", modules("web"), ids=lambda p: p.name)
def test_web_does_no_matching_or_vector_search(path):
    names = imports(path)
    assert [n for n in names if n.split(".")[0] in {"faiss", "rapidfuzz", "torch"}] == []
    assert [n for n in names if n in {"verifier.matching", "verifier.corpus", "index.store"}] == []


def test_every_command_has_help():
    from click.testing import CliRunner

    from verifier.cli import main

    def walk(group, prefix):
        for name, command in group.commands.items():
            yield prefix + [name], command
            if hasattr(command, "commands"):
                yield from walk(command, prefix + [name])

    for path, command in walk(main, []):
        assert command.help, f"verifier {' '.join(path)} has no help"
        result = CliRunner().invoke(main, path + ["--help"])
        assert result.exit_code == 0 and "Usage:" in result.output
