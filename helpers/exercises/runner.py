"""Running a check: call the learner's function on every case, judge each output, then explain the first failure.

:func:`evaluate` judges one plain output against a case; it is the only comparison there is, used
in the learner's kernel and again, on the recorded outputs, by the grading preprocessor in a process
the learner's code never runs in (:mod:`helpers.exercises.grading`).

:func:`run_check` returns a :class:`~helpers.exercises.core.CheckResult`. For the first failing
case it says, in this order: what differs (the output part, the first differing entry, which parts
are right); the relation of the wrong value to the right one (:mod:`.relations`); the first wrong
intermediate and the learner's line that computed it (:mod:`.tracer`), or the line that raised;
the catalogued mistake whose behaviour equals the learner's on every case, if one does; and where
to ask for more (``hint``, ``solution``). It never prints the worked answer.
"""
from __future__ import annotations

import inspect
from typing import NamedTuple, Optional

import numpy as np

from .calling import InputChanged, call_case, function_info, with_globals
from .compare import Difference, compare, is_number
from .core import Case, CheckResult, Exercise, Failure, Variant, WrongOutput
from .plain import describe, plain
from .relations import Context, default_inputs, relation, zeroed_inputs
from .tracer import count_difference, first_wrong, loop_variables, record

__all__ = ["NOTEBOOK_WAY", "evaluate", "expected_output", "published_report", "run_check", "variant_cases", "variant_named"]

NOTEBOOK_WAY = Variant("the notebook's signature", accepts=lambda info: True)
_MORE = 'more help: hint("{key}") nudges you toward the formula; solution("{key}") shows a worked answer'


# ---- what is expected ------------------------------------------------------------------------------

def variant_cases(exercise, variant):
    if variant.cases is not None:
        return list(variant.cases)
    return [case for case in exercise.cases if variant.tags <= case.tags]


def variant_named(exercise, name):
    if name in (None, NOTEBOOK_WAY.name):
        return NOTEBOOK_WAY
    return next(v for v in exercise.variants if v.name == name)


def _seed_position(exercise, reference):
    names = list(inspect.signature(reference).parameters)
    return names.index(exercise.seed_argument) if exercise.seed_argument in names else None


def _with_generator(exercise, reference, case, generator):
    """The reference's output when it draws from ``generator`` instead of the case's seed."""
    args, kwargs = list(case.inputs()), dict(case.kwargs)
    position = _seed_position(exercise, reference)
    if position is None:
        return None
    if position < len(args):
        args[position] = generator
    else:
        kwargs[exercise.seed_argument] = generator
    return plain(reference(*args, **kwargs))


def case_seed(exercise, case):
    """The integer seed of a random case (the course seeds its global generator with it)."""
    args = case.inputs()
    position = _seed_position(exercise, exercise.reference)
    value = None
    if position is not None:
        value = args[position] if position < len(args) else case.kwargs.get(exercise.seed_argument)
    if isinstance(value, np.random.Generator):
        value = int(value.bit_generator.seed_seq.entropy)
    return int(value) if isinstance(value, (int, np.integer)) else None


def _other_seed(exercise, reference, case, output, args, seeds=range(21)):
    """The seed (0-20, either generator) whose draws the output holds, when it is not the case's own."""
    own = case_seed(exercise, case)
    for seed in seeds:
        if seed == own:
            continue
        for generator in (np.random.default_rng(seed), np.random.RandomState(seed)):
            drawn = _with_generator(exercise, reference, case, generator)
            if drawn is not None and compare_output(exercise, drawn, output, args) is None:
                return seed
    return None


_EXPECTED = {}


def expected_output(exercise, variant, case):
    """The canonical expected output of ``case`` (plain); computed once per case (cases are deterministic)."""
    key = (exercise.key, variant.name, case.name)
    if key not in _EXPECTED:
        if case.expected is not None:
            _EXPECTED[key] = plain(case.expected())
        else:
            reference = variant.reference if variant.cases is not None else exercise.reference
            _EXPECTED[key] = plain(with_globals(reference, case.environment)(*case.inputs(), **case.kwargs))
    return _EXPECTED[key]


