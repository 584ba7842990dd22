"""Vietnamese problem reports for the rules files: where (file, line, key) and what is allowed.

Two kinds of problem: a YAML syntax error (PyYAML's English turned into a Vietnamese sentence
with line and column), and a schema error (schema.py's pydantic models; each error's `loc` is
mapped to the line of its YAML node). Lines come from a pure-Python `yaml.compose` pass made only
when something is wrong: a good file is loaded once, by libyaml, and never composed. Loading and
caching are loader.py's; the schema itself schema.py's.
"""

from __future__ import annotations

import difflib
import typing
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ValidationError

from tdkt.rules import schema


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    key: str  # the key path as the clerk reads it: items[K1].figure
    message: str

    def __str__(self) -> str:
        where = self.file + (f", dòng {self.line}" if self.line else "")
        return f"{where}, {self.key}: {self.message}" if self.key else f"{where}: {self.message}"


def describe(problems: list[Problem]) -> str:
    """All problems as one message: a single line, or a count and one line each."""
    if len(problems) == 1:
        return str(problems[0])
    return f"Có {len(problems)} lỗi:\n" + "\n".join(f"- {p}" for p in problems)


# --- YAML syntax ----------------------------------------------------------------------------

# PyYAML's problem text (start) -> what the clerk should look at.
_SYNTAX = [
    ("expected <block end>", "thụt lề không đúng: dòng này không thẳng hàng với các khóa hoặc các "
                             "phần tử '-' cùng cấp ở trên"),
    ("did not find expected key", "thụt lề không đúng: dòng này không thẳng hàng với các khóa cùng cấp"),
    ("did not find expected '-'", "thụt lề không đúng: phần tử danh sách phải bắt đầu bằng '- ' thẳng hàng"),
    ("mapping values are not allowed", "dấu ':' không được phép ở đây — thụt lề không đúng, hoặc một cụm "
                                       "từ có dấu ':' cần đặt trong dấu nháy ('...')"),
    ("could not find expected ':'", "thiếu dấu ':' sau tên khóa (hoặc thụt lề không đúng)"),
    ("found character '\\t'", "có ký tự Tab: chỉ thụt lề bằng dấu cách"),
    ("found unexpected end of stream", "thiếu dấu nháy đóng của chuỗi"),
    ("found unknown escape character", "ký tự '\\' không hợp lệ trong chuỗi nháy kép \"...\" (biểu thức "
                                       "chính quy nên đặt trong nháy đơn '...')"),
    ("expected ',' or ']'", "danh sách [...] thiếu dấu ',' giữa các phần tử hoặc thiếu dấu ']' đóng"),
    ("expected ',' or '}'", "bảng {...} thiếu dấu ',' giữa các khóa hoặc thiếu dấu '}' đóng"),
    ("found undefined alias", "tham chiếu '*' đến một tên chưa khai báo bằng '&'"),
    ("found duplicate anchor", "tên '&' bị khai báo hai lần"),
    ("found character", "ký tự này không được mở đầu một giá trị: đặt giá trị trong dấu nháy ('...')"),
]


