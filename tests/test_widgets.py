"""Panel (cache, status line, errors as messages), the control factories, Playback and the upload
classifier, headless with matplotlib's Agg backend."""
import base64
import datetime
import io
import re

import matplotlib
import matplotlib.image

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

import helpers as h  # noqa: E402
from helpers import widgets  # noqa: E402
from helpers.plots import set_limits  # noqa: E402

STATUS = re.compile(r"^(?P<summary>.*) - (?P<ms>\d+) ms$")


class Recorder:
    """A compute function that counts its calls and can be told to fail."""

    def __init__(self, error=None):
        self.calls = []
        self.error = error

    def __call__(self, **values):
        self.calls.append(dict(values))
        if self.error is not None:
            raise self.error
        return values["n"] * 10


def draw(result, **values):
    plt.plot([0, 1], [0, result])
    return f"result {result} for n={values['n']}"


def make_panel(compute, **options):
    controls = {"n": widgets.int_slider("n", 3, 1, 10), "mode": widgets.dropdown("mode", ["a", "b"])}
    return widgets.Panel(compute, draw, controls, **options)


def test_run_returns_the_summary_and_the_time():
    panel = make_panel(Recorder())
    status = panel.run(n=4)
    match = STATUS.match(status)
    assert match, status
    assert match.group("summary") == "result 40 for n=4"
    assert panel.last_seconds is not None and panel.last_seconds >= 0


def test_run_without_values_uses_the_controls():
    compute = Recorder()
    panel = make_panel(compute)
    assert STATUS.match(panel.run()).group("summary") == "result 30 for n=3"
    assert compute.calls == [{"n": 3, "mode": "a"}]


def test_repeated_values_are_computed_once():
    compute = Recorder()
    panel = make_panel(compute)
    first = panel.run(n=5)
    second = panel.run(n=5)
    panel.run(n=5, mode="a")
    assert len(compute.calls) == 1
    assert STATUS.match(first).group("summary") == STATUS.match(second).group("summary")
    panel.run(n=6)
    panel.run(n=5, mode="b")
    assert len(compute.calls) == 3


def test_cache_keeps_only_cache_size_results():
    compute = Recorder()
    panel = make_panel(compute, cache_size=2)
    for n in (1, 2, 3):
        panel.run(n=n)
    assert len(panel.cache) == 2
    panel.run(n=3)  # still cached
    assert len(compute.calls) == 3
    panel.run(n=1)  # evicted, computed again
    assert len(compute.calls) == 4


def test_training_diverged_becomes_a_status_line():
    panel = make_panel(Recorder(error=h.TrainingDiverged(12, float("nan"), 5.0)))
    status = panel.run(n=2)
    assert status.startswith("diverged")
    assert "iteration 12" in status and "smaller learning rate" in status
    assert STATUS.match(status)


def test_a_setting_error_becomes_a_status_line():
    panel = make_panel(Recorder(error=h.SettingError("`keep_prob` must be in (0, 1]; got 0")))
    status = panel.run(n=2)
    assert status.startswith("cannot run")
    assert "`keep_prob`" in status
    assert "Traceback" not in status


def test_a_plain_value_error_is_a_bug_and_propagates():
    # a NumPy broadcasting error in a draw function is a ValueError too: it must not be hidden
    def broadcasting_bug(result, **values):
        return np.ones(3) + np.ones(4)

    panel = widgets.Panel(Recorder(), broadcasting_bug, {"n": widgets.int_slider("n", 3, 1, 10)})
    with pytest.raises(ValueError, match="broadcast"):
        panel.run()
    with pytest.raises(ValueError, match="plain"):
        make_panel(Recorder(error=ValueError("plain"))).run(n=2)


def test_a_real_diverging_training_is_reported_not_raised():
    X, Y = h.make_blobs(80, seed=0)

    def compute(n, mode):
        return h.train(X, Y, [2, 8, 1], learning_rate=10.0 ** n, num_epochs=300)

    panel = widgets.Panel(compute, lambda result, **values: "trained",
                          {"n": widgets.int_slider("n", 6, 1, 6), "mode": widgets.dropdown("mode", ["a"])})
    assert panel.run(n=6).startswith("diverged")


