"""Turn any picture into the digits' format: 8x8 pixels, 17 grey levels (0 = background, 16 = ink).

Used by "classify your own image" in ``01_logistic_regression`` and ``03_deep_network``. Reading
files needs Pillow, which comes with matplotlib; it is imported only when a picture is read.
"""
from __future__ import annotations

import io
import warnings
from pathlib import Path

import numpy as np

from .datasets import data_dir

__all__ = ["MAX_UPLOAD_BYTES", "draw_sample_digit", "image_to_digit", "sample_digit_path", "to_digit_grid"]

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 25_000_000


def sample_digit_path():
    """Path of the built-in sample drawing (``datasets/sample_digit.png``, a hand-drawn-style 7)."""
    return data_dir() / "sample_digit.png"


def draw_sample_digit(size=96):
    """A "7" drawn as thick dark strokes on white paper, ``(size, size)`` uint8 (pure NumPy)."""
    yy, xx = np.mgrid[0:size, 0:size] / (size - 1.0)
    ink = np.zeros((size, size))
    strokes = [((0.22, 0.18), (0.78, 0.20)), ((0.78, 0.20), (0.42, 0.86)), ((0.40, 0.52), (0.70, 0.50))]
    for (x0, y0), (x1, y1) in strokes:
        dx, dy = x1 - x0, y1 - y0
        t = np.clip(((xx - x0) * dx + (yy - y0) * dy) / (dx * dx + dy * dy), 0, 1)
        distance = np.hypot(xx - (x0 + t * dx), yy - (y0 + t * dy))
        ink = np.maximum(ink, np.clip(1.6 - distance / 0.04, 0, 1))
    return (255 - 200 * ink).astype(np.uint8)


def to_digit_grid(gray):
    """Map a 2-D grey picture (any size, 0..255) to the 8x8, 0..16 digit format.

    Steps: make ink bright on a dark background (inverting when the picture is mostly light, as
    paper is), crop to the ink's bounding box, pad it to a centred square with a margin of one
    eighth, shrink to 8x8 by averaging, and rescale so the darkest ink becomes 16.
    """
    from PIL import Image

    gray = np.asarray(gray, dtype=np.float64)
    if gray.ndim != 2 or min(gray.shape) < 1:
        raise ValueError(f"`gray` must be a 2-D picture; got shape {gray.shape}")
    if np.median(gray) > 127:  # light background: dark ink on paper
        gray = 255.0 - gray
    gray = gray - np.median(gray)  # background to about 0
    gray = np.clip(gray, 0, None)
    if gray.max() <= 0:
        raise ValueError("the picture is blank: no strokes stand out from the background")
    rows = np.flatnonzero(gray.max(axis=1) > 0.2 * gray.max())
    cols = np.flatnonzero(gray.max(axis=0) > 0.2 * gray.max())
    crop = gray[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]
    side = int(max(crop.shape) * 1.25) + 1
    square = np.zeros((side, side))
    top, left = (side - crop.shape[0]) // 2, (side - crop.shape[1]) // 2
    square[top:top + crop.shape[0], left:left + crop.shape[1]] = crop
    small = np.asarray(Image.fromarray(square.astype(np.float32), mode="F").resize((8, 8), Image.BOX))
    return np.rint(16.0 * small / small.max()).astype(np.uint8)


def image_to_digit(data):
    """Read picture bytes (PNG, JPEG, ...) or a path and return an 8x8 uint8 digit (0..16).

    Raises ``ValueError`` with a short message when the data are not a picture, are larger than
    10 MB or 25 megapixels, or are blank.
    """
    from PIL import Image, UnidentifiedImageError

    if isinstance(data, (str, Path)):
        data = Path(data).read_bytes()
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"`data` must be the bytes of a picture or a path; got {type(data).__name__}")
    if len(data) == 0:
        raise ValueError("the upload is empty")
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValueError(f"the upload is {len(data) / 1e6:.1f} MB; please use a picture under 10 MB")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(bytes(data))) as picture:
                if picture.width * picture.height > MAX_PIXELS:
                    raise ValueError(f"the picture is {picture.width}x{picture.height} pixels; please use one under 25 megapixels")
                gray = np.asarray(picture.convert("L"))
    except Image.DecompressionBombError:
        raise ValueError("the picture has too many pixels; please use one under 25 megapixels") from None
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise ValueError(f"the upload is not a picture that can be read ({type(exc).__name__})") from None
    return to_digit_grid(gray)