def syntax_problem(text: str, path: Path | str) -> Problem | None:
    """The Vietnamese syntax problem of a YAML text (pure-Python parser's wording), or None."""
    import yaml

    try:
        yaml.load(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        said = str(exc.problem or "")
        message = next((vi for en, vi in _SYNTAX if said.startswith(en)), "lỗi cú pháp YAML")
        if mark is None:
            return Problem(str(path), None, "", message)
        return Problem(str(path), mark.line + 1, f"cột {mark.column + 1}", message)
    except yaml.YAMLError:
        return Problem(str(path), None, "", "lỗi cú pháp YAML")
    return None


def duplicate_keys(text: str, path: Path | str) -> list[Problem]:
    """Keys written twice in one mapping: YAML keeps the last silently, the first is lost."""
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []
    out: list[Problem] = []
    stack = [(root, "")]
    seen_nodes: set[int] = set()
    while stack:
        node, where = stack.pop()
        if node is None or id(node) in seen_nodes:
            continue
        seen_nodes.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys: dict[str, int] = {}
            for k, v in node.value:
                name = str(k.value)
                if name in keys:
                    out.append(Problem(str(path), k.start_mark.line + 1, _join(where, name),
                                       f"khóa '{name}' viết hai lần trong cùng một bảng (lần đầu ở dòng "
                                       f"{keys[name]}); chỉ lần sau được dùng"))
                keys.setdefault(name, k.start_mark.line + 1)
                stack.append((v, _join(where, name)))
        elif isinstance(node, yaml.SequenceNode):
            for n, v in enumerate(node.value):
                stack.append((v, f"{where}[{_node_name(v) or f'thứ {n + 1}'}]"))
    return sorted(out, key=lambda p: p.line or 0)


def _node_name(node) -> str | None:
    """A list element's `id` (or `name`), as the schema's key paths show it: items[K1]."""
    import yaml

    if isinstance(node, yaml.MappingNode):
        for key in ("id", "name"):
            found = next((v for k, v in node.value if k.value == key and isinstance(v, yaml.ScalarNode)), None)
            if found is not None:
                return str(found.value)
    return None


# --- schema errors ------------------------------------------------------------------------------

def schema_problems(exc: ValidationError, raw: dict, origin: dict[str, tuple[Path, str]],
                    default: tuple[Path, str], model: type[BaseModel] = schema.Ruleset) -> list[Problem]:
    """pydantic's errors as located Vietnamese problems. `origin` names the file (path, text) that
    each top-level key came from (a rules file and its includes); others are in `default`."""
    out: list[Problem] = []
    roots: dict[Path, object] = {}
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        path, text = origin.get(str(loc[0]), default) if loc else default
        if path not in roots:
            roots[path] = _compose(text)
        line, key_line = _line_of(roots[path], loc)
        out.append(Problem(str(path), key_line if err["type"] == "extra_forbidden" else line,
                           _key_path(raw, loc), _message(err, loc, model)))
    unique = list(dict.fromkeys(out))
    return sorted(unique, key=lambda p: (p.file, p.line or 0))


def _compose(text: str):
    import yaml

    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None


def _line_of(root, loc: tuple) -> tuple[int | None, int | None]:
    """(line of the node at `loc` or of its nearest existing parent, line of its key)."""
    import yaml

    node, key_node = root, None
    for part in loc:
        if part == "[key]":
            node = key_node or node
            continue
        if isinstance(node, yaml.MappingNode):
            found = next(((k, v) for k, v in node.value if str(k.value) == str(part)), None)
            if found is None:
                break  # a missing key: its parent's line
            key_node, node = found
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            key_node, node = None, node.value[part]
        else:
            break
    if node is None:
        return None, None
    line = node.start_mark.line + 1
    return line, (key_node.start_mark.line + 1 if key_node is not None else line)


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _key_path(raw, loc: tuple) -> str:
    """items.3.figure -> items[K1].figure; a list element without id or name -> [thứ 4]."""
    out, value = "", raw
    for part in loc:
        if part == "[key]":
            continue
        if isinstance(part, int):
            element = value[part] if isinstance(value, list) and part < len(value) else None
            name = element.get("id", element.get("name")) if isinstance(element, dict) else None
            out += f"[{name}]" if name is not None else f"[thứ {part + 1}]"
            value = element
        else:
            out = _join(out, str(part))
            value = value.get(part) if isinstance(value, dict) else None
    return out


def _message(err: dict, loc: tuple, model: type[BaseModel]) -> str:
    kind, ctx, given = err["type"], err.get("ctx") or {}, err.get("input")
    names = [p for p in loc if isinstance(p, str) and p != "[key]"]
    key = names[-1] if names else "giá trị"
    if kind == "tdkt":
        return str(ctx.get("message") or err["msg"])
    if kind == "extra_forbidden":
        allowed = _allowed_keys(model, loc[:-1])
        guess = difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.6)
        hint = f" — có phải '{guess[0]}'?" if guess else ""
        return f"khóa không rõ: {loc[-1]}{hint} (các khóa được phép: {', '.join(allowed)})"
    if kind == "missing":
        return f"thiếu khóa bắt buộc '{loc[-1]}'"
    if kind == "literal_error":
        allowed = str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", ")
        return f"{key} '{given}' không hợp lệ (chọn: {allowed})"
    if kind.startswith("bool"):
        return f"{key} phải là true hoặc false, không phải '{given}'"
    if kind.startswith("int"):
        return f"{key} phải là số nguyên, không phải '{given}'"
    if kind.startswith("float") or kind == "number_type":
        return f"{key} phải là một số, không phải '{given}'"
    if kind.startswith("string"):
        return f"{key} phải là chữ, không phải '{given}'"
    if kind == "list_type":
        return f"{key} phải là danh sách cụm từ hoặc giá trị ([a, b], hoặc mỗi phần tử một dòng bắt đầu bằng '- ')"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return f"{key} phải là một bảng 'khóa: giá trị', không phải '{given}'"
    if kind == "too_short":
        return f"{key} không được để trống (cần ít nhất {ctx.get('min_length', 1)} phần tử)"
    if kind == "greater_than_equal":
        return f"{key} phải lớn hơn hoặc bằng {ctx.get('ge')}"
    if kind == "less_than_equal":
        return f"{key} phải nhỏ hơn hoặc bằng {ctx.get('le')}"
    return f"{key}: giá trị '{given}' không hợp lệ"


def _allowed_keys(model: type[BaseModel], loc: tuple) -> list[str]:
    """The keys the model at `loc` accepts (by alias), following fields, list elements and dict values."""
    current: object = model
    for part in loc:
        current = _unwrap(current)
        if typing.get_origin(current) in (list, dict):
            current = typing.get_args(current)[-1]  # `part` is the index or the dict key
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return []
        field = next((f for n, f in current.model_fields.items() if (f.alias or n) == part), None)
        if field is None:
            return []
        current = field.annotation
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return [f.alias or n for n, f in current.model_fields.items()]
    return []


def _unwrap(annotation):
    """Annotated[X, ...] -> X, X | None -> X."""
    for _ in range(4):
        if typing.get_origin(annotation) is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
            continue
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1 and type(None) in typing.get_args(annotation):
            annotation = args[0]
            continue
        break
    return annotation