def test_errors_in_draw_are_reported_too():
    def bad_draw(result, **values):
        raise h.SettingError("nothing to draw")

    panel = widgets.Panel(Recorder(), bad_draw, {"n": widgets.int_slider("n", 3, 1, 10)})
    assert panel.run().startswith("cannot run")


def test_a_bug_in_draw_is_not_hidden():
    def buggy_draw(result, **values):
        return "result " + result  # TypeError: str + int

    panel = widgets.Panel(Recorder(), buggy_draw, {"n": widgets.int_slider("n", 3, 1, 10)})
    with pytest.raises(TypeError):
        panel.run()
    assert plt.get_fignums() == []


def test_a_bug_in_compute_is_not_hidden():
    panel = make_panel(Recorder(error=ZeroDivisionError("division by zero")))
    with pytest.raises(ZeroDivisionError):
        panel.run(n=2)


class Figure:
    """setup/draw pair as the explore panels write them: one figure, one line whose data change."""

    def __init__(self):
        self.setups = 0

    def setup(self):
        self.setups += 1
        figure, ax = widgets.panel_figure((3, 2))
        ax.plot([0, 1], [50, 50], color="0.5")  # fixed: part of the background
        self.line, = ax.plot([], [], animated=True)
        self.title = ax.set_title(" ", animated=True)
        return figure

    def draw(self, result, **values):
        self.line.set_data([0, 1], [0, result])
        set_limits(self.line.axes, ylim=(0, 100 if result <= 100 else 200))
        self.title.set_text(f"n = {values['n']}")
        return f"result {result}"


def make_figure_panel():
    figure = Figure()
    controls = {"n": widgets.int_slider("n", 3, 1, 10)}
    return figure, widgets.Panel(Recorder(), figure.draw, controls, setup=figure.setup)


def test_the_figure_is_built_once_and_reused():
    figure, panel = make_figure_panel()
    assert panel.figure is None  # nothing is drawn before the first run
    assert STATUS.match(panel.run(n=2)).group("summary") == "result 20"
    first, first_png = panel.figure, panel.png
    panel.run(n=7)
    assert panel.figure is first and figure.setups == 1
    assert figure.line.get_ydata()[-1] == 70 and figure.title.get_text() == "n = 7"
    assert panel.png.startswith(b"\x89PNG") and panel.png != first_png
    assert plt.get_fignums() == []  # the panel's figure is not one of pyplot's


def test_a_cached_setting_returns_its_png_without_drawing_again():
    figure, panel = make_figure_panel()
    panel.run(n=2)
    png = panel.png
    panel.run(n=5)
    calls = []
    panel.draw = lambda result, **values: calls.append(values) or "drawn"
    assert STATUS.match(panel.run(n=2)).group("summary") == "result 20"
    assert panel.png == png and calls == []


def test_render_png_is_the_figure_size_at_png_dpi():
    figure, ax = widgets.panel_figure((3, 2))
    ax.plot([0, 1], [1, 0])
    png = widgets.render_png(figure)
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (3 * widgets.PNG_DPI, 2 * widgets.PNG_DPI)


def pixels(png):
    return matplotlib.image.imread(io.BytesIO(png))


def full_draw(figure):
    """The figure drawn in one pass by savefig (animated artists included, in their zorder).

    Saving marks the figure and its axes changed; that is undone, so that a blitter's next redraw
    counts only the changes a test makes.
    """
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=figure.dpi)
    for artist in (figure, *figure.axes):
        artist.stale = False
    return buffer.getvalue()


