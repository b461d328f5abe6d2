"""Datasets: the files match the hashes in datasets/README.md, the builder reproduces them byte for
byte, the loaders return the documented shapes and explain missing or damaged files, and the
generators draw what their docstrings describe."""
import hashlib
import re
from pathlib import Path

import numpy as np
import pytest

import helpers as h
import helpers.build_datasets as builder
import helpers.datasets as ds
from helpers.generators import GENERATORS as GENERATOR_TABLE

h5py = pytest.importorskip("h5py")

ROOT = Path(__file__).resolve().parent.parent
DATASETS = ROOT / "datasets"
README = (DATASETS / "README.md").read_text()
REBUILD = re.escape("python -m helpers.build_datasets")


def readme_hashes():
    """{file name: sha256} from the README table (rows ``| `name` | ... | `hash` |``)."""
    hashes = {}
    for line in README.splitlines():
        match = re.match(r"^\|\s*`([^`]+)`\s*\|.*\|\s*`([0-9a-f]{64})`\s*\|\s*$", line)
        if match:
            hashes[match.group(1)] = match.group(2)
    return hashes


def file_hash(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def planar_counts():
    """{set name: (m_train, m_test)} from the README's planar row, e.g. ``flower` (400 / 400)``."""
    row = next(line for line in README.splitlines() if line.startswith("| `planar.h5`"))
    return {name: (int(a), int(b)) for name, a, b in re.findall(r"`(\w+)` \((\d+) / (\d+)\)", row)}


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory):
    directory = tmp_path_factory.mktemp("rebuilt")
    builder.build(directory)
    return directory


# ---- files, hashes and the builder ------------------------------------------------------------

def test_readme_lists_every_shipped_file():
    hashes = readme_hashes()
    assert set(hashes) >= {"digits.h5", "planar.h5", "sample_digit.png"}
    shipped = {p.name for p in DATASETS.iterdir() if p.suffix in (".h5", ".png")}
    assert shipped - {"train_catvnoncat.h5", "test_catvnoncat.h5"} <= set(hashes)


@pytest.mark.parametrize("name", sorted(readme_hashes()))
def test_file_hash_matches_the_readme(name):
    assert file_hash(DATASETS / name) == readme_hashes()[name]


@pytest.mark.parametrize("name", sorted(readme_hashes()))
def test_rebuild_gives_byte_identical_files(rebuilt, name):
    assert (rebuilt / name).read_bytes() == (DATASETS / name).read_bytes()
    assert file_hash(rebuilt / name) == readme_hashes()[name]


def test_sha256_helper_agrees_with_hashlib():
    assert builder.sha256(DATASETS / "planar.h5") == file_hash(DATASETS / "planar.h5")


# ---- loaders ----------------------------------------------------------------------------------

def test_readme_counts_cover_every_planar_set():
    assert set(planar_counts()) == set(builder.PLANAR_SETS)


@pytest.mark.parametrize("name", sorted(builder.PLANAR_SETS))
def test_load_planar_shapes_dtypes_and_labels(name):
    m_train, m_test = planar_counts()[name]
    X_train, Y_train, X_test, Y_test = h.load_planar(name)
    assert X_train.shape == (2, m_train) and Y_train.shape == (1, m_train)
    assert X_test.shape == (2, m_test) and Y_test.shape == (1, m_test)
    assert X_train.dtype == np.float64 and X_test.dtype == np.float64
    assert np.issubdtype(Y_train.dtype, np.integer) and np.issubdtype(Y_test.dtype, np.integer)
    assert set(np.unique(Y_train)) == {0, 1} and set(np.unique(Y_test)) == {0, 1}
    assert np.isfinite(X_train).all() and np.isfinite(X_test).all()
    assert not np.array_equal(X_train[:, :m_test], X_test[:, :m_train])  # independent draws


