"""``python -m llmtui.tui`` is ``llmtui``."""

import sys

from .entry import main

sys.exit(main())