def _draw_alternatives(exercise, variant, case):
    """Expected outputs of a random case under every accepted generator: ``[(words, output)]``."""
    reference = variant.reference if variant.cases is not None else exercise.reference
    seed = case_seed(exercise, case)
    found = [("np.random.default_rng(seed)", expected_output(exercise, variant, case))]
    for s, words in [(seed, "np.random.seed(seed) and np.random.randn"), *[
            (c, f"np.random.seed({c}) and np.random.randn (the course's seed)") for c in exercise.course_seeds]]:
        if s is not None:
            found.append((words, _with_generator(exercise, reference, case, np.random.RandomState(s))))
    return [(words, output) for words, output in found if output is not None]


def parts(exercise, output):
    """``{output name: value}`` of a canonical output (one part when the exercise has one output)."""
    if len(exercise.outputs) > 1 and isinstance(output, (tuple, list)) and len(output) == len(exercise.outputs):
        return dict(zip(exercise.outputs, output))
    return {exercise.outputs[0]: output}


# ---- judging one output ----------------------------------------------------------------------------

def compare_output(exercise, expected, got, args=None):
    if exercise.compare is not None:
        return exercise.compare(expected, got, exercise, args)
    names = exercise.outputs
    if len(names) > 1:
        if not isinstance(got, (tuple, list)) or len(got) != len(names):
            return Difference(exercise.name, "length", f"your function should return {len(names)} values "
                                                       f"({', '.join(names)}); it returned {describe(got)}", expected, got)
        # an optimizer's state is computed before the step that uses it: a wrong state is reported first
        order = sorted(range(len(names)), key=lambda k: names[k] not in exercise.may_change)
        for k in order:
            difference = compare(expected[k], got[k], names[k], exercise.rtol, exercise.atol)
            if difference:
                return difference
        return None
    return compare(expected, got, names[0], exercise.rtol, exercise.atol)


def _published_part(case, name, values, got_part):
    return compare(_as_arrays(values), got_part, name, rtol=0, atol=case.published_atol)


def _rounded(value):
    if isinstance(value, dict):
        return {key: _rounded(v) for key, v in value.items()}
    try:
        return np.round(np.asarray(value, dtype=float), 8).tolist()
    except (TypeError, ValueError):
        return describe(value)


def published_report(exercise, case, fn):
    """Lines printing the course's published values of ``case`` beside what ``fn`` returns on its inputs."""
    outcome = call_case(fn, case.inputs(), case.kwargs)
    if outcome.error is not None:
        return [f"{case.name}\n  your function raised {type(outcome.error).__name__}: {outcome.error}"]
    got = parts(exercise, outcome.output)
    lines = []
    for name, values in case.published.items():
        same = _published_part(case, name, values, got.get(name)) is None
        lines.append(f"{case.name}\n  {name} = {_rounded(got.get(name))}\n  course:  {_rounded(values)}"
                     f"  -> {'the same' if same else 'DIFFERENT'}")
    return lines


def _as_arrays(values):
    if isinstance(values, dict):
        return {key: _as_arrays(value) for key, value in values.items()}
    return np.asarray(values, dtype=float) if isinstance(values, list) else values


def normalize(exercise, variant, output, case):
    """The output in the notebook's convention (the course's conventions turned into it), or a Difference."""
    try:
        for step in (variant.normalize, exercise.normalize):
            if step is not None:
                output = step(output, case.inputs())
    except WrongOutput as error:
        return None, Difference("", "convention", str(error), None, output)
    return output, None