@pytest.mark.parametrize("name", sorted(builder.PLANAR_SETS))
def test_frozen_planar_sets_equal_their_generator(name):
    # README: "Train uses seed 1, test seed 2"
    generator, m_train, m_test, options = builder.PLANAR_SETS[name]
    X_train, Y_train, X_test, Y_test = h.load_planar(name)
    X, Y = GENERATOR_TABLE[generator](m_train, seed=1, **options)
    np.testing.assert_array_equal(X_train, X)
    np.testing.assert_array_equal(Y_train, Y)
    X, Y = GENERATOR_TABLE[generator](m_test, seed=2, **options)
    np.testing.assert_array_equal(X_test, X)


def test_load_digits_documented_shapes_and_values():
    train_x, train_y, test_x, test_y, classes = h.load_image_dataset("digits")
    assert train_x.shape == (1438, 8, 8) and test_x.shape == (359, 8, 8)
    assert train_x.dtype == np.uint8 and test_x.dtype == np.uint8
    assert train_y.shape == (1, 1438) and test_y.shape == (1, 359)
    assert train_x.min() == 0 and train_x.max() == 16 and test_x.max() <= 16
    assert set(np.unique(train_y)) == set(range(10)) == set(np.unique(test_y))
    assert [c.decode() if isinstance(c, bytes) else c for c in classes] == [str(d) for d in range(10)]


def test_digits_test_split_is_stratified():
    _, train_y, _, test_y, _ = h.load_image_dataset("digits")
    for digit in range(10):
        n_train, n_test = int(np.sum(train_y == digit)), int(np.sum(test_y == digit))
        assert abs(n_test - 0.2 * (n_train + n_test)) <= 1, digit


def test_digits_train_and_test_partition_the_uci_images():
    # Disjoint and complete: together they are exactly scikit-learn's 1,797 images, each once.
    from sklearn.datasets import load_digits

    digits = load_digits()
    train_x, train_y, test_x, test_y, _ = h.load_image_dataset("digits")

    def rows(images, labels):
        return sorted(bytes(img.astype(np.uint8).tobytes()) + bytes([int(lab)]) for img, lab in zip(images, labels))

    ours = rows(np.concatenate([train_x, test_x]), np.concatenate([train_y[0], test_y[0]]))
    theirs = rows(digits.images, digits.target)
    assert len(ours) == 1797
    assert ours == theirs


def test_images_to_columns_hand_example():
    images = np.arange(8, dtype=np.uint8).reshape(2, 2, 2)
    columns = h.images_to_columns(images)
    assert columns.shape == (4, 2) and columns.dtype == np.float64
    np.testing.assert_array_equal(columns, np.array([[0, 4], [1, 5], [2, 6], [3, 7]]) / 16)
    photo = np.full((1, 2, 2, 3), 255, dtype=np.uint8)
    np.testing.assert_array_equal(h.images_to_columns(photo), np.ones((12, 1)))
    np.testing.assert_array_equal(h.images_to_columns(images, scale=2.0), np.array([[0, 4], [1, 5], [2, 6], [3, 7]]) / 2)


def test_digits_as_columns():
    train_x, *_ = h.load_image_dataset("digits")
    columns = h.images_to_columns(train_x)
    assert columns.shape == (64, 1438)
    assert columns.max() == 1.0 and columns.min() == 0.0
    np.testing.assert_array_equal(columns[:, 5], train_x[5].ravel() / 16.0)


# ---- missing, damaged and incomplete files ----------------------------------------------------

def test_missing_planar_file_says_how_to_rebuild(tmp_path):
    with pytest.raises(FileNotFoundError, match=REBUILD):
        h.load_planar("moons", directory=tmp_path)


def test_missing_digits_file_says_how_to_rebuild(tmp_path):
    with pytest.raises(FileNotFoundError, match=REBUILD):
        h.load_image_dataset("digits", directory=tmp_path)


