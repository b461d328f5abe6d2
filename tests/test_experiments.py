"""helpers.experiments: a method compared over seeds, with values worked out here."""
import numpy as np
import pytest

import helpers as h
from helpers.experiments import over_seeds

ACCURACY = {"a": {1: 90.0, 2: 92.0, 3: 91.0}, "b": {1: 89.0, 2: 93.0, 3: 90.0}}


def study():
    return over_seeds({name: (lambda seed, name=name: {"dev": ACCURACY[name][seed]}) for name in ACCURACY},
                      seeds=[1, 2, 3])


def test_values_follow_the_seeds():
    np.testing.assert_array_equal(study().values("b", "dev"), [89.0, 93.0, 90.0])


def test_table_shows_every_seed_the_mean_the_spread_and_the_range():
    lines = study().table("dev").splitlines()
    assert lines[0].split() == ["seed", "1", "seed", "2", "seed", "3", "mean", "+-", "std", "min", "-", "max"]
    # a: mean 91, population std sqrt(2/3) = 0.816..., range 90 - 92
    assert lines[1].split() == ["a", "90.0", "92.0", "91.0", "91.0", "+-", "0.8", "90.0", "-", "92.0", "%"]


def test_wins_and_always():
    s = study()
    assert s.wins("dev") == {"a": 2, "b": 1}
    assert s.wins("dev", higher=False) == {"a": 1, "b": 2}
    assert not s.always("a", "b", "dev")
    np.testing.assert_array_equal(s.differences("a", "b", "dev"), [1.0, -1.0, 1.0])


def test_a_real_training_over_seeds():
    X, Y = h.make_moons(100, seed=0)

    def run(seed, dims):
        parameters, _ = h.train(X, Y, dims, learning_rate=0.3, num_iterations=50, seed=seed)
        return {"train": h.accuracy_percent(h.predict(X, parameters), Y)}

    s = over_seeds({"logistic": lambda seed: run(seed, [2, 1]), "hidden 8": lambda seed: run(seed, [2, 8, 1])},
                   seeds=range(3))
    assert s.values("logistic", "train").shape == (3,)
    assert sum(s.wins("train").values()) >= 3


def test_bad_input_is_named():
    with pytest.raises(ValueError, match="`seeds` must hold at least two seeds"):
        over_seeds({"a": lambda s: {}}, seeds=[1])
    with pytest.raises(TypeError, match="`runs` must be a dict"):
        over_seeds([lambda s: {}], seeds=[1, 2])
    with pytest.raises(TypeError, match="must return a dict of metrics"):
        over_seeds({"a": lambda s: 1.0}, seeds=[1, 2])
    with pytest.raises(ValueError, match="`method` must be one of"):
        study().values("c", "dev")
