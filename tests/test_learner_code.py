"""The checker against code its authors did not write (tests/learner_code/, see tests/learner_answers.py).

Every correct answer passes, the course's own conventions included; every wrong answer fails; the
course's deliberate differences fail with a line naming them; and the message names the real
mistake (the learner's wrong line, a catalogued mistake that explains every case, an exact relation
of the wrong value to the right one, or a difference that says what is wrong by itself) for at least
90 % of the wrong answers. The operator mutants of every worked solution (tests/operator_mutants.py)
are all rejected, apart from the equivalent ones listed there with their reasons.
"""
import collections

import pytest

from helpers.exercises import ExerciseFailed, all_exercises, check
from learner_answers import answers, names_the_mistake, run
from operator_mutants import EQUIVALENT, mutants, notebook_namespace, solution_cell

ANSWERS = answers()
BY_KIND = collections.defaultdict(list)
for _answer in ANSWERS:
    BY_KIND[_answer["kind"]].append(_answer)


@pytest.mark.parametrize("answer", BY_KIND["correct"], ids=[a["id"] for a in BY_KIND["correct"]])
def test_a_correct_answer_passes(answer):
    passed, result = run(answer)
    assert passed, result.failure.message


@pytest.mark.parametrize("answer", BY_KIND["wrong"] + BY_KIND["course_only"],
                         ids=[a["id"] for a in BY_KIND["wrong"] + BY_KIND["course_only"]])
def test_a_wrong_answer_fails(answer):
    passed, result = run(answer)
    assert not passed, f"accepted: {answer['mistake']}"


def test_the_message_names_the_mistake_of_nine_wrong_answers_in_ten():
    named = [names_the_mistake(a, run(a)[1]) for a in BY_KIND["wrong"]]
    share = sum(how is not None for how in named) / len(named)
    assert share >= 0.90, f"{share:.1%} named; by kind: {collections.Counter(named)}"


def test_the_courses_deliberate_differences_are_named():
    for answer in BY_KIND["course_only"]:
        passed, result = run(answer)
        assert names_the_mistake(answer, result) is not None or "the course's" in result.failure.message, \
            result.failure.message


EXERCISES = all_exercises()
MUTANTS = [(key, number, line, change, source) for key, exercise in EXERCISES.items()
           for number, line, change, source in mutants(solution_cell(exercise.notebook, key))]


def test_there_are_mutants_of_every_exercise_with_operators():
    keys = {key for key, *_ in MUTANTS}
    assert len(MUTANTS) >= 200 and len(keys) >= 45, (len(MUTANTS), sorted(set(EXERCISES) - keys))


def test_every_operator_mutant_is_rejected_unless_equivalent():
    accepted, listed = [], set()
    for key, number, line, change, source in MUTANTS:
        exercise = EXERCISES[key]
        try:
            check(key, notebook_namespace(exercise.notebook, (f"ex_{key}", source))[exercise.name])
        except ExerciseFailed:
            continue
        if (key, line, change) in EQUIVALENT:
            listed.add((key, line, change))
        else:
            accepted.append((key, number, line, change))
    assert not accepted, accepted
    assert listed == set(EQUIVALENT), f"listed as equivalent but now rejected or gone: {set(EQUIVALENT) - listed}"
