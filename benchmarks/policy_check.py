"""How long the policy checks take on messages of a realistic size.

The window checks the preview on every edit, so a check must stay well under a frame.
Run: .venv/bin/python benchmarks/policy_check.py
"""

from __future__ import annotations

import statistics
import time

from app.policy.checks import check
from app.policy.rules import load_rules

SHORT_JA = (
    "佐藤 美咲様\n\nこのたびはご購入ありがとうございます。\n"
    "本日、らくらくメルカリ便で発送いたしました。\n追跡番号: 1234-5678-9012\n"
    "お届けは12月9日(水)の予定です。\nよろしくお願いいたします。"
)
SHORT_EN = (
    "Hi Emily,\n\nThank you for your order! It shipped today via USPS.\n"
    "Tracking: 9400 1000 0000 0000 0000 00. It should arrive by Fri, Dec 11.\n"
    "Please let me know if anything is wrong.\n\nBest regards,\nKen"
)


def timed(
    text: str, platform: str, limit: int | None = 2000, rounds: int = 200
) -> tuple[float, float]:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        check(text, platform, limit=limit)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), max(samples)


def main() -> None:
    start = time.perf_counter()
    load_rules()
    print(f"load and compile the rules: {(time.perf_counter() - start) * 1000:.1f} ms (once)")
    long_ja = (SHORT_JA + "\n") * (2000 // len(SHORT_JA))
    cases = [
        ("short ja, mercari_jp", SHORT_JA, "mercari_jp"),
        ("short en, mercari_us", SHORT_EN, "mercari_us"),
        ("short ja, amazon_jp (most rules)", SHORT_JA, "amazon_jp"),
        (f"{len(long_ja)} chars ja, amazon_jp", long_ja, "amazon_jp"),
    ]
    for name, text, platform in cases:
        median, worst = timed(text, platform)
        print(f"{name}: median {median:.2f} ms, worst {worst:.2f} ms")
    # Without a limit the platform profile (and the user's config) is read for it.
    median, worst = timed(SHORT_JA, "amazon_jp", limit=None)
    print(
        f"short ja, amazon_jp, limit from the profile: median {median:.2f} ms, worst {worst:.2f} ms"
    )


if __name__ == "__main__":
    main()
