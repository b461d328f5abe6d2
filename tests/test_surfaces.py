"""2-D cost surfaces: gradients against two-sided finite differences, optimizer paths against
closed forms and recurrences written out here, and bad input."""
import numpy as np
import pytest

import helpers as h
from helpers.surfaces import (
    SURFACES,
    BowlSurface,
    SaddleSurface,
    Surface,
    ValleySurface,
    make_surface,
    optimizer_path,
    surface_grid,
)

ALL_SURFACES = [BowlSurface(), BowlSurface(a=1.0, b=5.0), ValleySurface(), ValleySurface(c=100.0), SaddleSurface()]


def finite_difference(surface, w, epsilon=1e-6):
    grad = np.zeros(2)
    for i in range(2):
        step = np.zeros(2)
        step[i] = epsilon
        grad[i] = (surface(w + step)[0] - surface(w - step)[0]) / (2 * epsilon)
    return grad


@pytest.mark.parametrize("surface", ALL_SURFACES, ids=repr)
def test_gradient_matches_finite_differences(surface):
    rng = np.random.default_rng(0)
    for _ in range(20):
        w = rng.uniform(-2.5, 2.5, size=2)
        _, grad = surface(w)
        assert grad.shape == (2,)
        assert h.relative_difference(grad, finite_difference(surface, w)) < 1e-7


@pytest.mark.parametrize("surface", ALL_SURFACES, ids=repr)
def test_value_and_gradient_work_element_by_element_on_arrays(surface):
    rng = np.random.default_rng(1)
    W1, W2 = rng.normal(size=(3, 4)), rng.normal(size=(3, 4))
    J = surface.value(W1, W2)
    d1, d2 = surface.gradient(W1, W2)
    assert J.shape == d1.shape == d2.shape == (3, 4)
    for i, j in [(0, 0), (1, 2), (2, 3)]:
        value, grad = surface(np.array([W1[i, j], W2[i, j]]))
        assert J[i, j] == pytest.approx(value, rel=1e-12)
        np.testing.assert_allclose([d1[i, j], d2[i, j]], grad, rtol=1e-12)


def test_values_worked_out_by_hand():
    assert BowlSurface(a=2.0, b=6.0)(np.array([1.0, -1.0]))[0] == pytest.approx(0.5 * (2.0 + 6.0))
    np.testing.assert_allclose(BowlSurface(a=2.0, b=6.0)(np.array([1.0, -1.0]))[1], [2.0, -6.0])
    # (1 - 0)^2 + 10 (1 - 0)^2 = 11 at (0, 1); gradient (-2, 20)
    value, grad = ValleySurface()(np.array([0.0, 1.0]))
    assert value == pytest.approx(11.0)
    np.testing.assert_allclose(grad, [-2.0, 20.0])
    value, grad = SaddleSurface()(np.array([0.5, 2.0]))
    assert value == pytest.approx(0.25 - 4.0)
    np.testing.assert_allclose(grad, [1.0, -4.0])


@pytest.mark.parametrize("surface", [BowlSurface(), ValleySurface()], ids=repr)
def test_minimum_has_zero_cost_and_zero_gradient(surface):
    value, grad = surface(np.array(surface.minimum))
    assert value == 0.0
    np.testing.assert_array_equal(grad, [0.0, 0.0])


def test_saddle_has_a_zero_gradient_but_no_minimum():
    value, grad = SaddleSurface()(np.zeros(2))
    assert value == 0.0 and not grad.any()
    assert SaddleSurface().minimum is None
    assert SaddleSurface()(np.array([0.0, 1.0]))[0] < 0 < SaddleSurface()(np.array([1.0, 0.0]))[0]


@pytest.mark.parametrize("lr", [0.01, 0.05, 0.09])
def test_gradient_descent_on_the_bowl_follows_the_closed_form(lr):
    bowl = BowlSurface(a=0.25, b=20.0)
    start = np.array([-5.0, 1.5])
    steps = 40
    path, costs = optimizer_path(bowl, h.GradientDescent(lr), start, steps)
    t = np.arange(steps + 1)
    expected = np.column_stack([(1 - lr * bowl.a) ** t * start[0], (1 - lr * bowl.b) ** t * start[1]])
    assert path.shape == (steps + 1, 2) and costs.shape == (steps + 1,)
    np.testing.assert_allclose(path, expected, rtol=1e-10, atol=1e-14)
    np.testing.assert_allclose(costs, 0.5 * (bowl.a * expected[:, 0] ** 2 + bowl.b * expected[:, 1] ** 2), rtol=1e-10)