def evaluate(exercise, variant, case, output):
    """``None`` if the plain ``output`` of the learner's function is right for ``case``, else a Difference."""
    output, problem = normalize(exercise, variant, output, case)
    if problem:
        return problem
    if case.random:
        problem = exercise.properties(case.inputs(), output) if exercise.properties else None
        if problem or not case.exact:
            return problem
        alternatives = _draw_alternatives(exercise, variant, case)
        args = case.inputs()
        if not any(compare_output(exercise, expected, output, args) is None for _, expected in alternatives):
            reference = variant.reference if variant.cases is not None else exercise.reference
            unseeded = _with_generator(exercise, reference, case, np.random.RandomState(UNRELATED_SEED))
            if unseeded is not None and compare_output(exercise, unseeded, output, args) is None:
                return Difference(exercise.outputs[0], "unseeded", f"your function does not use its "
                                  f"`{exercise.seed_argument}` argument: it draws from NumPy's global generator as "
                                  f"it happens to be, so the same seed does not give the same numbers; draw from "
                                  f"the generator the task names, made from `{exercise.seed_argument}`", None, output)
            other = _other_seed(exercise, reference, case, output, args)
            if other is not None:
                return Difference(exercise.outputs[0], "seed", f"these are the draws of seed {other}, not of the "
                                  f"case's `{exercise.seed_argument}` ({case_seed(exercise, case)}): make the generator "
                                  f"from the `{exercise.seed_argument}` argument", None, output)
            difference = compare_output(exercise, alternatives[0][1], output, args)
            accepted = "; or ".join(words for words, _ in alternatives)
            return difference._replace(kind="draws", text=f"{difference.text} (the right properties, but not the "
                                                          f"numbers of the generator the task names: {accepted})")
        return None
    else:
        problem = compare_output(exercise, expected_output(exercise, variant, case), output, case.inputs())
        if problem:
            return problem
    return None  # the published values are the reference's to their printed digits (tests/test_exercises.py)


# ---- calling the learner's function ----------------------------------------------------------------

def _binds(fn, case):
    try:
        inspect.signature(fn).bind(*case.inputs(), **case.kwargs)
    except TypeError:
        return False
    except ValueError:  # no signature to read (a builtin): call it and see
        return True
    return True


def choose_variant(exercise, info):
    for variant in exercise.variants:
        if variant.accepts(info):
            return variant
    return NOTEBOOK_WAY


UNRELATED_SEED = 271828
"""Seeds NumPy's global generator before a function that is GIVEN its seed runs: if it draws from
the global generator without seeding it, its numbers are this seed's, and the check says so."""


def _takes_seed(exercise, variant, info):
    if variant.call is not None or variant.cases is not None:
        return False  # the course's own way: no seed argument, the check seeds as the course's tests do
    position = _seed_position(exercise, exercise.reference)
    return info.takes(exercise.seed_argument) or (position is not None and len(info.parameters) > position)


def run_case(exercise, variant, fn, case, info):
    target = with_globals(fn, case.environment, {**exercise.supply, **variant.supply})
    seed = None
    if case.random:
        seed = UNRELATED_SEED if _takes_seed(exercise, variant, info) else case_seed(exercise, case)
    reference = variant.reference if variant.cases is not None else exercise.reference
    names = tuple(inspect.signature(reference).parameters)
    return call_case(target, case.inputs(), case.kwargs, call=variant.call, legacy_seed=seed, names=names,
                     may_change=exercise.may_change)


# ---- explaining the first failure ------------------------------------------------------------------

def _numbers(exercise, variant, case):
    """Named numbers of the case for the factor relation: numeric arguments and m."""
    reference = variant.reference if variant.cases is not None else exercise.reference
    names = list(inspect.signature(reference).parameters)
    numbers = {}
    for name, value in zip(names, case.inputs()):
        if is_number(value) and float(value) not in (0.0, 1.0):
            numbers[name] = float(value)
        elif isinstance(value, np.ndarray) and value.ndim == 2 and value.shape[1] > 1 and "m" not in numbers:
            numbers["m"] = value.shape[1]
    return numbers


def _part_of(difference, exercise):
    """The output part a Difference is about (``dW`` for ``dW``, ``grads`` for ``grads["dW1"]``)."""
    for name in exercise.outputs:
        if difference.path == name or difference.path.startswith(name + "["):
            return name
    return exercise.outputs[0]


