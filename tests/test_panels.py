"""Every Explore panel answers every control value it allows, extremes included, with a status
line and never an exception: one control at a time over Panel.sweep_values(), then all controls
at their minimum together and all at their maximum together. Every panel draws on one figure,
built once and updated for each setting."""
import importlib
import importlib.util

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402

from helpers.explore import PANELS  # noqa: E402
from panel_checks import assert_status_line  # noqa: E402

PRESENT = {nb: mod for nb, mod in PANELS.items() if importlib.util.find_spec(mod) is not None}


@pytest.fixture(scope="module", params=sorted(PRESENT), ids=sorted(PRESENT))
def panel(request):
    return importlib.import_module(PRESENT[request.param]).make_panel()


def test_panels_registered_exist():
    assert PRESENT, "no Explore panel module found"


def test_every_value_of_every_control(panel):
    for name, values in panel.sweep_values(points=3).items():
        for value in values:
            assert_status_line(panel.run(**{name: value}), {name: value})


def test_all_controls_at_their_extremes_together(panel):
    values = panel.sweep_values(points=2)
    assert_status_line(panel.run(**{name: v[0] for name, v in values.items()}), "all minimum")
    assert_status_line(panel.run(**{name: v[-1] for name, v in values.items()}), "all maximum")


def test_repeated_setting_comes_from_the_cache(panel):
    panel.run()
    size = len(panel.cache)
    panel.run()
    assert len(panel.cache) == size


def test_one_figure_is_updated_not_rebuilt(panel):
    panel.run()
    figure, png = panel.figure, panel.png
    assert figure is not None and png.startswith(b"\x89PNG")
    name, values = next(iter(panel.sweep_values(points=2).items()))
    other = values[-1] if values[-1] != panel.controls[name].value else values[0]
    panel.run(**{name: other})
    assert panel.figure is figure
    assert panel.png.startswith(b"\x89PNG") and panel.png != png, f"moving {name} to {other!r} left the picture unchanged"
