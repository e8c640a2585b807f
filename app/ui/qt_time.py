"""Moments between Python and Qt, spelt out: PySide6 converts datetime itself, but its
type stubs do not say so, and a checked conversion is clearer than an ignored one."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime


def to_qt(moment: datetime) -> QDateTime:
    """A naive (local) ``moment`` as a local Qt date-time, to the millisecond."""
    day = QDate(moment.year, moment.month, moment.day)
    return QDateTime(
        day, QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000)
    )


def from_qt(moment: QDateTime) -> datetime:
    day, time = moment.date(), moment.time()
    return datetime(
        day.year(),
        day.month(),
        day.day(),
        time.hour(),
        time.minute(),
        time.second(),
        time.msec() * 1000,
    )