def _relation(exercise, variant, case, difference, runs):
    if difference.kind not in ("values", "shape") or difference.expected is None:
        return None
    part = _part_of(difference, exercise)
    expected = parts(exercise, expected_output(exercise, variant, case))
    others = {name: value for name, value in expected.items() if name != part}
    other_cases = {}  # only cases run before this one can leave something behind for it
    for other in variant_cases(exercise, variant):
        if other is case:
            break
        if not other.random:
            other_cases[other.name] = _leaf(parts(exercise, expected_output(exercise, variant, other)).get(part),
                                            difference.path, part)
    reference = variant.reference if variant.cases is not None else exercise.reference
    names = list(inspect.signature(reference).parameters)

    def zeroed():
        return [(words, _leaf(parts(exercise, plain(value)).get(part), difference.path, part))
                for words, value in zeroed_inputs(reference, case.inputs(), case.kwargs, lambda out: out, names)]

    def defaults():
        return [(words, _leaf(parts(exercise, plain(value)).get(part), difference.path, part))
                for words, value in default_inputs(reference, case.inputs(), case.kwargs)]

    context = Context(_numbers(exercise, variant, case), others, other_cases, zeroed, _input_leaves(case, names),
                      defaults)
    return relation(difference.expected, difference.got, difference.path, context)


def _input_leaves(case, names):
    """``{name: array}`` of every input array and input dict entry (``grads["dW1"]``)."""
    found = {}
    for name, value in zip(names, case.inputs()):
        if isinstance(value, np.ndarray):
            found[f"the input `{name}`"] = value
        elif isinstance(value, dict):
            found.update({f'the input `{name}["{k}"]`': v for k, v in value.items() if isinstance(v, np.ndarray)})
    return found


def _leaf(value, path, part):
    """The entry of ``value`` that ``path`` (``grads["dW1"]``, ``cache[0]``) names below ``part``."""
    rest = path[len(part):]
    while rest.startswith("["):
        close = rest.index("]")
        token, rest = rest[1:close], rest[close + 1:]
        try:
            value = value[token.strip('"')] if token.startswith('"') else value[int(token)]
        except (KeyError, IndexError, TypeError, ValueError):
            return None
    return value


def _explains(exercise, variant, mistake, runs):
    """True when ``mistake`` gives the learner's output on every case (runs: case -> (outcome, canonical))."""
    if variant.cases is not None or variant.call is not None:
        return False
    failing_first = sorted(runs.items(), key=lambda item: item[1][0].error is None and
                           evaluate(exercise, variant, item[0], item[1][0].output) is None)
    for case, (outcome, output) in failing_first:  # a mistake that misses a failing case is out at once
        if outcome.error is not None:
            wrong = call_case(with_globals(mistake.wrong, case.environment), case.inputs(), case.kwargs)
            if wrong.error is None or type(wrong.error) is not type(outcome.error) or str(wrong.error) != str(outcome.error):
                return False
            continue
        wrong = with_globals(mistake.wrong, case.environment)
        candidates = [plain(wrong(*case.inputs(), **case.kwargs))] if not case.random else \
            _mistake_draws(exercise, mistake, case)
        if not any(compare_output(exercise, c, output, case.inputs()) is None for c in candidates):
            return False
    return True


def _mistake_draws(exercise, mistake, case):
    seed = case_seed(exercise, case)
    found = [plain(mistake.wrong(*case.inputs(), **case.kwargs))]
    for s in ([seed] if seed is not None else []) + list(exercise.course_seeds):
        found.append(_with_generator(exercise, mistake.wrong, case, np.random.RandomState(s)))
    return [f for f in found if f is not None]


def catalogued(exercise, variant, runs):
    """The first catalogued mistake that behaves like the learner's function on every case."""
    for mistake in exercise.mistakes:
        try:
            with np.errstate(all="ignore"):
                if _explains(exercise, variant, mistake, runs):
                    return mistake
        except Exception:  # a mistake that cannot run on these inputs explains nothing (tests keep this rare)
            continue
    return None


class Where(NamedTuple):
    """What the tracer found: a sentence, the learner's line (number and text), the quantity, and its kind:
    "value" (a first wrong intermediate), "count" (a loop run another number of times) or "return"."""

    sentence: Optional[str] = None
    line_number: Optional[int] = None
    line: Optional[str] = None
    quantity: Optional[str] = None
    kind: Optional[str] = None


