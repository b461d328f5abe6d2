"""Every operator of every worked solution, changed one at a time: the mutants the checker must reject.

Each solution region (between ``### BEGIN SOLUTION`` and ``### END SOLUTION``) of each exercise cell
is parsed; every arithmetic, unary and comparison operator in it is replaced by its usual slip
(``+`` and ``-``, ``*`` and ``/``, ``@`` -> ``*``, ``**`` -> ``*``, ``//`` -> ``/``, a minus sign
dropped, ``<`` and ``>``, ``<=`` and ``>=``, ``==`` and ``!=``), giving one mutant cell per operator.
A mutant that still passes is either equivalent (it changes nothing the exercise returns: a
comparison that only decides what is printed) and listed in ``EQUIVALENT`` with the reason, or a
hole in the checker.
"""
from __future__ import annotations

import ast
import copy
import linecache
import math
from pathlib import Path

import nbformat
import numpy as np

import helpers as h

ROOT = Path(__file__).resolve().parent.parent

SWAPS = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult, ast.MatMult: ast.Mult,
         ast.Pow: ast.Mult, ast.FloorDiv: ast.Div, ast.Mod: ast.FloorDiv,
         ast.Lt: ast.Gt, ast.Gt: ast.Lt, ast.LtE: ast.GtE, ast.GtE: ast.LtE, ast.Eq: ast.NotEq, ast.NotEq: ast.Eq}
SYMBOL = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.MatMult: "@", ast.Pow: "**", ast.FloorDiv: "//",
          ast.Mod: "%", ast.Lt: "<", ast.Gt: ">", ast.LtE: "<=", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=",
          ast.USub: "unary -"}

EQUIVALENT = {
    # (exercise key, line of the mutated source, "old -> new"): why the mutant changes nothing checked
    ("optimize", "if print_cost and i % 100 == 0:", "== -> !="): "decides only what is printed",
    ("optimize", "if print_cost and i % 100 == 0:", "% -> //"): "decides only what is printed",
    ("nn_model", "if print_every and (i % print_every == 0 or i == num_iterations - 1):", "== -> !="): "printing",
    ("nn_model", "if print_every and (i % print_every == 0 or i == num_iterations - 1):", "% -> //"): "printing",
    ("nn_model", "if print_every and (i % print_every == 0 or i == num_iterations - 1):", "- -> +"): "printing",
    ("nn_model", 'print(f"Cost after iteration {i}: {costs[-1]:.4f}")', "unary - -> (dropped)"): "printing",
    ("backward_propagation_shallow", "dZ1 = (W2.T @ dZ2) * (1 - A1 ** 2)            # (n_h, m): tanh'(Z1) = 1 - A1^2",
     "@ -> *"): "with one output unit (the notebook's network) W2^T dZ2 and W2^T * dZ2 are the same outer product",
}


def _solution_lines(source):
    """Line numbers (1-based) inside the cell's solution regions."""
    inside, lines = False, set()
    for number, line in enumerate(source.splitlines(), start=1):
        if "### BEGIN SOLUTION" in line:
            inside = True
        elif "### END SOLUTION" in line:
            inside = False
        elif inside:
            lines.add(number)
    return lines


def _operators(tree, lines):
    """``(line number, start column, end column, old symbol, new symbol)`` of every operator on one line."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp) and type(node.op) in SWAPS and node.lineno in lines \
                and node.left.end_lineno == node.right.lineno == node.lineno:
            found.append((node.lineno, node.left.end_col_offset, node.right.col_offset, type(node.op), SWAPS[type(node.op)]))
        elif isinstance(node, ast.AugAssign) and type(node.op) in SWAPS and node.lineno in lines \
                and node.target.end_lineno == node.value.lineno == node.lineno:
            found.append((node.lineno, node.target.end_col_offset, node.value.col_offset, type(node.op), SWAPS[type(node.op)]))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and node.lineno in lines \
                and node.operand.lineno == node.lineno:
            found.append((node.lineno, node.col_offset, node.operand.col_offset, ast.USub, None))
        elif isinstance(node, ast.Compare) and node.lineno in lines:
            left = node.left
            for op, right in zip(node.ops, node.comparators):
                if type(op) in SWAPS and left.end_lineno == right.lineno == node.lineno:
                    found.append((node.lineno, left.end_col_offset, right.col_offset, type(op), SWAPS[type(op)]))
                left = right
    return sorted(found, key=lambda item: (item[0], item[1]))


def mutants(source):
    """``[(line number, line text, "old -> new", mutated source)]``: each operator of the solution regions
    changed in the source text itself, so the mutated cell keeps its lines, comments and numbering."""
    lines = source.splitlines()
    found = []
    for number, start, stop, old, new in _operators(ast.parse(source), _solution_lines(source)):
        line = lines[number - 1]
        # columns are in UTF-8 bytes; the solutions are ASCII
        between = line[start:stop]
        symbol = SYMBOL[old] if old is not ast.USub else "-"
        at = between.find(symbol if old is not ast.AugAssign else symbol)
        if old is ast.USub:
            replaced = line[:start] + line[start:stop].replace("-", "", 1) + line[stop:]
            change = "unary - -> (dropped)"
        else:
            at = between.find(symbol)
            if at < 0:
                continue
            replaced = line[:start + at] + SYMBOL[new] + line[start + at + len(symbol):]
            change = f"{symbol} -> {SYMBOL[new]}"
        mutated = "\n".join(lines[:number - 1] + [replaced] + lines[number:])
        try:
            ast.parse(mutated)
        except SyntaxError:
            continue
        found.append((number, line.strip(), change, mutated))
    return found


def notebook_namespace(notebook, replace=None):
    """The notebook's solution cells run in order (one replaced), as the learner's kernel would hold them."""
    nb = nbformat.read(ROOT / "notebooks" / f"{notebook}.ipynb", as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    seed = int(code.split("SEED = ", 1)[1].split()[0]) if "SEED = " in code else 0
    namespace = {"np": np, "h": h, "math": math, "copy": copy, "SEED": seed}
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("solution"):
            source = replace[1] if replace and replace[0] == meta["grade_id"] else cell.source
            filename = f"<cell {meta['grade_id']}{' mutated' if replace and replace[0] == meta['grade_id'] else ''}>"
            linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
            exec(compile(source, filename, "exec"), namespace)
    return namespace


def solution_cell(notebook, key):
    nb = nbformat.read(ROOT / "notebooks" / f"{notebook}.ipynb", as_version=4)
    return next(c.source for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == f"ex_{key}")