def test_a_blitted_redraw_equals_a_full_draw_and_skips_the_fixed_part():
    figure, panel = make_figure_panel()
    panel.run(n=2)
    panel.run(n=5)  # same axes: the background is pasted, only the line and the title drawn
    assert (panel.blitter.full_draws, panel.blitter.axes_draws) == (1, 0)
    assert np.array_equal(pixels(panel.png), pixels(full_draw(panel.figure)))
    panel.run(n=10)  # result 100: still the same axes
    assert (panel.blitter.full_draws, panel.blitter.axes_draws) == (1, 0)
    panel.run(n=11)  # result 110: new y limits, new tick labels: the fixed part is drawn again
    assert (panel.blitter.full_draws, panel.blitter.axes_draws) == (1, 1)
    assert np.array_equal(pixels(panel.png), pixels(full_draw(panel.figure)))


def test_blitting_keeps_the_order_in_which_artists_cover_each_other():
    # a fixed line added after an animated one of the same zorder, a legend whose label changes,
    # an animated image in a second axes: each redraw equals the one-pass draw pixel for pixel
    figure, (left, right) = widgets.panel_figure((6, 2.5), 2)
    curve, = left.plot([], [], lw=4, animated=True)
    left.plot([0, 1], [0, 1], color="k", lw=4)  # covers the curve where they cross
    legend = left.legend([curve], [" "], loc="upper left")
    image = right.imshow(np.zeros((6, 6)), vmin=0, vmax=1, animated=True)
    blitter = widgets.Blitter(figure)
    for power in (1, 2, 3):
        curve.set_data(np.linspace(0, 1, 30), np.linspace(0, 1, 30) ** power)
        legend.texts[0].set_text(f"x^{power}")
        image.set_data(np.random.default_rng(power).random((6, 6)))
        png = blitter.png()
        assert np.array_equal(pixels(png), pixels(full_draw(figure)))
    assert blitter.full_draws == 1  # the new labels went to the animated legend, not the axes
    left.set_ylim(0, 2)
    png = blitter.png()
    assert (blitter.full_draws, blitter.axes_draws) == (1, 1)  # the left axes alone
    assert np.array_equal(pixels(png), pixels(full_draw(figure)))


def test_set_limits_leaves_unchanged_limits_alone():
    figure, ax = widgets.panel_figure((3, 2))
    ax.set_xlim(0, 5)
    widgets.render_png(figure)
    assert not figure.stale
    set_limits(ax, xlim=(0, 5), ylim=ax.get_ylim())
    assert not figure.stale
    set_limits(ax, ylim=(0, 3))
    assert figure.stale and ax.get_ylim() == (0, 3) and ax.get_xlim() == (0, 5)


def test_moving_a_control_recomputes_and_updates_the_status():
    compute = Recorder()
    panel = make_panel(compute)
    panel.controls["n"].value = 7
    assert compute.calls[-1] == {"n": 7, "mode": "a"}
    assert "result 70 for n=7" in panel.status.value


def test_no_figures_are_left_open():
    panel = make_panel(Recorder())
    panel.run(n=2)
    assert plt.get_fignums() == []


def test_controls_report_only_when_released():
    for control in (widgets.log_slider("lr", 0.01, -4, 0), widgets.int_slider("n", 2, 1, 5),
                    widgets.float_slider("p", 0.5, 0.1, 1.0, 0.1)):
        assert control.continuous_update is False


def test_sweep_values_cover_the_extremes():
    controls = {"lr": widgets.log_slider("lr", 0.01, -4, 0, step=0.5), "n": widgets.int_slider("n", 2, 1, 9),
                "mode": widgets.dropdown("mode", [("first", "a"), ("second", "b")])}
    panel = widgets.Panel(Recorder(), draw, controls)
    values = panel.sweep_values(points=3)
    assert values["lr"] == pytest.approx([1e-4, 1e-2, 1.0])
    assert values["n"] == [1, 5, 9]
    assert values["mode"] == ["a", "b"]


def test_playback_draws_each_frame_once():
    drawn = []

    def draw_frame(frame):
        drawn.append(frame)
        plt.plot([0, frame], [0, 1])
        return f"frame {frame}"

    player = widgets.Playback([10, 20, 30], draw_frame)
    png, caption = player.render(1)
    assert caption == "frame 20" and png.startswith(b"\x89PNG")
    player.render(1)
    assert player.show_frame(1) == "frame 20"
    assert drawn == [20]
    assert player.slider.max == 2


