"""The import graph of a package, read from its source and from a real interpreter.

Two views, because each sees what the other cannot: the syntax tree sees every import
statement, also those inside functions that run only later; a child interpreter that
really imports every module sees what loading them drags in (a module that imports a
module that loads Qt). The rule tests use both; their own tests run these checkers on
small packages written to a temporary folder, so a checker that sees nothing fails.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "qtpy")


@dataclass(frozen=True)
class Import:
    """One import statement, resolved to the module it loads."""

    source: str  # the importing module
    target: str  # the module imported: `from a import b` is `a.b` when that is a module
    line: int
    local: bool  # inside a function: runs only when the function is called

    def __str__(self) -> str:
        where = "in a function" if self.local else "at the top"
        return f"{self.source}:{self.line} imports {self.target} ({where})"


def module_files(root: Path, package: str) -> dict[str, Path]:
    """Every module of `package` found under `root`, by dotted name."""
    found: dict[str, Path] = {}
    for path in sorted((root / package.replace(".", "/")).rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _resolve_relative(source: str, is_package: bool, level: int, module: str | None) -> str:
    base = source.split(".")
    if not is_package:
        base = base[:-1]
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join([*base, *([module] if module else [])])


class _Collector(ast.NodeVisitor):
    def __init__(self, source: str, is_package: bool, modules: Mapping[str, Path]) -> None:
        self.source = source
        self.is_package = is_package
        self.modules = modules
        self.depth = 0
        self.found: list[Import] = []

    def _add(self, target: str, line: int) -> None:
        self.found.append(Import(self.source, target, line, self.depth > 0))

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_FunctionDef = _function  # noqa: N815 - ast.NodeVisitor's naming
    visit_AsyncFunctionDef = _function  # noqa: N815
    visit_Lambda = _function  # noqa: N815

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(alias.name, node.lineno)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            base = _resolve_relative(self.source, self.is_package, node.level, node.module)
        else:
            base = node.module or ""
        for alias in node.names:
            submodule = f"{base}.{alias.name}"
            self._add(submodule if submodule in self.modules else base, node.lineno)


def imports(modules: Mapping[str, Path]) -> list[Import]:
    """Every import statement of these modules, top-level and function-local alike
    (one entry per imported module and line)."""
    found: dict[Import, None] = {}
    for name, path in modules.items():
        collector = _Collector(name, path.name == "__init__.py", modules)
        collector.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        found.update(dict.fromkeys(collector.found))
    return list(found)


def package_imports(root: Path, package: str) -> list[Import]:
    return imports(module_files(root, package))


def within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def graph(found: Iterable[Import], package: str) -> dict[str, set[str]]:
    """Module -> the modules of `package` it imports (parents implied by a dotted
    import are not edges: a package's facade importing its own modules is no cycle)."""
    edges: dict[str, set[str]] = {}
    for item in found:
        edges.setdefault(item.source, set())
        if within(item.target, package) and item.target != item.source:
            edges[item.source].add(item.target)
    return edges


def cycles(edges: Mapping[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    counter = 0

    def visit(start: str) -> None:  # iterative: deep graphs must not hit the recursion limit
        nonlocal counter
        work: list[tuple[str, list[str]]] = [(start, sorted(edges.get(start, ())))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, todo = work[-1]
            if todo:
                nxt = todo.pop(0)
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, sorted(edges.get(nxt, ()))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    components.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return sorted(components)


def local_imports(found: Iterable[Import], package: str) -> list[Import]:
    """Function-local imports of the package's own modules (they hide cycles)."""
    return [i for i in found if i.local and within(i.target, package)]


def crossing(found: Iterable[Import], sources: str, targets: Iterable[str]) -> list[Import]:
    """Imports from modules in `sources` of anything within one of `targets`."""
    wanted = tuple(targets)
    return [
        i for i in found if within(i.source, sources) and any(within(i.target, t) for t in wanted)
    ]


def outside(found: Iterable[Import], package: str, layer: str) -> list[Import]:
    """Imports from modules in `layer` of modules of `package` outside `layer`."""
    return [
        i
        for i in found
        if within(i.source, layer) and within(i.target, package) and not within(i.target, layer)
    ]


_CHILD = """
import importlib, json, pkgutil, sys
package = sys.argv[1]
baseline = set(sys.modules)
root = importlib.import_module(package)
loaded = {package: sorted(set(sys.modules) - baseline)}
report = {"modules": [package], "errors": {}, "loaded": loaded}
def failed(name):
    report["errors"][name] = repr(sys.exc_info()[1])
for info in pkgutil.walk_packages(root.__path__, package + ".", onerror=failed):
    before = set(sys.modules)
    try:
        importlib.import_module(info.name)
    except Exception as exc:
        report["errors"][info.name] = repr(exc)
        continue
    report["modules"].append(info.name)
    report["loaded"][info.name] = sorted(set(sys.modules) - before)
print(json.dumps(report))
"""


@dataclass(frozen=True)
class Loaded:
    """What importing every module of a package in a fresh interpreter loaded."""

    modules: list[str]  # walked and imported, in order
    errors: dict[str, str]  # module -> the exception importing it raised
    newly: dict[str, list[str]]  # module -> what its import loaded that was not loaded yet

    def culprits(self, prefixes: Iterable[str]) -> dict[str, list[str]]:
        """Which module's import first loaded something within one of `prefixes`."""
        wanted = tuple(prefixes)
        return {
            module: hits
            for module, loaded in self.newly.items()
            if (hits := [m for m in loaded if any(within(m, p) for p in wanted)])
        }


def load_all(package: str, search_path: Iterable[Path] = ()) -> Loaded:
    """Walk `package` with pkgutil.walk_packages in one child interpreter, importing
    every module, and report what each import loaded."""
    env = dict(os.environ)
    extra = [str(p) for p in search_path]
    env["PYTHONPATH"] = os.pathsep.join([*extra, *filter(None, [env.get("PYTHONPATH")])])
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, package],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=600,
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return Loaded(report["modules"], report["errors"], report["loaded"])


# -- the rules: each returns its offenders as stable "source -> target" lines -------------


def unknown(found: Iterable[str], known_offenders: Mapping[str, str]) -> list[str]:
    """The offenders not yet known, and the known ones that no longer occur (a fixed
    offender must leave the list, so the list only shrinks)."""
    found = list(found)
    return [f for f in found if f not in known_offenders] + [
        f"{entry} (fixed: remove it from tests/rules/known.py)"
        for entry in known_offenders
        if entry not in found
    ]


def arrow(source: str, target: str) -> str:
    return f"{source} -> {target}"


def _arrows(found: Iterable[Import]) -> list[str]:
    return sorted({arrow(i.source, i.target) for i in found})


def qt_loaders(loaded: Loaded) -> list[str]:
    """Modules whose import loaded Qt, and modules that could not be imported at all
    (a module the walk cannot import is a module the rule did not check)."""
    found = [arrow(m, hits[0]) for m, hits in loaded.culprits(QT_MODULES).items()]
    return sorted(found + [arrow(m, f"import failed: {e}") for m, e in loaded.errors.items()])


def layer_escapes(found: Iterable[Import], loaded: Loaded, package: str, layer: str) -> list[str]:
    """Modules of `layer` that import, or whose import loads, modules of `package`
    outside `layer` (the packages `layer` sits in are loaded by any import of it)."""
    parents = {".".join(layer.split(".")[:n]) for n in range(1, layer.count(".") + 1)}
    loads = [
        arrow(m, hit)
        for m, hits in loaded.culprits([package]).items()
        for hit in hits
        if not within(hit, layer) and hit not in parents
    ]
    return sorted(set(_arrows(outside(found, package, layer)) + loads))


def forbidden(
    found: Iterable[Import], loaded: Loaded | None, sources: str, targets: Iterable[str]
) -> list[str]:
    """Modules in `sources` that import (or whose import loads) one of `targets`."""
    wanted = list(targets)
    loads = (
        []
        if loaded is None
        else [arrow(m, hit) for m, hits in loaded.culprits(wanted).items() for hit in hits]
    )
    return sorted(set(_arrows(crossing(found, sources, wanted)) + loads))


def import_cycles(found: Iterable[Import], package: str) -> list[str]:
    """Each cycle as its modules joined by " <-> "."""
    return [" <-> ".join(c) for c in cycles(graph(found, package))]


def hidden_imports(found: Iterable[Import], package: str) -> list[str]:
    return _arrows(local_imports(found, package))


def is_test_module(name: str) -> bool:
    last = name.rsplit(".", 1)[-1]
    return last == "conftest" or last.startswith("test_") or last.endswith("_test")


def cross_test_imports(found: Iterable[Import], tests: str, helpers: str) -> list[str]:
    """Test modules importing another test module or a conftest: what tests share lives
    in `helpers` (a suite's own support module beside its tests, not a test, is fine)."""
    return _arrows(
        i
        for i in found
        if within(i.target, tests)
        and i.target != tests
        and not within(i.target, helpers)
        and (is_test_module(i.target) or i.target.rsplit(".", 1)[0] != i.source.rsplit(".", 1)[0])
    )
