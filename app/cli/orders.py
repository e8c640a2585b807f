"""Headless orders: list them, export them with their timelines."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.base.file_errors import StorageError
from app.base.platforms import PLATFORM_IDS
from app.cli.common import fail
from app.orders import STATUSES, Order, OrderStore, OrderStoreError, default_path
from app.orders.export import FORMATS, export, order_record


def register(subparsers: Any) -> None:
    orders = subparsers.add_parser("orders", help="list the orders (or export them)")
    _add_filters(orders)
    orders.add_argument("--json", action="store_true", help="print a JSON array")
    orders.set_defaults(func=cmd_list)
    actions = orders.add_subparsers(dest="orders_command", metavar="ACTION")
    exporting = actions.add_parser("export", help="write the orders and timelines to a file")
    _add_filters(exporting)
    exporting.add_argument("--format", choices=FORMATS, required=True)
    exporting.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    exporting.set_defaults(func=cmd_export)


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--status", choices=STATUSES)
    parser.add_argument("--platform", choices=PLATFORM_IDS)


def _read(args: argparse.Namespace) -> tuple[list[Order], list[Any]]:
    path = default_path()
    if not path.exists():
        return [], []  # no orders yet; listing must not create the database
    with OrderStore(path) as store:
        orders = store.orders(status=args.status, platform=args.platform)
        return orders, store.all_messages()


def cmd_list(args: argparse.Namespace) -> int:
    try:
        orders, _ = _read(args)
    except OrderStoreError as error:
        return fail(str(error))
    if args.json:
        print(json.dumps([order_record(o) for o in orders], ensure_ascii=False, indent=2))
        return 0
    for order in orders:
        price = "" if order.price is None else str(order.price)
        print(
            "\t".join(
                (
                    str(order.id),
                    order.status,
                    order.platform,
                    order.order_number,
                    order.buyer_name,
                    order.item_name,
                    price,
                )
            )
        )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    try:
        orders, messages = _read(args)
        written = export(args.output, args.format, orders, messages)
    except OrderStoreError as error:
        return fail(str(error))
    except StorageError as error:
        return fail(error.message)
    for path in written:
        print(path)
    return 0
