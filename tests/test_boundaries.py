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


# verifier/'s layers, lowest first: a module may import its own layer and those below it, never
# one above (STYLE.md: group by layer and let the boundary test enforce the order). The core
# (models, errors, words: the nouns, the exception tree, the shared text rules) is below all.
LAYERS = ["core", "fetching", "reading", "search", "judging", "rendering", "batch", "api", "cli"]
CORE = {"models", "errors", "words", "__init__", "__main__"}


def layer_of(module: str) -> str:
    """The layer of a dotted module name under verifier (`verifier.search.corpus` → search)."""
    parts = module.split(".")[1:]
    if not parts or parts[0] in CORE:
        return "core"
    return parts[0] if parts[0] in LAYERS else "core"


@pytest.mark.parametrize("path", modules("verifier"), ids=lambda p: str(p.relative_to(ROOT)))
def test_verifier_imports_only_its_own_layer_and_those_below(path):
    relative = path.relative_to(ROOT).with_suffix("")
    own = layer_of(".".join(relative.parts))
    if relative.name == "__main__":
        own = "cli"
    above = [n for n in imports(path) if n.split(".")[0] == "verifier"
             and LAYERS.index(layer_of(n)) > LAYERS.index(own)]
    assert above == [], f"{relative} ({own}) imports a higher layer"


def test_every_verifier_module_sits_in_a_known_layer():
    loose = [p.name for p in (ROOT / "verifier").glob("*.py")
             if p.stem not in CORE and p.stem not in LAYERS]
    assert loose == [], "put new modules in a layer's package (reading, search, judging, …)"


@pytest.mark.parametrize("path", modules("web"), ids=lambda p: p.name)
def test_web_does_no_matching_or_vector_search(path):
    names = imports(path)
    assert [n for n in names if n.split(".")[0] in {"faiss", "rapidfuzz", "torch"}] == []
    assert [n for n in names if n in {"verifier.search.matching", "verifier.search.corpus", "index.store"}] == []


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
