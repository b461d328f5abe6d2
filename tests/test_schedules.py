"""Learning-rate schedules, each value worked out by hand."""
import math

import pytest

import helpers as h


def test_constant():
    schedule = h.constant_rate()
    assert [schedule(0.3, epoch) for epoch in (0, 1, 50)] == [0.3, 0.3, 0.3]


@pytest.mark.parametrize("decay_rate, epoch, expected", [
    (1.0, 0, 0.1),        # 0.1 / (1 + 0)
    (1.0, 9, 0.01),       # 0.1 / (1 + 9)
    (0.5, 2, 0.05),       # 0.1 / (1 + 1)
    (0.0, 100, 0.1),      # no decay
])
def test_inverse_time_decay(decay_rate, epoch, expected):
    assert h.inverse_time_decay(decay_rate)(0.1, epoch) == pytest.approx(expected, rel=1e-14)


@pytest.mark.parametrize("base, epoch, expected", [
    (0.5, 0, 1.0),
    (0.5, 3, 0.125),
    (0.95, 2, 0.9025),
    (1.0, 40, 1.0),
])
def test_exponential_decay(base, epoch, expected):
    assert h.exponential_decay(base)(1.0, epoch) == pytest.approx(expected, rel=1e-14)


@pytest.mark.parametrize("k, epoch, expected", [
    (1.0, 0, 0.2),              # 0.2 * 1 / sqrt(1)
    (1.0, 3, 0.1),              # 0.2 / sqrt(4)
    (2.0, 8, 0.2 * 2 / 3),      # 0.2 * 2 / sqrt(9)
])
def test_inverse_sqrt_decay(k, epoch, expected):
    assert h.inverse_sqrt_decay(k)(0.2, epoch) == pytest.approx(expected, rel=1e-14)


def test_staircase_decay_is_flat_within_an_interval_then_drops():
    schedule = h.staircase_decay(decay_rate=1.0, time_interval=10)
    rates = [schedule(0.6, epoch) for epoch in range(35)]
    # epochs 0-9: 0.6 ; 10-19: 0.6 / 2 ; 20-29: 0.6 / 3 ; 30-34: 0.6 / 4
    expected = [0.6] * 10 + [0.3] * 10 + [0.2] * 10 + [0.15] * 5
    assert rates == pytest.approx(expected, rel=1e-14)


def test_staircase_with_interval_one_equals_inverse_time_decay():
    stair, inverse = h.staircase_decay(0.7, 1), h.inverse_time_decay(0.7)
    for epoch in range(20):
        assert stair(0.05, epoch) == pytest.approx(inverse(0.05, epoch), rel=1e-14)


def test_schedules_are_decreasing():
    for schedule in (h.inverse_time_decay(0.2), h.exponential_decay(0.9), h.inverse_sqrt_decay(1.0)):
        rates = [schedule(1.0, epoch) for epoch in range(30)]
        assert all(a > b for a, b in zip(rates, rates[1:])), repr(schedule)


def test_schedules_have_a_readable_name():
    assert repr(h.inverse_time_decay(0.5)) == "inverse_time_decay(0.5)"
    assert repr(h.staircase_decay(1, 100)) == "staircase_decay(1, 100)"


@pytest.mark.parametrize("make, argument", [
    (lambda: h.inverse_time_decay(-1.0), "decay_rate"),
    (lambda: h.exponential_decay(0.0), "base"),
    (lambda: h.exponential_decay(1.5), "base"),
    (lambda: h.inverse_sqrt_decay(0.0), "k"),
    (lambda: h.staircase_decay(1.0, 0), "time_interval"),
    (lambda: h.staircase_decay(-0.5, 10), "decay_rate"),
])
def test_bad_schedule_arguments_are_named(make, argument):
    with pytest.raises(ValueError, match=f"`{argument}`"):
        make()


def test_inverse_sqrt_matches_the_lecture_with_epochs_from_one():
    # the lecture's k / sqrt(epoch_num) with epoch_num = epoch + 1
    for epoch in range(5):
        assert h.inverse_sqrt_decay(3.0)(1.0, epoch) == pytest.approx(3.0 / math.sqrt(epoch + 1))
