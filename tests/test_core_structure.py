"""The core's layout: subpackages with docstrings, no module at its root, no import cycle."""
import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / 'algorithms' / 'core'
PACKAGE = 'core'


def module_name(path):
    parts = (PACKAGE,) + path.relative_to(CORE).with_suffix('').parts
    return '.'.join(parts[:-1] if parts[-1] == '__init__' else parts)


def modules():
    return {module_name(p): p for p in sorted(CORE.rglob('*.py'))}


def resolve(node, path):
    """Absolute (core-relative) module an ImportFrom names, or None outside the core."""
    if node.level == 0:
        return None   # the core imports itself relatively only; absolute imports are third-party
    package = module_name(path).split('.')
    if path.name != '__init__.py':
        package = package[:-1]
    base = package[:len(package) - (node.level - 1)]
    return '.'.join(base + ([node.module] if node.module else []))


def import_graph():
    """{module: {(imported module, line, inside a function)}} over the core's relative imports."""
    known = modules()
    graph = {}
    for name, path in known.items():
        tree = ast.parse(path.read_text())
        functions = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
        nested = {id(n) for f in functions for n in ast.walk(f) if n is not f}
        edges = set()
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom):
                continue
            target = resolve(node, path)
            if target is None:
                continue
            for alias in node.names:   # `from . import x` imports the module x when there is one
                candidate = f'{target}.{alias.name}'
                edges.add((candidate if candidate in known else target, node.lineno, id(node) in nested))
        graph[name] = edges
    return graph


def find_cycle(graph):
    """One import cycle as a list of modules, or None (depth-first search)."""
    state, stack = {}, []

    def visit(node):
        state[node] = 'open'
        stack.append(node)
        for target, _, _ in sorted(graph.get(node, ())):
            if state.get(target) == 'open':
                return stack[stack.index(target):] + [target]
            if target not in state:
                found = visit(target)
                if found:
                    return found
        stack.pop()
        state[node] = 'done'
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_core_root_holds_only_the_package_init():
    assert sorted(p.name for p in CORE.glob('*.py')) == ['__init__.py']


def test_every_subpackage_has_a_paragraph_docstring():
    packages = [p for p in CORE.rglob('__init__.py')]
    assert len(packages) >= 11
    for init in packages:
        doc = ast.get_docstring(ast.parse(init.read_text()))
        assert doc and len(doc.split()) >= 15, f'{init.relative_to(CORE)} needs a one-paragraph docstring'


def test_no_import_cycle_and_no_import_inside_a_function():
    graph = import_graph()
    assert len(graph) >= 45
    cycle = find_cycle(graph)
    assert cycle is None, 'import cycle: ' + ' → '.join(cycle)
    hidden = [f'{name} line {line} imports {target}' for name, edges in graph.items()
              for target, line, nested in edges if nested]
    assert not hidden, hidden


def test_the_cycle_finder_finds_cycles():
    graph = {'a': {('b', 1, False)}, 'b': {('c', 1, False)}, 'c': {('a', 1, False)}, 'd': set()}
    assert find_cycle(graph) == ['a', 'b', 'c', 'a']
    assert find_cycle({'a': {('b', 1, False)}, 'b': set()}) is None
