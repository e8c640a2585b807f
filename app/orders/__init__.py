"""Orders: the deals a seller is in, and the messages copied for each."""

from app.orders.model import (
    DATE_NAMES,
    STATUSES,
    Order,
    OrderError,
    SentMessage,
    order_to_values,
    values_to_order,
)
from app.orders.schema import SCHEMA_VERSION, OrderStoreError
from app.orders.store import OrderStore, default_path, open_store

__all__ = [
    "DATE_NAMES",
    "SCHEMA_VERSION",
    "STATUSES",
    "Order",
    "OrderError",
    "OrderStore",
    "OrderStoreError",
    "SentMessage",
    "default_path",
    "open_store",
    "order_to_values",
    "values_to_order",
]