def where_it_goes_wrong(exercise, variant, fn, case):
    """A :class:`Where` from the tracer (all None when it cannot tell)."""
    from .solutions import model_function  # reads the worked answers only when a check fails

    model = model_function(exercise)
    if model is None or variant is not NOTEBOOK_WAY or case.random or not hasattr(fn, "__code__"):
        return Where()
    target = with_globals(fn, case.environment, {**exercise.supply, **variant.supply})
    solution = record(with_globals(model, case.environment), case.inputs(), case.kwargs, None)
    names = {item.name for item in solution.assignments} - loop_variables(fn) - loop_variables(model)
    learner = record(target, case.inputs(), case.kwargs, names)
    found = first_wrong(learner.assignments, solution.assignments, exercise.rtol, exercise.atol)
    if found:
        item, right = found
        difference = compare(right, item.value, item.name, exercise.rtol, exercise.atol)
        detail = f"\n    ({difference.text.split(': ', 1)[-1]})" if difference and item.name not in exercise.outputs else ""
        shown = f":\n      {item.line}" if item.line else ""
        return Where(f"the first of your values that differs from the worked solution's value of the same name is "
                     f"`{item.name}`, computed at line {item.line_number}{shown}{detail}",
                     item.line_number, item.line, item.name, "value")
    counted = count_difference(learner.assignments, solution.assignments) if learner.outcome.error is None else None
    if counted:
        name, mine, theirs, item = counted
        times = {1: "once", 2: "twice"}
        return Where(f"your function computes `{name}` {times.get(mine, f'{mine} times')}, the worked solution "
                     f"{times.get(theirs, f'{theirs} times')}: does a loop "
                     f"run once too often, or once too few? The last time is line {item.line_number}:\n      {item.line}",
                     item.line_number, item.line, name, "count")
    if learner.outcome.error is None and learner.return_line:
        number, text = learner.return_line
        agreeing = list(dict.fromkeys(a.name for a in learner.assignments if a.name in names))
        shown = ", ".join(agreeing[:6]) + (", ..." if len(agreeing) > 6 else "")
        before = (f"your intermediate values ({shown}) agree with the worked solution's; " if agreeing
                  else "")
        return Where(f"{before}the difference comes in at line {number}:\n      {text}", number, text, None, "return")
    return Where()


def _right_parts(exercise, expected, got, wrong_part):
    if len(exercise.outputs) < 2 or not isinstance(got, (tuple, list)) or len(got) != len(exercise.outputs):
        return None
    right = [name for name, e, g in zip(exercise.outputs, expected, got)
             if name != wrong_part and compare(e, g, name, exercise.rtol, exercise.atol) is None]
    if not right:
        return None
    return f"{' and '.join(f'`{name}`' for name in right)} {'is' if len(right) == 1 else 'are'} right"


# ---- messages --------------------------------------------------------------------------------------

def _not_started(exercise, fn, outcome):
    if outcome.in_function not in (None, getattr(fn, "__name__", None)):
        return (f"{exercise.key}: your function calls `{outcome.in_function}`, which is not written yet (it raises "
                f"NotImplementedError): write that one and run its cell first.")
    text = (f"{exercise.key}: not started yet. Write your code between the `### BEGIN SOLUTION` and "
            f"`### END SOLUTION` lines (or in place of `raise NotImplementedError()`), run that cell, then run "
            f"this check again.")
    namespace = getattr(fn, "__globals__", {})
    if exercise.course_name and callable(namespace.get(exercise.course_name)) and exercise.course_name != exercise.name:
        text += (f" (You defined `{exercise.course_name}`, the course's name: this notebook calls the function "
                 f"`{exercise.name}`.)")
    return text


