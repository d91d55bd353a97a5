"""Safe YAML loading that remembers where every key came from.

Rule and config errors must name the file, the line and the field. PyYAML's
composed node tree has the marks; we build the data from that one parse and a
map from key paths to lines. Tags
beyond the safe set are refused by SafeLoader, alias expansion is bounded,
duplicate keys are errors.

libyaml's parser (when PyYAML has it) builds the same nodes with the same marks
about ten times faster; a file with any error is read again by the pure-Python parser,
so messages do not depend on which one is installed. ``yaml`` is imported only
when a file is read: the start-up path of a run without config needs none.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

if TYPE_CHECKING:
    import yaml


class SourceError(Exception):
    """A problem in a user-supplied file, rendered as one line: ``path:line: message``."""

    def __init__(self, path: str | Path, message: str, line: int | None = None) -> None:
        self.path, self.line, self.message = str(path), line, message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class Located:
    """YAML data plus the line of every key path (tuples of keys and indexes)."""

    def __init__(self, path: str, data: Any, lines: dict[tuple, int]) -> None:
        self.path, self.data, self._lines = path, data, lines

    def line(self, loc: Iterable[Any]) -> int | None:
        """The line of the deepest known prefix of ``loc``."""
        key: tuple = ()
        best = self._lines.get(())
        for part in loc:
            key = key + (part,)
            if key in self._lines:
                best = self._lines[key]
        return best


def load(path: str | Path, text: str | None = None) -> Located:
    """Parse ``path`` (or ``text`` named as ``path``) safely, keeping key lines."""
    path = str(path)
    if text is None:
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise SourceError(path, "not valid UTF-8") from None
        except OSError as exc:
            raise SourceError(path, f"cannot read: {exc.strerror or exc}") from None
    import yaml

    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return _load(path, text, fast)
        except SourceError:
            pass  # the pure-Python parser below words every error
    return _load(path, text, yaml.SafeLoader)


def _load(path: str, text: str, loader_class) -> Located:
    import yaml

    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return Located(path, None, {})
        lines: dict[tuple, int] = {}
        _walk(path, node, lines)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise SourceError(path, f"invalid YAML: {problem}", line) from None
    except yaml.YAMLError as exc:
        raise SourceError(path, f"invalid YAML: {exc}") from None
    finally:
        loader.dispose()
    return Located(path, data, lines)


# An alias may reuse a list (shared lexicons are handy in rule files), but the
# expanded document must stay small: this is what stops a "billion laughs".
MAX_EXPANDED_NODES = 200_000


def _walk(path: str, root: "yaml.Node", lines: dict) -> None:
    """Record key lines, refuse duplicate and merge keys, bound alias expansion."""
    import yaml

    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, tuple, bool]] = [(root, (), False)]
    while stack:  # iterative: deep YAML must not hit the recursion limit
        node, key, done = stack.pop()
        if done:
            open_nodes.discard(id(node))
            children = _children(node)
            sizes[id(node)] = 1 + sum(sizes.get(id(c), 1) for _, c in children)
            if sizes[id(node)] > MAX_EXPANDED_NODES:
                raise SourceError(path, "YAML aliases expand too far (alias bomb?)", node.start_mark.line + 1)
            continue
        if id(node) in sizes or id(node) in open_nodes:
            continue  # an alias to a node already seen: its size is known
        lines.setdefault(key, node.start_mark.line + 1)
        open_nodes.add(id(node))
        stack.append((node, key, True))
        if isinstance(node, yaml.MappingNode):
            names: set = set()
            for key_node, _ in node.value:
                name = key_node.value if isinstance(key_node, yaml.ScalarNode) else id(key_node)
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise SourceError(path, "YAML merge keys are not allowed", key_node.start_mark.line + 1)
                if name in names:
                    raise SourceError(path, f"duplicate key '{name}'", key_node.start_mark.line + 1)
                names.add(name)
                lines.setdefault(key + (name,), key_node.start_mark.line + 1)
        for child_key, child in reversed(_children(node)):
            if id(child) not in sizes:
                stack.append((child, key + (child_key,), False))


def _children(node: "yaml.Node") -> list[tuple[object, "yaml.Node"]]:
    import yaml

    if isinstance(node, yaml.MappingNode):
        return [(k.value if isinstance(k, yaml.ScalarNode) else id(k), v) for k, v in node.value]
    if isinstance(node, yaml.SequenceNode):
        return list(enumerate(node.value))
    return []


def describe_validation_error(located: Located, error: Any, loc_prefix: tuple = ()) -> SourceError:
    """Turn the first pydantic error into a one-line SourceError naming line and field."""
    first = error.errors()[0]
    loc = _data_path(located.data, loc_prefix + tuple(first["loc"]))
    field = ".".join(str(p) for p in loc[len(loc_prefix):] if not isinstance(p, int)) or "value"
    kind = first["type"]
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        message = f"unknown field '{loc[-1]}'"
    elif kind == "missing":
        message = f"missing field '{loc[-1]}'"
    else:
        message = f"field '{field}': {first['msg']}"
    rule_id = _rule_id(located.data, loc)
    if rule_id:
        message += f" in rule {rule_id}"
    return SourceError(located.path, message, located.line(loc))


def _data_path(data: Any, loc: tuple) -> tuple:
    """Drop the discriminator tags pydantic inserts into ``loc`` (they are not keys)."""
    path: list = []
    node = data
    for part in loc:
        if isinstance(node, dict):
            if part in node:
                path.append(part)
                node = node[part]
                continue
            if isinstance(part, str) and node.get("kind") == part:
                continue  # the union's tag
            path.append(part)
            node = None
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            path.append(part)
            node = node[part]
        else:
            path.append(part)
            node = None
    return tuple(path)


def _rule_id(data: Any, loc: tuple) -> str | None:
    node = data
    found = None
    for part in loc:
        if isinstance(node, dict) and isinstance(node.get("id"), str) and "kind" in node:
            found = node["id"]
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
    if isinstance(node, dict) and isinstance(node.get("id"), str):
        found = node["id"]
    return found