def test_gradient_descent_with_a_schedule_multiplies_the_step_factors():
    bowl = BowlSurface(a=1.0, b=4.0)
    start = np.array([2.0, -1.0])
    schedule = h.inverse_time_decay(0.5)
    path, _ = optimizer_path(bowl, h.GradientDescent(0.2), start, 6, schedule=schedule)
    w = start.copy()
    for t in range(6):
        lr = 0.2 / (1 + 0.5 * t)
        w = w * np.array([1 - lr * bowl.a, 1 - lr * bowl.b])
        np.testing.assert_allclose(path[t + 1], w, rtol=1e-12)


def test_momentum_path_matches_the_recurrence():
    valley = ValleySurface()
    start = np.array([-1.5, 2.5])
    lr, beta = 0.02, 0.9
    path, _ = optimizer_path(valley, h.Momentum(lr, beta=beta), start, 25)
    w, v = start.copy(), np.zeros(2)
    for t in range(25):
        _, g = valley(w)
        v = beta * v + (1 - beta) * g
        w = w - lr * v
        np.testing.assert_allclose(path[t + 1], w, rtol=1e-10)


def test_first_adam_step_moves_each_coordinate_by_the_learning_rate():
    path, _ = optimizer_path(BowlSurface(), h.Adam(0.1), np.array([-5.0, 1.5]), 1)
    # v_hat / sqrt(s_hat) = g / |g| at t = 1: a step of lr against the sign of each gradient
    np.testing.assert_allclose(path[1] - path[0], [0.1, -0.1], rtol=1e-6)


def test_zero_steps_returns_the_start():
    path, costs = optimizer_path(BowlSurface(), h.GradientDescent(0.1), [1.0, 2.0], 0)
    np.testing.assert_array_equal(path, [[1.0, 2.0]])
    assert costs.tolist() == [pytest.approx(0.5 * (0.25 + 20.0 * 4.0))]


def test_gradient_noise_is_seeded_and_off_by_default():
    bowl = BowlSurface()
    exact, _ = optimizer_path(bowl, h.GradientDescent(0.05), bowl.start, 10)
    same_exact, _ = optimizer_path(bowl, h.GradientDescent(0.05), bowl.start, 10, seed=7)
    np.testing.assert_array_equal(exact, same_exact)
    noisy_a, _ = optimizer_path(bowl, h.GradientDescent(0.05), bowl.start, 10, gradient_noise=1.0, seed=3)
    noisy_b, _ = optimizer_path(bowl, h.GradientDescent(0.05), bowl.start, 10, gradient_noise=1.0, seed=3)
    noisy_c, _ = optimizer_path(bowl, h.GradientDescent(0.05), bowl.start, 10, gradient_noise=1.0, seed=4)
    np.testing.assert_array_equal(noisy_a, noisy_b)
    assert not np.allclose(noisy_a, exact)
    assert not np.allclose(noisy_a, noisy_c)


def test_gradient_noise_is_added_to_the_gradient():
    # one step of gradient descent: w1 = w0 - lr (g + noise), noise = gradient_noise * N(0, 1) draws
    bowl = BowlSurface(a=1.0, b=1.0)
    start = np.array([1.0, -2.0])
    path, _ = optimizer_path(bowl, h.GradientDescent(0.1), start, 1, gradient_noise=0.5, seed=11)
    noise = 0.5 * np.random.default_rng(11).standard_normal(2)
    np.testing.assert_allclose(path[1], start - 0.1 * (start + noise), rtol=1e-12)


def test_diverging_learning_rate_raises_with_the_step_and_the_rate():
    with pytest.raises(h.TrainingDiverged, match=r"iteration \d+.*it was 1\b"):
        optimizer_path(BowlSurface(), h.GradientDescent(1.0), BowlSurface().start, 2000)