@pytest.mark.parametrize("content", [b"this is not an HDF5 file at all" * 10, b"", bytes(range(256)) * 40])
def test_damaged_file_raises_value_error_with_the_rebuild_hint(tmp_path, content):
    (tmp_path / "planar.h5").write_bytes(content)
    with pytest.raises(ValueError, match=REBUILD):
        h.load_planar("moons", directory=tmp_path)


def test_truncated_file_raises_value_error(tmp_path):
    (tmp_path / "digits.h5").write_bytes((DATASETS / "digits.h5").read_bytes()[:2000])
    with pytest.raises(ValueError, match=REBUILD):
        h.load_image_dataset("digits", directory=tmp_path)


def test_missing_key_is_named(tmp_path):
    with h5py.File(tmp_path / "planar.h5", "w") as handle:
        group = handle.create_group("moons")
        group["X_train"] = np.zeros((2, 4))
        group["Y_train"] = np.zeros((1, 4), dtype=np.uint8)
        group["X_test"] = np.zeros((2, 4))
    with pytest.raises(ValueError, match="Y_test") as info:
        h.load_planar("moons", directory=tmp_path)
    assert re.search(REBUILD, str(info.value))


def test_missing_group_is_named(tmp_path):
    with h5py.File(tmp_path / "planar.h5", "w") as handle:
        handle.create_group("flower")
    with pytest.raises(ValueError, match="moons"):
        h.load_planar("moons", directory=tmp_path)


def test_wrong_dtype_is_reported(tmp_path):
    with h5py.File(tmp_path / "digits.h5", "w") as handle:
        handle["train_set_x"] = np.zeros((3, 8, 8))  # float instead of uint8
        handle["train_set_y"] = np.zeros(3, dtype=np.uint8)
        handle["list_classes"] = np.array([b"0", b"1"])
    with pytest.raises(ValueError, match="train_set_x"):
        h.load_image_dataset("digits", directory=tmp_path)


def test_mismatched_image_and_label_counts_are_reported(tmp_path):
    with h5py.File(tmp_path / "digits.h5", "w") as handle:
        handle["train_set_x"] = np.zeros((3, 8, 8), dtype=np.uint8)
        handle["train_set_y"] = np.zeros(2, dtype=np.uint8)
        handle["list_classes"] = np.array([b"0", b"1"])
    with pytest.raises(ValueError, match="3 images but 2 labels"):
        h.load_image_dataset("digits", directory=tmp_path)


# ---- the course's cat pictures (not shipped) --------------------------------------------------

def write_fake_cats(directory):
    rng = np.random.default_rng(0)
    with h5py.File(directory / "train_catvnoncat.h5", "w") as handle:
        handle["train_set_x"] = rng.integers(0, 256, size=(5, 4, 4, 3), dtype=np.uint8)
        handle["train_set_y"] = np.array([0, 1, 1, 0, 1], dtype=np.int64)
        handle["list_classes"] = np.array([b"non-cat", b"cat"])
    with h5py.File(directory / "test_catvnoncat.h5", "w") as handle:
        handle["test_set_x"] = rng.integers(0, 256, size=(2, 4, 4, 3), dtype=np.uint8)
        handle["test_set_y"] = np.array([1, 0], dtype=np.int64)
        handle["list_classes"] = np.array([b"non-cat", b"cat"])
    return directory


def test_cat_files_in_the_course_format_are_loaded(tmp_path):
    write_fake_cats(tmp_path)
    train_x, train_y, test_x, test_y, classes = h.load_image_dataset("catvnoncat", directory=tmp_path)
    assert train_x.shape == (5, 4, 4, 3) and train_x.dtype == np.uint8
    np.testing.assert_array_equal(train_y, [[0, 1, 1, 0, 1]])
    assert test_x.shape == (2, 4, 4, 3)
    np.testing.assert_array_equal(test_y, [[1, 0]])
    assert list(classes) == [b"non-cat", b"cat"]
    assert h.images_to_columns(train_x).shape == (48, 5)


