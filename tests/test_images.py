"""Pictures to 8x8 digits: the built-in sample, pictures drawn here, and every bad upload."""
import io
import struct
import zlib

import numpy as np
import pytest

from helpers import images

Image = pytest.importorskip("PIL.Image")


def encode(array, format="PNG", mode=None):
    buffer = io.BytesIO()
    Image.fromarray(array, mode=mode).save(buffer, format=format)
    return buffer.getvalue()


def vertical_bar(size=64, ink=0, paper=255):
    """Dark ink on white paper by default: a vertical bar in the middle, rows 10..53, columns 28..35."""
    picture = np.full((size, size), paper, dtype=np.uint8)
    picture[10:54, 28:36] = ink
    return picture


def png_header_only(width, height):
    """A PNG whose header claims width x height pixels, with almost no data (a decompression bomb)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 16)) + chunk(b"IEND", b"")


def test_sample_digit_gives_an_8x8_digit():
    digit = images.image_to_digit(images.sample_digit_path())
    assert digit.shape == (8, 8) and digit.dtype == np.uint8
    assert digit.min() == 0 and digit.max() == 16
    # a "7": the most ink is in the top bar, the bottom-left corner and the borders stay empty
    assert int(np.argmax(digit.sum(axis=1))) <= 2
    assert digit[5:, :3].sum() <= 2
    assert digit[:, 0].sum() == 0 and digit[:, 7].sum() == 0 and digit[7].sum() == 0


def test_sample_file_is_the_drawing():
    with Image.open(images.sample_digit_path()) as picture:
        np.testing.assert_array_equal(np.asarray(picture), images.draw_sample_digit())
    drawing = images.draw_sample_digit()
    assert drawing.shape == (96, 96) and drawing.dtype == np.uint8
    assert drawing[0, 0] == 255 and drawing.min() < 100  # white paper, dark strokes


def test_dark_strokes_on_white_are_inverted_so_ink_is_high():
    digit = images.image_to_digit(encode(vertical_bar()))
    assert digit.shape == (8, 8) and digit.dtype == np.uint8 and digit.max() == 16
    # the bar is centred: ink in the middle columns, nothing at the left and right edges
    assert digit[2:6, 3:5].min() >= 8
    assert digit[:, :2].sum() == 0 and digit[:, 6:].sum() == 0


def test_light_strokes_on_black_give_the_same_digit():
    dark_on_white = images.image_to_digit(encode(vertical_bar()))
    white_on_black = images.image_to_digit(encode(vertical_bar(ink=255, paper=0)))
    np.testing.assert_array_equal(dark_on_white, white_on_black)


def test_horizontal_bar_is_high_in_the_middle_rows():
    digit = images.image_to_digit(encode(vertical_bar().T.copy()))
    assert digit[3:5, 2:6].min() >= 8
    assert digit[:2].sum() == 0 and digit[6:].sum() == 0


def test_colour_and_jpeg_pictures_are_read():
    grey = vertical_bar()
    rgb = np.stack([grey] * 3, axis=-1)
    from_png = images.image_to_digit(encode(grey))
    np.testing.assert_array_equal(images.image_to_digit(encode(rgb)), from_png)
    from_jpeg = images.image_to_digit(encode(rgb, format="JPEG"))
    assert np.abs(from_jpeg.astype(int) - from_png.astype(int)).max() <= 2


def test_path_bytes_and_bytearray_are_accepted(tmp_path):
    data = encode(vertical_bar())
    path = tmp_path / "bar.png"
    path.write_bytes(data)
    expected = images.image_to_digit(data)
    for source in (str(path), path, bytearray(data), memoryview(data)):
        np.testing.assert_array_equal(images.image_to_digit(source), expected)


def test_position_and_size_do_not_matter():
    # the picture is cropped to its ink and centred: a smaller bar in a corner gives the same digit
    small = np.full((200, 200), 255, dtype=np.uint8)
    small[5:49, 150:158] = 0
    np.testing.assert_array_equal(images.image_to_digit(encode(small)), images.image_to_digit(encode(vertical_bar())))


@pytest.mark.parametrize("data, words", [
    (b"this is plain text, not a picture", "not a picture"),
    (bytes(range(256)) * 4, "not a picture"),
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "not a picture"),  # a PNG signature and nothing sensible
])
def test_unreadable_upload_raises_a_short_value_error(data, words):
    with pytest.raises(ValueError, match=words) as info:
        images.image_to_digit(data)
    message = str(info.value)
    assert len(message) < 120 and "\n" not in message


def test_upload_over_10_mb_is_refused_before_reading():
    data = encode(vertical_bar()) + b"\0" * (10 * 1024 * 1024)
    with pytest.raises(ValueError, match="10 MB") as info:
        images.image_to_digit(data)
    assert len(str(info.value)) < 120


def test_blank_white_picture_is_refused():
    with pytest.raises(ValueError, match="blank"):
        images.image_to_digit(encode(np.full((32, 32), 255, dtype=np.uint8)))


def test_blank_black_picture_is_refused():
    with pytest.raises(ValueError, match="blank"):
        images.image_to_digit(encode(np.zeros((32, 32), dtype=np.uint8)))


def test_too_many_pixels_is_refused():
    # 6000 x 6000 = 36 megapixels, over the 25 megapixel limit
    with pytest.raises(ValueError, match="25 megapixels"):
        images.image_to_digit(png_header_only(6000, 6000))


@pytest.mark.parametrize("side", [10_000, 20_000])
def test_decompression_bomb_header_is_refused_with_a_value_error(side):
    with pytest.raises(ValueError, match="megapixels"):
        images.image_to_digit(png_header_only(side, side))


def test_wrong_type_is_a_type_error():
    with pytest.raises(TypeError, match="`data`"):
        images.image_to_digit(12345)


def test_to_digit_grid_rejects_a_3d_array():
    with pytest.raises(ValueError, match="`gray`"):
        images.to_digit_grid(np.zeros((4, 4, 3)))