def test_the_optimizer_state_moves_on_and_the_schedule_sets_its_rate():
    opt = h.Adam(0.1)
    optimizer_path(BowlSurface(), opt, BowlSurface().start, 5, schedule=h.exponential_decay(0.5))
    assert opt.t == 5
    assert opt.learning_rate == pytest.approx(0.1 * 0.5 ** 4)


def test_surface_grid_evaluates_every_point():
    bowl = BowlSurface()
    W1, W2, J = surface_grid(bowl, extent=(-1, 2, -3, 4), resolution=7)
    assert W1.shape == W2.shape == J.shape == (7, 7)
    assert W1[0, 0] == -1 and W1[0, -1] == 2 and W2[0, 0] == -3 and W2[-1, 0] == 4
    np.testing.assert_allclose(J[3, 5], bowl(np.array([W1[3, 5], W2[3, 5]]))[0])
    W1, _, _ = surface_grid(bowl)
    assert W1.shape == (100, 100)
    assert W1.min() == bowl.extent[0] and W1.max() == bowl.extent[1]


def test_make_surface_by_name():
    assert set(SURFACES) == {"bowl", "valley", "saddle"}
    assert isinstance(make_surface("bowl", a=2.0), BowlSurface) and make_surface("bowl", a=2.0).a == 2.0
    assert isinstance(make_surface("valley"), ValleySurface)
    assert isinstance(make_surface("saddle"), SaddleSurface)
    assert all(isinstance(make_surface(name), Surface) for name in SURFACES)


@pytest.mark.parametrize("call, error, message", [
    (lambda: BowlSurface(a=0), ValueError, r"`a` must be in \(0, inf\); got 0"),
    (lambda: BowlSurface(b=-1.0), ValueError, r"`b` must be in \(0, inf\); got -1"),
    (lambda: BowlSurface(a="1"), TypeError, r"`a` must be a real number; got '1'"),
    (lambda: ValleySurface(c=float("nan")), ValueError, r"`c` must be in \(0, inf\); got nan"),
    (lambda: make_surface("cliff"), ValueError, r"`surface` must be one of 'bowl', 'valley', 'saddle'; got 'cliff'"),
    (lambda: BowlSurface()(np.zeros(3)), ValueError, r"`w` must have shape \(2,\), one value per weight; got shape \(3,\)"),
    (lambda: BowlSurface()(np.zeros((2, 1))), ValueError, r"`w` must be a 1-D array; got shape \(2, 1\)"),
    (lambda: optimizer_path(BowlSurface(), h.GradientDescent(0.1), [0.0, np.nan], 3), ValueError,
     r"`start` must contain only finite numbers"),
    (lambda: optimizer_path(BowlSurface(), h.GradientDescent(0.1), [0.0, 1.0], -1), ValueError,
     r"`steps` must be an integer in \[0, inf\]; got -1"),
    (lambda: optimizer_path(BowlSurface(), h.GradientDescent(0.1), [0.0, 1.0], 2.5), TypeError,
     r"`steps` must be an integer; got 2.5"),
    (lambda: optimizer_path("bowl", h.GradientDescent(0.1), [0.0, 1.0], 3), TypeError,
     r"`surface` must be a helpers.surfaces.Surface"),
    (lambda: optimizer_path(BowlSurface(), "gd", [0.0, 1.0], 3), TypeError, r"`optimizer` must be a helpers optimizer"),
    (lambda: optimizer_path(BowlSurface(), h.GradientDescent(0.1), [0.0, 1.0], 3, schedule=0.5), TypeError,
     r"`schedule` must be a function"),
    (lambda: optimizer_path(BowlSurface(), h.GradientDescent(0.1), [0.0, 1.0], 3, gradient_noise=-1.0), ValueError,
     r"`gradient_noise` must be in \[0, inf\); got -1"),
    (lambda: surface_grid(BowlSurface(), resolution=1), ValueError, r"`resolution` must be an integer in \[2, inf\]; got 1"),
    (lambda: surface_grid(BowlSurface(), extent=(1, 0, 0, 1)), ValueError, r"`extent` must have w1_min < w1_max"),
    (lambda: surface_grid(BowlSurface(), extent=(0, 1, 0)), ValueError, r"`extent` must be \(w1_min, w1_max, w2_min, w2_max\)"),
])
def test_bad_input_is_reported_at_the_call(call, error, message):
    with pytest.raises(error, match=message):
        call()