def test_data_dir_follows_the_environment_variable(tmp_path, monkeypatch):
    write_fake_cats(tmp_path)
    monkeypatch.setenv("HELPERS_DATA_DIR", str(tmp_path))
    assert ds.data_dir() == tmp_path
    assert h.load_image_dataset("catvnoncat")[0].shape == (5, 4, 4, 3)


def test_without_cat_files_the_error_explains(tmp_path):
    with pytest.raises(FileNotFoundError) as info:
        h.load_image_dataset("catvnoncat", directory=tmp_path)
    message = str(info.value)
    assert "train_catvnoncat.h5" in message and "not shipped" in message


# ---- generators -------------------------------------------------------------------------------

GENERATORS = {
    "flower": h.make_flower,
    "moons": h.make_moons,
    "circles": h.make_circles,
    "blobs": h.make_blobs,
    "gaussian_quantiles": h.make_gaussian_quantiles,
    "spirals": h.make_spirals,
    "noisy_regions": h.make_noisy_regions,
}


@pytest.mark.parametrize("name", sorted(GENERATORS))
@pytest.mark.parametrize("m", [100, 101])
def test_generator_shapes_and_labels(name, m):
    X, Y = GENERATORS[name](m, seed=0)
    assert X.shape == (2, m) and X.dtype == np.float64
    assert Y.shape == (1, m) and np.issubdtype(Y.dtype, np.integer)
    assert set(np.unique(Y)) == {0, 1}
    ones = int(Y.sum())
    if name == "noisy_regions":  # two regions of about equal area, plus flipped labels
        assert 0.3 * m < ones < 0.7 * m
    elif name == "blobs":  # corners in turn: two of every four points are class 1
        assert ones == sum(1 for i in range(m) if i % 4 >= 2)
    else:
        assert ones in (m // 2, m - m // 2)


@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_generator_is_deterministic_per_seed(name):
    a, b, c = (GENERATORS[name](120, seed=s) for s in (3, 3, 4))
    np.testing.assert_array_equal(a[0], b[0])
    np.testing.assert_array_equal(a[1], b[1])
    assert not np.array_equal(a[0], c[0])


@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_noise_argument_moves_the_points(name):
    quiet, _ = GENERATORS[name](120, noise=0.0, seed=5)
    noisy, _ = GENERATORS[name](120, noise=0.3, seed=5)
    assert not np.allclose(quiet, noisy)


def test_generators_shuffle_the_classes():
    _, Y = h.make_moons(200, seed=0)
    assert not (np.all(Y[0, :100] == 0) and np.all(Y[0, 100:] == 1))


def test_circles_without_noise_lie_on_their_circles():
    X, Y = h.make_circles(200, noise=0.0, factor=0.3, seed=1)
    radius = np.hypot(X[0], X[1])
    np.testing.assert_allclose(radius[Y[0] == 0], 1.0, rtol=1e-12)
    np.testing.assert_allclose(radius[Y[0] == 1], 0.3, rtol=1e-12)


def test_moons_without_noise_lie_on_their_arcs():
    X, Y = h.make_moons(200, noise=0.0, seed=2)
    upper, lower = X[:, Y[0] == 0], X[:, Y[0] == 1]
    np.testing.assert_allclose(np.hypot(upper[0], upper[1]), 1.0, rtol=1e-12)
    assert np.all(upper[1] >= 0)
    np.testing.assert_allclose(np.hypot(lower[0] - 1.0, lower[1] - 0.5), 1.0, rtol=1e-12)
    assert np.all(lower[1] <= 0.5)


def test_blobs_without_noise_sit_on_the_corners_xor_style():
    X, Y = h.make_blobs(40, noise=0.0, seed=3)
    assert set(map(tuple, X.T)) == {(-2.0, -2.0), (2.0, 2.0), (-2.0, 2.0), (2.0, -2.0)}
    np.testing.assert_array_equal(Y[0], (X[0] * X[1] < 0).astype(int))


def test_gaussian_quantiles_class_1_is_inside():
    X, Y = h.make_gaussian_quantiles(300, seed=4)
    radius = np.hypot(X[0], X[1])
    assert radius[Y[0] == 1].max() < radius[Y[0] == 0].min()


def test_noisy_regions_without_noise_or_flips_follow_the_wavy_line():
    X, Y = h.make_noisy_regions(300, noise=0.0, flip=0.0, seed=5)
    x, y = X
    np.testing.assert_array_equal(Y[0], (y > 0.35 * np.sin(2.5 * x) - 0.1 * x).astype(int))
    assert np.all(np.abs(X) <= 1.0)


def test_noisy_regions_flip_changes_about_that_fraction_of_labels():
    _, clean = h.make_noisy_regions(2000, noise=0.0, flip=0.0, seed=6)
    _, flipped = h.make_noisy_regions(2000, noise=0.0, flip=0.2, seed=6)
    assert np.mean(clean != flipped) == pytest.approx(0.2, abs=0.03)


def test_spirals_without_noise_follow_their_arms():
    X, Y = h.make_spirals(200, noise=0.0, turns=1.5, seed=6)
    s = np.hypot(X[0], X[1]) / 4.0
    angle = 2 * np.pi * 1.5 * s + np.pi * Y[0]
    np.testing.assert_allclose(X[0], 4 * s * np.cos(angle), atol=1e-12)
    np.testing.assert_allclose(X[1], 4 * s * np.sin(angle), atol=1e-12)


@pytest.mark.parametrize("petals", [4, 6])
def test_flower_without_noise_labels_alternate_by_petal(petals):
    X, Y = h.make_flower(300, petals=petals, noise=0.0, radius=4.0, seed=7)
    theta = np.mod(np.arctan2(X[1], X[0]), 2 * np.pi)
    sector = 2 * np.pi / petals
    np.testing.assert_array_equal(Y[0], np.floor(theta / sector).astype(int) % 2)
    # inside the rose curve r = radius |sin(petals theta / 2)|
    assert np.all(np.hypot(X[0], X[1]) <= 4.0 * np.abs(np.sin(petals * theta / 2)) + 1e-12)


def test_seasonal_series():
    series = h.make_daily_temperatures(365, noise=0.0, seed=0)
    t = np.arange(365)
    expected = 12 - 10 * np.cos(2 * np.pi * t / 365) + 2 * np.sin(6 * np.pi * t / 365)
    np.testing.assert_allclose(series, expected, atol=1e-12)
    noisy = h.make_daily_temperatures(365, noise=4.0, seed=0)
    assert noisy.shape == (365,)
    assert np.std(noisy - expected) == pytest.approx(4.0, rel=0.15)
    np.testing.assert_array_equal(noisy, h.make_daily_temperatures(365, noise=4.0, seed=0))


def test_draw_subset_is_the_seeded_choice_without_repetition():
    subset = h.draw_subset(1438, 300, 1)
    assert subset.shape == (300,) and len(set(subset.tolist())) == 300 and 0 <= subset.min() and subset.max() < 1438
    np.testing.assert_array_equal(subset, np.random.default_rng(1).choice(1438, 300, replace=False))
    assert not np.array_equal(subset, h.draw_subset(1438, 300, 2))
    np.testing.assert_array_equal(np.sort(h.draw_subset(5, 5, 0)), np.arange(5))  # all of them
    with pytest.raises(ValueError, match="`size` must be an integer in \\[1, 5\\]; got 6"):
        h.draw_subset(5, 6, 0)


def test_notebook_03_and_its_panel_train_on_the_same_images():
    from helpers.explore import deep_network

    X_all, Y_all, _, _ = h.load_digits("odd")
    X, Y, _, _ = deep_network.even_odd_data()
    subset = h.draw_subset(1438, 300, 1)  # the notebook's line, with its SEED = 1
    np.testing.assert_array_equal(X, X_all[:, subset])
    np.testing.assert_array_equal(Y, Y_all[:, subset])