def _error_advice(exercise, error, case=None, info=None):
    text = str(error)
    if isinstance(error, InputChanged):
        return ("the notebook uses its inputs again after the call (the same starting parameters for several runs), "
                "so leave them as they are: compute new arrays (W = W - ...) instead of changing the given ones "
                "(W -= ...), and return a new dict")
    if isinstance(error, KeyError):
        dicts = [", ".join(map(str, value)) for value in (case.inputs() if case else ()) if isinstance(value, dict)]
        known = f" The dicts of this case have the keys {'; '.join(dicts)}." if dicts else ""
        fixed = ""
        if info is not None and isinstance(error.args[0] if error.args else None, str) and error.args[0] in info.strings:
            fixed = f" Your code names {text} itself: it is written for one depth, and this case's network has another."
        return f"a dict has no key {text}.{known}{fixed}"
    if isinstance(error, TypeError) and ("argument" in text or "positional" in text):
        return f"a function on that line is called with other arguments than it takes; this exercise is {exercise.signature}"
    if isinstance(error, (ValueError, TypeError)) and "unpack" in text:
        return ("that line unpacks a different number of values than the expression on its right gives: check "
                "what the function you call there returns")
    if isinstance(error, ValueError) and ("matmul" in text or "broadcast" in text or "shapes" in text or "align" in text):
        return "the shapes on that line do not fit together: write each array's shape next to the formula and compare"
    if isinstance(error, NameError):
        return ("that name is not defined here: a function from a cell you have not run yet, or a name of the course's "
                "own helper files")
    if isinstance(error, ZeroDivisionError):
        return "a division by zero: which quantity on that line is 0 for these inputs?"
    return None


def _raised_message(exercise, variant, fn, case, outcome, runs):
    error = outcome.error
    first = str(error).splitlines()[0][:200] if str(error) else ""
    if isinstance(error, InputChanged):
        lines = [f"{exercise.key}, case '{case.name}': {first}"]
    else:
        lines = [f"{exercise.key}, case '{case.name}': your function raised {type(error).__name__}: {first}"]
    if outcome.line:
        elsewhere = outcome.in_function not in (None, getattr(fn, "__name__", None)) and not outcome.in_function.startswith("<")
        where = f"line {outcome.line_number}" + (f" of {outcome.in_function}" if elsewhere else "")
        lines.append(f"  at {where}:\n      {outcome.line}")
    advice = _error_advice(exercise, error, case, function_info(fn))
    if advice:
        lines.append(f"  {advice}")
    for names, note in exercise.error_notes:
        if outcome.line and any(f"{name}(" in outcome.line for name in names):
            lines.append(f"  {note}")
    where = where_it_goes_wrong(exercise, variant, fn, case)
    if where.kind == "value":
        lines.append(f"  before that, {where.sentence}")
    mistake = catalogued(exercise, variant, runs)
    if mistake:
        lines.append(f"  hint: {mistake.hint}")
    lines.append("  " + _MORE.format(key=exercise.key))
    number, line = (where.line_number, where.line) if where.kind == "value" else (outcome.line_number, outcome.line)
    return Failure(case.name, "raised", where.quantity, number, line, None,
                   mistake.name if mistake else None, "\n".join(lines), type(error).__name__)


def _wrong_parts(exercise, expected, got):
    """Differences of every wrong output part, in output order."""
    if len(exercise.outputs) < 2 or not isinstance(got, (tuple, list)) or len(got) != len(exercise.outputs):
        return []
    found = [compare(e, g, name, exercise.rtol, exercise.atol) for name, e, g in zip(exercise.outputs, expected, got)]
    return [d for d in found if d is not None]


def _output_message(exercise, variant, fn, case, difference, runs):
    lines = [f"{exercise.key}, case '{case.name}': {difference.text}"]
    expected = expected_output(exercise, variant, case) if not case.random else None
    got = runs[case][1]
    right = _right_parts(exercise, expected, got, _part_of(difference, exercise)) if expected is not None else None
    reported = _part_of(difference, exercise)
    others = [d for d in (_wrong_parts(exercise, expected, got) if expected is not None else [])
              if _part_of(d, exercise) != reported]
    if others:
        lines.append("  " + "; ".join(d.text for d in others))
    if right:
        lines.append(f"  ({right})")
    found = None
    if case.random:
        found = difference.text if difference.kind != "draws" else None  # a property names what is wrong
    else:
        for d in [difference] + others:
            found = _relation(exercise, variant, case, d, runs)
            if found:
                break
    if found and not case.random:  # a random case's finding is its first line already
        lines.append(f"  {found}")
    where = where_it_goes_wrong(exercise, variant, fn, case)
    if where.sentence:
        lines.append(f"  {where.sentence}")
    if where.kind == "count":
        found = found or where.sentence.split(" The last time")[0]
    mistake = catalogued(exercise, variant, runs)
    if mistake:
        lines.append(f"  hint: {mistake.hint}")
    failing = [c.name for c, (o, out) in runs.items() if o.error is not None or out is None
               or evaluate(exercise, variant, c, o.output) is not None]
    lines.append(f"  {len(runs) - len(failing)} of {len(runs)} cases pass")
    lines.append("  " + _MORE.format(key=exercise.key))
    return Failure(case.name, "output", where.quantity or _part_of(difference, exercise), where.line_number, where.line,
                   found, mistake.name if mistake else None, "\n".join(lines), difference.kind)


