"""one_hot, accuracy and confusion_matrix on hand-worked examples."""
import numpy as np
import pytest

import helpers as h


def test_one_hot_hand_example():
    expected = np.array([[0, 1, 0, 0], [0, 0, 1, 0], [1, 0, 0, 1]], dtype=float)
    np.testing.assert_array_equal(h.one_hot([2, 0, 1, 2], 3), expected)
    np.testing.assert_array_equal(h.one_hot(np.array([[2, 0, 1, 2]]), 3), expected)  # (1, m) labels


def test_one_hot_columns_sum_to_one_and_argmax_gives_back_the_labels():
    labels = np.random.default_rng(0).integers(0, 10, size=50)
    Y = h.one_hot(labels, 10)
    assert Y.shape == (10, 50)
    np.testing.assert_array_equal(Y.sum(axis=0), np.ones(50))
    np.testing.assert_array_equal(Y.argmax(axis=0), labels)


@pytest.mark.parametrize("labels", [[0, 3], [-1, 0], [0.5, 1.0]])
def test_one_hot_rejects_labels_out_of_range(labels):
    with pytest.raises(ValueError, match="labels"):
        h.one_hot(labels, 3)


def test_accuracy_binary_hand_example():
    # matches in columns 1 and 3 out of 4 -> 50 %
    assert h.accuracy_percent(np.array([[1, 0, 1, 1]]), np.array([[1, 1, 1, 0]])) == 50.0
    assert h.accuracy_percent(np.array([[1, 0, 0]]), np.array([[1.0, 0.0, 0.0]])) == 100.0


def test_accuracy_against_one_hot_labels():
    Y = h.one_hot([0, 2, 1, 1, 2], 3)
    # predictions right in columns 0, 1 and 4 -> 3 / 5 = 60 %
    assert h.accuracy_percent(np.array([[0, 2, 0, 2, 2]]), Y) == pytest.approx(60.0)


def test_accuracy_shape_mismatch_is_reported():
    with pytest.raises(ValueError, match="predictions"):
        h.accuracy_percent(np.array([[1, 0, 1]]), np.array([[1, 0]]))


def test_confusion_matrix_hand_example():
    predictions = np.array([[0, 1, 2, 2, 1]])
    truth = np.array([[0, 1, 1, 2, 0]])
    # rows: true class, columns: predicted class
    # (0 -> 0), (1 -> 1), (1 -> 2), (2 -> 2), (0 -> 1)
    expected = np.array([[1, 1, 0], [0, 1, 1], [0, 0, 1]])
    np.testing.assert_array_equal(h.confusion_matrix(predictions, truth), expected)
    np.testing.assert_array_equal(h.confusion_matrix(predictions, h.one_hot(truth, 3)), expected)


def test_confusion_matrix_with_more_classes_than_seen():
    counts = h.confusion_matrix(np.array([[0, 1]]), np.array([[0, 0]]), num_classes=4)
    expected = np.zeros((4, 4), dtype=int)
    expected[0, 0] = expected[0, 1] = 1
    np.testing.assert_array_equal(counts, expected)


def test_confusion_matrix_diagonal_sum_agrees_with_accuracy():
    rng = np.random.default_rng(1)
    truth = rng.integers(0, 4, size=(1, 200))
    predictions = np.where(rng.random((1, 200)) < 0.7, truth, rng.integers(0, 4, size=(1, 200)))
    counts = h.confusion_matrix(predictions, truth, num_classes=4)
    assert counts.sum() == 200
    assert 100.0 * np.trace(counts) / 200 == pytest.approx(h.accuracy_percent(predictions, truth))
    np.testing.assert_array_equal(counts.sum(axis=1), np.bincount(truth.ravel(), minlength=4))


def test_confusion_matrix_rejects_labels_beyond_num_classes():
    with pytest.raises(ValueError, match="`predictions`"):
        h.confusion_matrix(np.array([[0, 5]]), np.array([[0, 1]]), num_classes=3)


def test_accuracy_rejects_probabilities_instead_of_labels():
    with pytest.raises(ValueError, match="`predictions`"):
        h.accuracy_percent(np.array([[0.7, 0.2, 0.9]]), np.array([[1, 0, 1]]))
