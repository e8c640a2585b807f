"""The commands print UTF-8 wherever their output goes, as into a Windows pipe."""

from __future__ import annotations

import io
import sys

import pytest

from app.cli import main


def test_japanese_output_survives_a_cp1252_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    pipe = io.BytesIO()
    # What Python on a Western Windows gives a redirected stdout.
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(pipe, encoding="cp1252"))
    code = main(
        ["render", "support_redirect", "--lang", "ja", "--platform", "rakuma"]
        + ["--set", "buyer_name=佐藤", "--set", "item_name=双眼鏡"]
    )
    sys.stdout.flush()
    assert code == 0
    assert pipe.getvalue().decode("utf-8").startswith("佐藤様\n")
