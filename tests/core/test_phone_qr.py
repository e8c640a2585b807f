import pytest
import zxingcpp

from app.rendering.phone_qr import MAX_BYTES, QrMatrix, TooLongForQr, fits, message_qr


def decode(matrix: QrMatrix, scale: int = 3) -> str:
    """Read the code as a phone camera would: from a picture of it."""
    lines = []
    for row in matrix.rows:
        line = bytes(0 if dark else 255 for dark in row for _ in range(scale))
        lines.extend([line] * scale)
    image = memoryview(b"".join(lines)).cast("B", (len(lines), len(lines[0])))
    found = zxingcpp.read_barcodes(image)
    assert len(found) == 1
    assert found[0].format == zxingcpp.BarcodeFormat.QRCode
    return found[0].text


MESSAGE_JA = (
    "佐藤様\n\nこのたびは、箱の角のつぶれでご不便をおかけし、申し訳ございません。\n"
    "3,000円を一部返金いたします。\nよろしくお願いいたします。"
)


@pytest.mark.parametrize(
    "text", [MESSAGE_JA, "Hi Emily,\n\nThank you for your order! ¥3,000 — “quoted”."]
)
def test_a_phone_reads_the_exact_message_back(text: str) -> None:
    assert decode(message_qr(text)) == text


def test_the_longest_message_that_fits_is_read_back_whole() -> None:
    japanese = ("あ" * (MAX_BYTES // 3))[: MAX_BYTES // 3]
    assert fits(japanese) and not fits(japanese + "あ")
    matrix = message_qr(japanese)
    assert matrix.version == 40
    assert decode(matrix, scale=2) == japanese
    english = "a" * MAX_BYTES
    assert decode(message_qr(english), scale=2) == english


def test_a_message_too_long_for_one_code_says_how_long_it_is() -> None:
    with pytest.raises(TooLongForQr) as raised:
        message_qr("あ" * 1000)
    assert raised.value.size == 3000