def test_playback_with_setup_reuses_one_figure():
    figure = Figure()
    player = widgets.Playback([1, 2, 3], lambda frame: figure.draw(frame * 10, n=frame), setup=figure.setup)
    assert player.show_frame(0) == "result 10"
    first = player.figure
    png, caption = player.render(2)
    assert caption == "result 30" and png.startswith(b"\x89PNG")
    assert player.figure is first and figure.setups == 1


def test_playback_reports_a_setting_error_and_lets_bugs_through():
    def draw_frame(frame):
        if frame == 1:
            raise h.SettingError("no such snapshot")
        raise KeyError(frame)

    player = widgets.Playback([1, 2], draw_frame)
    assert player.render(0)[1] == "cannot draw this frame: no such snapshot"
    with pytest.raises(KeyError):
        player.render(1)
    assert plt.get_fignums() == []


def test_playback_needs_frames():
    with pytest.raises(ValueError, match="`frames`"):
        widgets.Playback([], lambda frame: "")


def test_playback_start_chooses_the_first_frame_and_the_stored_picture(monkeypatch):
    shown = displayed(monkeypatch)
    drawn = []

    def draw_frame(frame):
        drawn.append(frame)
        plt.plot([0, frame], [0, 1])
        return f"step {frame}"

    player = widgets.Playback([0, 3, 6], draw_frame, start=-1)
    assert player.play.value == player.slider.value == 2 and player.readout.value == "6"
    player.show()
    (args, _), = shown
    assert args[0]["text/plain"] == "step 6" and drawn == [6]  # the static picture is the last frame
    assert base64.b64decode(args[0]["image/png"]) == player.render(2)[0]
    assert widgets.Playback([0, 3, 6], draw_frame, start=1).slider.value == 1
    assert widgets.Playback([0, 3, 6], draw_frame).slider.value == 0  # the default: the first frame
    for start in (3, -4):
        with pytest.raises(ValueError, match="`start` must be an integer in \\[-3, 2\\]"):
            widgets.Playback([0, 3, 6], draw_frame, start=start)
    with pytest.raises(TypeError, match="`start`"):
        widgets.Playback([0, 3, 6], draw_frame, start=1.5)


def upload(box, name, content):
    button, _, status = box.children
    button.value = ({"name": name, "type": "image/png", "size": len(content), "content": memoryview(content),
                     "last_modified": datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)},)
    return status.value


def test_upload_classifier_classifies_a_picture_and_reports_garbage():
    from PIL import Image

    seen = []

    def classify(digit):
        seen.append(digit)
        return f"ink {int(digit.max())}"

    box = widgets.upload_classifier(classify)
    picture = np.full((40, 40), 255, dtype=np.uint8)
    picture[5:35, 18:22] = 0
    buffer = io.BytesIO()
    Image.fromarray(picture).save(buffer, format="PNG")
    assert upload(box, "one.png", buffer.getvalue()) == "ink 16"
    assert seen[0].shape == (8, 8)
    message = upload(box, "notes.txt", b"not a picture")
    assert message.startswith("notes.txt:") and "not a picture" in message


def test_log_choices_and_choice_slider():
    assert widgets.log_choices(0.001, 1) == [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0]
    assert widgets.log_choices(0.1, 0.3, (1, 1.5, 2, 3)) == [0.1, 0.15, 0.2, 0.3]
    slider = widgets.choice_slider("lr", [0.01, 0.05, 0.1], 0.05)
    assert slider.value == 0.05 and slider.label == "0.05" and slider.continuous_update is False
    with pytest.raises(ValueError, match="`value` must be one of"):
        widgets.choice_slider("lr", [0.01, 0.1], 0.05)


