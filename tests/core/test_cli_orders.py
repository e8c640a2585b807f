import csv
import io
import json
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from app.cli import main
from app.orders import Order, OrderStore, default_path
from tests.conftest import damage_database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def stored() -> None:
    with OrderStore(clock=lambda: datetime(2026, 12, 1, 9, 0)) as store:
        hanako = store.save(
            Order(
                platform="mercari_jp",
                buyer_name="山田 花子",
                item_name="ブルーレイBOX",
                order_number="m81234567890",
                price=Decimal(8000),
            )
        )
        store.save(Order(platform="ebay", buyer_name="Emily Carter", status="completed"))
        store.record(hanako.id or 0, "thanks", "ja", "山田 花子様\nご購入ありがとうございます。")


def test_orders_lists_every_order_as_a_line(
    capsys: pytest.CaptureFixture[str], stored: None
) -> None:
    code, out, err = run(capsys, "orders")
    assert code == 0 and err == ""
    lines = sorted(out.splitlines())
    assert lines == [
        "1\topen\tmercari_jp\tm81234567890\t山田 花子\tブルーレイBOX\t8000",
        "2\tcompleted\tebay\t\tEmily Carter\t\t",
    ]


def test_orders_json_filters_by_status_and_platform(
    capsys: pytest.CaptureFixture[str], stored: None
) -> None:
    _, out, _ = run(capsys, "orders", "--json", "--status", "open")
    assert [o["buyer_name"] for o in json.loads(out)] == ["山田 花子"]
    _, out, _ = run(capsys, "orders", "--json", "--platform", "ebay")
    (only,) = json.loads(out)
    assert only["status"] == "completed" and only["price"] is None


def test_orders_with_no_database_lists_nothing_and_creates_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(capsys, "orders", "--json") == (0, "[]\n", "")
    assert not default_path().exists()


def test_export_json_writes_orders_with_timelines(
    capsys: pytest.CaptureFixture[str], stored: None, tmp_path: Path
) -> None:
    target = tmp_path / "orders.json"
    code, out, _ = run(capsys, "orders", "export", "--format", "json", "-o", str(target))
    assert code == 0 and out.strip() == str(target)
    data = json.loads(target.read_text(encoding="utf-8"))
    hanako = next(o for o in data["orders"] if o["buyer_name"] == "山田 花子")
    assert [m["template_id"] for m in hanako["timeline"]] == ["thanks"]


def test_export_csv_writes_two_tables(
    capsys: pytest.CaptureFixture[str], stored: None, tmp_path: Path
) -> None:
    target = tmp_path / "orders.csv"
    code, out, _ = run(
        capsys, "orders", "export", "--format", "csv", "-o", str(target), "--status", "open"
    )
    assert code == 0 and len(out.splitlines()) == 2
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [r["buyer_name"] for r in rows] == ["山田 花子"]
    timeline = tmp_path / "orders-timeline.csv"
    assert "ご購入ありがとうございます" in timeline.read_text(encoding="utf-8-sig")


def test_export_to_an_unwritable_place_is_a_plain_error(
    capsys: pytest.CaptureFixture[str], stored: None, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    code, _, err = run(
        capsys, "orders", "export", "--format", "json", "-o", str(blocker / "o.json")
    )
    assert code == 1
    assert err.startswith("teinei: Could not write") and "Traceback" not in err


def test_a_database_from_a_newer_teinei_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    default_path().parent.mkdir(parents=True)
    with sqlite3.connect(default_path()) as db:
        db.execute("PRAGMA user_version = 99")
    code, _, err = run(capsys, "orders")
    assert code == 1 and "newer Teinei" in err


def test_a_database_with_damaged_pages_is_a_plain_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    damage_database(default_path())
    for argv in (
        ["orders"],
        ["orders", "export", "--format", "json", "-o", str(tmp_path / "x.json")],
    ):
        code, out, err = run(capsys, *argv)
        assert (code, out) == (1, "")
        assert "is not a readable orders database" in err and "Traceback" not in err
