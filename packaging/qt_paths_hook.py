"""Bundle run-time hook (Linux): where Qt finds its plugins inside the bundle.

It stands in for PyInstaller's PySide6 hook, which also imports PySide6.QtCore at every
start to write a qt.conf that the PyPI PySide6 writes itself on import; the commands
never need Qt, and that import was most of their start-up gap to the venv.
"""

import os
import sys

_QT = os.path.join(sys._MEIPASS, "PySide6", "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_QT, "plugins")
os.environ["QML2_IMPORT_PATH"] = os.path.join(_QT, "qml")