def test_sweep_values_of_a_choice_slider_are_spread_over_its_positions():
    controls = {"lr": widgets.choice_slider("lr", [1, 2, 3, 4, 5, 6, 7], 4)}
    panel = widgets.Panel(Recorder(), draw, controls)
    assert panel.sweep_values(points=3)["lr"] == [1, 4, 7]
    assert panel.sweep_values(points=2)["lr"] == [1, 7]


def test_png_size_reads_the_header():
    figure, _ = widgets.panel_figure((3, 2))
    assert widgets.png_size(widgets.render_png(figure)) == (3 * widgets.PNG_DPI, 2 * widgets.PNG_DPI)
    assert widgets.png_size(b"") == (0, 0)


def displayed(monkeypatch):
    shown = []
    monkeypatch.setattr(widgets.rendering, "display", lambda *args, **kwargs: shown.append((args, kwargs)))
    return shown


def test_show_displays_the_widget_and_a_static_png_in_one_output(monkeypatch):
    shown = displayed(monkeypatch)
    figure, panel = make_figure_panel()
    panel.show()
    (args, kwargs), = shown
    bundle = args[0]
    assert kwargs["raw"] is True
    assert bundle["application/vnd.jupyter.widget-view+json"]["model_id"] == panel.widget.model_id
    assert base64.b64decode(bundle["image/png"]) == panel.png
    assert bundle["text/plain"] == "result 30"  # the status line without the time
    width, height = widgets.png_size(panel.png)
    assert kwargs["metadata"]["image/png"] == {"width": width, "height": height}
    # the live image is shown at its native size, not stretched to the column (only shrunk to a
    # narrower one, keeping its proportions)
    assert panel.image.layout.width == f"{width}px" and panel.image.layout.height == "auto"
    assert panel.image.layout.max_width == "100%"


def test_playback_readout_shows_the_frames_step_not_its_index(monkeypatch):
    shown = displayed(monkeypatch)
    steps = widgets.Playback(list(range(0, 61, 3)), lambda frame: f"step {frame}")
    assert steps.slider.readout is False and steps.readout.value == "0"
    steps.slider.value = 1
    assert steps.readout.value == "3" and "step 3" in steps.status.value
    snapshots = widgets.Playback([(0, {}), (100, {}), (200, {})],
                                 lambda frame: plt.plot([0, frame[0]]) and f"iteration {frame[0]}")
    assert snapshots.labels == ["0", "100", "200"]
    named = widgets.Playback(["a", "b"], lambda frame: frame, labels=["first", "second"])
    assert named.labels == ["first", "second"]
    assert widgets.Playback(["a", "b"], lambda frame: frame).labels == ["0", "1"]
    with pytest.raises(ValueError, match="`labels`"):
        widgets.Playback([1, 2], lambda frame: "", labels=["one"])
    snapshots.show()
    (args, kwargs), = shown
    assert args[0]["image/png"] and args[0]["text/plain"] == "iteration 0"
    width, height = widgets.png_size(snapshots.image.value)  # a memoryview once set
    assert width > 0 and snapshots.image.layout.width == f"{width}px"


def test_a_change_in_one_axes_redraws_only_that_axes_and_equals_a_full_draw():
    figure, (left, right) = widgets.panel_figure((6, 2.5), 2, wspace=0.4)
    curve, = left.plot([], [], animated=True)
    dots, = right.plot([0, 1, 2], [2, 0, 1], "o")  # fixed: drawn once into the background
    blitter = widgets.Blitter(figure)
    curve.set_data([0, 1], [0, 1])
    blitter.png()
    for top in (3, 30, 3000):  # new tick labels, wider each time
        left.set_ylim(0, top)
        png = blitter.png()
        assert np.array_equal(pixels(png), pixels(full_draw(figure)))
    assert (blitter.full_draws, blitter.axes_draws) == (1, 3)
    right.set_ylim(-1e7, 1e7)  # tick labels that reach into the left axes' area: everything is drawn
    right.yaxis.set_major_formatter(lambda value, _: f"{value:,.0f}")
    blitter.png()
    assert (blitter.full_draws, blitter.axes_draws) == (2, 3)
