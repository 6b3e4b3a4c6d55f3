import sys

from pipeline_cancel.cli import main

sys.exit(main())
