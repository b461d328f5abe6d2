"""The one check every Explore-panel test makes of a status line returned by ``Panel.run``."""


def assert_status_line(status, setting):
    """A non-empty status line, no traceback in it, ending with the callback time in ms."""
    assert isinstance(status, str) and status, f"no status line for {setting}"
    assert "Traceback" not in status, f"traceback in the status for {setting}: {status}"
    assert status.rsplit(" - ", 1)[-1].endswith(" ms"), f"status without timing for {setting}: {status}"
