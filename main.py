from timeline_app.cli import main

raise SystemExit(main())