# ---- the check -------------------------------------------------------------------------------------

def _signature_failure(exercise, fn, variant=None):
    try:
        theirs = f"{getattr(fn, '__name__', 'your function')}{inspect.signature(fn)}"
    except (TypeError, ValueError):
        theirs = "your function"
    text = variant.reject if variant is not None and variant.reject else (
        f"this exercise calls {exercise.signature}; yours is {theirs}, which cannot take those arguments")
    message = f"{exercise.key}: {text}\n  " + _MORE.format(key=exercise.key)
    kind = "convention" if variant is not None and variant.reject else "signature"
    return Failure("", kind, None, None, None, None, None, message)


def _supplied(exercise, variant, fn, info):
    """The names the check gave the function because the notebook does not define them."""
    namespace = getattr(fn, "__globals__", {})
    return [name for name in {**exercise.supply, **variant.supply} if name in info.names and name not in namespace]


def run_check(exercise: Exercise, fn) -> tuple:
    """Check ``fn`` on every case of ``exercise``: ``(CheckResult, {case name: Outcome}, variant)``."""
    if not callable(fn):
        failure = Failure("", "signature", message=f"{exercise.key}: pass your function itself, e.g. "
                                                  f"check({exercise.key!r}, {exercise.name}); got {describe(plain(fn))}")
        return CheckResult(exercise.key, False, 0, len(exercise.cases), failure=failure), {}, None
    info = function_info(fn)
    variant = choose_variant(exercise, info)
    cases = variant_cases(exercise, variant)
    if variant.reject or (variant is NOTEBOOK_WAY and not _binds(fn, cases[0])):
        return CheckResult(exercise.key, False, 0, len(cases), failure=_signature_failure(exercise, fn, variant)), {}, variant
    runs = {}
    for case in cases:
        outcome = run_case(exercise, variant, fn, case, info)
        if isinstance(outcome.error, NotImplementedError):
            failure = Failure(case.name, "not started", message=_not_started(exercise, fn, outcome))
            return CheckResult(exercise.key, False, 0, len(cases), failure=failure), {}, variant
        canonical = normalize(exercise, variant, outcome.output, case)[0] if outcome.error is None else None
        runs[case] = (outcome, canonical)
    verdicts = {case: (Difference("", "raised", "raised", None, None) if outcome.error is not None
                       else evaluate(exercise, variant, case, outcome.output)) for case, (outcome, _) in runs.items()}
    passed = sum(v is None for v in verdicts.values())
    way = None if variant is NOTEBOOK_WAY else variant.name
    if passed == len(cases):
        supplied = tuple(sorted(_supplied(exercise, variant, fn, info)))
        result = CheckResult(exercise.key, True, passed, len(cases), variant=way, supplied=supplied)
        return result, {c.name: o for c, (o, _) in runs.items()}, variant
    failing = [c for c, v in verdicts.items() if v is not None]
    case = next((c for c in failing if verdicts[c].kind not in ("draws", "seed")), failing[0])  # a property speaks louder
    outcome = runs[case][0]
    if outcome.error is not None:
        failure = _raised_message(exercise, variant, fn, case, outcome, runs)
    else:
        failure = _output_message(exercise, variant, fn, case, verdicts[case], runs)
    result = CheckResult(exercise.key, False, passed, len(cases), variant=way, failure=failure)
    return result, {c.name: o for c, (o, _) in runs.items()}, variant
