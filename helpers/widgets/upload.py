"""An upload box that reads a picture of a digit and shows what a classifier says about it."""
from __future__ import annotations

import html

import ipywidgets as W
import matplotlib.pyplot as plt

__all__ = ["upload_classifier"]


def upload_classifier(classify):
    """An upload button that turns a picture into an 8x8 digit and shows ``classify(digit)``.

    Parameters
    ----------
    classify : callable ``classify(digit (8, 8) uint8) -> str``
        Returns the text to show (for example ``"predicted: odd (p = 0.93)"``); it may draw.

    Unreadable, empty or huge uploads give a one-line message instead of a traceback; an error
    inside ``classify`` is a bug and shows as one.
    """
    from ..images import image_to_digit

    upload = W.FileUpload(accept="image/*", multiple=False, description="Upload a picture")
    output = W.Output()
    status = W.HTML(value="Choose a photo or drawing of one digit.")

    def on_upload(change):
        files = change["new"]
        if not files:
            return
        item = files[0]
        with output:
            output.clear_output(wait=True)
            try:
                digit = image_to_digit(item["content"])
            except (ValueError, TypeError) as exc:  # the file, not the code: a message, not a traceback
                status.value = html.escape(f"{item.get('name', 'upload')}: {exc}", quote=False)
                return
            try:
                status.value = html.escape(str(classify(digit)), quote=False)
                plt.show()
            finally:
                plt.close("all")

    upload.observe(on_upload, names="value")
    box = W.VBox([upload, output, status])
    box.add_class("upload-classifier")
    return box
