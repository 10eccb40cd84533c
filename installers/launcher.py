"""Entry script of the PyInstaller bundle: the same command line as `secretary-app`."""

from secretary_app.cli import main

raise SystemExit(main())
